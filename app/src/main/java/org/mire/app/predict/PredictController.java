package org.mire.app.predict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mire.MireException;
import org.mire.app.task.TaskExecutor;
import org.mire.embed.EmbeddingMethod;
import org.mire.progress.ProgressMonitor;
import org.mire.task.EmbeddingChoice;
import org.mire.task.InputMatrix;
import org.mire.task.SavedHead;
import org.mire.task.TaskData;
import org.mire.task.TaskKind;
import org.mire.task.head.TrainedHead;

/**
 * Loads a saved head and applies it to IR files in the background. The head must have been trained on the same
 * embedding model that is used now, and on no extra features (those come from a CSV; use {@code mire predict}).
 */
public final class PredictController {
    private final PredictModel model;
    private final TaskExecutor executor;

    public PredictController(PredictModel model, TaskExecutor executor) {
        this.model = model;
        this.executor = executor;
    }

    public PredictModel model() {
        return model;
    }

    /** Loads the head in the given folder (synchronously: it is small). */
    public void loadHead(Path folder) {
        try {
            SavedHead head = SavedHead.load(folder);
            model.headFolder.set(folder);
            model.head.set(head);
            model.headDescription.set(describe(head));
            model.predictions.clear();
            model.status.set("Loaded " + folder.getFileName() + ".");
        } catch (MireException e) {
            model.status.set(e.getMessage());
        }
    }

    static String describe(SavedHead head) {
        String embedding = head.embedding() == null ? "no embedding" : head.embedding().method() + " (model "
                + head.embedding().modelHash().substring(0, Math.min(12, head.embedding().modelHash().length())) + ")";
        StringBuilder metrics = new StringBuilder();
        head.metrics().forEach((k, v) -> metrics.append(metrics.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.3f", k, v)));
        return head.task() + " · " + head.kind().name().toLowerCase(Locale.ROOT) + " · " + head.spec() + " on "
                + embedding + (head.classes().isEmpty() ? "" : " · classes " + String.join(", ", head.classes()))
                + (metrics.isEmpty() ? "" : " · " + metrics);
    }

    /** Predicts every file in the model's list with the loaded head. */
    public void predict() {
        SavedHead head = model.head.get();
        if (head == null) {
            model.status.set("Load a head first.");
            return;
        }
        if (model.files.isEmpty()) {
            model.status.set("No IR files to predict: open some or add them.");
            return;
        }
        if (model.running.get()) {
            return;
        }
        List<Path> files = List.copyOf(model.files);
        model.running.set(true);
        model.predictions.clear();
        model.status.set("Predicting " + files.size() + " file(s)…");
        executor.submit("Predict " + files.size() + " file(s)", monitor -> predictions(head, files, monitor),
                predictions -> {
                    model.running.set(false);
                    model.predictions.setAll(predictions);
                    model.status.set("Predicted " + predictions.size() + " file(s).");
                }, error -> {
                    model.running.set(false);
                    model.status.set(error instanceof MireException ? error.getMessage()
                            : "Prediction failed: " + error);
                });
    }

    /** The head's predictions for the files (no JavaFX): checks the embedding model first. */
    static List<PredictModel.Prediction> predictions(SavedHead head, List<Path> files, ProgressMonitor monitor)
            throws MireException {
        EmbeddingMethod method = EmbeddingChoice.forHead(head);
        head.requireEmbedding(method);
        if (!head.featureNames().isEmpty()) {
            throw new MireException("this head also needs the features " + String.join(", ", head.featureNames())
                    + "; predict it from a CSV with `mire predict --csv`");
        }
        if (method == null) {
            throw new MireException("this head uses no embedding, only extra features; nothing to predict from IR");
        }
        List<String> ids = files.stream().map(p -> p.getFileName().toString()).toList();
        TaskData data = new TaskData("predict", TaskKind.REGRESSION, ids, files, ids, List.of(),
                new double[files.size()][0], List.of(), null, new double[files.size()]);
        double[][] inputs;
        try {
            inputs = InputMatrix.build(data, method, monitor);
        } finally {
            EmbeddingChoice.release(List.of(method));
        }
        TrainedHead trained = head.head();
        List<PredictModel.Prediction> result = new ArrayList<>();
        if (head.kind() == TaskKind.CLASSIFICATION) {
            double[][] probabilities = trained.probabilities(inputs);
            for (int i = 0; i < files.size(); i++) {
                int best = TrainedHead.argmax(probabilities[i]);
                StringBuilder all = new StringBuilder();
                for (int c = 0; c < head.classes().size(); c++) {
                    all.append(c == 0 ? "" : ", ").append(head.classes().get(c)).append(' ')
                            .append(String.format(Locale.ROOT, "%.2f", probabilities[i][c]));
                }
                result.add(new PredictModel.Prediction(ids.get(i), head.classes().get(best), probabilities[i][best],
                        all.toString()));
            }
        } else {
            double[] values = trained.predictValues(inputs);
            for (int i = 0; i < files.size(); i++) {
                result.add(new PredictModel.Prediction(ids.get(i), String.format(Locale.ROOT, "%.6g", values[i]),
                        Double.NaN, ""));
            }
        }
        return result;
    }
}
