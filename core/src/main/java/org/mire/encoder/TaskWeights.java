package org.mire.encoder;

/**
 * Weights of the pre-training losses in the total: masked token modelling, edge reconstruction, masked node-text
 * prediction, text–graph matching.
 */
public record TaskWeights(float tokens, float edges, float nodes, float matching) {
    public static final TaskWeights DEFAULT = new TaskWeights(1f, 1f, 0.5f, 1f);

    public TaskWeights {
        if (tokens < 0 || edges < 0 || nodes < 0 || matching < 0 || tokens + edges + nodes + matching <= 0) {
            throw new IllegalArgumentException("loss weights must be ≥ 0 and not all 0");
        }
    }

    /** Parses {@code tokens,edges,nodes,matching}, e.g. {@code 1,1,0.5,1}. */
    public static TaskWeights parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("loss weights need 4 numbers (tokens,edges,nodes,matching): " + text);
        }
        return new TaskWeights(Float.parseFloat(parts[0].strip()), Float.parseFloat(parts[1].strip()),
                Float.parseFloat(parts[2].strip()), Float.parseFloat(parts[3].strip()));
    }

    @Override
    public String toString() {
        return tokens + "," + edges + "," + nodes + "," + matching;
    }
}
