package org.mire.task.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mire.MireException;

/**
 * Stratified k-fold cross-validation, the same algorithm as scikit-learn's
 * {@code StratifiedKFold(n_splits=k, shuffle=True, random_state=seed)} (1.x): classes are numbered by first
 * appearance, the sorted label sequence is dealt round-robin into folds to fix how many rows of each class each fold
 * gets, and each class's fold numbers are shuffled with numpy's generator. Same labels and seed, same folds.
 */
public final class StratifiedKFold {
    private final int folds;
    private final long seed;

    public StratifiedKFold(int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("need at least 2 folds: " + folds);
        }
        this.folds = folds;
        this.seed = seed;
    }

    /** The test fold of each row. */
    public int[] assign(int[] labels) throws MireException {
        int n = labels.length;
        // Classes in order of first appearance, as sklearn's np.unique(y_idx) trick gives.
        List<Integer> order = new ArrayList<>();
        int[] encoded = new int[n];
        for (int i = 0; i < n; i++) {
            int at = order.indexOf(labels[i]);
            if (at < 0) {
                order.add(labels[i]);
                at = order.size() - 1;
            }
            encoded[i] = at;
        }
        int classes = order.size();
        int[] counts = new int[classes];
        for (int label : encoded) {
            counts[label]++;
        }
        int smallest = Arrays.stream(counts).min().orElse(0);
        if (n < folds) {
            throw new MireException(n + " rows cannot be split into " + folds + " folds");
        }
        if (Arrays.stream(counts).max().orElse(0) < folds) {
            throw new MireException("no class has " + folds + " rows; use fewer folds");
        }
        // A class with fewer rows than folds is allowed (sklearn warns); some folds then lack it.
        int[] sorted = encoded.clone();
        Arrays.sort(sorted);
        int[][] allocation = new int[folds][classes];
        for (int i = 0; i < n; i++) {
            allocation[i % folds][sorted[i]]++;
        }
        NumpyRandom random = new NumpyRandom(seed);
        int[] testFold = new int[n];
        for (int k = 0; k < classes; k++) {
            int[] foldsForClass = new int[counts[k]];
            int at = 0;
            for (int f = 0; f < folds; f++) {
                for (int c = 0; c < allocation[f][k]; c++) {
                    foldsForClass[at++] = f;
                }
            }
            random.shuffle(foldsForClass);
            at = 0;
            for (int i = 0; i < n; i++) {
                if (encoded[i] == k) {
                    testFold[i] = foldsForClass[at++];
                }
            }
        }
        assert smallest >= 0;
        return testFold;
    }

    public List<Fold> splits(int[] labels) throws MireException {
        return Fold.fromAssignment(assign(labels));
    }
}
