package org.mire.embed.projection;

import org.mire.MireException;

/** UMAP through Smile, on centred data (uncentred inputs made Smile's UMAP several times slower here). */
public final class Umap {
    private Umap() {
    }

    public static Projection project(float[][] data, ProjectionParameters.Umap parameters) throws MireException {
        long start = System.nanoTime();
        if (data.length <= parameters.neighbours()) {
            throw new MireException("UMAP with " + parameters.neighbours() + " neighbours needs more than "
                    + parameters.neighbours() + " vectors, got " + data.length);
        }
        double[][] centred = SmileBridge.toDouble(data);
        int dim = centred[0].length;
        double[] mean = new double[dim];
        for (double[] row : centred) {
            for (int d = 0; d < dim; d++) {
                mean[d] += row[d];
            }
        }
        for (int d = 0; d < dim; d++) {
            mean[d] /= centred.length;
        }
        for (double[] row : centred) {
            for (int d = 0; d < dim; d++) {
                row[d] -= mean[d];
            }
        }
        double[][] points;
        try {
            smile.math.MathEx.setSeed(parameters.seed());
            var options = new smile.manifold.UMAP.Options(parameters.neighbours(), parameters.dimensions(),
                    parameters.epochs(), 1.0, parameters.minDist(), 1.0, 5, 1.0, 1.0);
            points = smile.manifold.UMAP.fit(centred, options);
        } catch (RuntimeException | LinkageError e) {
            throw SmileBridge.failure("UMAP", e);
        }
        return new Projection(SmileBridge.toFloat(points), parameters, new double[0], Double.NaN,
                (System.nanoTime() - start) / 1_000_000);
    }
}
