package org.mire.task.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mire.MireException;

/**
 * One random train/test split, stratified by label when labels are given (each class contributes
 * round(fraction × its size) test rows, at least one when it has two or more rows). Deterministic under a seed.
 */
public final class TrainTestSplit {
    private TrainTestSplit() {
    }

    /**
     * @param labels       the label of each row, or null for an unstratified split of {@code rows} rows
     * @param rows         the number of rows
     * @param testFraction fraction of rows to hold out, in (0, 1)
     */
    public static Fold split(int[] labels, int rows, double testFraction, long seed) throws MireException {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new MireException("test fraction must be between 0 and 1: " + testFraction);
        }
        if (rows < 2) {
            throw new MireException("need at least 2 rows for a train/test split");
        }
        Random random = new Random(seed);
        boolean[] isTest = new boolean[rows];
        if (labels == null) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, random);
            int testCount = Math.max(1, Math.min(rows - 1, (int) Math.round(testFraction * rows)));
            for (int i = 0; i < testCount; i++) {
                isTest[order.get(i)] = true;
            }
        } else {
            int classes = java.util.Arrays.stream(labels).max().orElse(-1) + 1;
            for (int c = 0; c < classes; c++) {
                List<Integer> members = new ArrayList<>();
                for (int i = 0; i < rows; i++) {
                    if (labels[i] == c) {
                        members.add(i);
                    }
                }
                java.util.Collections.shuffle(members, random);
                int testCount = (int) Math.round(testFraction * members.size());
                if (members.size() >= 2) {
                    testCount = Math.max(1, Math.min(members.size() - 1, testCount));
                } else {
                    testCount = 0;
                }
                for (int i = 0; i < testCount; i++) {
                    isTest[members.get(i)] = true;
                }
            }
        }
        int[] test = java.util.stream.IntStream.range(0, rows).filter(i -> isTest[i]).toArray();
        int[] train = java.util.stream.IntStream.range(0, rows).filter(i -> !isTest[i]).toArray();
        if (test.length == 0) {
            throw new MireException("the test part would be empty; use a larger test fraction");
        }
        return new Fold(0, train, test);
    }
}
