package org.robustensemble.simulation.bp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Saved BP messages for a warm start: input-layer messages (M N K), focusing and external messages (N K), in
 * the encoding of {@code representation}. File format: gzip of a binary stream (magic, representation, n, k, m,
 * then the doubles).
 */
public record Messages(Representation representation, int n, int k, int m, double[] input, double[] focusing,
                       double[] external) {
    private static final int MAGIC = 0x52454250; // "REBP"

    /** Writes the messages (gzip binary) to a stream. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream d = new DataOutputStream(gz);
        d.writeInt(MAGIC);
        d.writeUTF(representation.name());
        d.writeInt(n);
        d.writeInt(k);
        d.writeInt(m);
        for (double v : input) {
            d.writeDouble(v);
        }
        for (double v : focusing) {
            d.writeDouble(v);
        }
        for (double v : external) {
            d.writeDouble(v);
        }
        d.flush();
        gz.finish();
    }

    /** Writes to a file (temporary file + rename). */
    public void save(Path file) {
        try {
            Path abs = file.toAbsolutePath();
            Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
            try (OutputStream o = Files.newOutputStream(tmp)) {
                write(o);
            }
            Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write messages " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads messages written by {@link #save(Path)}; malformed files give IllegalArgumentException. */
    public static Messages load(Path file) {
        try (InputStream in = Files.newInputStream(file);
             DataInputStream d = new DataInputStream(new GZIPInputStream(in))) {
            if (d.readInt() != MAGIC) {
                throw new IllegalArgumentException(file + " is not a messages file");
            }
            Representation r = Representation.valueOf(d.readUTF());
            int n = d.readInt();
            int k = d.readInt();
            int m = d.readInt();
            if (n < 1 || k < 1 || m < 0 || (long) n * k * (m + 2) > 400_000_000L) {
                throw new IllegalArgumentException(file + ": bad sizes n = " + n + ", k = " + k + ", m = " + m);
            }
            double[] in1 = new double[n * k * m];
            double[] f = new double[n * k];
            double[] e = new double[n * k];
            for (int i = 0; i < in1.length; i++) {
                in1[i] = d.readDouble();
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = d.readDouble();
            }
            for (int i = 0; i < e.length; i++) {
                e[i] = d.readDouble();
            }
            return new Messages(r, n, k, m, in1, f, e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read messages " + file + ": " + e.getMessage());
        }
    }
}
