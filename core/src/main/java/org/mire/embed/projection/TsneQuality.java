package org.mire.embed.projection;

import java.util.stream.IntStream;
import org.mire.progress.ProgressMonitor;

/**
 * KL(P‖Q) of a finished 2-D or 3-D t-SNE embedding, computed the same way for every implementation so they can be
 * compared: P from the input (dense exact conditionals, or the sparse k-NN ones), Q with its exact normaliser
 * Z = Σ_{k≠l} (1 + |y_k − y_l|²)⁻¹ over all pairs.
 */
public final class TsneQuality {
    private TsneQuality() {
    }

    /** KL with the exact dense P (every pair, perplexity-calibrated over all points) — O(n²) time, O(n²) memory. */
    public static double klExact(float[][] input, float[][] points, double perplexity, ProgressMonitor monitor) {
        int n = input.length;
        float[] norms = new float[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (float v : input[i]) {
                s += (double) v * v;
            }
            norms[i] = (float) s;
        }
        double effective = Math.min(perplexity, (n - 1) / 3.0);
        float[][] conditional = new float[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            monitor.checkCancelled();
            float[] distances = new float[n - 1];
            int s = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double dot = 0;
                    for (int d = 0; d < input[i].length; d++) {
                        dot += (double) input[i][d] * input[j][d];
                    }
                    distances[s++] = (float) Math.sqrt(Math.max(0, norms[i] + norms[j] - 2 * dot));
                }
            }
            double[] p = TsneAffinities.conditionalRow(distances, effective);
            float[] row = new float[n];
            s = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    row[j] = (float) p[s++];
                }
            }
            conditional[i] = row;
        });
        double z = normaliser(points);
        double sum = IntStream.range(0, n).parallel().mapToDouble(i -> {
            double part = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double pij = (conditional[i][j] + conditional[j][i]) / (2.0 * n);
                if (pij > 0) {
                    double q = 1 / (1 + squaredDistance(points[i], points[j])) / z;
                    part += pij * Math.log(pij / Math.max(q, Double.MIN_NORMAL));
                }
            }
            return part;
        }).sum();
        return sum;
    }

    /** KL with the sparse k-NN P that Barnes-Hut t-SNE optimises, and the exact Z (O(n²) time, O(n·k) memory). */
    public static double klSparse(TsneAffinities p, float[][] points) {
        double z = normaliser(points);
        int n = p.size();
        return IntStream.range(0, n).parallel().mapToDouble(i -> {
            double part = 0;
            for (int e = p.rowStart()[i]; e < p.rowStart()[i + 1]; e++) {
                double pij = p.values()[e];
                double q = 1 / (1 + squaredDistance(points[i], points[p.columns()[e]])) / z;
                part += pij * Math.log(pij / q);
            }
            return part;
        }).sum();
    }

    static double normaliser(float[][] points) {
        int n = points.length;
        return 2 * IntStream.range(0, n).parallel().mapToDouble(i -> {
            double part = 0;
            for (int j = i + 1; j < n; j++) {
                part += 1 / (1 + squaredDistance(points[i], points[j]));
            }
            return part;
        }).sum();
    }

    private static double squaredDistance(float[] a, float[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            double diff = (double) a[d] - b[d];
            s += diff * diff;
        }
        return s;
    }
}
