package org.mire.encoder;

/**
 * The floating-point operations the module performs on one batch (a multiply-add counts as two), from the
 * architecture and the batch's shapes: every padded text position is computed, so it is counted. Only the matrix
 * products are counted (they are all but a few percent of the work), so achieved GFLOP/s compares directly with
 * the engine's matrix-multiply ceiling.
 */
final class ModelFlops {
    private ModelFlops() {
    }

    static double of(EncoderConfig c, EncoderBatch batch) {
        double d = c.width();
        double positions = (double) batch.rows() * batch.length();
        double perTextLayer = positions * 2 * (3 * d * d + d * d + 2 * d * c.feedForward())
                + (double) batch.rows() * 2 * 2 * batch.length() * batch.length() * d;
        double perGraphLayer = (double) batch.nodes() * 2 * (EncoderConfig.RELATIONS * d * d + 2 * d * d);
        double projections = (double) batch.items() * 2 * 2 * d * c.embeddingSize();
        return c.textLayers() * perTextLayer + c.graphLayers() * perGraphLayer + projections;
    }
}
