package org.mire.app;

import org.mire.cli.MireCommand;

/**
 * Entry point of the application jar. Does not extend {@code Application}, so JavaFX can stay on the
 * class path. Runs the {@code mire} command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(MireCommand.execute(args));
    }
}
