package org.mire.task;

import java.util.List;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.progress.ProgressMonitor;
import org.mire.task.dataset.DevMapDataset;
import org.mire.task.dataset.RecordedFolds;
import org.mire.task.head.HeadSpec;
import org.mire.task.metric.ClassificationReport;
import org.mire.task.metric.SpeedupReport;

/**
 * The DevMap device-mapping benchmark of one platform: embedding (optional) plus extra features, a head chosen by
 * nested cross-validation, and either the published protocol (10-fold stratified, the folds scikit-learn recorded
 * with seed 204) or a 10-fold split grouped by kernel.
 */
public final class DevMapBenchmark {

    /** The outer folds, fixed in advance. */
    public enum Folds {
        /** The published protocol: the recorded StratifiedKFold(10, shuffle, 204) folds. */
        STRATIFIED,
        /** 10 folds of whole kernels ({@code benchmark}): no kernel in both training and test. */
        GROUPED
    }

    /**
     * @param features extra features besides the embedding
     * @param folds    the outer folds
     * @param heads    candidates for nested selection (one: fixed head)
     * @param seed     seed for inner folds, grouped folds and fits
     */
    public record Config(DevMapDataset.FeatureSet features, Folds folds, List<HeadSpec> heads, long seed) {
        public Config {
            heads = List.copyOf(heads);
        }
    }

    /**
     * @param embedding      the embedding method's id, or {@code none}
     * @param protocol       the outer protocol's description
     * @param classification accuracy, per-class scores, confusion matrix
     * @param speedup        speedup over the static mapping, with the oracle's
     * @param cv             per-row predictions and per-fold details
     */
    public record Report(String dataset, String embedding, String protocol, Config config,
                         ClassificationReport classification, SpeedupReport speedup, CvResult cv) {
    }

    private DevMapBenchmark() {
    }

    public static Protocol protocol(DevMapDataset dataset, Config config) throws MireException {
        return switch (config.folds()) {
            case STRATIFIED -> new Protocol.Recorded(RecordedFolds.load(dataset.folder(), dataset),
                    "stratified 10-fold (recorded scikit-learn folds, seed 204)",
                    new Protocol.Stratified(5, config.seed()));
            case GROUPED -> new Protocol.Grouped(10, config.seed());
        };
    }

    public static Report run(DevMapDataset dataset, EmbeddingMethod method, Config config, ProgressMonitor monitor,
                             CvListener listener) throws MireException {
        return run(dataset, java.util.Collections.singletonList(method), config, monitor, listener);
    }

    /** Runs with one or more embeddings; with several, nested CV chooses among them per fold. */
    public static Report run(DevMapDataset dataset, List<EmbeddingMethod> methods, Config config,
                             ProgressMonitor monitor, CvListener listener) throws MireException {
        TaskData data = dataset.taskData(config.features());
        java.util.Map<String, double[][]> variants = new java.util.LinkedHashMap<>();
        for (EmbeddingMethod method : methods) {
            String name = methods.size() == 1 ? "" : EmbeddingChoice.nameOf(method);
            variants.put(name, InputMatrix.build(data, method, monitor));
        }
        String embedding = String.join(" | ", methods.stream()
                .map(m -> m == null ? "none" : EmbeddingChoice.nameOf(m)).toList());
        EmbeddingChoice.release(methods);
        return evaluate(dataset, data, variants, embedding, config, monitor, listener);
    }

    /** Evaluates precomputed inputs (one row per data set row), one matrix per embedding variant. */
    public static Report evaluate(DevMapDataset dataset, TaskData data, java.util.Map<String, double[][]> variants,
                                  String embedding, Config config, ProgressMonitor monitor, CvListener listener)
            throws MireException {
        Protocol protocol = protocol(dataset, config);
        CrossValidation cv = new CrossValidation(config.heads(), Objective.ACCURACY, config.seed());
        CvResult result = cv.run(data, variants, protocol, monitor, listener);
        return report(dataset, data, embedding, protocol, config, result);
    }

    /** The report of a cross-validation run's out-of-fold predictions (frozen or fine-tuned). */
    public static Report report(DevMapDataset dataset, TaskData data, String embedding, Protocol protocol,
                                Config config, CvResult result) {
        int[] actual = data.labels();
        int[] predicted = result.labelsOf(java.util.stream.IntStream.range(0, data.size()).toArray());
        DevMapDataset.Device[] devices = new DevMapDataset.Device[predicted.length];
        for (int i = 0; i < predicted.length; i++) {
            devices[i] = DevMapDataset.Device.values()[predicted[i]];
        }
        return new Report(data.name(), embedding, protocol.describe(), config,
                ClassificationReport.of(data.classes(), actual, predicted), dataset.speedup(devices), result);
    }
}
