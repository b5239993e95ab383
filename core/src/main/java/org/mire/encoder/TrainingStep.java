package org.mire.encoder;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mire.encoder.device.NativeMemory;

/**
 * One optimisation step (and one evaluation pass) of the module's scripted pre-training losses. Java only builds
 * the batch (one random window of text per item) and seeds the engine's generator, from which the module draws
 * its masks; the losses themselves are the module's {@code pretrain_losses}, the same code the Python trainer runs.
 * Every NDArray made during a step lives in a scope closed at its end, so memory does not grow with steps.
 */
final class TrainingStep implements AutoCloseable {
    private final EncoderModel model;
    private final float[] lossWeights;
    private final AdamW optimiser;

    TrainingStep(EncoderModel model, TaskWeights weights, float weightDecay) {
        if (!model.trainable()) {
            throw new IllegalArgumentException("the model was loaded for inference; load it trainable");
        }
        this.model = model;
        this.lossWeights = weights.toArray();
        this.optimiser = new AdamW(model.parameters(), model.manager(), weightDecay, 1.0f);
    }

    AdamW optimiser() {
        return optimiser;
    }

    /** Numbers of one step, copied out of the engine (statistics in the order of the module's STAT_NAMES). */
    record Result(float loss, float tokenLoss, float edgeLoss, float nodeLoss, float matchLoss, float contrastLoss,
                  float gradientNorm, int tokenCorrect, int tokenCount, int nodeCorrect, int nodeCount,
                  int matchCorrect, int matchCount, int contrastCorrect, int contrastCount, float[] edgeScores,
                  boolean[] edgeLabels) {
        static Result of(float[] s, float gradientNorm, float[] scores, float[] labels) {
            boolean[] truth = new boolean[labels.length];
            for (int k = 0; k < labels.length; k++) {
                truth[k] = labels[k] > 0.5f;
            }
            return new Result(s[0], s[1], s[2], s[3], s[4], s[5], gradientNorm, (int) s[6], (int) s[7], (int) s[8],
                    (int) s[9], (int) s[10], (int) s[11], (int) s[12], (int) s[13], scores, truth);
        }
    }

    Result train(List<EncoderInput> items, long seed, float learningRate) {
        return train(items, seed, learningRate, () -> { });
    }

    /**
     * @param beforeBackward runs between the forward pass and the backward pass (tests force a garbage collection
     *                       there: nothing the backward pass reads may depend on Java objects staying reachable)
     */
    Result train(List<EncoderInput> items, long seed, float learningRate, Runnable beforeBackward) {
        EncoderBatch batch = windows(items, new Random(seed));
        NativeMemory.releaseFreed(); // the previous step's tensors are freed: give their pages back
        try (NDScope scope = new NDScope(); NDManager step = model.manager().newSubManager()) {
            scope.suppressNotUsedWarning();
            NDList outputs;
            Engine.getInstance().setRandomSeed((int) (seed ^ (seed >>> 32)));
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                outputs = model.pretrainLosses(batch.toNDList(step), step.create(lossWeights));
                beforeBackward.run();
                collector.backward(outputs.get(0));
            }
            float norm = optimiser.step(learningRate);
            return Result.of(outputs.get(1).toFloatArray(), norm, outputs.get(2).toFloatArray(),
                    outputs.get(3).toFloatArray());
        }
    }

    /** The losses on a batch without training (validation: fixed seed, fixed masks). */
    Result evaluate(List<EncoderInput> items, long seed) {
        EncoderBatch batch = windows(items, new Random(seed));
        NativeMemory.releaseFreed(); // the previous step's tensors are freed: give their pages back
        try (NDScope scope = new NDScope(); NDManager step = model.manager().newSubManager()) {
            scope.suppressNotUsedWarning();
            Engine.getInstance().setRandomSeed((int) (seed ^ (seed >>> 32)));
            NDList outputs = model.pretrainLosses(batch.toNDList(step), step.create(lossWeights));
            return Result.of(outputs.get(1).toFloatArray(), 0f, outputs.get(2).toFloatArray(),
                    outputs.get(3).toFloatArray());
        }
    }

    /** One row per item: a random window of its text where it is longer than a row. */
    private EncoderBatch windows(List<EncoderInput> items, Random random) {
        if (items.size() < 2) {
            throw new IllegalArgumentException("text–graph matching needs at least 2 items per batch");
        }
        int room = model.config().maxTokens() - 2;
        List<Integer> starts = new ArrayList<>(items.size());
        for (EncoderInput item : items) {
            starts.add(item.tokens().length > room ? random.nextInt(item.tokens().length - room + 1) : 0);
        }
        return EncoderBatch.ofWindows(items, starts, model.config());
    }

    @Override
    public void close() {
        // Optimiser state lives in the model's manager and goes with it.
    }
}
