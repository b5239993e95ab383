package org.mire.task.finetune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mire.encoder.FineTuneOptions;
import org.mire.progress.ProgressMonitor;
import org.mire.task.CvListener;
import org.mire.task.CvResult;
import org.mire.task.Objective;
import org.mire.task.Protocol;
import org.mire.task.TaskData;
import org.mire.task.TaskEvaluation;
import org.mire.task.TaskKind;
import org.mire.task.split.Fold;

/** The nested protocol: the encoder fine-tuned inside each fold on that fold's training rows only. */
class FineTunedCrossValidationTest {
    private final TaskData data = FineTuneFixtures.levels();
    private final Protocol protocol = new Protocol.Grouped(2, 3);

    private CvResult run(TaskData task, CvListener listener) throws Exception {
        FineTunedCrossValidation cv = new FineTunedCrossValidation(FineTuneFixtures.tinyModel(),
                FineTuneFixtures.QUICK, Objective.ACCURACY);
        return cv.run(task, protocol, ProgressMonitor.NONE, listener);
    }

    /**
     * Flipping the labels of one fold's test rows must not change a single bit of that fold's predictions (they
     * are never read there), while the other fold, which trains on them, must notice.
     */
    @Test
    void theLabelsOfTestRowsNeverReachTheirPredictions() throws Exception {
        Fold first = protocol.splits(data).get(0);
        CvResult clean = run(data, CvListener.NONE);
        CvResult poisoned = run(FineTuneFixtures.poisoned(data, first.test()), CvListener.NONE);
        for (int row : first.test()) {
            assertEquals(clean.predicted()[row], poisoned.predicted()[row], 0.0, "row " + row);
            assertArrayEquals(clean.probabilities()[row], poisoned.probabilities()[row], 0.0, "row " + row);
        }
        int[] otherTest = protocol.splits(data).get(1).test();
        boolean changed = Arrays.stream(otherTest).anyMatch(row ->
                !Arrays.equals(clean.probabilities()[row], poisoned.probabilities()[row]));
        assertTrue(changed, "the other fold trains on the flipped rows, so its predictions must move");
    }

    @Test
    void reportsEveryRowAndFoldThroughTheFrozenEvaluationsTypes() throws Exception {
        List<Integer> started = new ArrayList<>();
        List<CvResult.FoldResult> finished = new ArrayList<>();
        List<Integer> epochs = new ArrayList<>();
        CvResult result = run(data, new CvListener() {
            @Override
            public void foldStarted(int fold, int index, int folds) {
                started.add(fold);
            }

            @Override
            public void epoch(int fold, int epoch, double trainLoss, double validationLoss) {
                epochs.add(epoch);
                assertTrue(Double.isFinite(trainLoss));
            }

            @Override
            public void foldFinished(CvResult.FoldResult fold) {
                finished.add(fold);
            }
        });
        assertEquals(List.of(0, 1), started);
        assertEquals(2, finished.size());
        assertEquals(List.of(0, 1, 2, 3, 0, 1, 2, 3), epochs,
                "the probe, then every epoch: 8 groups are too few to hold any out");
        for (CvResult.FoldResult fold : finished) {
            assertEquals(FineTunedCrossValidation.FINE_TUNED + " (epoch 3 kept)", fold.inputs());
            assertEquals(FineTunedHead.spec(FineTuneFixtures.QUICK), fold.head());
            assertEquals(4, fold.trainLoss().size());
            assertTrue(fold.validationLoss().isEmpty());
        }
        assertEquals(data.size(), result.testedRows().length);
        Set<String> groupsPerFold = new HashSet<>();
        for (int row = 0; row < data.size(); row++) {
            assertNotNull(result.probabilities()[row]);
            groupsPerFold.add(data.groups().get(row) + "@" + result.foldOfRow()[row]);
        }
        assertEquals(FineTuneFixtures.PROGRAMS.size(), groupsPerFold.size(), "a kernel never straddles folds");
        TaskEvaluation evaluation = TaskEvaluation.of(data, result);
        assertEquals(2, evaluation.classification().confusion().length);
    }

    @Test
    void heldOutValidationGroupsAreWholeSeededAndOnlyFromTrainingRows() {
        int n = 60;
        List<String> ids = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<java.nio.file.Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("r" + i);
            groups.add("k" + i / 2);
            files.add(null);
        }
        TaskData task = new TaskData("t", TaskKind.REGRESSION, ids, files, groups, List.of(), new double[n][0],
                List.of(), null, new double[n]);
        int[] train = java.util.stream.IntStream.range(0, 50).toArray();
        FineTuneOptions options = FineTuneOptions.defaults().withValidation(0.2, 2);
        int[][] parts = FineTunedHead.validationSplit(task, train, options);
        assertEquals(40, parts[0].length, "20% of 25 training groups held out");
        assertEquals(10, parts[1].length);
        Set<String> fitGroups = new HashSet<>();
        Arrays.stream(parts[0]).forEach(r -> fitGroups.add(groups.get(r)));
        for (int r : parts[1]) {
            assertTrue(r < 50, "validation rows come from the training rows");
            assertFalse(fitGroups.contains(groups.get(r)), "group " + groups.get(r) + " on both sides");
        }
        assertArrayEquals(parts[1], FineTunedHead.validationSplit(task, train, options)[1]);
        int[] few = java.util.stream.IntStream.range(0, 30).toArray();
        assertEquals(0, FineTunedHead.validationSplit(task, few, options)[1].length, "15 groups: none held out");
    }
}
