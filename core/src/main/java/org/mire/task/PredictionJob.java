package org.mire.task;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.progress.ProgressMonitor;
import org.mire.task.dataset.TableDataset;
import org.mire.task.head.TrainedHead;

/**
 * The predict job, for {@code mire predict} and the workbench's Predict panel alike: a saved head applied to IR files
 * (a head on embeddings only) or to the rows of a CSV (a head that also needs extra features). The embedding the head
 * was trained on is rebuilt from its description and must match the model it was trained with.
 */
public final class PredictionJob {
    private PredictionJob() {
    }

    /**
     * One prediction.
     *
     * @param id            the row: the file as given, or the CSV's {@code file} cell
     * @param file          the IR file
     * @param label         the predicted class (classification), else null
     * @param value         the predicted value (regression), else NaN
     * @param probabilities per class, in the head's class order (classification), else empty
     */
    public record Prediction(String id, Path file, String label, double value, double[] probabilities) {
        /** The probability of the predicted class (NaN for regression). */
        public double probability() {
            if (label == null) {
                return Double.NaN;
            }
            return probabilities[TrainedHead.argmax(probabilities)];
        }
    }

    /** Predicts IR files with a head that needs no extra features. */
    public static List<Prediction> forFiles(SavedHead head, List<Path> files, ProgressMonitor monitor)
            throws MireException {
        if (files.isEmpty()) {
            throw new MireException("no IR files to predict");
        }
        if (!head.featureNames().isEmpty()) {
            throw new MireException("this head also needs the features " + String.join(", ", head.featureNames())
                    + "; predict the rows of a CSV with those columns (mire predict --csv)");
        }
        if (head.embedding() == null) {
            throw new MireException("this head uses no embedding, only extra features; nothing to predict from IR");
        }
        List<String> ids = files.stream().map(Path::toString).toList();
        TaskData rows = new TaskData("predict", TaskKind.REGRESSION, ids, files, ids, List.of(),
                new double[files.size()][0], List.of(), null, new double[files.size()]);
        return predict(head, rows, monitor);
    }

    /** Predicts the rows of a CSV: a {@code file} column and the head's feature columns (labels are ignored). */
    public static List<Prediction> forCsv(SavedHead head, Path csv, ProgressMonitor monitor) throws MireException {
        TaskData rows = TableDataset.loadInputs(csv);
        if (!rows.featureNames().equals(head.featureNames())) {
            throw new MireException(csv + ": feature columns " + rows.featureNames() + " differ from the head's "
                    + head.featureNames());
        }
        return predict(head, rows, monitor);
    }

    private static List<Prediction> predict(SavedHead head, TaskData rows, ProgressMonitor monitor)
            throws MireException {
        EmbeddingMethod method = EmbeddingChoice.forHead(head);
        double[][] inputs;
        try {
            head.requireEmbedding(method);
            inputs = InputMatrix.build(rows, method, monitor);
        } finally {
            EmbeddingChoice.release(java.util.Collections.singletonList(method));
        }
        TrainedHead trained = head.head();
        List<Prediction> predictions = new ArrayList<>(rows.size());
        if (head.kind() == TaskKind.CLASSIFICATION) {
            double[][] probabilities = trained.probabilities(inputs);
            for (int i = 0; i < rows.size(); i++) {
                String label = head.classes().get(TrainedHead.argmax(probabilities[i]));
                predictions.add(new Prediction(rows.ids().get(i), rows.files().get(i), label, Double.NaN,
                        probabilities[i]));
            }
        } else {
            double[] values = trained.predictValues(inputs);
            for (int i = 0; i < rows.size(); i++) {
                predictions.add(new Prediction(rows.ids().get(i), rows.files().get(i), null, values[i],
                        new double[0]));
            }
        }
        return predictions;
    }
}
