package org.mire.encoder;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.mire.MireException;
import org.mire.encoder.device.NativeMemory;
import org.mire.progress.ProgressMonitor;

/**
 * The fine-tuning loop: the encoder's program embedding of each item (forward in training mode, one window of text
 * per item, the whole graph) times √E, joined with each row's features, into a {@link TaskHeadNetwork}; cross-entropy
 * (classes) or squared error (standardised values), averaged over the batch's rows; backward through head and
 * encoder; one {@link AdamW} for the encoder at its learning rate and one for the head at its own, both with linear
 * warm-up over the first tenth of the steps and linear decay to zero, gradients clipped to norm 1 per group. After
 * every epoch the validation rows (other groups of the training part) are scored with embeddings computed as they
 * will be at prediction time (every chunk of text, inference mode); the best epoch's encoder and head are kept.
 * With a frozen encoder the embeddings are computed that way once and only the head trains. Every NDArray of a step
 * lives in a scope closed at its end.
 */
final class FineTuning {
    static final float CLIP_NORM = 1f;
    /** Items per step of the probe (the head alone on fixed embeddings: cheap, so larger batches). */
    static final int PROBE_ITEMS = 64;
    /** The share of a fine-tuning run's progress the probe stands for (its steps cost a hundredth of the others). */
    private static final double PROBE_SHARE = 0.05;

    private final EncoderModel model;
    private final FineTuneOptions options;
    private final TunableEncoder.EpochListener listener;

    FineTuning(EncoderModel model, FineTuneOptions options, TunableEncoder.EpochListener listener) {
        this.model = model;
        this.options = options;
        this.listener = listener;
    }

    /** The factor the unit-length program embedding is multiplied by before the head: components of unit scale. */
    static float embeddingScale(int embeddingSize) {
        return (float) Math.sqrt(embeddingSize);
    }

    /** The items of some rows, each once, ascending, and per such item the rows that use it. */
    private record Grouped(int[] items, int[][] rowsOfItem) {
        static Grouped of(TaskRows rows) {
            Map<Integer, List<Integer>> byItem = new TreeMap<>();
            for (int r = 0; r < rows.size(); r++) {
                byItem.computeIfAbsent(rows.items()[r], k -> new ArrayList<>()).add(r);
            }
            int[] items = byItem.keySet().stream().mapToInt(Integer::intValue).toArray();
            int[][] rowsOfItem = byItem.values().stream()
                    .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
            return new Grouped(items, rowsOfItem);
        }

        List<EncoderInput> inputs(List<EncoderInput> all) {
            return Arrays.stream(items).mapToObj(all::get).toList();
        }
    }

    /**
     * @param embeddings the items' program embeddings under the current weights (computed when null): the probe's
     *                   inputs
     */
    TunableEncoder.Result run(List<EncoderInput> items, float[][] embeddings, TaskRows train, TaskRows validation,
                              ProgressMonitor monitor) throws MireException {
        if (train.size() == 0) {
            throw new MireException("no training rows to fine-tune on");
        }
        if (validation.size() > 0 && (validation.featureCount() != train.featureCount()
                || validation.classCount() != train.classCount())) {
            throw new IllegalArgumentException("validation rows do not match the training rows");
        }
        if (embeddings != null && embeddings.length != items.size()) {
            throw new IllegalArgumentException(embeddings.length + " embeddings for " + items.size() + " items");
        }
        long started = System.nanoTime();
        Grouped trainItems = Grouped.of(train);
        Grouped validationItems = Grouped.of(validation);
        List<EncoderInput> trainInputs = trainItems.inputs(items);
        List<EncoderInput> validationInputs = validationItems.inputs(items);
        float[][] probeTrain = embeddings != null ? pick(embeddings, trainItems.items())
                : embed(trainInputs, monitor);
        float[][] probeValidation = validation.size() == 0 ? null : embeddings != null
                ? pick(embeddings, validationItems.items()) : embed(validationInputs, monitor);
        float[] trainWeights = rowWeights(train);
        float[] validationWeights = rowWeights(validation);
        SizeBatcher batcher = new SizeBatcher(options.nodeBudget(), options.tokenBudget(), options.maxBatchItems(),
                model.config().maxTokens());
        int probeBatches = (trainInputs.size() + PROBE_ITEMS - 1) / PROBE_ITEMS;
        long probeSteps = (long) probeBatches * options.probeEpochs();
        long tuneSteps = options.frozen() ? 0
                : (long) batcher.batches(trainInputs, new Random(options.seed())).size() * options.epochs();

        try (NDManager run = model.manager().newSubManager()) {
            TaskHeadNetwork head = new TaskHeadNetwork(run, model.config().embeddingSize() + train.featureCount(),
                    options.hidden(), train.outputs(), options.seed());
            List<Double> trainLosses = new ArrayList<>();
            List<Double> validationLosses = new ArrayList<>();
            long step = 0;

            // 1. The probe: the head alone on the fixed embeddings.
            AdamW probe = new AdamW(head.parameters(), run, options.weightDecay(), CLIP_NORM);
            double probeLoss = Double.NaN;
            for (int epoch = 1; epoch <= options.probeEpochs(); epoch++) {
                int[] order = shuffled(trainInputs.size(), new Random(options.seed() * 31L + epoch));
                double[] sums = new double[2];
                for (int from = 0; from < order.length; from += PROBE_ITEMS) {
                    monitor.checkCancelled();
                    int[] batch = Arrays.copyOfRange(order, from, Math.min(order.length, from + PROBE_ITEMS));
                    float[] lossAndWeight = step(batch, trainItems, trainInputs, probeTrain, train, trainWeights,
                            head, 0);
                    probe.step((float) (options.headLearningRate() * schedule(step, probeSteps)));
                    add(sums, lossAndWeight, step);
                    step++;
                    double done = (double) step / probeSteps;
                    monitor.progress(options.frozen() ? done : PROBE_SHARE * done, String.format(Locale.ROOT,
                            "training the head on frozen embeddings: epoch %d/%d loss %.4f", epoch,
                            options.probeEpochs(), lossAndWeight[0]));
                }
                probeLoss = sums[0] / Math.max(1e-12, sums[1]);
            }
            trainLosses.add(probeLoss);
            double probeValidationLoss = Double.NaN;
            if (probeValidation != null) {
                probeValidationLoss = loss(probeValidation, validationItems, validation, validationWeights, head);
                validationLosses.add(probeValidationLoss);
            }
            listener.epoch(0, probeLoss, probeValidationLoss);

            // 2. Fine-tuning: encoder and head together, every weight at the encoder's learning rate.
            int bestEpoch = 0;
            int epochsRun = 0;
            long[] seen = new long[3];
            if (!options.frozen()) {
                double bestLoss = probeValidationLoss;
                DenseLayers bestHead = head.export();
                Map<String, float[]> bestEncoder = probeValidation != null ? model.weights() : null;
                AdamW encoderOptimiser = new AdamW(model.parameters(), run, options.weightDecay(), CLIP_NORM);
                AdamW headOptimiser = new AdamW(head.parameters(), run, options.weightDecay(), CLIP_NORM);
                for (int epoch = 1; epoch <= options.epochs(); epoch++) {
                    List<int[]> batches = batcher.batches(trainInputs,
                            new Random(options.seed() * 1_000_003L + epoch));
                    double[] sums = new double[2];
                    for (int[] batch : batches) {
                        monitor.checkCancelled();
                        float[] lossAndWeight = step(batch, trainItems, trainInputs, null, train, trainWeights, head,
                                options.seed() * 7_919L + step);
                        float rate = (float) (options.encoderLearningRate() * schedule(step - probeSteps,
                                tuneSteps));
                        encoderOptimiser.step(rate);
                        headOptimiser.step(rate);
                        add(sums, lossAndWeight, step);
                        for (int i : batch) {
                            EncoderInput item = trainInputs.get(i);
                            seen[0]++;
                            seen[1] += Math.min(item.tokens().length + 2, model.config().maxTokens());
                            seen[2] += item.graph().nodeCount();
                        }
                        step++;
                        monitor.progress(PROBE_SHARE + (1 - PROBE_SHARE) * (step - probeSteps) / tuneSteps,
                                String.format(Locale.ROOT, "fine-tuning the encoder: epoch %d/%d step %d/%d loss %.4f",
                                        epoch, options.epochs(), step - probeSteps, tuneSteps, lossAndWeight[0]));
                    }
                    epochsRun = epoch;
                    double trainLoss = sums[0] / Math.max(1e-12, sums[1]);
                    trainLosses.add(trainLoss);
                    double validationLoss = Double.NaN;
                    if (probeValidation == null) {
                        bestEpoch = epoch;
                    } else {
                        validationLoss = loss(embed(validationInputs, monitor), validationItems, validation,
                                validationWeights, head);
                        validationLosses.add(validationLoss);
                        if (validationLoss < bestLoss - 1e-6) {
                            bestLoss = validationLoss;
                            bestEpoch = epoch;
                            bestHead = head.export();
                            bestEncoder = model.weights();
                        }
                    }
                    listener.epoch(epoch, trainLoss, validationLoss);
                    if (probeValidation != null && epoch - bestEpoch >= options.patience()) {
                        break;
                    }
                }
                if (bestEpoch != epochsRun) {
                    head.restore(bestHead);
                    model.setWeights(bestEncoder);
                }
            }
            return new TunableEncoder.Result(head.export(), trainLosses, validationLosses, bestEpoch, epochsRun,
                    step, (System.nanoTime() - started) / 1e9, trainItems.items().length,
                    validationItems.items().length, seen[0], seen[1], seen[2]);
        }
    }

    /** Adds a step's loss to the epoch's sums; a loss that is not finite ends the run. */
    private static void add(double[] sums, float[] lossAndWeight, long step) throws MireException {
        if (!Float.isFinite(lossAndWeight[0])) {
            throw new MireException("fine-tuning diverged at step " + (step + 1) + " (loss " + lossAndWeight[0]
                    + "); lower the learning rates");
        }
        sums[0] += lossAndWeight[0] * lossAndWeight[1];
        sums[1] += lossAndWeight[1];
    }

    /** The learning-rate factor of step {@code k} of {@code total}: linear warm-up over a tenth, linear decay to 0. */
    static double schedule(long k, long total) {
        long warmup = Math.max(1, total / 10);
        return k < warmup ? (k + 1.0) / warmup : Math.max(0.0, (double) (total - k) / Math.max(1, total - warmup));
    }

    private static float[][] pick(float[][] vectors, int[] indices) {
        return Arrays.stream(indices).mapToObj(i -> vectors[i]).toArray(float[][]::new);
    }

    private static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** One optimisation step's forward and backward; returns the batch's mean loss and its weight. */
    private float[] step(int[] batch, Grouped grouped, List<EncoderInput> inputs, float[][] frozen, TaskRows rows,
                         float[] rowWeights, TaskHeadNetwork head, long seed) {
        int[] batchRows = Arrays.stream(batch).flatMap(i -> Arrays.stream(grouped.rowsOfItem()[i])).toArray();
        NativeMemory.releaseFreed(); // the previous step's tensors are freed: give their pages back
        try (NDScope scope = new NDScope(); NDManager step = model.manager().newSubManager()) {
            scope.suppressNotUsedWarning();
            float[] result = new float[2];
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray embeddings;
                if (frozen != null) {
                    embeddings = step.create(flatten(batch, frozen), new Shape(batch.length, frozen[0].length));
                } else {
                    List<EncoderInput> items = Arrays.stream(batch).mapToObj(inputs::get).toList();
                    NDList batchArrays = windows(items, new Random(seed)).toNDList(step);
                    embeddings = model.forward(batchArrays, true).get(0);
                }
                NDArray[] loss = loss(step, embeddings, batch, grouped, batchRows, rows, rowWeights, head);
                NDArray mean = loss[0].div(loss[1]);
                collector.backward(mean);
                result[0] = mean.getFloat();
                result[1] = loss[1].getFloat();
            }
            return result;
        }
    }

    /**
     * The weighted loss sum and weight sum of the rows of some items, from the items' embeddings [items, E]: the
     * head reads each row's item's embedding (picked by a one-hot matrix product, so gradients flow back to it)
     * scaled by √E, joined with the row's features.
     */
    private NDArray[] loss(NDManager step, NDArray embeddings, int[] batch, Grouped grouped, int[] batchRows,
                           TaskRows rows, float[] rowWeights, TaskHeadNetwork head) {
        int n = batchRows.length;
        float[] pick = new float[n * batch.length];
        int r = 0;
        for (int k = 0; k < batch.length; k++) {
            for (int row : grouped.rowsOfItem()[batch[k]]) {
                pick[r++ * batch.length + k] = 1f;
            }
        }
        NDArray x = step.create(pick, new Shape(n, batch.length)).matMul(embeddings)
                .mul(step.create(embeddingScale(model.config().embeddingSize())));
        int features = rows.featureCount();
        if (features > 0) {
            float[] flat = new float[n * features];
            for (int i = 0; i < n; i++) {
                System.arraycopy(rows.features()[batchRows[i]], 0, flat, i * features, features);
            }
            x = x.concat(step.create(flat, new Shape(n, features)), 1);
        }
        NDArray out = head.forward(x);
        NDArray perRow;
        if (rows.classification()) {
            long[] labels = Arrays.stream(batchRows).mapToLong(i -> rows.labels()[i]).toArray();
            NDArray oneHot = step.create(labels).oneHot(rows.classCount(), DataType.FLOAT32);
            perRow = out.logSoftmax(1).mul(oneHot).sum(new int[] {1}).neg();
        } else {
            float[] targets = new float[n];
            for (int i = 0; i < n; i++) {
                targets[i] = rows.targets()[batchRows[i]];
            }
            NDArray difference = out.reshape(n).sub(step.create(targets));
            perRow = difference.mul(difference);
        }
        float[] weights = new float[n];
        for (int i = 0; i < n; i++) {
            weights[i] = rowWeights[batchRows[i]];
        }
        NDArray weight = step.create(weights);
        return new NDArray[] {perRow.mul(weight).sum(), weight.sum()};
    }

    /** The weighted mean loss of all rows, from embeddings of their items (validation; no gradients). */
    private double loss(float[][] vectors, Grouped grouped, TaskRows rows, float[] rowWeights, TaskHeadNetwork head) {
        int[] all = java.util.stream.IntStream.range(0, grouped.items().length).toArray();
        int[] batchRows = Arrays.stream(all).flatMap(i -> Arrays.stream(grouped.rowsOfItem()[i])).toArray();
        return withoutGradients(() -> {
            try (NDScope scope = new NDScope(); NDManager step = model.manager().newSubManager()) {
                scope.suppressNotUsedWarning();
                NDArray embeddings = step.create(flatten(all, vectors), new Shape(all.length, vectors[0].length));
                NDArray[] loss = loss(step, embeddings, all, grouped, batchRows, rows, rowWeights, head);
                return (double) loss[0].getFloat() / Math.max(1e-12, loss[1].getFloat());
            }
        });
    }

    /** Per row its weight in the loss: 1, or with balanced classes n / (k · count of its class). */
    private float[] rowWeights(TaskRows rows) {
        float[] weights = new float[rows.size()];
        Arrays.fill(weights, 1f);
        if (options.balanced() && rows.classification()) {
            int[] counts = new int[rows.classCount()];
            for (int label : rows.labels()) {
                counts[label]++;
            }
            int present = (int) Arrays.stream(counts).filter(c -> c > 0).count();
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (float) rows.size() / (present * counts[rows.labels()[i]]);
            }
        }
        return weights;
    }

    /** Embeddings inside an epoch: cancellable, but progress stays with the loop's steps. */
    private float[][] embed(List<EncoderInput> inputs, ProgressMonitor monitor) {
        ProgressMonitor cancelOnly = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
        return embed(model, inputs, options.maxBatchItems(), cancelOnly);
    }

    /** Program embeddings as prediction computes them: every chunk of text, inference mode, no gradients. */
    static float[][] embed(EncoderModel model, List<EncoderInput> inputs, int batchItems, ProgressMonitor monitor) {
        Encoder view = Encoder.wrap(model, null, List.of());
        return withoutGradients(() -> view.encode(inputs, batchItems, monitor));
    }

    /**
     * Runs inference with autograd off on this thread: the module's weights require gradients while it is being
     * fine-tuned, and a thread's first use of the engine has autograd on, so inference would otherwise keep every
     * activation of every chunk alive until the call returns.
     */
    private static <T> T withoutGradients(java.util.function.Supplier<T> work) {
        boolean before = JniUtils.isGradMode();
        JniUtils.setGradMode(false);
        try {
            return work.get();
        } finally {
            JniUtils.setGradMode(before);
        }
    }

    private static float[] flatten(int[] indices, float[][] vectors) {
        int d = vectors[0].length;
        float[] flat = new float[indices.length * d];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(vectors[indices[k]], 0, flat, k * d, d);
        }
        return flat;
    }

    /** One row per item: a random window of its text where it is longer than a row (as pre-training does). */
    private EncoderBatch windows(List<EncoderInput> items, Random random) {
        int room = model.config().maxTokens() - 2;
        List<Integer> starts = new ArrayList<>(items.size());
        for (EncoderInput item : items) {
            starts.add(item.tokens().length > room ? random.nextInt(item.tokens().length - room + 1) : 0);
        }
        return EncoderBatch.ofWindows(items, starts, model.config());
    }
}
