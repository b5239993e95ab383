package org.mire.task.head;

/**
 * Fitted models from the weights of a feed-forward network trained elsewhere (the head of a fine-tuned encoder),
 * predicting with the same Java forward pass as the {@code mlp} head: ReLU after every layer but the last.
 */
public final class FeedForwardModels {
    private FeedForwardModels() {
    }

    /** A classifier: softmax over the network's outputs. {@code weights[l][out][in]}. */
    public static FittedModel classifier(float[][][] weights, float[][] biases) {
        return new MlpHead.Classifier(new MlpHead.Weights(weights, biases));
    }

    /** A regressor of a target standardised as {@code (y - mean) / scale} in training. */
    public static FittedModel regressor(float[][][] weights, float[][] biases, double mean, double scale) {
        return new MlpHead.Regressor(new MlpHead.Weights(weights, biases), mean, scale);
    }
}
