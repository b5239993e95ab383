package org.mire.task;

import org.mire.task.metric.ClassificationReport;
import org.mire.task.metric.RegressionReport;

/**
 * The metrics of a cross-validation run on a generic task: a classification report or a regression report over
 * the tested rows.
 */
public record TaskEvaluation(CvResult cv, ClassificationReport classification, RegressionReport regression) {

    public static TaskEvaluation of(TaskData data, CvResult cv) {
        int[] rows = cv.testedRows();
        if (data.kind() == TaskKind.CLASSIFICATION) {
            int[] actual = java.util.Arrays.stream(rows).map(r -> data.labels()[r]).toArray();
            return new TaskEvaluation(cv, ClassificationReport.of(data.classes(), actual, cv.labelsOf(rows)), null);
        }
        double[] actual = java.util.Arrays.stream(rows).mapToDouble(r -> data.targets()[r]).toArray();
        double[] predicted = java.util.Arrays.stream(rows).mapToDouble(r -> cv.predicted()[r]).toArray();
        return new TaskEvaluation(cv, null, RegressionReport.of(actual, predicted));
    }

    /** Headline metrics by name, as saved with a head. */
    public java.util.Map<String, Double> metrics() {
        java.util.Map<String, Double> metrics = new java.util.LinkedHashMap<>();
        if (classification != null) {
            metrics.put("accuracy", classification.accuracy());
            metrics.put("macroF1", classification.macroF1());
        } else {
            metrics.put("mae", regression.mae());
            metrics.put("mape", regression.mape());
            metrics.put("r2", regression.r2());
            metrics.put("spearman", regression.spearman());
        }
        return metrics;
    }
}
