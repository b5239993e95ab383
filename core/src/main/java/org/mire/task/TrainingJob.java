package org.mire.task;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.encoder.FineTuneOptions;
import org.mire.progress.ProgressMonitor;
import org.mire.task.dataset.DevMapDataset;
import org.mire.task.dataset.DevMapPlatform;
import org.mire.task.dataset.TableDataset;
import org.mire.task.dataset.ThreadCoarseningDataset;
import org.mire.task.dataset.ThreadCoarseningDataset.Gpu;
import org.mire.task.finetune.FineTunedCrossValidation;
import org.mire.task.finetune.FineTunedHead;
import org.mire.task.finetune.TaskItems;
import org.mire.task.head.FitContext;
import org.mire.task.head.HeadSpec;
import org.mire.task.head.TrainedHead;
import org.mire.task.metric.ClassificationReport;
import org.mire.task.metric.RegressionReport;
import org.mire.task.metric.SpeedupReport;

/**
 * One training run as the workbench's Train panel starts it: a data set, an embedding, candidate heads and a
 * protocol; the result holds everything the panel shows (per-fold rows, confusion matrix, speedups next to the
 * published ones) and can fit and save the final head.
 */
public final class TrainingJob {

    /** What to train on. */
    public sealed interface Source {
        /** Short description for titles. */
        String describe();
    }

    /** DevMap of one platform; protocol {@code stratified} (recorded folds) or {@code grouped}. */
    public record DevMapSource(Path folder, DevMapPlatform platform, DevMapDataset.FeatureSet features)
            implements Source {
        @Override
        public String describe() {
            return "DevMap " + platform.id() + " (" + features.name().toLowerCase() + ")";
        }
    }

    /** Thread coarsening on one GPU (leave-one-kernel-out). */
    public record CoarseningSource(Path folder, Gpu gpu) implements Source {
        @Override
        public String describe() {
            return "thread coarsening " + gpu.id();
        }
    }

    /** A CSV task ({@code file,label|target[,features]}); {@code target} picks one of several targets. */
    public record CsvSource(Path csv, String target) implements Source {
        @Override
        public String describe() {
            return csv.getFileName().toString();
        }
    }

    /**
     * @param source    the data
     * @param embedding embedding name(s) as {@link EmbeddingChoice#resolveAlternatives} takes them
     * @param heads     {@code auto} or head specs separated by {@code ;}
     * @param protocol  {@code stratified[:k]}, {@code grouped[:k]}, {@code loo}, {@code split[:f]} (DevMap:
     *                  {@code stratified} means the recorded folds; thread coarsening always uses leave-one-out)
     * @param seed      seed of folds and fits
     * @param fineTune  null: heads on frozen embeddings; otherwise the encoder named by {@code embedding} is
     *                  fine-tuned with a head by this recipe inside every fold ({@code heads} is then not used), and
     *                  {@link Result#saveFinal} saves the encoder with the head
     */
    public record Request(Source source, String embedding, String heads, String protocol, long seed,
                          FineTuneOptions fineTune) {
        /** A request for heads on frozen embeddings. */
        public Request(Source source, String embedding, String heads, String protocol, long seed) {
            this(source, embedding, heads, protocol, seed, null);
        }
    }

    /** A published number to draw beside ours. */
    public record Reference(String method, double value) {
    }

    /**
     * @param data           the task as trained
     * @param inputs         the input variants (embedding name → rows)
     * @param cv             per-row predictions and per-fold results
     * @param classification for classifiers
     * @param regression     for regressors
     * @param speedup        for DevMap and thread coarsening
     * @param published      published speedups (or accuracies when no speedup is published) of the same task
     * @param candidates     the heads that were chosen from
     */
    public record Result(Request request, TaskData data, Map<String, double[][]> inputs,
                         List<EmbeddingMethod> methods, CvResult cv, ClassificationReport classification,
                         RegressionReport regression, SpeedupReport speedup, List<Reference> published,
                         List<HeadSpec> candidates) {

        /**
         * Fits the final head on all rows and saves it in {@code folder}: {@link #fitFinal} for heads on frozen
         * embeddings; with fine-tuning, the encoder is fine-tuned with the head on all rows by the same recipe and
         * saved inside the folder ({@link FineTunedHead#trainAndSave}).
         */
        public SavedHead saveFinal(Path folder, ProgressMonitor monitor) throws MireException {
            if (request.fineTune() == null) {
                SavedHead head = fitFinal(monitor);
                head.save(folder);
                return head;
            }
            Path model = EmbeddingChoice.encoderModel(request.embedding());
            FineTuneOptions options = request.fineTune().withSeed(request.seed());
            TaskItems items = new FineTunedCrossValidation(model, options, Objective.defaultFor(data.kind()))
                    .items(data, monitor);
            return FineTunedHead.trainAndSave(model, data, items, options, metrics(), folder, monitor);
        }

        /**
         * Fits the head to keep on all rows: the candidate chosen most often across folds (first on ties), on the
         * input variant it was chosen with. Heads on frozen embeddings only (a fine-tuned head is saved with its
         * encoder by {@link #saveFinal}).
         */
        public SavedHead fitFinal(ProgressMonitor monitor) throws MireException {
            if (request.fineTune() != null) {
                throw new MireException("a fine-tuned head is saved together with its encoder: use saveFinal");
            }
            Map<String, Integer> votes = new java.util.LinkedHashMap<>();
            Map<String, CvResult.FoldResult> example = new java.util.HashMap<>();
            for (CvResult.FoldResult fold : cv.folds()) {
                votes.merge(fold.choice(), 1, Integer::sum);
                example.putIfAbsent(fold.choice(), fold);
            }
            String best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            CvResult.FoldResult chosen = example.get(best);
            EmbeddingMethod method = methods.size() == 1 ? methods.get(0) : methods.stream()
                    .filter(m -> EmbeddingChoice.nameOf(m).equals(chosen.inputs())).findFirst().orElseThrow();
            TrainedHead head = CrossValidation.fitAll(chosen.head(), data, inputs.get(chosen.inputs()),
                    new FitContext(request.seed(), monitor, org.mire.task.head.TrainingListener.NONE));
            return SavedHead.of(data, method, head, metrics());
        }

        /** The cross-validated metrics recorded with a saved head. */
        Map<String, Double> metrics() {
            Map<String, Double> metrics = new java.util.LinkedHashMap<>();
            if (classification != null) {
                metrics.put("accuracy", classification.accuracy());
                metrics.put("macroF1", classification.macroF1());
            }
            if (regression != null) {
                metrics.put("mae", regression.mae());
                metrics.put("r2", regression.r2());
            }
            if (speedup != null) {
                metrics.put("speedup", speedup.mean());
                metrics.put("speedupGeomean", speedup.geomean());
            }
            return metrics;
        }
    }

    private TrainingJob() {
    }

    public static Result run(Request request, ProgressMonitor monitor, CvListener listener) throws MireException {
        if (request.fineTune() != null) {
            return runFineTuned(request, monitor, listener);
        }
        List<EmbeddingMethod> methods = EmbeddingChoice.resolveAlternatives(request.embedding());
        switch (request.source()) {
            case DevMapSource source -> {
                DevMapDataset dataset = DevMapDataset.load(source.folder(), source.platform(),
                        DevMapDataset.IrSource.NCC, monitor);
                TaskData data = dataset.taskData(source.features());
                Map<String, double[][]> inputs = inputs(data, methods, monitor);
                List<HeadSpec> heads = HeadGrids.resolve(request.heads(), HeadGrids.CLASSIFICATION);
                Protocol protocol = request.protocol().toLowerCase().startsWith("stratified")
                        ? DevMapBenchmark.protocol(dataset, new DevMapBenchmark.Config(source.features(),
                        DevMapBenchmark.Split.STRATIFIED, heads, request.seed()))
                        : Protocol.parse(request.protocol(), request.seed());
                CvResult cv = new CrossValidation(heads, Objective.ACCURACY, request.seed()).run(data, inputs,
                        protocol, monitor, listener);
                return devMapResult(request, dataset, data, inputs, methods, cv, source, heads);
            }
            case CoarseningSource source -> {
                ThreadCoarseningDataset dataset = ThreadCoarseningDataset.load(source.folder());
                TaskData data = dataset.taskData(source.gpu());
                Map<String, double[][]> inputs = inputs(data, methods, monitor);
                List<HeadSpec> heads = HeadGrids.resolve(request.heads(), HeadGrids.THREAD_COARSENING);
                ThreadCoarseningBenchmark.GpuReport report = ThreadCoarseningBenchmark.evaluate(dataset,
                        source.gpu(), data, inputs, heads, request.seed(), monitor, listener);
                return coarseningResult(request, dataset, source, data, inputs, methods, report, heads);
            }
            case CsvSource source -> {
                TaskData data = TableDataset.load(source.csv(), source.target());
                Map<String, double[][]> inputs = inputs(data, methods, monitor);
                List<HeadSpec> heads = HeadGrids.resolve(request.heads(), data.kind() == TaskKind.CLASSIFICATION
                        ? HeadGrids.CLASSIFICATION : HeadGrids.REGRESSION);
                CvResult cv = new CrossValidation(heads, Objective.defaultFor(data.kind()), request.seed()).run(data,
                        inputs, Protocol.parse(request.protocol(), request.seed()), monitor, listener);
                TaskEvaluation evaluation = TaskEvaluation.of(data, cv);
                return new Result(request, data, inputs, methods, cv, evaluation.classification(),
                        evaluation.regression(), null, List.of(), heads);
            }
        }
    }

    private static Result devMapResult(Request request, DevMapDataset dataset, TaskData data,
                                       Map<String, double[][]> inputs, List<EmbeddingMethod> methods, CvResult cv,
                                       DevMapSource source, List<HeadSpec> heads) {
        int[] predicted = cv.labelsOf(java.util.stream.IntStream.range(0, data.size()).toArray());
        DevMapDataset.Device[] devices = java.util.Arrays.stream(predicted)
                .mapToObj(p -> DevMapDataset.Device.values()[p]).toArray(DevMapDataset.Device[]::new);
        List<Reference> published = new ArrayList<>();
        for (PublishedResults.DevMap method : PublishedResults.DEVMAP) {
            published.add(new Reference(method.method(), method.speedup(source.platform())));
        }
        published.add(new Reference("oracle", PublishedResults.devMapOracleSpeedup(source.platform())));
        return new Result(request, data, inputs, methods, cv,
                ClassificationReport.of(data.classes(), data.labels(), predicted), null, dataset.speedup(devices),
                published, heads);
    }

    private static Result coarseningResult(Request request, ThreadCoarseningDataset dataset, CoarseningSource source,
                                           TaskData data, Map<String, double[][]> inputs,
                                           List<EmbeddingMethod> methods, ThreadCoarseningBenchmark.GpuReport report,
                                           List<HeadSpec> heads) {
        int[] predicted = report.cv().labelsOf(java.util.stream.IntStream.range(0, data.size()).toArray());
        List<Reference> published = new ArrayList<>();
        for (PublishedResults.Coarsening method : PublishedResults.THREAD_COARSENING) {
            published.add(new Reference(method.method(), method.speedup(source.gpu())));
        }
        published.add(new Reference("oracle", PublishedResults.coarseningOracleSpeedup(source.gpu())));
        return new Result(request, data, inputs, methods, report.cv(),
                ClassificationReport.of(data.classes(), data.labels(), predicted), null, report.speedup(),
                published, heads);
    }

    /** The same runs with the encoder fine-tuned inside every fold ({@link FineTunedCrossValidation}). */
    private static Result runFineTuned(Request request, ProgressMonitor monitor, CvListener listener)
            throws MireException {
        Path model = EmbeddingChoice.encoderModel(request.embedding());
        FineTuneOptions options = request.fineTune().withSeed(request.seed());
        List<HeadSpec> heads = List.of(FineTunedHead.spec(options));
        switch (request.source()) {
            case DevMapSource source -> {
                DevMapDataset dataset = DevMapDataset.load(source.folder(), source.platform(),
                        DevMapDataset.IrSource.NCC, monitor);
                TaskData data = dataset.taskData(source.features());
                Protocol protocol = request.protocol().toLowerCase().startsWith("stratified")
                        ? DevMapBenchmark.protocol(dataset, new DevMapBenchmark.Config(source.features(),
                        DevMapBenchmark.Split.STRATIFIED, heads, request.seed()))
                        : Protocol.parse(request.protocol(), request.seed());
                CvResult cv = new FineTunedCrossValidation(model, options, Objective.ACCURACY).run(data, protocol,
                        monitor, listener);
                return devMapResult(request, dataset, data, Map.of(), List.of(), cv, source, heads);
            }
            case CoarseningSource source -> {
                ThreadCoarseningDataset dataset = ThreadCoarseningDataset.load(source.folder());
                TaskData data = dataset.taskData(source.gpu());
                CvResult cv = new FineTunedCrossValidation(model, options,
                        ThreadCoarseningBenchmark.speedupObjective(dataset, source.gpu())).run(data,
                        new Protocol.LeaveOneGroupOutProtocol(), monitor, listener);
                return coarseningResult(request, dataset, source, data, Map.of(), List.of(),
                        ThreadCoarseningBenchmark.report(dataset, source.gpu(), data, cv), heads);
            }
            case CsvSource source -> {
                TaskData data = TableDataset.load(source.csv(), source.target());
                CvResult cv = new FineTunedCrossValidation(model, options, Objective.defaultFor(data.kind()))
                        .run(data, Protocol.parse(request.protocol(), request.seed()), monitor, listener);
                TaskEvaluation evaluation = TaskEvaluation.of(data, cv);
                return new Result(request, data, Map.of(), List.of(), cv, evaluation.classification(),
                        evaluation.regression(), null, List.of(), heads);
            }
        }
    }

    private static Map<String, double[][]> inputs(TaskData data, List<EmbeddingMethod> methods,
                                                  ProgressMonitor monitor) throws MireException {
        Map<String, double[][]> inputs = new java.util.LinkedHashMap<>();
        try {
            for (EmbeddingMethod method : methods) {
                inputs.put(methods.size() == 1 ? "" : EmbeddingChoice.nameOf(method),
                        InputMatrix.build(data, method, monitor));
            }
        } finally {
            EmbeddingChoice.release(methods); // the vectors are computed; names and fingerprints stay usable
        }
        return inputs;
    }
}
