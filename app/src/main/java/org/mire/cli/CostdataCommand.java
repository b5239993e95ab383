package org.mire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.costdata.CostDataGenerator;
import org.mire.costdata.CostModelBaseline;
import org.mire.progress.ProgressMonitor;
import org.mire.task.metric.RegressionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "costdata", mixinStandardHelpOptions = true,
        description = "MLIR cost-model dataset (kernel variants labelled with llvm-mca).",
        subcommands = {CostdataCommand.Generate.class, CostdataCommand.Baseline.class, CostdataCommand.Describe.class})
final class CostdataCommand extends GroupCommand {

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

    @Command(name = "baseline", mixinStandardHelpOptions = true,
            description = "Cross-validate the non-learned baseline (op-count histogram of each variant's MLIR, "
                    + "fitted by least squares) on every target of a costdata folder.")
    static final class Baseline implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder with costdata.csv.")
        Path data;

        @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "Folds (default: ${DEFAULT-VALUE}).")
        int folds;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Fold seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws MireException {
            CostModelBaseline.Dataset dataset = CostModelBaseline.load(data, ProgressMonitor.NONE);
            List<CostModelBaseline.Result> results = CostModelBaseline.crossValidate(dataset, folds, seed);
            PrintWriter o = spec.commandLine().getOut();
            o.printf("op-count linear baseline, %d rows, %d op kinds, %d-fold CV (seed %d)%n", dataset.files().size(),
                    dataset.opNames().size(), folds, seed);
            o.printf("| target | MAE | MAPE %% | Spearman |%n|---|---|---|---|%n");
            for (CostModelBaseline.Result r : results) {
                RegressionReport m = r.metrics();
                o.printf("| %s | %.4g | %.1f | %.3f |%n", r.target(), m.mae(), 100 * m.mape(), m.spearman());
            }
            o.flush();
            return MireCommand.EXIT_OK;
        }
    }

    @Command(name = "describe", mixinStandardHelpOptions = true,
            description = "Summarise a costdata folder: rows per kernel and the distribution of every target.")
    static final class Describe implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder with costdata.csv.")
        Path data;

        @Override
        public Integer call() throws MireException {
            CostModelBaseline.Dataset dataset = CostModelBaseline.load(data, ProgressMonitor.NONE);
            PrintWriter o = spec.commandLine().getOut();
            Map<String, Integer> perKernel = new TreeMap<>();
            dataset.kernels().forEach(k -> perKernel.merge(k, 1, Integer::sum));
            o.printf("%d rows; per kernel: %s%n%n", dataset.files().size(), perKernel);
            o.printf("| target | min | p10 | median | p90 | max | mean |%n|---|---|---|---|---|---|---|%n");
            for (Map.Entry<String, double[]> t : dataset.targets().entrySet()) {
                double[] v = t.getValue().clone();
                java.util.Arrays.sort(v);
                double mean = java.util.Arrays.stream(v).average().orElse(Double.NaN);
                o.printf("| %s | %.4g | %.4g | %.4g | %.4g | %.4g | %.4g |%n", t.getKey(), v[0], q(v, 0.1), q(v, 0.5),
                        q(v, 0.9), v[v.length - 1], mean);
            }
            o.flush();
            return MireCommand.EXIT_OK;
        }

        private static double q(double[] sorted, double p) {
            return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
        }
    }
}
