package org.mire.task.head;

import java.io.Serializable;

/**
 * Per-column standardisation (x - mean) / sd, fitted on the training rows only so that no statistics of the test
 * rows leak into training. Columns that are constant in the training rows carry no information and are dropped
 * (some Smile models, ridge regression among them, refuse constant columns).
 *
 * @param mean  per input column
 * @param scale per input column, the standard deviation
 * @param keep  the input columns kept, ascending
 */
public record Standardizer(double[] mean, double[] scale, int[] keep) implements Serializable {

    public static Standardizer fit(double[][] x) {
        int p = x.length == 0 ? 0 : x[0].length;
        double[] mean = new double[p];
        double[] scale = new double[p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= Math.max(1, x.length);
        }
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
            }
        }
        java.util.List<Integer> kept = new java.util.ArrayList<>();
        for (int j = 0; j < p; j++) {
            double sd = Math.sqrt(scale[j] / Math.max(1, x.length));
            if (sd > 1e-12) {
                kept.add(j);
                scale[j] = sd;
            } else {
                scale[j] = 1;
            }
        }
        if (kept.isEmpty() && p > 0) {
            kept.add(0); // every column constant: keep one so that models still have an input
        }
        return new Standardizer(mean, scale, kept.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The number of input columns the standardiser was fitted on. */
    public int inputDimension() {
        return mean.length;
    }

    public double[][] apply(double[][] x) {
        double[][] result = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != mean.length) {
                throw new IllegalArgumentException("row of " + x[i].length + " values, expected " + mean.length);
            }
            double[] row = new double[keep.length];
            for (int k = 0; k < keep.length; k++) {
                int j = keep[k];
                row[k] = (x[i][j] - mean[j]) / scale[j];
            }
            result[i] = row;
        }
        return result;
    }
}
