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

    /** Predicts IR files with a head that needs no extra features; the first file that fails fails the job. */
    public static List<Prediction> forFiles(SavedHead head, List<Path> files, ProgressMonitor monitor)
            throws MireException {
        if (files.isEmpty()) {
            throw new MireException("no IR files to predict");
        }
        if (!head.featureNames().isEmpty()) {
            throw new MireException("this head also needs the features " + String.join(", ", head.featureNames())
                    + "; predict the rows of a CSV with those columns (mire predict --csv)");
        }
        List<Input> inputs = files.stream().map(f -> new Input(f, new double[0])).toList();
        List<Prediction> predictions = new ArrayList<>();
        for (Outcome outcome : forInputs(head, inputs, monitor)) {
            if (outcome.error() != null) {
                throw new MireException(outcome.error());
            }
            predictions.add(outcome.prediction());
        }
        return predictions;
    }

    /**
     * One input of the window's Predict list: an IR file and the head's extra features for it, in the head's order
     * ({@link SavedHead#featureNames()}; empty when it needs none, NaN where a value is not given yet).
     */
    public record Input(Path file, double[] features) {
    }

    /** An input's prediction, or (prediction null) why it has none, naming the file. */
    public record Outcome(Path file, Prediction prediction, String error) {
    }

    /**
     * Predicts each input on its own account: a file that does not exist, parse or encode, or lacks a feature value,
     * gets its error and the others are predicted. Only what concerns the head itself (no embedding, another model)
     * fails the job.
     */
    public static List<Outcome> forInputs(SavedHead head, List<Input> inputs, ProgressMonitor monitor)
            throws MireException {
        if (inputs.isEmpty()) {
            throw new MireException("no IR files to predict");
        }
        if (head.embedding() == null) {
            throw new MireException("this head uses no embedding, only extra features; nothing to predict from IR");
        }
        List<String> features = head.featureNames();
        EmbeddingMethod method = EmbeddingChoice.forHead(head);
        InputMatrix.Embedded embedded;
        try {
            head.requireEmbedding(method);
            embedded = InputMatrix.embedEach(inputs.stream().map(Input::file).toList(), method, monitor);
        } finally {
            EmbeddingChoice.release(java.util.Collections.singletonList(method));
        }
        String[] errors = new String[inputs.size()];
        List<Integer> ready = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            if (input.features().length != features.size()) {
                throw new IllegalArgumentException(input.features().length + " feature values for "
                        + features.size() + " features");
            }
            List<String> missing = new ArrayList<>();
            for (int f = 0; f < features.size(); f++) {
                if (!Double.isFinite(input.features()[f])) {
                    missing.add(features.get(f));
                }
            }
            if (embedded.failures().containsKey(input.file())) {
                errors[i] = embedded.failures().get(input.file());
            } else if (!missing.isEmpty()) {
                errors[i] = input.file() + ": this head also needs " + String.join(", ", missing);
            } else {
                ready.add(i);
            }
        }
        List<Prediction> predicted = List.of();
        if (!ready.isEmpty()) {
            double[][] rows = new double[ready.size()][];
            List<String> ids = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            for (int r = 0; r < ready.size(); r++) {
                Input input = inputs.get(ready.get(r));
                float[] vector = embedded.vectors().get(input.file());
                double[] row = new double[vector.length + input.features().length];
                for (int j = 0; j < vector.length; j++) {
                    row[j] = vector[j];
                }
                System.arraycopy(input.features(), 0, row, vector.length, input.features().length);
                rows[r] = row;
                ids.add(input.file().toString());
                files.add(input.file());
            }
            predicted = predictRows(head, ids, files, rows);
        }
        List<Outcome> outcomes = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < inputs.size(); i++) {
            outcomes.add(errors[i] != null ? new Outcome(inputs.get(i).file(), null, errors[i])
                    : new Outcome(inputs.get(i).file(), predicted.get(next++), null));
        }
        return outcomes;
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
        return predictRows(head, rows.ids(), rows.files(), inputs);
    }

    private static List<Prediction> predictRows(SavedHead head, List<String> ids, List<Path> files,
                                                double[][] inputs) throws MireException {
        TrainedHead trained = head.head();
        List<Prediction> predictions = new ArrayList<>(ids.size());
        if (head.kind() == TaskKind.CLASSIFICATION) {
            double[][] probabilities = trained.probabilities(inputs);
            for (int i = 0; i < ids.size(); i++) {
                String label = head.classes().get(TrainedHead.argmax(probabilities[i]));
                predictions.add(new Prediction(ids.get(i), files.get(i), label, Double.NaN, probabilities[i]));
            }
        } else {
            double[] values = trained.predictValues(inputs);
            for (int i = 0; i < ids.size(); i++) {
                predictions.add(new Prediction(ids.get(i), files.get(i), null, values[i], new double[0]));
            }
        }
        return predictions;
    }
}
