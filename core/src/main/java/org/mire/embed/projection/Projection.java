package org.mire.embed.projection;

/**
 * Low-dimensional coordinates of an embedding set, one row per vector, in the set's row order.
 *
 * @param points            n × dimensions
 * @param parameters        what produced them
 * @param explainedVariance PCA: the fraction of variance each component explains; empty otherwise
 * @param klDivergence      t-SNE: the final KL(P‖Q) the optimiser reports; NaN otherwise
 * @param millis            wall time of the computation
 */
public record Projection(float[][] points, ProjectionParameters parameters, double[] explainedVariance,
                         double klDivergence, long millis) {

    public int size() {
        return points.length;
    }

    public int dimensions() {
        return points.length == 0 ? parameters.dimensions() : points[0].length;
    }
}
