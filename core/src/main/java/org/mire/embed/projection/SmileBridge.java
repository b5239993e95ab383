package org.mire.embed.projection;

import org.mire.MireException;

/** Turns Smile's native-library failures into a message that says what to install. */
final class SmileBridge {
    private SmileBridge() {
    }

    static double[][] toDouble(float[][] data) {
        double[][] out = new double[data.length][];
        for (int i = 0; i < data.length; i++) {
            double[] row = new double[data[i].length];
            for (int d = 0; d < row.length; d++) {
                row[d] = data[i][d];
            }
            out[i] = row;
        }
        return out;
    }

    static float[][] toFloat(double[][] data) {
        float[][] out = new float[data.length][];
        for (int i = 0; i < data.length; i++) {
            float[] row = new float[data[i].length];
            for (int d = 0; d < row.length; d++) {
                row[d] = (float) data[i][d];
            }
            out[i] = row;
        }
        return out;
    }

    /** Wraps an error thrown inside Smile: a missing BLAS/LAPACK/ARPACK becomes an actionable message. */
    static MireException failure(String what, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof UnsatisfiedLinkError || message.contains("Cannot open library")
                    || message.contains("libopenblas") || message.contains("arpack")) {
                return new MireException(what + " needs the native BLAS/LAPACK and ARPACK libraries "
                        + "(Debian/Ubuntu: apt-get install libopenblas-dev libarpack2-dev): " + message, error);
            }
        }
        return new MireException(what + " failed: " + error, error);
    }
}
