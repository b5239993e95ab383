package org.mire.task;

import java.util.List;
import java.util.Map;
import org.mire.task.head.HeadSpec;

/**
 * The out-of-fold predictions of a cross-validation run and what happened in each fold.
 *
 * @param protocol      the outer protocol's description
 * @param foldOfRow     the test fold of each row, or -1 for rows never tested (train/test split)
 * @param predicted     per row, the predicted label (classification) or value (regression); NaN when untested
 * @param probabilities per row, class probabilities (classification; null for untested rows), else null
 * @param folds         one entry per fold, in order
 */
public record CvResult(String protocol, int[] foldOfRow, double[] predicted, double[][] probabilities,
                       List<FoldResult> folds) {

    /**
     * @param fold        fold number
     * @param trainRows   number of training rows
     * @param testRows    number of test rows
     * @param inputs      the input variant used (empty when there was one)
     * @param head        the head used (chosen by inner cross-validation when there were candidates)
     * @param innerScores mean inner score of each candidate (empty when there was one candidate)
     * @param testScore   the objective on this fold's test rows
     * @param trainLoss   the final fit's training loss per epoch (empty for non-iterative heads)
     * @param validationLoss the final fit's early-stopping loss per epoch (empty when none)
     * @param seconds     wall time of the fold
     */
    public record FoldResult(int fold, int trainRows, int testRows, String inputs, HeadSpec head,
                             Map<String, Double> innerScores,
                             double testScore, List<Double> trainLoss, List<Double> validationLoss,
                             double seconds) {
        /** The chosen candidate as inner scores name it. */
        public String choice() {
            return CrossValidation.candidateName(inputs, head);
        }
    }

    /** Indices of the rows that were tested. */
    public int[] testedRows() {
        return java.util.stream.IntStream.range(0, foldOfRow.length).filter(i -> foldOfRow[i] >= 0).toArray();
    }

    /** The predicted labels of the given rows. */
    public int[] labelsOf(int[] rows) {
        return java.util.Arrays.stream(rows).map(r -> (int) predicted[r]).toArray();
    }
}
