package org.mire.embed.projection;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.mire.embed.Distance;
import org.mire.embed.Neighbours;
import org.mire.progress.ProgressMonitor;

/**
 * t-SNE's input similarities P as a sparse symmetric matrix (CSR): Gaussian conditionals over each point's
 * ⌊3·perplexity⌋ nearest neighbours, bandwidth found by bisection to match the perplexity, then
 * p_ij = (p_j|i + p_i|j) / 2n (van der Maaten 2014).
 */
public record TsneAffinities(int[] rowStart, int[] columns, double[] values) {

    public int size() {
        return rowStart.length - 1;
    }

    public static TsneAffinities of(float[][] data, double perplexity, ProgressMonitor monitor)
            throws org.mire.MireException {
        int n = data.length;
        int k = Math.min(n - 1, (int) Math.floor(3 * perplexity));
        Neighbours.Graph graph = Neighbours.all(data, k, Distance.EUCLIDEAN, monitor);
        return fromNeighbours(graph.indices(), graph.distances(), Math.min(perplexity, (n - 1) / 3.0));
    }

    static TsneAffinities fromNeighbours(int[][] indices, float[][] distances, double perplexity) {
        int n = indices.length;
        int k = indices[0].length;
        double[][] conditional = new double[n][];
        IntStream.range(0, n).parallel().forEach(i -> conditional[i] = conditionalRow(distances[i], perplexity));
        // symmetrise: count entries per row (i→j and j→i), then merge duplicates
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            counts[i] += k;
            for (int s = 0; s < k; s++) {
                counts[indices[i][s]]++;
            }
        }
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + counts[i];
        }
        int[] cols = new int[start[n]];
        double[] vals = new double[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < k; s++) {
                int j = indices[i][s];
                double p = conditional[i][s];
                cols[fill[i]] = j;
                vals[fill[i]++] = p;
                cols[fill[j]] = i;
                vals[fill[j]++] = p;
            }
        }
        // sort each row by column and add duplicates
        int[] outStart = new int[n + 1];
        int[][] rowCols = new int[n][];
        double[][] rowVals = new double[n][];
        double scale = 1.0 / (2.0 * n);
        IntStream.range(0, n).parallel().forEach(i -> {
            int from = start[i];
            int len = start[i + 1] - from;
            long[] keyed = new long[len];
            for (int e = 0; e < len; e++) {
                keyed[e] = ((long) cols[from + e] << 32) | e;
            }
            Arrays.sort(keyed);
            int[] c = new int[len];
            double[] v = new double[len];
            int m = 0;
            for (int e = 0; e < len; e++) {
                int col = (int) (keyed[e] >>> 32);
                double value = vals[from + (int) keyed[e]];
                if (m > 0 && c[m - 1] == col) {
                    v[m - 1] += value;
                } else {
                    c[m] = col;
                    v[m++] = value;
                }
            }
            for (int e = 0; e < m; e++) {
                v[e] *= scale;
            }
            rowCols[i] = Arrays.copyOf(c, m);
            rowVals[i] = Arrays.copyOf(v, m);
        });
        for (int i = 0; i < n; i++) {
            outStart[i + 1] = outStart[i] + rowCols[i].length;
        }
        int[] outCols = new int[outStart[n]];
        double[] outVals = new double[outStart[n]];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rowCols[i], 0, outCols, outStart[i], rowCols[i].length);
            System.arraycopy(rowVals[i], 0, outVals, outStart[i], rowVals[i].length);
        }
        return new TsneAffinities(outStart, outCols, outVals);
    }

    /** p_j|i over the given neighbour distances (Euclidean), with entropy log(perplexity). */
    static double[] conditionalRow(float[] distances, double perplexity) {
        int k = distances.length;
        double[] d2 = new double[k];
        double min = Double.POSITIVE_INFINITY;
        for (int s = 0; s < k; s++) {
            d2[s] = (double) distances[s] * distances[s];
            min = Math.min(min, d2[s]);
        }
        for (int s = 0; s < k; s++) {
            d2[s] -= min; // shifting all distances leaves the normalised conditionals unchanged
        }
        double target = Math.log(perplexity);
        double beta = 1;
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        double[] p = new double[k];
        for (int iteration = 0; iteration < 200; iteration++) {
            double sum = 0;
            double weighted = 0;
            for (int s = 0; s < k; s++) {
                p[s] = Math.exp(-beta * d2[s]);
                sum += p[s];
                weighted += d2[s] * p[s];
            }
            double entropy = Math.log(sum) + beta * weighted / sum;
            double error = entropy - target;
            if (Math.abs(error) < 1e-5) {
                break;
            }
            if (error > 0) {
                lo = beta;
                beta = hi == Double.POSITIVE_INFINITY ? beta * 2 : (beta + hi) / 2;
            } else {
                hi = beta;
                beta = (beta + lo) / 2;
            }
        }
        double sum = 0;
        for (int s = 0; s < k; s++) {
            p[s] = Math.exp(-beta * d2[s]);
            sum += p[s];
        }
        for (int s = 0; s < k; s++) {
            p[s] /= sum;
        }
        return p;
    }
}
