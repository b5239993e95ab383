package org.mire.costdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CostModelBaselineTest {

    @Test
    void linearFitRecoversAnExactLinearTarget() {
        double[][] x = new double[40][3];
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            x[i][0] = i % 7;
            x[i][1] = (i * 3) % 11;
            x[i][2] = 1;
            y[i] = 3 * x[i][0] - 2 * x[i][1] + 5;
        }
        double[] w = CostModelBaseline.fit(x, y, java.util.stream.IntStream.range(0, 40).boxed().toList());
        assertEquals(3, w[0], 0.02);
        assertEquals(-2, w[1], 0.02);
        assertEquals(5, w[2], 0.1);
    }

    @Test
    void foldsAreBalancedAndSeeded() {
        int[] a = CostModelBaseline.folds(103, 5, 1);
        assertArrayEquals(a, CostModelBaseline.folds(103, 5, 1));
        int[] counts = new int[5];
        for (int f : a) {
            counts[f]++;
        }
        for (int c : counts) {
            assertTrue(c == 20 || c == 21, List.of(counts).toString());
        }
    }
}
