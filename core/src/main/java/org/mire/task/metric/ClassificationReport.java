package org.mire.task.metric;

import java.util.List;

/**
 * Accuracy, per-class precision/recall/F1 and the confusion matrix of a set of predictions.
 *
 * @param classes   class names in label order
 * @param confusion {@code confusion[actual][predicted]} counts
 * @param accuracy  fraction of correct predictions
 * @param precision per class; 0 where the class was never predicted
 * @param recall    per class; 0 where the class never occurs
 * @param f1        per class harmonic mean of precision and recall; 0 where both are 0
 * @param macroF1   mean of {@code f1} over the classes that occur or are predicted
 */
public record ClassificationReport(List<String> classes, int[][] confusion, double accuracy, double[] precision,
                                   double[] recall, double[] f1, double macroF1) {

    public static ClassificationReport of(List<String> classes, int[] actual, int[] predicted) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException(actual.length + " labels but " + predicted.length + " predictions");
        }
        int k = classes.size();
        int[][] confusion = new int[k][k];
        int correct = 0;
        for (int i = 0; i < actual.length; i++) {
            confusion[actual[i]][predicted[i]]++;
            if (actual[i] == predicted[i]) {
                correct++;
            }
        }
        double[] precision = new double[k];
        double[] recall = new double[k];
        double[] f1 = new double[k];
        double f1Sum = 0;
        int present = 0;
        for (int c = 0; c < k; c++) {
            int tp = confusion[c][c];
            int predictedC = 0;
            int actualC = 0;
            for (int o = 0; o < k; o++) {
                predictedC += confusion[o][c];
                actualC += confusion[c][o];
            }
            precision[c] = predictedC == 0 ? 0 : (double) tp / predictedC;
            recall[c] = actualC == 0 ? 0 : (double) tp / actualC;
            f1[c] = precision[c] + recall[c] == 0 ? 0 : 2 * precision[c] * recall[c] / (precision[c] + recall[c]);
            if (predictedC > 0 || actualC > 0) {
                f1Sum += f1[c];
                present++;
            }
        }
        double accuracy = actual.length == 0 ? Double.NaN : (double) correct / actual.length;
        return new ClassificationReport(List.copyOf(classes), confusion, accuracy, precision, recall, f1,
                present == 0 ? Double.NaN : f1Sum / present);
    }
}
