package org.mire.encoder;

/**
 * Weights of the pre-training losses in the total, in the order of the module's {@code loss_weights}: masked token
 * modelling, edge reconstruction, masked node-text prediction, text–graph matching, optimisation-level contrast.
 */
public record TaskWeights(float tokens, float edges, float nodes, float matching, float contrast) {
    public static final TaskWeights DEFAULT = new TaskWeights(1f, 1f, 0.5f, 1f, 1f);

    public TaskWeights {
        if (tokens < 0 || edges < 0 || nodes < 0 || matching < 0 || contrast < 0
                || tokens + edges + nodes + matching + contrast <= 0) {
            throw new IllegalArgumentException("loss weights must be ≥ 0 and not all 0");
        }
    }

    /**
     * Parses {@code tokens,edges,nodes,matching[,contrast]}, e.g. {@code 1,1,0.5,1,1}; four numbers (the format
     * before the contrastive loss) mean a contrast weight of 0.
     */
    public static TaskWeights parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4 && parts.length != 5) {
            throw new IllegalArgumentException(
                    "loss weights need 5 numbers (tokens,edges,nodes,matching,contrast): " + text);
        }
        float[] values = new float[5];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Float.parseFloat(parts[i].strip());
        }
        return new TaskWeights(values[0], values[1], values[2], values[3], values[4]);
    }

    float[] toArray() {
        return new float[] {tokens, edges, nodes, matching, contrast};
    }

    @Override
    public String toString() {
        return tokens + "," + edges + "," + nodes + "," + matching + "," + contrast;
    }
}
