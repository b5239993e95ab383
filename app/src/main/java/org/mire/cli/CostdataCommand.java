package org.mire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.costdata.CostDataGenerator;
import org.mire.progress.ProgressMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "costdata", mixinStandardHelpOptions = true,
        description = "MLIR cost-model dataset (kernel variants labelled with llvm-mca).",
        subcommands = {CostdataCommand.Generate.class})
final class CostdataCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Enumerate linalg kernel variants (shapes, loop orders, tile sizes, vector widths, unroll "
                    + "factors), lower each with mlir-opt-16, mlir-translate-16 and llc-16, and label it with "
                    + "llvm-mca-16.",
                "Writes DIR/costdata.csv (file,targets...,features...) and DIR/mlir/*.mlir. Resumable: run it again "
                    + "with the same options to finish an interrupted run."})
    static final class Generate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
        Path out;

        @Option(names = "--count", defaultValue = "2000", paramLabel = "N",
                description = "Number of labelled variants (default: ${DEFAULT-VALUE}).")
        int count;

        @Option(names = "--jobs", defaultValue = "1", paramLabel = "N",
                description = "Variants processed at once (default: ${DEFAULT-VALUE}).")
        int jobs;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
                description = "Seed that selects and orders the variants (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws MireException {
            PrintWriter err = spec.commandLine().getErr();
            ProgressMonitor monitor = new ProgressMonitor() {
                private long lastPrint;

                @Override
                public synchronized void progress(double fraction, String message) {
                    long now = System.nanoTime();
                    if (now - lastPrint > 2_000_000_000L || fraction >= 1.0) {
                        lastPrint = now;
                        err.printf("%s%n", message);
                        err.flush();
                    }
                }

                @Override
                public boolean isCancelled() {
                    return Thread.currentThread().isInterrupted();
                }
            };
            CostDataGenerator.Summary summary = CostDataGenerator.generate(out, count, jobs, seed, monitor);
            PrintWriter o = spec.commandLine().getOut();
            o.printf("%d variants in %s (%d generated now, %d reused, %d rejected by the tools) in %.1f s%n",
                    summary.rows(), out.resolve("costdata.csv"), summary.generatedNow(), summary.reused(),
                    summary.failed(), summary.millis() / 1000.0);
            o.flush();
            return MireCommand.EXIT_OK;
        }
    }
}
