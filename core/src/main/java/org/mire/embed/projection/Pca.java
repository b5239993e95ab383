package org.mire.embed.projection;

import org.mire.MireException;

/** Principal component analysis through Smile (centred covariance, LAPACK). */
public final class Pca {
    private Pca() {
    }

    /** Projects onto the first {@code dimensions} principal components; reports each one's variance fraction. */
    public static Projection project(float[][] data, int dimensions) throws MireException {
        long start = System.nanoTime();
        int dim = data.length == 0 ? 0 : data[0].length;
        if (data.length < 2) {
            throw new MireException("PCA needs at least 2 vectors, got " + data.length);
        }
        int k = Math.min(dimensions, Math.min(dim, data.length));
        double[][] projected;
        double[] explained = new double[k];
        try {
            smile.feature.extraction.PCA pca = smile.feature.extraction.PCA.fit(SmileBridge.toDouble(data));
            var proportion = pca.varianceProportion();
            for (int i = 0; i < k; i++) {
                explained[i] = proportion.get(i);
            }
            projected = pca.getProjection(k).apply(SmileBridge.toDouble(data));
        } catch (RuntimeException | LinkageError e) {
            throw SmileBridge.failure("PCA", e);
        }
        float[][] points = SmileBridge.toFloat(projected);
        // Fix each component's sign (largest |coordinate| positive) so results do not flip between LAPACK builds.
        for (int c = 0; c < k; c++) {
            int arg = 0;
            for (int i = 1; i < points.length; i++) {
                if (Math.abs(points[i][c]) > Math.abs(points[arg][c])) {
                    arg = i;
                }
            }
            if (points[arg][c] < 0) {
                for (float[] point : points) {
                    point[c] = -point[c];
                }
            }
        }
        return new Projection(points, new ProjectionParameters.Pca(dimensions), explained, Double.NaN,
                (System.nanoTime() - start) / 1_000_000);
    }
}
