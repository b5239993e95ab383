package org.mire.encoder;

/**
 * Settings of a pre-training run (everything but the architecture).
 *
 * @param epochs          passes over the training items
 * @param nodeBudget      most graph nodes per batch
 * @param tokenBudget     most padded text positions per batch
 * @param maxBatchItems   most items per batch
 * @param maxGraphNodes   training items with larger graphs are left out (encoding has no such limit)
 * @param learningRate    peak learning rate (linear warm-up, cosine decay to a tenth)
 * @param warmupSteps     warm-up steps
 * @param weightDecay     AdamW decoupled weight decay
 * @param seed            seeds weights, batch order and every mask
 * @param checkpointEvery steps between checkpoints (and at every epoch's end)
 * @param lossWeights     weights of the four losses
 */
public record PretrainOptions(int epochs, int nodeBudget, int tokenBudget, int maxBatchItems, int maxGraphNodes,
                              float learningRate, int warmupSteps, float weightDecay, long seed, int checkpointEvery,
                              TaskWeights lossWeights) {

    public static PretrainOptions defaults() {
        return new PretrainOptions(3, 3000, 4096, 32, 2500, 1e-3f, 200, 0.01f, 42, 200, TaskWeights.DEFAULT);
    }

    public PretrainOptions withEpochs(int value) {
        return new PretrainOptions(value, nodeBudget, tokenBudget, maxBatchItems, maxGraphNodes, learningRate,
                warmupSteps, weightDecay, seed, checkpointEvery, lossWeights);
    }

    public PretrainOptions withSeed(long value) {
        return new PretrainOptions(epochs, nodeBudget, tokenBudget, maxBatchItems, maxGraphNodes, learningRate,
                warmupSteps, weightDecay, value, checkpointEvery, lossWeights);
    }

    public PretrainOptions withCheckpointEvery(int value) {
        return new PretrainOptions(epochs, nodeBudget, tokenBudget, maxBatchItems, maxGraphNodes, learningRate,
                warmupSteps, weightDecay, seed, value, lossWeights);
    }

    public PretrainOptions withBatch(int nodes, int tokens, int items) {
        return new PretrainOptions(epochs, nodes, tokens, items, maxGraphNodes, learningRate, warmupSteps,
                weightDecay, seed, checkpointEvery, lossWeights);
    }

    public PretrainOptions withLearningRate(float value, int warmup) {
        return new PretrainOptions(epochs, nodeBudget, tokenBudget, maxBatchItems, maxGraphNodes, value, warmup,
                weightDecay, seed, checkpointEvery, lossWeights);
    }

    public PretrainOptions withLossWeights(TaskWeights value) {
        return new PretrainOptions(epochs, nodeBudget, tokenBudget, maxBatchItems, maxGraphNodes, learningRate,
                warmupSteps, weightDecay, seed, checkpointEvery, value);
    }

    public PretrainOptions withMaxGraphNodes(int value) {
        return new PretrainOptions(epochs, nodeBudget, tokenBudget, maxBatchItems, value, learningRate,
                warmupSteps, weightDecay, seed, checkpointEvery, lossWeights);
    }
}
