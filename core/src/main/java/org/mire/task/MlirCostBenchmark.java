package org.mire.task;

import java.util.List;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.progress.ProgressMonitor;
import org.mire.task.head.HeadSpec;
import org.mire.task.metric.RegressionReport;

/**
 * Regression heads on the MLIR cost data set: k-fold (stratified by target quantile) or grouped by problem
 * (kernel and sizes), nested selection by mean absolute error, metrics on the target's own scale.
 */
public final class MlirCostBenchmark {

    /**
     * @param log  whether heads were trained on log1p(target); metrics are reported after expm1
     */
    public record Report(String task, String embedding, String protocol, boolean log, List<HeadSpec> heads,
                         RegressionReport regression, CvResult cv) {
    }

    private MlirCostBenchmark() {
    }

    public static Report run(TaskData data, List<EmbeddingMethod> methods, boolean log, List<HeadSpec> heads,
                             Protocol protocol, long seed, ProgressMonitor monitor, CvListener listener)
            throws MireException {
        java.util.Map<String, double[][]> variants = new java.util.LinkedHashMap<>();
        for (EmbeddingMethod method : methods) {
            variants.put(methods.size() == 1 ? "" : EmbeddingChoice.nameOf(method),
                    InputMatrix.build(data, method, monitor));
        }
        EmbeddingChoice.release(methods);
        CvResult cv = new CrossValidation(heads, Objective.NEGATIVE_MAE, seed).run(data, variants, protocol, monitor,
                listener);
        int[] rows = cv.testedRows();
        double[] actual = new double[rows.length];
        double[] predicted = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            actual[i] = log ? Math.expm1(data.targets()[rows[i]]) : data.targets()[rows[i]];
            predicted[i] = log ? Math.expm1(cv.predicted()[rows[i]]) : cv.predicted()[rows[i]];
        }
        String embedding = String.join(" | ", methods.stream()
                .map(m -> m == null ? "none" : EmbeddingChoice.nameOf(m)).toList());
        return new Report(data.name(), embedding, protocol.describe(), log, heads,
                RegressionReport.of(actual, predicted), cv);
    }
}
