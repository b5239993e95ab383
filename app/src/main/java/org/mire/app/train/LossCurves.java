package org.mire.app.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mire.workspace.TrainingRun;

/**
 * What the loss chart draws from a run's curves (one train and one validation series per fold): by default the mean
 * over the folds per epoch, two lines whatever the number of folds (ten folds gave twenty lines with repeating
 * colours and a legend larger than the plot); or one fold's two lines. Folds that stopped early leave the mean of the
 * later epochs to the folds that went on.
 */
final class LossCurves {
    /** The chart's default: the mean over the folds. */
    static final int MEAN = -1;

    private LossCurves() {
    }

    /** The folds that have curves, in order. */
    static List<Integer> folds(List<TrainingRun.CurvePoint> points) {
        TreeSet<Integer> folds = new TreeSet<>();
        for (TrainingRun.CurvePoint point : points) {
            int fold = foldOf(point.series());
            if (fold >= 0) {
                folds.add(fold);
            }
        }
        return new ArrayList<>(folds);
    }

    /**
     * The series to draw: for {@link #MEAN}, "train, mean of N folds" and "validation, mean of N folds"; for a fold,
     * its "train" and "validation" (only the series that have points).
     */
    static Map<String, List<double[]>> series(List<TrainingRun.CurvePoint> points, int fold) {
        Map<String, TreeMap<Integer, double[]>> sums = new LinkedHashMap<>(); // kind → epoch → (sum, count)
        TreeSet<Integer> folds = new TreeSet<>();
        for (TrainingRun.CurvePoint point : points) {
            int pointFold = foldOf(point.series());
            if (!Double.isFinite(point.value()) || (fold != MEAN && pointFold != fold)) {
                continue;
            }
            folds.add(pointFold);
            String kind = point.series().endsWith("validation") ? "validation" : "train";
            double[] sum = sums.computeIfAbsent(kind, k -> new TreeMap<>()).computeIfAbsent(point.epoch(),
                    e -> new double[2]);
            sum[0] += point.value();
            sum[1]++;
        }
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        for (String kind : List.of("train", "validation")) {
            TreeMap<Integer, double[]> byEpoch = sums.get(kind);
            if (byEpoch == null) {
                continue;
            }
            List<double[]> line = new ArrayList<>();
            byEpoch.forEach((epoch, sum) -> line.add(new double[] {epoch, sum[0] / sum[1]}));
            String name = fold == MEAN ? kind + ", mean of " + folds.size() + " fold" + (folds.size() == 1 ? "" : "s")
                    : "fold " + fold + " " + kind;
            series.put(name, line);
        }
        return series;
    }

    /** The fold of a series named "fold N train|validation", or -1. */
    static int foldOf(String series) {
        if (!series.startsWith("fold ")) {
            return -1;
        }
        int space = series.indexOf(' ', 5);
        try {
            return Integer.parseInt(space < 0 ? series.substring(5) : series.substring(5, space));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
