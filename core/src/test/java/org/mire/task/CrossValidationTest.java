package org.mire.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mire.progress.ProgressMonitor;
import org.mire.task.head.HeadSpec;

/**
 * Each protocol on synthetic data whose answer is known: rows of a group share a random label and a group-specific
 * input, so a model can only memorise groups. Row-level stratified folds leak groups (accuracy near 1), grouped
 * folds do not (accuracy near chance).
 */
class CrossValidationTest {

    static TaskData memorisableGroups(int groups, int rowsPerGroup, long seed) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<String> groupNames = new ArrayList<>();
        int n = groups * rowsPerGroup;
        double[][] features = new double[n][];
        int[] labels = new int[n];
        double[][] centre = new double[groups][4];
        int[] groupLabel = new int[groups];
        for (int g = 0; g < groups; g++) {
            for (int j = 0; j < 4; j++) {
                centre[g][j] = random.nextGaussian() * 10;
            }
            groupLabel[g] = random.nextInt(2);
        }
        for (int i = 0; i < n; i++) {
            int g = i % groups;
            ids.add("r" + i);
            files.add(null);
            groupNames.add("g" + g);
            features[i] = new double[4];
            for (int j = 0; j < 4; j++) {
                features[i][j] = centre[g][j] + random.nextGaussian() * 0.01;
            }
            labels[i] = groupLabel[g];
        }
        return new TaskData("groups", TaskKind.CLASSIFICATION, ids, files, groupNames, List.of("a", "b", "c", "d"),
                features, List.of("no", "yes"), labels, null);
    }

    private static double accuracy(TaskData data, CvResult result) {
        int[] rows = result.testedRows();
        return Objective.ACCURACY.score(data, rows, java.util.Arrays.stream(rows).mapToDouble(r -> result.predicted()[r])
                .toArray());
    }

    @Test
    void rowLevelStratifiedFoldsLeakGroupsAndGroupedFoldsDoNot() throws Exception {
        TaskData data = memorisableGroups(60, 5, 1);
        CrossValidation cv = new CrossValidation(List.of(HeadSpec.parse("rf:trees=50")), Objective.ACCURACY, 1);
        CvResult stratified = cv.run(data, data.features(), new Protocol.Stratified(5, 1), ProgressMonitor.NONE,
                CvListener.NONE);
        CvResult grouped = cv.run(data, data.features(), new Protocol.Grouped(5, 1), ProgressMonitor.NONE,
                CvListener.NONE);
        assertEquals(300, stratified.testedRows().length);
        assertEquals(300, grouped.testedRows().length);
        assertTrue(accuracy(data, stratified) > 0.97, "stratified " + accuracy(data, stratified));
        assertTrue(accuracy(data, grouped) < 0.75, "grouped " + accuracy(data, grouped));
    }

    @Test
    void leaveOneOutPredictsAThresholdRule() throws Exception {
        TaskData base = memorisableGroups(40, 1, 2);
        int[] labels = new int[40];
        for (int i = 0; i < 40; i++) {
            // A rule with a margin that every fold can learn: x0 > 0, with |x0| >= 3.
            double x0 = base.features()[i][0];
            base.features()[i][0] = Math.signum(x0) * (3 + Math.abs(x0));
            labels[i] = x0 > 0 ? 1 : 0;
        }
        TaskData data = new TaskData("rule", TaskKind.CLASSIFICATION, base.ids(), base.files(), base.groups(),
                base.featureNames(), base.features(), base.classes(), labels, null);
        CvResult result = new CrossValidation(List.of(HeadSpec.parse("logreg:lambda=0.01")), Objective.ACCURACY, 1)
                .run(data, data.features(), new Protocol.LeaveOneGroupOutProtocol(), ProgressMonitor.NONE,
                        CvListener.NONE);
        assertEquals(40, result.folds().size());
        assertTrue(accuracy(data, result) >= 0.95, "accuracy " + accuracy(data, result));
    }

    @Test
    void trainTestSplitPredictsOnlyTheTestRows() throws Exception {
        TaskData data = memorisableGroups(50, 2, 3);
        CvResult result = new CrossValidation(List.of(HeadSpec.parse("rf:trees=20")), Objective.ACCURACY, 1)
                .run(data, data.features(), new Protocol.TrainTest(0.2, 5), ProgressMonitor.NONE, CvListener.NONE);
        assertEquals(20, result.testedRows().length);
        assertEquals(80, result.folds().get(0).trainRows());
        long untested = java.util.Arrays.stream(result.predicted()).filter(Double::isNaN).count();
        assertEquals(80, untested);
    }

    @Test
    void nestedSelectionPicksTheHeadThatCanLearnTheTask() throws Exception {
        // XOR of two inputs: linear logistic regression cannot learn it, a random forest can.
        Random random = new Random(4);
        int n = 200;
        double[][] x = new double[n][2];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextDouble() * 2 - 1;
            x[i][1] = random.nextDouble() * 2 - 1;
            labels[i] = (x[i][0] > 0) ^ (x[i][1] > 0) ? 1 : 0;
        }
        TaskData base = memorisableGroups(n, 1, 5);
        TaskData data = new TaskData("xor", TaskKind.CLASSIFICATION, base.ids(), base.files(), base.groups(),
                List.of("x", "y"), x, base.classes(), labels, null);
        List<String> chosen = new ArrayList<>();
        CvResult result = new CrossValidation(HeadSpec.parseList("logreg;rf:trees=50"), Objective.ACCURACY, 1)
                .run(data, x, new Protocol.Stratified(5, 1), ProgressMonitor.NONE, new CvListener() {
                    @Override
                    public void headChosen(int fold, HeadSpec head, double innerScore) {
                        chosen.add(head.toString());
                    }
                });
        assertEquals(List.of("rf:trees=50", "rf:trees=50", "rf:trees=50", "rf:trees=50", "rf:trees=50"), chosen);
        assertEquals(2, result.folds().get(0).innerScores().size());
        assertTrue(result.folds().get(0).innerScores().get("logreg") < 0.7);
        assertTrue(accuracy(data, result) > 0.9);
    }

    @Test
    void sameSeedGivesTheSamePredictions() throws Exception {
        TaskData data = memorisableGroups(30, 4, 6);
        CrossValidation cv = new CrossValidation(HeadSpec.parseList("gbt:trees=30;rf:trees=30"), Objective.ACCURACY, 7);
        CvResult a = cv.run(data, data.features(), new Protocol.Grouped(3, 2), ProgressMonitor.NONE, CvListener.NONE);
        CvResult b = cv.run(data, data.features(), new Protocol.Grouped(3, 2), ProgressMonitor.NONE, CvListener.NONE);
        org.junit.jupiter.api.Assertions.assertArrayEquals(a.predicted(), b.predicted());
    }
}
