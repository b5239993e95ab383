package org.mire.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --json} and {@code --quiet}, for commands that print a report and show progress on stderr. */
final class ReportOptions {
    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    /** Progress and finished folds on the command's stderr (nothing with --quiet). */
    TaskConsole console(CommandSpec spec) {
        return new TaskConsole(spec.commandLine().getErr(), quiet, "");
    }
}
