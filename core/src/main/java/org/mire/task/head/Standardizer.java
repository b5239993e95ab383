package org.mire.task.head;

import java.io.Serializable;

/**
 * Per-column standardisation (x - mean) / sd, fitted on the training rows only so that no statistics of the test
 * rows leak into training. Constant columns are centred and left unscaled.
 */
public record Standardizer(double[] mean, double[] scale) implements Serializable {

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
        for (int j = 0; j < p; j++) {
            double sd = Math.sqrt(scale[j] / Math.max(1, x.length));
            scale[j] = sd > 1e-12 ? sd : 1;
        }
        return new Standardizer(mean, scale);
    }

    public double[][] apply(double[][] x) {
        double[][] result = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != mean.length) {
                throw new IllegalArgumentException("row of " + x[i].length + " values, expected " + mean.length);
            }
            double[] row = new double[mean.length];
            for (int j = 0; j < row.length; j++) {
                row[j] = (x[i][j] - mean[j]) / scale[j];
            }
            result[i] = row;
        }
        return result;
    }
}
