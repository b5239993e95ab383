package org.mire.cli;

import java.io.PrintWriter;
import org.mire.MireException;
import org.mire.MireVersion;
import org.mire.progress.CancelledException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mire} command line. Exit codes: 0 success, 1 user error (one-line message on stderr),
 * 2 usage error.
 */
@Command(name = "mire",
        mixinStandardHelpOptions = true,
        versionProvider = MireCommand.Version.class,
        description = "MIRE Workbench: program graphs, embeddings and task models for LLVM IR and MLIR.",
        subcommands = {
            CommandLine.HelpCommand.class,
            BenchCommand.class,
            GraphCommand.class,
            StatsCommand.class,
            ProjectCommand.class,
            NeighboursCommand.class,
            QualityCommand.class,
            ExportProjectorCommand.class,
            ExploreCommand.class,
            CostdataCommand.class,
            GuiCommand.class,
            TokensCommand.class,
            CorpusCommand.class,
            VocabCommand.class,
            DevicesCommand.class,
            EncodeCommand.class,
            PretrainCommand.class,
            CheckModelCommand.class,
            EvalCommand.class,
            TrainCommand.class,
            PredictCommand.class,
        })
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

    /** Builds the command line with our error handling; tests call this to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new MireCommand());
        commandLine.setExecutionExceptionHandler(MireCommand::handleExecutionException);
        commandLine.setUsageHelpAutoWidth(true);
        return commandLine;
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
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
