package org.mire.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mire.MireException;
import org.mire.progress.ProgressMonitor;
import org.mire.task.head.FitContext;
import org.mire.task.head.HeadSpec;
import org.mire.task.head.TrainedHead;
import org.mire.task.split.Fold;

/**
 * Cross-validation of a head on a task, with hyper-parameter selection nested inside each training part: when
 * several candidate heads are given, each outer training part is split again by the protocol's
 * {@link Protocol#inner() inner} protocol, every candidate is scored on those inner folds with the objective, and
 * the best (first on ties) is refitted on the whole training part and evaluated on the outer test part. The test
 * rows of a fold are never seen by selection, standardisation or fitting.
 */
public final class CrossValidation {
    private final List<HeadSpec> candidates;
    private final Objective objective;
    private final long seed;

    /**
     * @param candidates heads to choose from inside each fold (one: no selection)
     * @param objective  what selection maximises
     * @param seed       seed for every fit (heads and early-stopping splits)
     */
    public CrossValidation(List<HeadSpec> candidates, Objective objective, long seed) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidate heads");
        }
        this.candidates = List.copyOf(candidates);
        this.objective = objective;
        this.seed = seed;
    }

    /**
     * Runs the protocol.
     *
     * @param data   the task (labels/targets, groups)
     * @param inputs the full input matrix, one row per data row (embedding and extra features)
     */
    public CvResult run(TaskData data, double[][] inputs, Protocol protocol, ProgressMonitor monitor,
                        CvListener listener) throws MireException {
        return run(data, java.util.Map.of("", inputs), protocol, monitor, listener);
    }

    /**
     * Runs the protocol choosing, inside each training part, among every (input variant, head) pair — e.g. the
     * same embedding at several dimensions. Variants are tried in the map's order.
     *
     * @param variants input matrices by name, each one row per data row
     */
    public CvResult run(TaskData data, Map<String, double[][]> variants, Protocol protocol, ProgressMonitor monitor,
                        CvListener listener) throws MireException {
        for (double[][] inputs : variants.values()) {
            if (inputs.length != data.size()) {
                throw new IllegalArgumentException(inputs.length + " input rows for " + data.size() + " data rows");
            }
        }
        for (HeadSpec spec : candidates) {
            if (!spec.kind().supports(data.kind())) {
                throw new MireException("head " + spec + " cannot be used for " + data.kind().name().toLowerCase()
                        + " (" + data.name() + ")");
            }
        }
        List<Fold> splits = protocol.splits(data);
        int n = data.size();
        int[] foldOfRow = new int[n];
        Arrays.fill(foldOfRow, -1);
        double[] predicted = new double[n];
        Arrays.fill(predicted, Double.NaN);
        double[][] probabilities = data.kind() == TaskKind.CLASSIFICATION ? new double[n][] : null;
        List<CvResult.FoldResult> folds = new ArrayList<>();
        int work = splits.size();
        List<String> variantNames = new ArrayList<>(variants.keySet());
        for (int s = 0; s < splits.size(); s++) {
            Fold split = splits.get(s);
            monitor.checkCancelled();
            monitor.progress(s, work, "fold " + (s + 1) + " of " + splits.size());
            listener.foldStarted(split.fold(), s, splits.size());
            long start = System.nanoTime();
            Map<String, Double> innerScores = new LinkedHashMap<>();
            HeadSpec chosen = candidates.get(0);
            String chosenVariant = variantNames.get(0);
            if (candidates.size() * variants.size() > 1) {
                double bestScore = Double.NEGATIVE_INFINITY;
                TaskData trainData = data.subset(split.train());
                List<Fold> innerSplits = protocol.inner().splits(trainData);
                for (String variant : variantNames) {
                    for (HeadSpec candidate : candidates) {
                        double score = innerScore(candidate, data, split.train(), variants.get(variant), innerSplits,
                                monitor);
                        innerScores.put(candidateName(variant, candidate), score);
                        if (score > bestScore) {
                            bestScore = score;
                            chosen = candidate;
                            chosenVariant = variant;
                        }
                    }
                }
                listener.headChosen(split.fold(), chosen, bestScore);
            }
            List<Double> trainLoss = new ArrayList<>();
            List<Double> validationLoss = new ArrayList<>();
            final int fold = split.fold();
            FitContext context = new FitContext(seed, monitor, (epoch, train, validation) -> {
                trainLoss.add(train);
                if (!Double.isNaN(validation)) {
                    validationLoss.add(validation);
                }
                listener.epoch(fold, epoch, train, validation);
            });
            double[] foldPredicted = fitAndPredict(chosen, data, variants.get(chosenVariant), split.train(),
                    split.test(), context, probabilities);
            for (int i = 0; i < split.test().length; i++) {
                int row = split.test()[i];
                if (foldOfRow[row] >= 0) {
                    throw new MireException(protocol.describe() + ": row " + row + " is in two test folds");
                }
                foldOfRow[row] = split.fold();
                predicted[row] = foldPredicted[i];
            }
            double testScore = objective.score(data, split.test(), foldPredicted);
            CvResult.FoldResult result = new CvResult.FoldResult(split.fold(), split.train().length,
                    split.test().length, chosenVariant, chosen, innerScores, testScore, trainLoss, validationLoss,
                    (System.nanoTime() - start) / 1e9);
            folds.add(result);
            listener.foldFinished(result);
        }
        monitor.progress(work, work, "done");
        return new CvResult(protocol.describe(), foldOfRow, predicted, probabilities, folds);
    }

    /** How a (variant, head) candidate is named in inner scores: the head alone when there is one variant. */
    static String candidateName(String variant, HeadSpec head) {
        return variant.isEmpty() ? head.toString() : variant + " | " + head;
    }

    /** A (input variant, head) candidate and its pooled score over the selection splits (NaN: not scored). */
    public record Choice(String inputs, HeadSpec head, double score) {
        /** As inner scores name it. */
        public String name() {
            return candidateName(inputs, head);
        }
    }

    /**
     * Chooses among every (input variant, head) candidate by the protocol's splits of all rows, the same way each
     * fold of {@link #run} chose inside its training part: the best pooled score, the first on ties. With a single
     * candidate nothing is fitted and it is returned directly.
     *
     * @param scores receives each candidate's score by {@link Choice#name()} (may be null)
     */
    public Choice select(TaskData data, Map<String, double[][]> variants, Protocol protocol, ProgressMonitor monitor,
                         Map<String, Double> scores) throws MireException {
        List<String> variantNames = new ArrayList<>(variants.keySet());
        if (candidates.size() * variants.size() == 1) {
            return new Choice(variantNames.getFirst(), candidates.getFirst(), Double.NaN);
        }
        int[] all = java.util.stream.IntStream.range(0, data.size()).toArray();
        List<Fold> splits = protocol.splits(data);
        Choice best = null;
        int done = 0;
        for (String variant : variantNames) {
            for (HeadSpec candidate : candidates) {
                monitor.progress(done++, (long) variantNames.size() * candidates.size(), "choosing the final head: "
                        + candidateName(variant, candidate));
                double score = innerScore(candidate, data, all, variants.get(variant), splits, monitor);
                if (scores != null) {
                    scores.put(candidateName(variant, candidate), score);
                }
                if (best == null || score > best.score()) {
                    best = new Choice(variant, candidate, score);
                }
            }
        }
        return best;
    }

    /** Fits one head on all rows (the final model a saved head holds). */
    public static TrainedHead fitAll(HeadSpec spec, TaskData data, double[][] inputs, FitContext context) {
        if (data.kind() == TaskKind.CLASSIFICATION) {
            return TrainedHead.fitClassifier(spec, inputs, data.labels(), data.classCount(), context);
        }
        return TrainedHead.fitRegressor(spec, inputs, data.targets(), context);
    }

    /** The objective of a candidate over the inner splits of one training part (indices of the full data). */
    private double innerScore(HeadSpec candidate, TaskData data, int[] trainRows, double[][] inputs,
                              List<Fold> innerSplits, ProgressMonitor monitor) {
        // Pool predictions over the inner folds, then score once: with leave-one-out, per-fold scores of a single
        // row would tie everywhere.
        int total = innerSplits.stream().mapToInt(s -> s.test().length).sum();
        int[] rows = new int[total];
        double[] predicted = new double[total];
        int at = 0;
        FitContext context = new FitContext(seed, monitor, org.mire.task.head.TrainingListener.NONE);
        for (Fold inner : innerSplits) {
            monitor.checkCancelled();
            Fold outer = inner.within(trainRows);
            double[] foldPredicted = fitAndPredict(candidate, data, inputs, outer.train(), outer.test(), context,
                    null);
            System.arraycopy(foldPredicted, 0, predicted, at, foldPredicted.length);
            System.arraycopy(outer.test(), 0, rows, at, outer.test().length);
            at += outer.test().length;
        }
        return objective.score(data, rows, predicted);
    }

    private static double[][] rows(double[][] inputs, int[] indices) {
        double[][] result = new double[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            result[i] = inputs[indices[i]];
        }
        return result;
    }

    /** Fits on {@code train} rows and predicts {@code test} rows (indices into {@code data}). */
    static double[] fitAndPredict(HeadSpec spec, TaskData data, double[][] inputs, int[] train, int[] test,
                                  FitContext context, double[][] probabilitiesOut) {
        double[][] xTrain = rows(inputs, train);
        double[][] xTest = rows(inputs, test);
        if (data.kind() == TaskKind.CLASSIFICATION) {
            int[] y = Arrays.stream(train).map(r -> data.labels()[r]).toArray();
            TrainedHead head = TrainedHead.fitClassifier(spec, xTrain, y, data.classCount(), context);
            double[][] p = head.probabilities(xTest);
            double[] labels = new double[test.length];
            for (int i = 0; i < test.length; i++) {
                labels[i] = TrainedHead.argmax(p[i]);
                if (probabilitiesOut != null) {
                    probabilitiesOut[test[i]] = p[i];
                }
            }
            return labels;
        }
        double[] y = Arrays.stream(train).mapToDouble(r -> data.targets()[r]).toArray();
        return TrainedHead.fitRegressor(spec, xTrain, y, context).predictValues(xTest);
    }
}
