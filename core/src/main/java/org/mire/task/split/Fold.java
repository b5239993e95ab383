package org.mire.task.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One train/test partition of the rows of a data set.
 *
 * @param fold  index of the fold (the test part's number)
 * @param train row indices to fit on, ascending
 * @param test  row indices to evaluate on, ascending
 */
public record Fold(int fold, int[] train, int[] test) {

    public Fold {
        train = train.clone();
        test = test.clone();
        Arrays.sort(train);
        Arrays.sort(test);
    }

    /** The splits of a fold assignment: fold k tests the rows whose fold is k and trains on the rest. */
    public static List<Fold> fromAssignment(int[] foldOfRow) {
        int folds = Arrays.stream(foldOfRow).max().orElse(-1) + 1;
        List<Fold> splits = new ArrayList<>(folds);
        for (int k = 0; k < folds; k++) {
            final int fold = k;
            int[] test = java.util.stream.IntStream.range(0, foldOfRow.length).filter(i -> foldOfRow[i] == fold)
                    .toArray();
            if (test.length == 0) {
                continue;
            }
            int[] train = java.util.stream.IntStream.range(0, foldOfRow.length).filter(i -> foldOfRow[i] != fold)
                    .toArray();
            splits.add(new Fold(fold, train, test));
        }
        return splits;
    }

    /** Maps indices of a subset back to the indices of the full set ({@code rows[i]} is subset row i). */
    public Fold within(int[] rows) {
        return new Fold(fold, Arrays.stream(train).map(i -> rows[i]).toArray(),
                Arrays.stream(test).map(i -> rows[i]).toArray());
    }
}
