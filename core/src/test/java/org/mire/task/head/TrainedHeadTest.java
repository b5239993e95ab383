package org.mire.task.head;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mire.task.metric.RegressionReport;

class TrainedHeadTest {

    /** Two Gaussian blobs in 5-d whose class is decided by the sign of x0 + x1. */
    static double[][] blobs(int n, long seed, int[] labels) {
        Random random = new Random(seed);
        double[][] x = new double[n][5];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 5; j++) {
                x[i][j] = random.nextGaussian() * (j < 2 ? 1 : 3) + 100; // offset: standardisation must handle it
            }
            labels[i] = x[i][0] + x[i][1] > 200 ? 1 : 0;
        }
        return x;
    }

    @ParameterizedTest
    @ValueSource(strings = {"rf:trees=100", "gbt:trees=150", "logreg", "mlp:epochs=60,patience=0,width=16"})
    void classifiersLearnASeparableProblem(String head) throws Exception {
        int[] yTrain = new int[300];
        int[] yTest = new int[200];
        double[][] train = blobs(300, 1, yTrain);
        double[][] test = blobs(200, 2, yTest);
        TrainedHead fitted = TrainedHead.fitClassifier(HeadSpec.parse(head), train, yTrain, 2, FitContext.DEFAULT);
        int[] predicted = fitted.predictClasses(test);
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i] == yTest[i] ? 1 : 0;
        }
        assertTrue(correct >= 180, head + ": " + correct + "/200 correct");
        double[] row = fitted.probabilities(test)[0];
        assertEquals(1.0, row[0] + row[1], 1e-6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rf:trees=100", "gbt:trees=200", "ridge:lambda=0.01", "mlp:epochs=100,patience=0,width=16"})
    void regressorsFitALinearTarget(String head) throws Exception {
        Random random = new Random(3);
        double[][] x = new double[400][3];
        double[] y = new double[400];
        for (int i = 0; i < 400; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = random.nextDouble() * 10;
            }
            y[i] = 2 * x[i][0] - x[i][1] + 5 + random.nextGaussian() * 0.1;
        }
        double[][] train = java.util.Arrays.copyOfRange(x, 0, 300);
        double[] yTrain = java.util.Arrays.copyOfRange(y, 0, 300);
        TrainedHead fitted = TrainedHead.fitRegressor(HeadSpec.parse(head), train, yTrain, FitContext.DEFAULT);
        double[] predicted = fitted.predictValues(java.util.Arrays.copyOfRange(x, 300, 400));
        RegressionReport report = RegressionReport.of(java.util.Arrays.copyOfRange(y, 300, 400), predicted);
        assertTrue(report.r2() > 0.9, head + ": R² " + report.r2());
    }

    @Test
    void constantColumnsAreDroppedSoRidgeAcceptsThem() throws Exception {
        double[][] x = new double[50][];
        double[] y = new double[50];
        for (int i = 0; i < 50; i++) {
            x[i] = new double[] {i, 7, 0, i % 3};
            y[i] = 3 * i + 1;
        }
        TrainedHead fitted = TrainedHead.fitRegressor(HeadSpec.parse("ridge:lambda=0.001"), x, y, FitContext.DEFAULT);
        assertArrayEquals(new int[] {0, 3}, fitted.standardizer().keep());
        assertEquals(4, fitted.inputDimension());
        assertEquals(3 * 60 + 1, fitted.predictValues(new double[][] {{60, 7, 0, 0}})[0], 0.5);
    }

    @Test
    void classesAbsentFromTrainingGetZeroProbability() throws Exception {
        int[] y = new int[60];
        double[][] x = new double[60][2];
        for (int i = 0; i < 60; i++) {
            y[i] = i % 2 == 0 ? 1 : 3; // classes 0, 2 and 4 never occur
            x[i][0] = y[i] + 0.01 * i;
            x[i][1] = -y[i];
        }
        TrainedHead fitted = TrainedHead.fitClassifier(HeadSpec.parse("rf:trees=20"), x, y, 5, FitContext.DEFAULT);
        double[][] p = fitted.probabilities(new double[][] {{3, -3}, {1, -1}});
        assertEquals(5, p[0].length);
        assertEquals(0.0, p[0][0] + p[0][2] + p[0][4]);
        assertArrayEquals(new int[] {3, 1}, fitted.predictClasses(new double[][] {{3, -3}, {1, -1}}));
    }

    @Test
    void randomForestCopesWithManyClassesOnFewRows() throws Exception {
        // 16 rows, 5 classes: out-of-bag rows often hold exactly two classes, which Smile 6.2.5's own forest
        // rejects ("Sensitivity can only be applied to binary classification").
        Random random = new Random(11);
        for (int trial = 0; trial < 20; trial++) {
            double[][] x = new double[16][3];
            int[] y = new int[16];
            for (int i = 0; i < 16; i++) {
                y[i] = i < 6 ? 0 : 1 + random.nextInt(4);
                for (int j = 0; j < 3; j++) {
                    x[i][j] = y[i] + random.nextGaussian() * 0.1;
                }
            }
            TrainedHead fitted = TrainedHead.fitClassifier(HeadSpec.parse("rf:trees=50"), x, y, 6,
                    FitContext.DEFAULT);
            assertArrayEquals(y, fitted.predictClasses(x), "trial " + trial);
        }
    }

    @Test
    void aSingleTrainingClassIsPredictedAlways() throws Exception {
        double[][] x = {{1}, {2}, {3}};
        TrainedHead fitted = TrainedHead.fitClassifier(HeadSpec.parse("gbt"), x, new int[] {2, 2, 2}, 3,
                FitContext.DEFAULT);
        assertArrayEquals(new int[] {2, 2}, fitted.predictClasses(new double[][] {{0}, {10}}));
    }

    @Test
    void sameSeedGivesTheSameModel() throws Exception {
        int[] y = new int[200];
        double[][] x = blobs(200, 5, y);
        for (String head : new String[] {"rf:trees=30", "gbt:trees=30", "mlp:epochs=10"}) {
            double[][] a = TrainedHead.fitClassifier(HeadSpec.parse(head), x, y, 2, FitContext.DEFAULT).probabilities(x);
            double[][] b = TrainedHead.fitClassifier(HeadSpec.parse(head), x, y, 2, FitContext.DEFAULT).probabilities(x);
            for (int i = 0; i < a.length; i++) {
                assertArrayEquals(a[i], b[i], 1e-9, head);
            }
        }
    }
}
