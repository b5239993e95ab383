package org.mire.encoder;

/**
 * The weights of a small feed-forward head copied out of the engine: layer {@code l} maps its input {@code h} to
 * {@code weights[l] · h + biases[l]}, with a ReLU after every layer but the last. {@code weights[l][out][in]}.
 */
public record DenseLayers(float[][][] weights, float[][] biases) {

    public DenseLayers {
        if (weights.length == 0 || weights.length != biases.length) {
            throw new IllegalArgumentException(weights.length + " weight matrices for " + biases.length + " biases");
        }
    }

    public int inputs() {
        return weights[0][0].length;
    }

    public int outputs() {
        return biases[biases.length - 1].length;
    }
}
