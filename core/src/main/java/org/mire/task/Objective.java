package org.mire.task;

/**
 * What hyper-parameter selection maximises on the inner test rows: accuracy by default, or a task's own score
 * (mean speedup for thread coarsening), or minus the mean absolute error for regression.
 */
@FunctionalInterface
public interface Objective {

    /**
     * @param rows      row indices into the full data set
     * @param predicted per row: the predicted label (classification) as a double, or the predicted value
     */
    double score(TaskData data, int[] rows, double[] predicted);

    /** Short name for reports. */
    default String name() {
        return "score";
    }

    Objective ACCURACY = new Objective() {
        @Override
        public double score(TaskData data, int[] rows, double[] predicted) {
            int correct = 0;
            for (int i = 0; i < rows.length; i++) {
                correct += data.labels()[rows[i]] == (int) predicted[i] ? 1 : 0;
            }
            return rows.length == 0 ? 0 : (double) correct / rows.length;
        }

        @Override
        public String name() {
            return "accuracy";
        }
    };

    Objective NEGATIVE_MAE = new Objective() {
        @Override
        public double score(TaskData data, int[] rows, double[] predicted) {
            double sum = 0;
            for (int i = 0; i < rows.length; i++) {
                sum += Math.abs(data.targets()[rows[i]] - predicted[i]);
            }
            return rows.length == 0 ? 0 : -sum / rows.length;
        }

        @Override
        public String name() {
            return "-MAE";
        }
    };

    static Objective defaultFor(TaskKind kind) {
        return kind == TaskKind.CLASSIFICATION ? ACCURACY : NEGATIVE_MAE;
    }
}
