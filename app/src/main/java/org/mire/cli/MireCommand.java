package org.mire.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mire.MireException;
import org.mire.MireVersion;
import org.mire.progress.CancelledException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mire} command line. Exit codes: 0 success, 1 user error (one-line message on stderr),
 * 2 usage error. The subcommands are registered from {@link #COMMANDS} rather than listed in the annotation, so
 * that a command line builds only the command it runs.
 */
@Command(name = "mire",
        mixinStandardHelpOptions = true,
        versionProvider = MireCommand.Version.class,
        description = "MIRE Workbench: program graphs, embeddings and task models for LLVM IR and MLIR.")
public final class MireCommand implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_USER_ERROR = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The subcommands by name, in the order {@code mire --help} lists them. Picocli builds a command's model by
     * reflection over its annotations (and loads the classes of its option types); building all of them took most
     * of a short command's start-up (docs/benchmarks.md, "Command-line start-up"), so {@link #commandLine(String...)}
     * builds only the one a command line names. {@code MireCommandTest} checks that these names are the commands'
     * own.
     */
    private static final Map<String, Class<?>> COMMANDS = commands();

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("help", CommandLine.HelpCommand.class);
        commands.put("bench", BenchCommand.class);
        commands.put("graph", GraphCommand.class);
        commands.put("stats", StatsCommand.class);
        commands.put("project", ProjectCommand.class);
        commands.put("neighbours", NeighboursCommand.class);
        commands.put("quality", QualityCommand.class);
        commands.put("export-embeddings", ExportProjectorCommand.class);
        commands.put("explore", ExploreCommand.class);
        commands.put("costdata", CostdataCommand.class);
        commands.put("gui", GuiCommand.class);
        commands.put("tokens", TokensCommand.class);
        commands.put("corpus", CorpusCommand.class);
        commands.put("vocab", VocabCommand.class);
        commands.put("devices", DevicesCommand.class);
        commands.put("encode", EncodeCommand.class);
        commands.put("pretrain", PretrainCommand.class);
        commands.put("check-model", CheckModelCommand.class);
        commands.put("eval", EvalCommand.class);
        commands.put("train", TrainCommand.class);
        commands.put("predict", PredictCommand.class);
        return commands;
    }

    /** The names of all subcommands. */
    public static Set<String> commandNames() {
        return COMMANDS.keySet();
    }

    /** Builds the command line with every subcommand and our error handling (help, tests, completion). */
    public static CommandLine commandLine() {
        return configured(withCommands(COMMANDS.keySet()));
    }

    /**
     * The command line for these arguments: only the subcommand they name ({@code mire stats ...}), none for
     * {@code mire --version}, all of them otherwise (no arguments, {@code --help}, {@code help}, a mistyped name,
     * so that the usage lists them all and picocli can suggest the closest).
     */
    public static CommandLine commandLine(String... args) {
        if (args.length > 0 && !args[0].equals("help") && COMMANDS.containsKey(args[0])) {
            return configured(withCommands(Set.of(args[0])));
        }
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return configured(withCommands(Set.of()));
        }
        return commandLine();
    }

    private static CommandLine withCommands(Set<String> names) {
        CommandLine commandLine = new CommandLine(new MireCommand());
        for (Map.Entry<String, Class<?>> command : COMMANDS.entrySet()) {
            if (names.contains(command.getKey())) {
                commandLine.addSubcommand(command.getKey(), command.getValue());
            }
        }
        return commandLine;
    }

    /** Our error handling and usage width, set after the subcommands are added so that they get them too. */
    private static CommandLine configured(CommandLine commandLine) {
        commandLine.setExecutionExceptionHandler(MireCommand::handleExecutionException);
        commandLine.setUsageHelpAutoWidth(true);
        return commandLine;
    }

    public static int execute(String... args) {
        return commandLine(args).execute(args);
    }

    private static int handleExecutionException(Exception e, CommandLine commandLine,
                                                CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        Throwable cause = e;
        while (cause instanceof java.util.concurrent.CompletionException || cause instanceof
                java.util.concurrent.ExecutionException || cause instanceof java.io.UncheckedIOException) {
            if (cause.getCause() == null) {
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof MireException || cause instanceof CancelledException) {
            err.println("mire: " + cause.getMessage());
        } else if (cause instanceof java.io.IOException io) {
            err.println("mire: " + io.getMessage());
        } else {
            err.println("mire: internal error: " + cause);
            if (Boolean.getBoolean("mire.debug")) {
                cause.printStackTrace(err);
            } else {
                err.println("mire: run with -Dmire.debug=true (JAVA_TOOL_OPTIONS) for the stack trace, and please report it");
            }
        }
        err.flush();
        return EXIT_USER_ERROR;
    }

    /** Reports the workbench version and the Java runtime. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "mire " + MireVersion.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
            };
        }
    }
}
