package org.mire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.encoder.FineTuneOptions;
import org.mire.task.CoarseningFormulation;
import org.mire.task.CvListener;
import org.mire.task.DevMapBenchmark;
import org.mire.task.EmbeddingChoice;
import org.mire.task.HeadGrids;
import org.mire.task.PublishedResults;
import org.mire.task.ReportJson;
import org.mire.task.ThreadCoarseningBenchmark;
import org.mire.task.dataset.DatasetLocations;
import org.mire.task.dataset.DevMapDataset;
import org.mire.task.dataset.DevMapPlatform;
import org.mire.task.dataset.ThreadCoarseningDataset;
import org.mire.task.dataset.ThreadCoarseningDataset.Gpu;
import org.mire.task.finetune.FineTunedBenchmarks;
import org.mire.task.head.HeadSpec;
import org.mire.task.metric.ClassificationReport;
import org.mire.task.metric.SpeedupReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mire eval devmap|threadcoarsening}: the published benchmarks, one command per table. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Reproduce the published downstream benchmarks (DevMap, thread coarsening) and the MLIR cost model.",
        subcommands = {EvalCommand.DevMap.class, EvalCommand.ThreadCoarsening.class, EvalCommand.MlirCost.class,
            EvalCommand.Table.class})
final class EvalCommand extends GroupCommand {

    /**
     * The encoder model a fine-tuning run starts from: {@code --embedding mirencoder[:DIR]} (default: the shipped
     * model); {@code --head} must be left at auto, the fine-tuned head being set by the recipe's options.
     */
    static Path fineTunedModel(Common common) throws MireException {
        if (!common.head.strip().equalsIgnoreCase(HeadGrids.AUTO)) {
            throw new MireException("--head chooses heads on frozen embeddings; with --fine-tune the head is the "
                    + "recipe's (--hidden, --lr)");
        }
        return EmbeddingChoice.encoderModel(common.embedding == null ? EmbeddingChoice.ENCODER : common.embedding);
    }

    /** Options both benchmarks share. */
    static class Common {
        @Option(names = "--data", paramLabel = "DIR",
                description = "The data set folder (default: ../shared/datasets/<name> beside the repository).")
        Path data;

        @Option(names = "--embedding", paramLabel = "NAME",
                description = "mirencoder[:DIR] (the shipped encoder), none, opcode-histogram, ir2vec-style[:DIM|:auto], "
                        + "ir2vec-symbolic[:DIM|:auto], op-histogram, a+b "
                        + "(concatenated), or alternatives separated by ',' that nested CV chooses from per fold "
                        + "(default: opcode-histogram, the best found; docs/results.md).")
        String embedding;

        @Option(names = "--head", paramLabel = "SPEC", defaultValue = HeadGrids.AUTO,
                description = "auto (nested selection from the task's grid), a head such as gbt:trees=300,leaves=6 "
                        + "or rf:trees=500, or several separated by ';' to choose from (default: ${DEFAULT-VALUE}).")
        String head;

        @Option(names = "--seed", defaultValue = "204", description = "Seed of folds and fits (default: ${DEFAULT-VALUE}).")
        long seed;

        @Mixin
        ReportOptions report;
    }

    @Command(name = "devmap", mixinStandardHelpOptions = true,
            description = "Heterogeneous device mapping (Grewe et al. / DeepTune): CPU or GPU per kernel and input.")
    static final class DevMap implements Callable<Integer> {
        /**
         * The configuration `mire eval devmap` runs when no option is given: the best of the runs in
         * docs/results.md (ties the shipped encoder on AMD, ahead of it on NVIDIA, and the cheapest).
         */
        static final String DEFAULT_EMBEDDING = "opcode-histogram";

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.Mixin
        Common common = new Common();

        @Option(names = "--platform", required = true, paramLabel = "amd|nvidia", description = "The platform.")
        String platform;

        @Option(names = "--protocol", defaultValue = "stratified", paramLabel = "stratified|grouped",
                description = "stratified: the published 10 folds (scikit-learn, seed 204, recorded); grouped: 10 "
                        + "folds of whole kernels (default: ${DEFAULT-VALUE}).")
        String protocol;

        @Option(names = "--features", defaultValue = "aux", paramLabel = "SET",
                description = "Extra inputs besides the embedding: aux (transfer, wgsize), grewe, grewe+aux or none "
                        + "(default: ${DEFAULT-VALUE}).")
        String features;

        @Mixin
        FineTuneMixin fineTune = new FineTuneMixin();

        @Option(names = "--ir", defaultValue = "ncc", paramLabel = "ncc|clang",
                description = "ncc: the NCC IR in kernels_ir/ (as NCC, IR2Vec and ProGraML); clang: compile the src "
                        + "column with clang-16, leaving out kernels that do not compile faithfully (default: ${DEFAULT-VALUE}).")
        String ir;

        @Override
        public Integer call() throws MireException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            DevMapPlatform chosenPlatform = DevMapPlatform.of(platform);
            DevMapBenchmark.Folds folds = switch (protocol.toLowerCase(Locale.ROOT)) {
                case "stratified" -> DevMapBenchmark.Folds.STRATIFIED;
                case "grouped" -> DevMapBenchmark.Folds.GROUPED;
                default -> throw new MireException("unknown protocol '" + protocol + "'; use stratified or grouped");
            };
            DevMapDataset.IrSource irSource = switch (ir.toLowerCase(Locale.ROOT)) {
                case "ncc" -> DevMapDataset.IrSource.NCC;
                case "clang" -> DevMapDataset.IrSource.CLANG;
                default -> throw new MireException("unknown IR source '" + ir + "'; use ncc or clang");
            };
            boolean fineTuning = fineTune.enabled();
            Path model = fineTuning ? fineTunedModel(common) : null;
            FineTuneOptions recipe = fineTuning ? fineTune.options(common.seed) : null;
            List<HeadSpec> heads = fineTuning ? List.of() : HeadGrids.resolve(common.head, HeadGrids.CLASSIFICATION);
            String embeddingName = common.embedding == null ? DEFAULT_EMBEDDING : common.embedding;
            List<EmbeddingMethod> methods = fineTuning ? List.of() : EmbeddingChoice.resolveAlternatives(embeddingName);
            Path folder = DatasetLocations.resolve(common.data, DatasetLocations.DEVMAP);
            TaskConsole console = common.report.console(spec);
            DevMapDataset dataset = DevMapDataset.load(folder, chosenPlatform, irSource, console);
            if (dataset.size() < 680 && !common.report.quiet) {
                err.println("mire: " + (680 - dataset.size()) + " of 680 rows left out: their kernels do not compile "
                        + "faithfully with clang-16 (see compile_status_clang16.csv)");
            }
            DevMapBenchmark.Report report;
            if (fineTuning) {
                report = FineTunedBenchmarks.devMap(dataset, model, recipe, DevMapDataset.FeatureSet.of(features),
                        folds, console, console);
            } else {
                DevMapBenchmark.Config config = new DevMapBenchmark.Config(DevMapDataset.FeatureSet.of(features),
                        folds, heads, common.seed);
                report = DevMapBenchmark.run(dataset, methods, config, console, console);
            }
            if (common.report.json) {
                out.println(ReportJson.GSON.toJson(ReportJson.devMap(report, dataset)));
            } else {
                print(out, report, chosenPlatform, dataset.size());
            }
            out.flush();
            return 0;
        }

        private static void print(PrintWriter out, DevMapBenchmark.Report report, DevMapPlatform platform, int rows) {
            out.printf(Locale.ROOT, "DevMap %s: %d rows, embedding %s, features %s%n", platform.gpuName(), rows,
                    report.embedding(), report.config().features().name().toLowerCase(Locale.ROOT));
            out.printf(Locale.ROOT, "protocol: %s; heads: %s%n", report.protocol(),
                    report.config().heads().size() == 1 ? report.config().heads().get(0)
                            : "chosen per fold by nested CV from " + report.config().heads().size() + " candidates");
            ClassificationReport c = report.classification();
            out.println();
            out.println("fold  train  test  head                                              test acc");
            for (var fold : report.cv().folds()) {
                out.printf(Locale.ROOT, "%4d  %5d  %4d  %-48s  %6.1f%%%n", fold.fold(), fold.trainRows(),
                        fold.testRows(), fold.choice(), 100 * fold.testScore());
            }
            out.println();
            out.printf(Locale.ROOT, "confusion (rows actual, columns predicted): %s%n", confusion(c));
            for (int k = 0; k < c.classes().size(); k++) {
                out.printf(Locale.ROOT, "%s: precision %.3f, recall %.3f, F1 %.3f%n", c.classes().get(k),
                        c.precision()[k], c.recall()[k], c.f1()[k]);
            }
            out.println();
            out.println("published (anchors.md)            accuracy  speedup");
            for (PublishedResults.DevMap method : PublishedResults.DEVMAP) {
                out.printf(Locale.ROOT, "  %-32s %6.1f%%  %s%s%n", method.method(), 100 * method.accuracy(platform),
                        Double.isNaN(method.speedup(platform)) ? "   -" : String.format(Locale.ROOT, "%5.2f",
                                method.speedup(platform)),
                        method.protocol().isEmpty() ? "" : "  (" + method.protocol() + ")");
            }
            SpeedupReport s = report.speedup();
            out.printf(Locale.ROOT, "oracle: %.2f (geomean %.2f)%n", s.oracleMean(), s.oracleGeomean());
            out.printf(Locale.ROOT, "fraction of oracle: %.1f%% (geomean %.1f%%)%n", 100 * s.oracleFractionMean(),
                    100 * s.oracleFractionGeomean());
            out.printf(Locale.ROOT, "accuracy: %.1f%%%n", 100 * c.accuracy());
            out.printf(Locale.ROOT, "speedup: %.2f (geomean %.2f)%n", s.mean(), s.geomean());
        }

        private static String confusion(ClassificationReport c) {
            StringBuilder text = new StringBuilder();
            for (int a = 0; a < c.classes().size(); a++) {
                text.append(a == 0 ? "" : "; ").append(c.classes().get(a)).append(' ')
                        .append(java.util.Arrays.toString(c.confusion()[a]));
            }
            return text.toString();
        }
    }

    @Command(name = "threadcoarsening", aliases = "tc", mixinStandardHelpOptions = true,
            description = "Thread-coarsening factor per OpenCL kernel (Magni et al. / DeepTune), leave-one-kernel-out "
                    + "per GPU.")
    static final class ThreadCoarsening implements Callable<Integer> {
        /** The best mean over the four GPUs in docs/results.md (neighbours formulation). */
        static final String DEFAULT_EMBEDDING = "opcode-histogram";

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.Mixin
        Common common = new Common();

        @Option(names = "--formulation", paramLabel = "per-gpu|joint|rank|neighbours",
                description = "per-gpu: a classifier per GPU (the published setting); joint: one classifier for all "
                        + "GPUs with the GPU as input; rank: one regressor of the speedup at each factor, all GPUs; "
                        + "neighbours: per GPU, the best factor of the nearest training kernels' speedup curves "
                        + "(default: neighbours; per-gpu with --fine-tune, the only one it supports).")
        String formulation;

        @Mixin
        FineTuneMixin fineTune = new FineTuneMixin();

        @Option(names = "--gpu", split = ",", paramLabel = "GPU",
                description = "GPUs to evaluate: cypress, tahiti, fermi, kepler (default: all four).")
        List<String> gpus;

        @Override
        public Integer call() throws MireException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<Gpu> chosen = new ArrayList<>();
            if (gpus == null || gpus.isEmpty()) {
                chosen.addAll(List.of(Gpu.values()));
            } else {
                for (String gpu : gpus) {
                    chosen.add(Gpu.of(gpu));
                }
            }
            boolean fineTuning = fineTune.enabled();
            CoarseningFormulation chosenFormulation = CoarseningFormulation.of(formulation != null ? formulation
                    : fineTuning ? CoarseningFormulation.PER_GPU.id() : CoarseningFormulation.NEIGHBOURS.id());
            if (fineTuning) {
                if (chosenFormulation != CoarseningFormulation.PER_GPU) {
                    throw new MireException("--fine-tune trains a classifier per GPU (--formulation per-gpu); the "
                            + chosenFormulation.id() + " formulation works on frozen embeddings only");
                }
                Path model = fineTunedModel(common);
                FineTuneOptions recipe = fineTune.options(common.seed);
                Path folder = DatasetLocations.resolve(common.data, DatasetLocations.THREAD_COARSENING);
                ThreadCoarseningDataset dataset = ThreadCoarseningDataset.load(folder);
                TaskConsole console = common.report.console(spec);
                Map<Gpu, CvListener> listeners = new EnumMap<>(Gpu.class);
                for (Gpu gpu : chosen) {
                    listeners.put(gpu, console.withPrefix(gpu.id() + " "));
                }
                print(out, FineTunedBenchmarks.threadCoarsening(dataset, model, recipe, chosen, console, listeners),
                        dataset, common.report.json);
                return 0;
            }
            List<HeadSpec> heads = HeadGrids.resolve(common.head, switch (chosenFormulation) {
                case RANK -> HeadGrids.COARSENING_RANK;
                case NEIGHBOURS -> HeadGrids.COARSENING_NEIGHBOURS;
                default -> HeadGrids.THREAD_COARSENING;
            });
            String embeddingName = common.embedding == null ? DEFAULT_EMBEDDING : common.embedding;
            List<EmbeddingMethod> methods = EmbeddingChoice.resolveAlternatives(embeddingName);
            if (methods.contains(null)) {
                throw new MireException("thread coarsening needs an embedding (the task has no other inputs)");
            }
            Path folder = DatasetLocations.resolve(common.data, DatasetLocations.THREAD_COARSENING);
            ThreadCoarseningDataset dataset = ThreadCoarseningDataset.load(folder);
            TaskConsole console = common.report.console(spec);
            Map<Gpu, CvListener> listeners = new EnumMap<>(Gpu.class);
            for (Gpu gpu : chosen) {
                listeners.put(gpu, console.withPrefix(gpu.id() + " "));
            }
            ThreadCoarseningBenchmark.Report report = ThreadCoarseningBenchmark.run(dataset, methods,
                    chosenFormulation, heads, chosen, common.seed, console, listeners, console.withPrefix("all GPUs "));
            print(out, report, dataset, common.report.json);
            return 0;
        }

        private static void print(PrintWriter out, ThreadCoarseningBenchmark.Report report,
                                  ThreadCoarseningDataset dataset, boolean json) {
            String[] kernels = dataset.kernels().stream().map(ThreadCoarseningDataset.Kernel::name)
                    .toArray(String[]::new);
            if (json) {
                out.println(ReportJson.GSON.toJson(ReportJson.threadCoarsening(report, kernels)));
            } else {
                print(out, report, kernels);
            }
            out.flush();
        }

        private static void print(PrintWriter out, ThreadCoarseningBenchmark.Report report, String[] kernels) {
            out.printf(Locale.ROOT, "Thread coarsening: %d kernels, embedding %s, leave-one-kernel-out, formulation %s; "
                    + "heads: %s%n", kernels.length, report.embedding(), report.formulation().id(),
                    report.heads().size() == 1 ? report.heads().get(0)
                            : "chosen per fold by nested leave-one-out from " + report.heads().size() + " candidates");
            out.println();
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-14s", "kernel"));
            for (ThreadCoarseningBenchmark.GpuReport gpu : report.gpus()) {
                header.append(String.format(Locale.ROOT, "%10s", gpu.gpu().column()));
            }
            out.println(header + "   (predicted factor)");
            for (int k = 0; k < kernels.length; k++) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s", kernels[k]));
                for (ThreadCoarseningBenchmark.GpuReport gpu : report.gpus()) {
                    line.append(String.format(Locale.ROOT, "%10d", gpu.predictedFactor()[k]));
                }
                out.println(line);
            }
            out.println();
            out.println("published speedups (anchors.md)");
            for (PublishedResults.Coarsening method : PublishedResults.THREAD_COARSENING) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-30s", method.method()));
                for (ThreadCoarseningBenchmark.GpuReport gpu : report.gpus()) {
                    line.append(String.format(Locale.ROOT, " %s %.2f", gpu.gpu().column(), method.speedup(gpu.gpu())));
                }
                out.println(line);
            }
            double sum = 0;
            double logSum = 0;
            for (ThreadCoarseningBenchmark.GpuReport gpu : report.gpus()) {
                SpeedupReport s = gpu.speedup();
                out.printf(Locale.ROOT, "%s (%s): accuracy %.1f%%, oracle %.2f, fraction of oracle %.1f%%%n",
                        gpu.gpu().column(), gpu.gpu().displayName(), 100 * gpu.accuracy(), s.oracleMean(),
                        100 * s.oracleFractionMean());
                sum += s.mean();
                logSum += Math.log(s.geomean());
            }
            for (ThreadCoarseningBenchmark.GpuReport gpu : report.gpus()) {
                out.printf(Locale.ROOT, "speedup %s: %.2f (geomean %.2f)%n", gpu.gpu().id(), gpu.speedup().mean(),
                        gpu.speedup().geomean());
            }
            int n = report.gpus().size();
            out.printf(Locale.ROOT, "speedup: %.2f (geomean %.2f)%n", sum / n, Math.exp(logSum / n));
        }
    }

    @Command(name = "mlircost", mixinStandardHelpOptions = true,
            description = "Regression heads on the MLIR cost data set of `mire costdata generate`.")
    static final class MlirCost implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "The folder with costdata.csv.")
        Path data;

        @Option(names = "--target", defaultValue = "cycles", paramLabel = "NAME",
                description = "The target column (default: ${DEFAULT-VALUE}).")
        String target;

        @Option(names = "--embedding", defaultValue = "op-histogram", paramLabel = "NAME",
                description = "op-histogram (any IR), none, or alternatives separated by ',' (default: ${DEFAULT-VALUE}).")
        String embedding;

        @Option(names = "--features", defaultValue = "none", paramLabel = "none|params",
                description = "Extra inputs: none, or params (the generator's sizes, tile, vector, unroll, dtype) "
                        + "(default: ${DEFAULT-VALUE}).")
        String features;

        @Option(names = "--head", defaultValue = HeadGrids.AUTO, paramLabel = "SPEC",
                description = "auto, a regression head, or several separated by ';' (default: ${DEFAULT-VALUE}).")
        String head;

        @Option(names = "--protocol", defaultValue = "stratified", paramLabel = "stratified|grouped",
                description = "stratified: 10 folds stratified by target decile; grouped: 10 folds of whole problems "
                        + "(kernel and sizes) (default: ${DEFAULT-VALUE}).")
        String protocol;

        @Option(names = "--no-log", negatable = false, description = "Fit the raw target instead of log1p(target).")
        boolean noLog;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of folds and fits (default: ${DEFAULT-VALUE}).")
        long seed;

        @Mixin
        ReportOptions output;

        @Override
        public Integer call() throws MireException {
            PrintWriter out = spec.commandLine().getOut();
            boolean parameters = switch (features.toLowerCase(Locale.ROOT)) {
                case "none" -> false;
                case "params" -> true;
                default -> throw new MireException("unknown feature set '" + features + "'; use none or params");
            };
            org.mire.task.TaskData task = org.mire.task.dataset.MlirCostDataset.load(data, target, !noLog,
                    parameters);
            List<EmbeddingMethod> methods = EmbeddingChoice.resolveAlternatives(embedding);
            org.mire.task.Protocol chosen = switch (protocol.toLowerCase(Locale.ROOT)) {
                case "stratified" -> new org.mire.task.Protocol.Stratified(10, seed);
                case "grouped" -> new org.mire.task.Protocol.Grouped(10, seed);
                default -> throw new MireException("unknown protocol '" + protocol + "'; use stratified or grouped");
            };
            TaskConsole console = output.console(spec);
            org.mire.task.MlirCostBenchmark.Report report = org.mire.task.MlirCostBenchmark.run(task, methods,
                    !noLog, HeadGrids.resolve(head, HeadGrids.REGRESSION), chosen, seed, console, console);
            var r = report.regression();
            if (output.json) {
                com.google.gson.JsonObject object = new com.google.gson.JsonObject();
                object.addProperty("task", "mlircost");
                object.addProperty("target", target);
                object.addProperty("rows", task.size());
                object.addProperty("embedding", report.embedding());
                object.addProperty("features", features);
                object.addProperty("protocol", report.protocol());
                object.addProperty("logTarget", report.log());
                object.add("regression", ReportJson.regression(r));
                object.add("folds", ReportJson.folds(report.cv()));
                out.println(ReportJson.GSON.toJson(object));
            } else {
                out.printf(Locale.ROOT, "MLIR cost model: %d variants, target %s%s, embedding %s, features %s%n",
                        task.size(), target, report.log() ? " (fitted as log1p)" : "", report.embedding(), features);
                out.println("protocol: " + report.protocol());
                for (var fold : report.cv().folds()) {
                    out.printf(Locale.ROOT, "fold %d: %s, -MAE %.4g%n", fold.fold(), fold.choice(), fold.testScore());
                }
                out.printf(Locale.ROOT, "MAE: %.4g%nMAPE: %.1f%%%nR2: %.3f%nSpearman: %.3f%n", r.mae(), 100 * r.mape(),
                        r.r2(), r.spearman());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "table", mixinStandardHelpOptions = true,
            description = "A whole results table as Markdown, one row per embedding, the published rows beside: "
                    + "devmap (both platforms, stratified and grouped) or threadcoarsening (four GPUs).")
    static final class Table implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "devmap|threadcoarsening")
        String which;

        @Option(names = "--data", paramLabel = "DIR", description = "The data set folder (default: beside the repository).")
        Path data;

        @Option(names = "--embeddings", defaultValue = "opcode-histogram;ir2vec-style:auto", paramLabel = "A;B",
                description = "One row per embedding, separated by ';' (each may list alternatives with ',') "
                        + "(default: ${DEFAULT-VALUE}).")
        String embeddings;

        @Option(names = "--head", defaultValue = HeadGrids.AUTO, paramLabel = "SPEC",
                description = "Heads as for the single benchmarks (default: ${DEFAULT-VALUE}).")
        String head;

        @Option(names = "--formulation", defaultValue = "neighbours", paramLabel = "F",
                description = "Thread coarsening formulation (default: ${DEFAULT-VALUE}).")
        String formulation;

        @Option(names = "--seed", defaultValue = "204", description = "Seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
        boolean quiet;

        @Override
        public Integer call() throws MireException {
            PrintWriter out = spec.commandLine().getOut();
            TaskConsole console = new TaskConsole(spec.commandLine().getErr(), quiet, "");
            List<String> rows = java.util.Arrays.stream(embeddings.split(";")).map(String::strip)
                    .filter(e -> !e.isEmpty()).toList();
            switch (which.toLowerCase(Locale.ROOT)) {
                case "devmap" -> devMap(out, rows, console);
                case "threadcoarsening", "tc" -> coarsening(out, rows, console);
                default -> throw new MireException("unknown table '" + which + "'; use devmap or threadcoarsening");
            }
            out.flush();
            return 0;
        }

        private void devMap(PrintWriter out, List<String> rows, TaskConsole console) throws MireException {
            Path folder = DatasetLocations.resolve(data, DatasetLocations.DEVMAP);
            Map<DevMapPlatform, DevMapDataset> datasets = new EnumMap<>(DevMapPlatform.class);
            for (DevMapPlatform platform : DevMapPlatform.values()) {
                datasets.put(platform, DevMapDataset.load(folder, platform));
            }
            List<HeadSpec> heads = HeadGrids.resolve(head, HeadGrids.CLASSIFICATION);
            out.println("| embedding (+ transfer, wgsize) | split | AMD accuracy | AMD speedup (geomean) "
                    + "| NVIDIA accuracy | NVIDIA speedup (geomean) |");
            out.println("|---|---|---|---|---|---|");
            for (String row : rows) {
                List<EmbeddingMethod> methods = EmbeddingChoice.resolveAlternatives(row);
                for (DevMapBenchmark.Folds folds : DevMapBenchmark.Folds.values()) {
                    StringBuilder line = new StringBuilder("| " + row + " | " + folds.name().toLowerCase(Locale.ROOT));
                    for (DevMapPlatform platform : DevMapPlatform.values()) {
                        DevMapBenchmark.Report report = DevMapBenchmark.run(datasets.get(platform), methods,
                                new DevMapBenchmark.Config(DevMapDataset.FeatureSet.AUX, folds, heads, seed),
                                console.withPrefix(row + " " + platform.id() + " " + folds.name().toLowerCase(Locale.ROOT)
                                        + ": "), console.withPrefix(row + " " + platform.id() + " "));
                        line.append(String.format(Locale.ROOT, " | %.1f%% | %.2f (%.2f)",
                                100 * report.classification().accuracy(), report.speedup().mean(),
                                report.speedup().geomean()));
                    }
                    out.println(line + " |");
                    out.flush();
                }
            }
            for (PublishedResults.DevMap method : PublishedResults.DEVMAP) {
                out.printf(Locale.ROOT, "| %s (published) | %s | %.1f%% | %s | %.1f%% | %s |%n", method.method(),
                        method.protocol().isEmpty() ? "stratified" : method.protocol(), 100 * method.amdAccuracy(),
                        Double.isNaN(method.amdSpeedup()) ? "–" : String.format(Locale.ROOT, "%.2f", method.amdSpeedup()),
                        100 * method.nvidiaAccuracy(), Double.isNaN(method.nvidiaSpeedup()) ? "–"
                                : String.format(Locale.ROOT, "%.2f", method.nvidiaSpeedup()));
            }
            out.printf(Locale.ROOT, "| oracle | | 100%% | %.2f (%.2f) | 100%% | %.2f (%.2f) |%n",
                    datasets.get(DevMapPlatform.AMD).speedup(oracle(datasets.get(DevMapPlatform.AMD))).mean(),
                    datasets.get(DevMapPlatform.AMD).speedup(oracle(datasets.get(DevMapPlatform.AMD))).geomean(),
                    datasets.get(DevMapPlatform.NVIDIA).speedup(oracle(datasets.get(DevMapPlatform.NVIDIA))).mean(),
                    datasets.get(DevMapPlatform.NVIDIA).speedup(oracle(datasets.get(DevMapPlatform.NVIDIA))).geomean());
        }

        private static DevMapDataset.Device[] oracle(DevMapDataset dataset) {
            return dataset.rows().stream().map(DevMapDataset.Row::oracle).toArray(DevMapDataset.Device[]::new);
        }

        private void coarsening(PrintWriter out, List<String> rows, TaskConsole console) throws MireException {
            Path folder = DatasetLocations.resolve(data, DatasetLocations.THREAD_COARSENING);
            ThreadCoarseningDataset dataset = ThreadCoarseningDataset.load(folder);
            CoarseningFormulation chosen = CoarseningFormulation.of(formulation);
            List<HeadSpec> heads = HeadGrids.resolve(head, switch (chosen) {
                case RANK -> HeadGrids.COARSENING_RANK;
                case NEIGHBOURS -> HeadGrids.COARSENING_NEIGHBOURS;
                default -> HeadGrids.THREAD_COARSENING;
            });
            StringBuilder header = new StringBuilder("| embedding (" + chosen.id() + ")");
            StringBuilder rule = new StringBuilder("|---");
            for (Gpu gpu : Gpu.values()) {
                header.append(" | ").append(gpu.column()).append(" (").append(gpu.displayName()).append(")");
                rule.append("|---");
            }
            out.println(header + " | mean over GPUs |");
            out.println(rule + "|---|");
            for (String row : rows) {
                List<EmbeddingMethod> methods = EmbeddingChoice.resolveAlternatives(row);
                ThreadCoarseningBenchmark.Report report = ThreadCoarseningBenchmark.run(dataset, methods, chosen,
                        heads, List.of(Gpu.values()), seed, console, Map.of(), console);
                StringBuilder line = new StringBuilder("| " + row);
                double sum = 0;
                for (ThreadCoarseningBenchmark.GpuReport gpu : report.gpus()) {
                    line.append(String.format(Locale.ROOT, " | %.2f (%.2f)", gpu.speedup().mean(),
                            gpu.speedup().geomean()));
                    sum += gpu.speedup().mean();
                }
                out.println(line + String.format(Locale.ROOT, " | %.2f |", sum / report.gpus().size()));
                out.flush();
            }
            for (PublishedResults.Coarsening method : PublishedResults.THREAD_COARSENING) {
                StringBuilder line = new StringBuilder("| " + method.method() + " (published)");
                double sum = 0;
                for (Gpu gpu : Gpu.values()) {
                    line.append(String.format(Locale.ROOT, " | %.2f", method.speedup(gpu)));
                    sum += method.speedup(gpu);
                }
                out.println(line + String.format(Locale.ROOT, " | %.2f |", sum / Gpu.values().length));
            }
            StringBuilder oracle = new StringBuilder("| oracle");
            double sum = 0;
            for (Gpu gpu : Gpu.values()) {
                double value = PublishedResults.coarseningOracleSpeedup(gpu);
                oracle.append(String.format(Locale.ROOT, " | %.2f", value));
                sum += value;
            }
            out.println(oracle + String.format(Locale.ROOT, " | %.2f |", sum / Gpu.values().length));
        }
    }
}
