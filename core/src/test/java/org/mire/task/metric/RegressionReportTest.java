package org.mire.task.metric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegressionReportTest {

    @Test
    void errorsAndRankCorrelationOnKnownValues() {
        RegressionReport r = RegressionReport.of(new double[] {1, 2, 4, 8}, new double[] {2, 2, 3, 9});
        assertEquals(4, r.count());
        assertEquals(0.75, r.mae(), 1e-12);
        assertEquals((1.0 + 0 + 0.25 + 0.125) / 4, r.mape(), 1e-12);
        assertEquals(0.9486832980505138, r.spearman(), 1e-12);   // ties in the predictions
        // SS_res = 1 + 0 + 1 + 1 = 3; mean 3.75, SS_tot = 7.5625 + 3.0625 + 0.0625 + 18.0625 = 28.75
        assertEquals(1 - 3 / 28.75, r.r2(), 1e-12);
    }

    @Test
    void tiesShareTheirAverageRank() {
        assertArrayEquals(new double[] {1.5, 1.5, 3}, RegressionReport.ranks(new double[] {5, 5, 7}));
    }

    @Test
    void mapeSkipsZeroTargetsAndConstantTargetsHaveNoR2() {
        RegressionReport r = RegressionReport.of(new double[] {0, 2, 2}, new double[] {1, 3, 2});
        assertEquals(0.25, r.mape(), 1e-12);
        assertTrue(Double.isNaN(RegressionReport.of(new double[] {2, 2}, new double[] {1, 3}).r2()));
    }
}
