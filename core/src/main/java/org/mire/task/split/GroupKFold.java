package org.mire.task.split;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.mire.MireException;

/**
 * k-fold cross-validation in which all rows of a group (a kernel) fall into the same fold, so no kernel is in both
 * training and test. Groups are taken largest first (ties in a seeded random order) and each goes to the fold with
 * the fewest rows so far — scikit-learn's {@code GroupKFold} balancing, made deterministic under a seed.
 */
public final class GroupKFold {
    private final int folds;
    private final long seed;

    public GroupKFold(int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("need at least 2 folds: " + folds);
        }
        this.folds = folds;
        this.seed = seed;
    }

    /** The test fold of each row, given each row's group index. */
    public int[] assign(int[] groups) throws MireException {
        int groupCount = java.util.Arrays.stream(groups).max().orElse(-1) + 1;
        int[] size = new int[groupCount];
        for (int g : groups) {
            size[g]++;
        }
        List<Integer> distinct = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            if (size[g] > 0) {
                distinct.add(g);
            }
        }
        if (distinct.size() < folds) {
            throw new MireException(distinct.size() + " groups cannot be split into " + folds + " folds");
        }
        java.util.Collections.shuffle(distinct, new Random(seed));
        distinct.sort(Comparator.comparingInt((Integer g) -> size[g]).reversed());
        int[] foldOfGroup = new int[groupCount];
        int[] foldSize = new int[folds];
        for (int g : distinct) {
            int lightest = 0;
            for (int f = 1; f < folds; f++) {
                if (foldSize[f] < foldSize[lightest]) {
                    lightest = f;
                }
            }
            foldOfGroup[g] = lightest;
            foldSize[lightest] += size[g];
        }
        int[] testFold = new int[groups.length];
        for (int i = 0; i < groups.length; i++) {
            testFold[i] = foldOfGroup[groups[i]];
        }
        return testFold;
    }

    public List<Fold> splits(int[] groups) throws MireException {
        return Fold.fromAssignment(assign(groups));
    }
}
