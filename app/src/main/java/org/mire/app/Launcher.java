package org.mire.app;

import org.mire.cli.MireCommand;

/**
 * Entry point of the application jar. Does not extend {@code Application}, so JavaFX can stay on the
 * class path. Without arguments it opens the workbench window ({@code mire gui}); otherwise it runs the
 * {@code mire} command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        String[] command = args.length == 0 ? new String[] {"gui"} : args;
        System.exit(MireCommand.execute(command));
    }
}
