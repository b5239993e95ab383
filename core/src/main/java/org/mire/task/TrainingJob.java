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
 * The train job, for {@code mire train} and the workbench's Train panel alike: a data set, an embedding, candidate
 * heads and a protocol; the result holds everything either shows (per-fold rows, confusion matrix, speedups next to
 * the published ones) and fits the final head by the one rule of {@link Result#fitFinal}.
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
     *                  {@code stratified} means the recorded folds; thread coarsening always uses leave-one-out),
     *                  or {@code none} to skip the evaluation of a CSV task and only fit the final head
     * @param seed      seed of folds and fits
     * @param fineTune  null: heads on frozen embeddings; otherwise the encoder that {@code embedding} names
     *                  ({@code mirencoder[:DIR]}) is fine-tuned with a head by this recipe inside every fold
     *                  ({@code heads} is then not used; the recipe's seed is replaced by {@code seed}), and
     *                  {@link Result#saveFinal} saves the fine-tuned encoder with the head
     */
    public record Request(Source source, String embedding, String heads, String protocol, long seed,
                          FineTuneOptions fineTune) {
        /** A request for heads on frozen embeddings. */
        public Request(Source source, String embedding, String heads, String protocol, long seed) {
            this(source, embedding, heads, protocol, seed, null);
        }

        /**
         * The same request with the encoder fine-tuned by {@code recipe} (null: heads on frozen embeddings), e.g.
         * a panel's checkbox: {@code request.withFineTune(checked ? FineTuneOptions.defaults() : null)}.
         */
        public Request withFineTune(FineTuneOptions recipe) {
            return new Request(source, embedding, heads, protocol, seed, recipe);
        }
    }

    /** A published number to draw beside ours. */
    public record Reference(String method, double value) {
    }

    /** The head to keep, fitted on all rows, and how it was chosen. */
    public record FinalHead(SavedHead saved, CrossValidation.Choice choice, Map<String, Double> selectionScores) {
    }

    /** The protocol that chooses the final head when the evaluation is skipped ({@code none}). */
    static final String SELECTION_WITHOUT_EVALUATION = "stratified:5";

    /**
     * @param data           the task as trained
     * @param inputs         the input variants (embedding name → rows)
     * @param protocol       the evaluation protocol, or null when the evaluation was skipped
     * @param objective      what selection among candidates maximises
     * @param cv             per-row predictions and per-fold results, or null when the evaluation was skipped
     * @param classification for classifiers
     * @param regression     for regressors
     * @param speedup        for DevMap and thread coarsening
     * @param published      published speedups (or accuracies when no speedup is published) of the same task
     * @param candidates     the heads that were chosen from
     */
    public record Result(Request request, TaskData data, Map<String, double[][]> inputs,
                         List<EmbeddingMethod> methods, Protocol protocol, Objective objective, CvResult cv,
                         ClassificationReport classification,
                         RegressionReport regression, SpeedupReport speedup, List<Reference> published,
                         List<HeadSpec> candidates) {

        /**
         * The inputs' name for reports and charts: the embedding variants as {@code mire} names them, joined by
         * {@code |} ({@code none} without one), or the encoder followed by {@code fine-tuned} when it was.
         */
        public String embeddingLabel() {
            if (request.fineTune() != null) {
                return request.embedding().strip() + " fine-tuned";
            }
            return methods.isEmpty() ? "none" : methods.stream()
                    .map(m -> m == null ? "none" : EmbeddingChoice.nameOf(m))
                    .collect(java.util.stream.Collectors.joining(" | "));
        }

        /** Whether the protocol was run (false for {@code none}). */
        public boolean evaluated() {
            return cv != null;
        }

        /** The headline metrics, as a saved head records them (empty when the evaluation was skipped). */
        public Map<String, Double> metrics() {
            Map<String, Double> metrics = new java.util.LinkedHashMap<>();
            if (classification != null) {
                metrics.put("accuracy", classification.accuracy());
                metrics.put("macroF1", classification.macroF1());
            }
            if (regression != null) {
                metrics.put("mae", regression.mae());
                metrics.put("mape", regression.mape());
                metrics.put("r2", regression.r2());
                metrics.put("spearman", regression.spearman());
            }
            if (speedup != null) {
                metrics.put("speedup", speedup.mean());
                metrics.put("speedupGeomean", speedup.geomean());
            }
            return metrics;
        }

        /**
         * Fits the final head on all rows and saves it in {@code folder}, the one call for both kinds of run:
         * {@link #fitFinal} for heads on frozen embeddings; with fine-tuning, the encoder fine-tuned with the head on
         * all rows by the same recipe, saved inside the folder ({@link FineTunedHead#trainAndSave}).
         */
        public FinalHead saveFinal(Path folder, ProgressMonitor monitor) throws MireException {
            if (request.fineTune() == null) {
                FinalHead head = fitFinal(monitor);
                head.saved().save(folder);
                return head;
            }
            Path model = EmbeddingChoice.encoderModel(request.embedding());
            FineTuneOptions options = request.fineTune().withSeed(request.seed());
            TaskItems items = new FineTunedCrossValidation(model, options, objective).items(data, monitor);
            SavedHead saved = FineTunedHead.trainAndSave(model, data, items, options, metrics(), folder, monitor);
            return new FinalHead(saved, new CrossValidation.Choice(FineTunedCrossValidation.FINE_TUNED,
                    saved.spec(), Double.NaN), Map.of());
        }

        /**
         * Fits the head to keep on all rows. The one rule (docs/tasks.md): among every (embedding variant, head)
         * candidate, the one with the best pooled score over the evaluation protocol's inner splits of all rows —
         * the selection each fold made inside its training part, now made on all of it; without an evaluation
         * ({@code none}), over stratified 5-fold splits. One candidate is fitted directly.
         */
        public FinalHead fitFinal(ProgressMonitor monitor) throws MireException {
            if (request.fineTune() != null) {
                throw new MireException("a fine-tuned head is saved together with its encoder: use saveFinal");
            }
            Protocol selection = protocol != null ? protocol.inner()
                    : Protocol.parse(SELECTION_WITHOUT_EVALUATION, request.seed());
            Map<String, Double> scores = new java.util.LinkedHashMap<>();
            CrossValidation.Choice choice = new CrossValidation(candidates, objective, request.seed()).select(data, inputs, selection, monitor, scores);
            EmbeddingMethod method = methods.size() == 1 ? methods.get(0) : methods.stream()
                    .filter(m -> EmbeddingChoice.nameOf(m).equals(choice.inputs())).findFirst().orElseThrow();
            TrainedHead head = CrossValidation.fitAll(choice.head(), data, inputs.get(choice.inputs()),
                    new FitContext(request.seed(), monitor, org.mire.task.head.TrainingListener.NONE));
            return new FinalHead(SavedHead.of(data, method, head, metrics()), choice, Map.copyOf(scores));
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
                Protocol protocol = devMapProtocol(request, source, dataset, heads);
                CvResult cv = new CrossValidation(heads, Objective.ACCURACY, request.seed()).run(data, inputs,
                        protocol, monitor, listener);
                return devMapResult(request, source, dataset, data, inputs, methods, protocol, cv, heads);
            }
            case CoarseningSource source -> {
                ThreadCoarseningDataset dataset = ThreadCoarseningDataset.load(source.folder());
                TaskData data = dataset.taskData(source.gpu());
                Map<String, double[][]> inputs = inputs(data, methods, monitor);
                List<HeadSpec> heads = HeadGrids.resolve(request.heads(), HeadGrids.THREAD_COARSENING);
                ThreadCoarseningBenchmark.GpuReport report = ThreadCoarseningBenchmark.evaluate(dataset,
                        source.gpu(), data, inputs, heads, request.seed(), monitor, listener);
                int[] predicted = report.cv().labelsOf(java.util.stream.IntStream.range(0, data.size()).toArray());
                List<Reference> published = coarseningPublished(source.gpu());
                return new Result(request, data, inputs, methods, new Protocol.LeaveOneGroupOutProtocol(),
                        ThreadCoarseningBenchmark.speedupObjective(dataset, source.gpu()), report.cv(),
                        ClassificationReport.of(data.classes(), data.labels(), predicted), null, report.speedup(),
                        published, heads);
            }
            case CsvSource source -> {
                TaskData data = TableDataset.load(source.csv(), source.target());
                List<HeadSpec> heads = HeadGrids.resolve(request.heads(), data.kind() == TaskKind.CLASSIFICATION
                        ? HeadGrids.CLASSIFICATION : HeadGrids.REGRESSION);
                boolean evaluate = !request.protocol().strip().equalsIgnoreCase("none");
                Protocol protocol = evaluate ? Protocol.parse(request.protocol(), request.seed()) : null;
                Map<String, double[][]> inputs = inputs(data, methods, monitor);
                if (!evaluate) {
                    return new Result(request, data, inputs, methods, null, Objective.defaultFor(data.kind()), null,
                            null, null, null, List.of(), heads);
                }
                CvResult cv = new CrossValidation(heads, Objective.defaultFor(data.kind()), request.seed()).run(data,
                        inputs, protocol, monitor, listener);
                TaskEvaluation evaluation = TaskEvaluation.of(data, cv);
                return new Result(request, data, inputs, methods, protocol, Objective.defaultFor(data.kind()), cv,
                        evaluation.classification(),
                        evaluation.regression(), null, List.of(), heads);
            }
        }
    }

    /** The published 10-fold stratified folds (recorded seed) or the protocol the request names. */
    private static Protocol devMapProtocol(Request request, DevMapSource source, DevMapDataset dataset,
                                           List<HeadSpec> heads) throws MireException {
        return request.protocol().toLowerCase().startsWith("stratified")
                ? DevMapBenchmark.protocol(dataset, new DevMapBenchmark.Config(source.features(),
                DevMapBenchmark.Folds.STRATIFIED, heads, request.seed()))
                : Protocol.parse(request.protocol(), request.seed());
    }

    /** A DevMap run's result: the predicted devices' speedup next to the published methods and the oracle. */
    private static Result devMapResult(Request request, DevMapSource source, DevMapDataset dataset, TaskData data,
                                       Map<String, double[][]> inputs, List<EmbeddingMethod> methods,
                                       Protocol protocol, CvResult cv, List<HeadSpec> heads) {
        int[] predicted = cv.labelsOf(java.util.stream.IntStream.range(0, data.size()).toArray());
        DevMapDataset.Device[] devices = java.util.Arrays.stream(predicted)
                .mapToObj(p -> DevMapDataset.Device.values()[p]).toArray(DevMapDataset.Device[]::new);
        List<Reference> published = new ArrayList<>();
        for (PublishedResults.DevMap method : PublishedResults.DEVMAP) {
            published.add(new Reference(method.method(), method.speedup(source.platform())));
        }
        published.add(new Reference("oracle", PublishedResults.devMapOracleSpeedup(source.platform())));
        return new Result(request, data, inputs, methods, protocol, Objective.ACCURACY, cv,
                ClassificationReport.of(data.classes(), data.labels(), predicted), null,
                dataset.speedup(devices), published, heads);
    }

    private static List<Reference> coarseningPublished(Gpu gpu) {
        List<Reference> published = new ArrayList<>();
        for (PublishedResults.Coarsening method : PublishedResults.THREAD_COARSENING) {
            published.add(new Reference(method.method(), method.speedup(gpu)));
        }
        published.add(new Reference("oracle", PublishedResults.coarseningOracleSpeedup(gpu)));
        return published;
    }

    /**
     * The same runs with the encoder fine-tuned inside every fold ({@link FineTunedCrossValidation}), reported
     * through the same result.
     */
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
                Protocol protocol = devMapProtocol(request, source, dataset, heads);
                CvResult cv = new FineTunedCrossValidation(model, options, Objective.ACCURACY).run(data, protocol,
                        monitor, listener);
                return devMapResult(request, source, dataset, data, Map.of(), List.of(), protocol, cv, heads);
            }
            case CoarseningSource source -> {
                ThreadCoarseningDataset dataset = ThreadCoarseningDataset.load(source.folder());
                TaskData data = dataset.taskData(source.gpu());
                Objective objective = ThreadCoarseningBenchmark.speedupObjective(dataset, source.gpu());
                Protocol protocol = new Protocol.LeaveOneGroupOutProtocol();
                CvResult cv = new FineTunedCrossValidation(model, options, objective).run(data, protocol, monitor,
                        listener);
                ThreadCoarseningBenchmark.GpuReport report = ThreadCoarseningBenchmark.report(dataset, source.gpu(),
                        data, cv);
                int[] predicted = cv.labelsOf(java.util.stream.IntStream.range(0, data.size()).toArray());
                List<Reference> published = coarseningPublished(source.gpu());
                return new Result(request, data, Map.of(), List.of(), protocol, objective, cv,
                        ClassificationReport.of(data.classes(), data.labels(), predicted), null, report.speedup(),
                        published, heads);
            }
            case CsvSource source -> {
                TaskData data = TableDataset.load(source.csv(), source.target());
                Objective objective = Objective.defaultFor(data.kind());
                if (request.protocol().strip().equalsIgnoreCase("none")) {
                    return new Result(request, data, Map.of(), List.of(), null, objective, null, null, null, null,
                            List.of(), heads);
                }
                Protocol protocol = Protocol.parse(request.protocol(), request.seed());
                CvResult cv = new FineTunedCrossValidation(model, options, objective).run(data, protocol, monitor,
                        listener);
                TaskEvaluation evaluation = TaskEvaluation.of(data, cv);
                return new Result(request, data, Map.of(), List.of(), protocol, objective, cv,
                        evaluation.classification(), evaluation.regression(), null, List.of(), heads);
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
