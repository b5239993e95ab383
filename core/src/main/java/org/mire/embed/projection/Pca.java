package org.mire.embed.projection;

import org.mire.MireException;

/** Principal component analysis: eigenvectors of the centred covariance (BLAS and LAPACK through Smile). */
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
        int n = data.length;
        int k = Math.min(dimensions, Math.min(dim, n));
        double[] explained = new double[k];
        double[][] projected = new double[n][k];
        try {
            // eigenvectors of the d × d covariance rather than an SVD of the n × d data: for n ≫ d the same
            // components at a fraction of the work (one gemm of n·d² and a d × d eigensolver)
            double[] mean = new double[dim];
            for (float[] row : data) {
                for (int d = 0; d < dim; d++) {
                    mean[d] += row[d];
                }
            }
            for (int d = 0; d < dim; d++) {
                mean[d] /= n;
            }
            double[][] centred = new double[n][dim];
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < dim; d++) {
                    centred[i][d] = data[i][d] - mean[d];
                }
            }
            smile.tensor.DenseMatrix x = smile.tensor.DenseMatrix.of(centred);
            smile.tensor.EVD evd = x.ata().withUplo(smile.linalg.UPLO.LOWER).eigen().sort();
            smile.tensor.Vector variance = evd.wr();
            double total = 0;
            for (int c = 0; c < dim; c++) {
                total += Math.max(0, variance.get(c));
            }
            double[][] basis = new double[dim][k];
            for (int c = 0; c < k; c++) {
                explained[c] = total > 0 ? Math.max(0, variance.get(c)) / total : 0;
                for (int d = 0; d < dim; d++) {
                    basis[d][c] = evd.Vr().get(d, c);
                }
            }
            smile.tensor.DenseMatrix scores = x.mm(smile.tensor.DenseMatrix.of(basis));
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < k; c++) {
                    projected[i][c] = scores.get(i, c);
                }
            }
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
