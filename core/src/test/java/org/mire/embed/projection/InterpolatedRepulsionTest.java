package org.mire.embed.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InterpolatedRepulsionTest {

    /** A few Gaussian blobs of different spread, like an embedding mid-optimisation, {@code extent} wide or so. */
    private static double[] embedding(int n, double extent, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centres = new double[5][2];
        for (double[] c : centres) {
            c[0] = (random.nextDouble() - 0.5) * extent * 0.8;
            c[1] = (random.nextDouble() - 0.5) * extent * 0.8;
        }
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double[] c = centres[i % centres.length];
            double spread = extent * (0.02 + 0.02 * (i % 3));
            y[2 * i] = c[0] + spread * gaussian(random);
            y[2 * i + 1] = c[1] + spread * gaussian(random);
        }
        return y;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Σⱼ wᵢⱼ² (yᵢ − yⱼ) into out, returns Z = Σ_{i≠j} wᵢⱼ: the O(n²) definition. */
    private static double exact(double[] y, double[] out) {
        int n = y.length / 2;
        double z = 0;
        for (int i = 0; i < n; i++) {
            double f0 = 0;
            double f1 = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double d0 = y[2 * i] - y[2 * j];
                    double d1 = y[2 * i + 1] - y[2 * j + 1];
                    double w = 1 / (1 + d0 * d0 + d1 * d1);
                    z += w;
                    f0 += w * w * d0;
                    f1 += w * w * d1;
                }
            }
            out[2 * i] = f0;
            out[2 * i + 1] = f1;
        }
        return z;
    }

    /** ‖F − F_exact‖ / ‖F_exact‖ over all points, and the same for Z, as {forces, z}. */
    private static double[] relativeErrors(double[] y, InterpolatedRepulsion.Grid grid) {
        int n = y.length / 2;
        double[] expected = new double[2 * n];
        double zExpected = exact(y, expected);
        double[] actual = new double[2 * n];
        double z = new InterpolatedRepulsion(n, grid).repulsion(y, actual);
        double diff = 0;
        double norm = 0;
        for (int a = 0; a < 2 * n; a++) {
            diff += (actual[a] - expected[a]) * (actual[a] - expected[a]);
            norm += expected[a] * expected[a];
        }
        return new double[] {Math.sqrt(diff / norm), Math.abs(z - zExpected) / zExpected};
    }

    @Test
    void matchesTheExactForcesAndNormaliserOnAFineGrid() {
        double[] y = embedding(800, 12, 3);
        double[] errors = relativeErrors(y, new InterpolatedRepulsion.Grid(50, 0.05, 1024));
        assertTrue(errors[0] < 1e-4, "forces: relative error " + errors[0]);
        assertTrue(errors[1] < 1e-5, "Z: relative error " + errors[1]);
    }

    @Test
    void isAccurateAtFitSneResolutionWhereverItFitsAndLosesAccuracyWhenCoarser() {
        // as wide as the optimiser lets the interpolation run: 42 boxes of at most one unit
        double[] y = embedding(1500, 40, 5);
        InterpolatedRepulsion fitting = new InterpolatedRepulsion(1500, InterpolatedRepulsion.Grid.FIT_SNE);
        assertTrue(fitting.fits(y));
        double[] atFitSne = relativeErrors(y, InterpolatedRepulsion.Grid.FIT_SNE);
        double[] coarser = relativeErrors(y, new InterpolatedRepulsion.Grid(10, 4, 256));
        double[] oneBox = relativeErrors(y, new InterpolatedRepulsion.Grid(1, 100, 8));
        assertTrue(atFitSne[0] < 2e-2, "forces: relative error " + atFitSne[0]);
        assertTrue(atFitSne[1] < 1e-3, "Z: relative error " + atFitSne[1]);
        assertTrue(coarser[0] > 5 * atFitSne[0], "boxes four units wide: " + coarser[0]);
        assertTrue(oneBox[0] > 0.5, "one box cannot resolve the forces: " + oneBox[0]);
        assertFalse(fitting.fits(embedding(1500, 60, 5)));
    }

    @Test
    void choosesPowerOfTwoGridsFromTheExtent() {
        InterpolatedRepulsion.Grid grid = new InterpolatedRepulsion.Grid(20, 1, 512);
        assertEquals(128, grid.fftSize(1));          // 20 boxes: 2·60 − 1 nodes padded → 128
        assertEquals(21, InterpolatedRepulsion.Grid.boxes(128));
        assertEquals(256, grid.fftSize(30));         // 30 boxes → 179 → 256
        assertEquals(512, grid.fftSize(500));        // capped
        assertThrows(IllegalArgumentException.class, () -> new InterpolatedRepulsion.Grid(20, 1, 500));
    }
}
