package org.mire.task.finetune;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.mire.MireException;
import org.mire.encoder.DenseLayers;
import org.mire.encoder.FineTuneOptions;
import org.mire.encoder.TaskRows;
import org.mire.encoder.TunableEncoder;
import org.mire.embed.EmbeddingMethod;
import org.mire.progress.ProgressMonitor;
import org.mire.task.EmbeddingChoice;
import org.mire.task.SavedHead;
import org.mire.task.TaskData;
import org.mire.task.TaskKind;
import org.mire.task.head.FeedForwardModels;
import org.mire.task.head.FittedModel;
import org.mire.task.head.HeadKind;
import org.mire.task.head.HeadSpec;
import org.mire.task.head.Standardizer;
import org.mire.task.head.TrainedHead;

/**
 * An encoder fine-tuned together with a task head on some rows of a task: the encoder a copy of a model directory's
 * (the directory is only read), the head a {@link TrainedHead} whose inputs are the rows' program embeddings
 * followed by their extra features, exactly as a frozen head's are, so it predicts with the same code and saves in
 * the same format. Only the given rows are read for training, standardisation and early stopping. Owns the
 * encoder; close it when done.
 */
public final class FineTunedHead implements AutoCloseable {
    private final TunableEncoder encoder;
    private final TrainedHead head;
    private final TunableEncoder.Result result;

    private FineTunedHead(TunableEncoder encoder, TrainedHead head, TunableEncoder.Result result) {
        this.encoder = encoder;
        this.head = head;
        this.result = result;
    }

    /**
     * Fine-tunes a copy of {@code model}'s encoder with a fresh head on {@code rows} of the task. When the rows span
     * at least {@link FineTuneOptions#MIN_GROUPS_FOR_VALIDATION} groups, a seeded share of the groups is held out to
     * stop early and keep the best epoch; otherwise every epoch runs.
     */
    public static FineTunedHead fit(Path model, TaskData data, TaskItems items, int[] rows, FineTuneOptions options,
                                    ProgressMonitor monitor, TunableEncoder.EpochListener listener)
            throws MireException {
        if (rows.length == 0) {
            throw new MireException(data.name() + ": no training rows to fine-tune on");
        }
        int[][] parts = validationSplit(data, rows, options);
        double[][] raw = Arrays.stream(rows).mapToObj(r -> data.features()[r]).toArray(double[][]::new);
        Standardizer features = Standardizer.fit(raw);
        double targetMean = 0;
        double targetScale = 1;
        if (data.kind() == TaskKind.REGRESSION) {
            double[] y = Arrays.stream(rows).mapToDouble(r -> data.targets()[r]).toArray();
            targetMean = Arrays.stream(y).average().orElse(0);
            double mean = targetMean;
            double sd = Math.sqrt(Arrays.stream(y).map(v -> (v - mean) * (v - mean)).average().orElse(1));
            targetScale = sd > 1e-12 ? sd : 1;
        }
        TaskRows train = taskRows(data, items, parts[0], features, targetMean, targetScale);
        TaskRows validation = taskRows(data, items, parts[1], features, targetMean, targetScale);
        TunableEncoder encoder = TunableEncoder.copyOf(model, Device.cpu());
        try {
            TunableEncoder.Result result = encoder.fineTune(items.inputs(), items.baseEmbeddings(), train, validation,
                    options, monitor, listener);
            int embedding = encoder.config().embeddingSize();
            DenseLayers layers = result.head();
            FittedModel fitted = data.kind() == TaskKind.CLASSIFICATION
                    ? FeedForwardModels.classifier(layers.weights(), layers.biases())
                    : FeedForwardModels.regressor(layers.weights(), layers.biases(), targetMean, targetScale);
            int[] labels = java.util.stream.IntStream.range(0, data.classCount()).toArray();
            TrainedHead head = new TrainedHead(spec(options), data.kind(), data.classCount(), labels, -1,
                    standardizer(embedding, features), fitted);
            return new FineTunedHead(encoder, head, result);
        } catch (MireException | RuntimeException e) {
            encoder.close();
            throw e;
        }
    }

    /**
     * The training rows and the held-out validation rows: whole groups (kernels), a seeded share of them, so that
     * no group is on both sides; none when there are too few groups.
     */
    static int[][] validationSplit(TaskData data, int[] rows, FineTuneOptions options) {
        Set<String> groups = new LinkedHashSet<>();
        for (int r : rows) {
            groups.add(data.groups().get(r));
        }
        if (options.validationFraction() <= 0 || groups.size() < FineTuneOptions.MIN_GROUPS_FOR_VALIDATION) {
            return new int[][] {rows.clone(), new int[0]};
        }
        List<String> order = new ArrayList<>(groups);
        java.util.Collections.sort(order);
        java.util.Collections.shuffle(order, new Random(options.seed()));
        int held = Math.max(1, (int) Math.round(options.validationFraction() * order.size()));
        Set<String> validation = new java.util.HashSet<>(order.subList(0, held));
        int[] fit = Arrays.stream(rows).filter(r -> !validation.contains(data.groups().get(r))).toArray();
        int[] valid = Arrays.stream(rows).filter(r -> validation.contains(data.groups().get(r))).toArray();
        return new int[][] {fit, valid};
    }

    private static TaskRows taskRows(TaskData data, TaskItems items, int[] rows, Standardizer features,
                                     double targetMean, double targetScale) {
        int[] item = Arrays.stream(rows).map(r -> items.itemOfRow()[r]).toArray();
        double[][] scaled = features.apply(Arrays.stream(rows).mapToObj(r -> data.features()[r])
                .toArray(double[][]::new));
        float[][] x = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            x[i] = new float[scaled[i].length];
            for (int j = 0; j < scaled[i].length; j++) {
                x[i][j] = (float) scaled[i][j];
            }
        }
        if (data.kind() == TaskKind.CLASSIFICATION) {
            int[] labels = Arrays.stream(rows).map(r -> data.labels()[r]).toArray();
            return new TaskRows(item, x, data.classCount(), labels, null);
        }
        float[] targets = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            targets[i] = (float) ((data.targets()[rows[i]] - targetMean) / targetScale);
        }
        return new TaskRows(item, x, 0, null, targets);
    }

    /**
     * The head's standardiser over [embedding, features]: the embedding multiplied by
     * {@link TunableEncoder#embeddingScale} (the fine-tuning loop's input), the features as fitted on the training
     * rows.
     */
    static Standardizer standardizer(int embeddingSize, Standardizer features) {
        int p = embeddingSize + features.inputDimension();
        double[] mean = new double[p];
        double[] scale = new double[p];
        Arrays.fill(scale, 0, embeddingSize, 1.0 / TunableEncoder.embeddingScale(embeddingSize));
        System.arraycopy(features.mean(), 0, mean, embeddingSize, features.inputDimension());
        System.arraycopy(features.scale(), 0, scale, embeddingSize, features.inputDimension());
        int[] keep = new int[embeddingSize + features.keep().length];
        for (int j = 0; j < embeddingSize; j++) {
            keep[j] = j;
        }
        for (int k = 0; k < features.keep().length; k++) {
            keep[embeddingSize + k] = embeddingSize + features.keep()[k];
        }
        return new Standardizer(mean, scale, keep);
    }

    /** The head as a head spec: the {@code mlp} family with the recipe's settings. */
    public static HeadSpec spec(FineTuneOptions options) {
        return HeadSpec.of(HeadKind.MLP).with("layers", options.hidden() > 0 ? "1" : "0")
                .with("width", Integer.toString(Math.max(1, options.hidden()))).with("dropout", "0")
                .with("lr", FineTuneOptions.plain(options.headLearningRate()))
                .with("wd", FineTuneOptions.plain(options.weightDecay()))
                .with("epochs", Integer.toString(options.probeEpochs()))
                .with("batch", Integer.toString(options.maxBatchItems()))
                .with("patience", Integer.toString(options.validationFraction() > 0 ? options.patience() : 0))
                .with("classweights", options.balanced() ? "balanced" : "none")
                .with("seed", Long.toString(options.seed()));
    }

    /**
     * The head's input rows for some data rows: the fine-tuned encoder's program embedding of each row's file, then
     * the row's extra features (raw: the head standardises them itself).
     */
    public double[][] inputs(TaskData data, TaskItems items, int[] rows, ProgressMonitor monitor) {
        int[] distinct = Arrays.stream(rows).map(r -> items.itemOfRow()[r]).distinct().sorted().toArray();
        // When the probe was kept the encoder is the base one, whose vectors the items may carry already.
        boolean base = result.bestEpoch() == 0 && items.baseEmbeddings() != null;
        float[][] vectors = base ? Arrays.stream(distinct).mapToObj(i -> items.baseEmbeddings()[i])
                .toArray(float[][]::new)
                : encoder.encode(Arrays.stream(distinct).mapToObj(items.inputs()::get).toList(), 16, monitor);
        double[][] inputs = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            float[] vector = vectors[Arrays.binarySearch(distinct, items.itemOfRow()[rows[i]])];
            double[] extra = data.features()[rows[i]];
            double[] row = new double[vector.length + extra.length];
            for (int j = 0; j < vector.length; j++) {
                row[j] = vector[j];
            }
            System.arraycopy(extra, 0, row, vector.length, extra.length);
            inputs[i] = row;
        }
        return inputs;
    }

    /** Where a saved fine-tuned head keeps its encoder: a model directory inside the head's folder. */
    public static final String ENCODER_FOLDER = "encoder";

    /**
     * Fine-tunes on all rows of the task and saves the result: the fine-tuned encoder as a model directory in
     * {@code folder/encoder} (lineage {@code fine-tuned}), then the head in {@code folder}, recorded as trained on
     * that encoder, so that {@code mire predict --head folder} encodes with it. With a frozen encoder the head refers
     * to the base model instead and no copy is written.
     *
     * @param metrics the cross-validated metrics to record with the head (may be empty)
     */
    public static SavedHead trainAndSave(Path model, TaskData data, TaskItems items, FineTuneOptions options,
                                         Map<String, Double> metrics, Path folder, ProgressMonitor monitor)
            throws MireException {
        int[] all = java.util.stream.IntStream.range(0, data.size()).toArray();
        try (FineTunedHead tuned = fit(model, data, items, all, options, monitor,
                TunableEncoder.EpochListener.NONE)) {
            Path encoder = model;
            if (!options.frozen()) {
                encoder = folder.toAbsolutePath().normalize().resolve(ENCODER_FOLDER);
                tuned.encoder().save(encoder, data.name() + " (" + data.size() + " rows)", options, tuned.result());
            }
            EmbeddingMethod method = EmbeddingChoice.resolve(EmbeddingChoice.encoderName(encoder));
            try {
                SavedHead saved = SavedHead.of(data, method, tuned.head(), metrics);
                saved.save(folder);
                return saved;
            } finally {
                EmbeddingChoice.release(List.of(method));
            }
        }
    }

    public TrainedHead head() {
        return head;
    }

    public TunableEncoder encoder() {
        return encoder;
    }

    public TunableEncoder.Result result() {
        return result;
    }

    @Override
    public void close() {
        encoder.close();
    }
}
