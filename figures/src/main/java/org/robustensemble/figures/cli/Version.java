package org.robustensemble.figures.cli;

import picocli.CommandLine.IVersionProvider;

/** Version string of the toolkit. */
public final class Version implements IVersionProvider {
    /** The toolkit version. */
    public static final String VERSION = "0.1.0-SNAPSHOT";

    @Override
    public String[] getVersion() {
        return new String[] {"re " + VERSION};
    }
}
