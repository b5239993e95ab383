package org.mire.app;

import java.util.Arrays;
import java.util.Set;
import org.mire.cli.AotTraining;
import org.mire.cli.MireCommand;
import picocli.CommandLine;

/**
 * Entry point of the application jar. Does not extend {@code Application}, so JavaFX can stay on the
 * class path.
 *
 * <p>The installed application has two launchers of the same jar, told apart by the system property
 * {@value #LAUNCHER_PROPERTY}: {@code cli} ({@code bin/mire}) always runs the command line, so {@code mire} alone
 * prints the help; {@code gui} (the workbench launcher, also what the desktop runs for "Open with") opens the window
 * without arguments and opens files given to it. Without the property ({@code ./mire}, {@code java -jar}) no
 * arguments open the window when there is one, anything else is a command line.
 */
public final class Launcher {
    public static final String LAUNCHER_PROPERTY = "mire.launcher";
    static final String GUI = "gui";
    static final String CLI = "cli";

    private Launcher() {
    }

    public static void main(String[] args) {
        String training = System.getProperty(AotTraining.PROPERTY);
        if (training != null) {
            System.exit(AotTraining.run(training, System.err));
        }
        String launcher = System.getProperty(LAUNCHER_PROPERTY);
        if (launcher != null && !launcher.equals(GUI) && !launcher.equals(CLI)) {
            System.err.println("mire: -D" + LAUNCHER_PROPERTY + "=" + launcher + ": expected cli or gui");
            System.exit(MireCommand.EXIT_USAGE);
        }
        String[] command = command(args, launcher, MireCommand.commandNames());
        if (command.length > 0 && command[0].equals(GUI)) {
            StartupReport.installIfRequested();
        }
        CommandLine commandLine = MireCommand.commandLine(command);
        System.exit(commandLine.execute(command));
    }

    /**
     * The command line to run for the arguments a launcher received.
     *
     * @param launcher    {@code cli}, {@code gui} or null (see the class comment)
     * @param subcommands the names {@code mire} knows
     */
    static String[] command(String[] args, String launcher, Set<String> subcommands) {
        if (CLI.equals(launcher) || !subcommands.contains(GUI)) {
            return args;
        }
        if (args.length == 0) {
            return new String[] {GUI};
        }
        // The desktop passes the files of an "Open with" to the workbench launcher as bare arguments.
        boolean bareFiles = !args[0].startsWith("-") && !subcommands.contains(args[0]);
        if (GUI.equals(launcher) && bareFiles) {
            String[] command = new String[args.length + 1];
            command[0] = GUI;
            System.arraycopy(args, 0, command, 1, args.length);
            return command;
        }
        return Arrays.copyOf(args, args.length);
    }
}
