package org.mire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mire bench ...}: speed measurements that feed docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and print a Markdown table for docs/benchmarks.md.",
        subcommands = {TsneBenchCommand.class, ScatterBenchCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
