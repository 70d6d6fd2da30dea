package org.robustensemble.figures.cli;

import java.nio.file.Path;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Mixin: where a command writes its CSV ({@code --out FILE}, default stdout). The path is checked when the
 * command line is parsed, before any work (rules in {@link OutputFile}).
 */
public final class OutputOptions {
    @Option(names = "--out", paramLabel = "FILE", converter = WritablePath.class,
            description = "Write the CSV to FILE instead of stdout: a regular file is replaced atomically when the"
                    + " command ends (keeping its mode; a symbolic link keeps pointing to it), a device or FIFO is"
                    + " written through; the directory must exist. Default: stdout.")
    Path out;

    /** @return the output file, or {@code null} for stdout */
    public Path out() {
        return out;
    }

    /** Converter of output paths: checked by {@link OutputFile#check} at parse time (bad path: exit 2). */
    public static final class WritablePath implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            try {
                OutputFile.check(Path.of(value), "");
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage().strip());
            }
            return Path.of(value);
        }
    }

    /**
     * Converter of the paths of saved files ({@code --save-instance}, {@code --save-weights}, ...): as
     * {@link WritablePath}, and not a device or FIFO (they are replaced as whole files).
     */
    public static final class SavePath implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path p = new WritablePath().convert(value);
            if (java.nio.file.Files.exists(p) && !java.nio.file.Files.isRegularFile(p)) {
                throw new TypeConversionException(value + " is not a regular file: give a file name");
            }
            return p;
        }
    }

    /**
     * Converter of output directories (a report directory, a figure directory): an existing writable directory,
     * or a new one whose parent exists and is writable (the command creates only that last level). Checked at parse
     * time, before any work (bad path: exit 2).
     */
    public static final class WritableDirectory implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path p = Path.of(value).toAbsolutePath().normalize();
            if (java.nio.file.Files.isDirectory(p)) {
                if (!java.nio.file.Files.isWritable(p)) {
                    throw new TypeConversionException(value + ": directory is not writable");
                }
                return Path.of(value);
            }
            if (java.nio.file.Files.exists(p)) {
                throw new TypeConversionException(value + " exists and is not a directory");
            }
            Path parent = p.getParent();
            if (parent == null || !java.nio.file.Files.isDirectory(parent)) {
                throw new TypeConversionException(value + ": directory " + parent + " does not exist (create it first)");
            }
            if (!java.nio.file.Files.isWritable(parent)) {
                throw new TypeConversionException(value + ": directory " + parent + " is not writable");
            }
            return Path.of(value);
        }
    }

    /** Converter of input paths: the file must exist, be a file and be readable (bad path: exit 2). */
    public static final class ReadablePath implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path p;
            try {
                p = Path.of(value);
            } catch (java.nio.file.InvalidPathException e) {
                throw new TypeConversionException(value + ": " + e.getMessage());
            }
            if (!java.nio.file.Files.exists(p)) {
                throw new TypeConversionException(value + ": no such file");
            }
            if (java.nio.file.Files.isDirectory(p)) {
                throw new TypeConversionException(value + " is a directory, not a file");
            }
            if (!java.nio.file.Files.isReadable(p)) {
                throw new TypeConversionException(value + " is not readable");
            }
            return p;
        }
    }
}
