package org.mire.task;

import java.util.List;
import java.util.Locale;
import org.mire.MireException;
import org.mire.task.split.Fold;
import org.mire.task.split.GroupKFold;
import org.mire.task.split.LeaveOneGroupOut;
import org.mire.task.split.StratifiedKFold;
import org.mire.task.split.TrainTestSplit;

/**
 * How rows are split into training and test parts. {@link #inner()} is the protocol used inside a training part
 * to choose hyper-parameters (nested cross-validation): the same kind, with fewer folds.
 */
public sealed interface Protocol {

    List<Fold> splits(TaskData data) throws MireException;

    /** The protocol for hyper-parameter selection inside one training part. */
    Protocol inner();

    /** Short description for reports, e.g. {@code stratified 10-fold (seed 204)}. */
    String describe();

    /** Stratified k-fold on the label (scikit-learn's algorithm and numpy's generator: same seed, same folds). */
    record Stratified(int folds, long seed) implements Protocol {
        @Override
        public List<Fold> splits(TaskData data) throws MireException {
            int[] labels = data.labels() != null ? data.labels() : quantileBins(data.targets(), folds);
            return new StratifiedKFold(folds, seed).splits(labels);
        }

        @Override
        public Protocol inner() {
            return new Stratified(Math.min(folds, 5), seed + 1);
        }

        @Override
        public String describe() {
            return "stratified " + folds + "-fold (seed " + seed + ")";
        }
    }

    /** k folds of whole groups (DevMap kernels, MLIR problems, a CSV's group column): no group in training and test. */
    record Grouped(int folds, long seed) implements Protocol {
        @Override
        public List<Fold> splits(TaskData data) throws MireException {
            return new GroupKFold(folds, seed).splits(data.groupIndices());
        }

        @Override
        public Protocol inner() {
            return new Grouped(Math.min(folds, 5), seed + 1);
        }

        @Override
        public String describe() {
            return "grouped " + folds + "-fold, whole groups per fold (seed " + seed + ")";
        }
    }

    /** One fold per group; leave-one-out when each row is its own group. */
    record LeaveOneGroupOutProtocol() implements Protocol {
        @Override
        public List<Fold> splits(TaskData data) throws MireException {
            return LeaveOneGroupOut.splits(data.groupIndices());
        }

        @Override
        public Protocol inner() {
            return this;
        }

        @Override
        public String describe() {
            return "leave-one-kernel-out";
        }
    }

    /** A single random split, stratified for classification. */
    record TrainTest(double testFraction, long seed) implements Protocol {
        @Override
        public List<Fold> splits(TaskData data) throws MireException {
            return List.of(TrainTestSplit.split(data.labels(), data.size(), testFraction, seed));
        }

        @Override
        public Protocol inner() {
            return new Stratified(5, seed + 1);
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "train/test split (%.0f%% test, seed %d)", testFraction * 100, seed);
        }
    }

    /** A fixed fold assignment, e.g. DevMap's recorded scikit-learn folds. */
    record Recorded(int[] foldOfRow, String description, Protocol innerProtocol) implements Protocol {
        @Override
        public List<Fold> splits(TaskData data) throws MireException {
            if (foldOfRow.length != data.size()) {
                throw new MireException("recorded folds cover " + foldOfRow.length + " rows, the data has "
                        + data.size());
            }
            return Fold.fromAssignment(foldOfRow);
        }

        @Override
        public Protocol inner() {
            return innerProtocol;
        }

        @Override
        public String describe() {
            return description;
        }
    }

    /** Parses {@code stratified[:k]}, {@code grouped[:k]}, {@code loo}, {@code split[:fraction]}. */
    static Protocol parse(String text, long seed) throws MireException {
        String[] parts = text.toLowerCase(Locale.ROOT).split(":", 2);
        try {
            return switch (parts[0]) {
                case "stratified" -> new Stratified(parts.length > 1 ? Integer.parseInt(parts[1]) : 10, seed);
                case "grouped" -> new Grouped(parts.length > 1 ? Integer.parseInt(parts[1]) : 10, seed);
                case "loo", "leave-one-out", "logo" -> new LeaveOneGroupOutProtocol();
                case "split", "train-test" -> new TrainTest(parts.length > 1 ? Double.parseDouble(parts[1]) : 0.2, seed);
                default -> throw new MireException("unknown protocol '" + text
                        + "'; use stratified[:k], grouped[:k], loo or split[:fraction]");
            };
        } catch (NumberFormatException e) {
            throw new MireException("protocol '" + text + "': bad number after ':'");
        }
    }

    /** Regression targets binned into quantiles so that stratification balances the target range. */
    private static int[] quantileBins(double[] targets, int bins) {
        Integer[] order = new Integer[targets.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(targets[a], targets[b]));
        int[] labels = new int[targets.length];
        int binCount = Math.max(1, Math.min(bins, targets.length / bins));
        for (int rank = 0; rank < order.length; rank++) {
            labels[order[rank]] = (int) ((long) rank * binCount / order.length);
        }
        return labels;
    }
}
