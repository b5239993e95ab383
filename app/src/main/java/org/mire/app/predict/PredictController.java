package org.mire.app.predict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mire.MireException;
import org.mire.app.background.TaskExecutor;
import org.mire.task.PredictionJob;
import org.mire.task.SavedHead;

/**
 * Loads a saved head and applies it to IR files in the background through the predict job ({@link PredictionJob},
 * the one {@code mire predict} runs). Heads that also need extra features predict from a CSV ({@code mire predict}).
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

    /** Loads the head in the given folder in the background (a forest or a network can be megabytes). */
    public void loadHead(Path folder) {
        executor.submit("Load head " + folder.getFileName(), monitor -> SavedHead.load(folder), head -> {
            model.headFolder.set(folder);
            model.head.set(head);
            model.headDescription.set(describe(head));
            model.predictions.clear();
            model.status.set("Loaded " + folder.getFileName() + ".");
        }, error -> model.status.set(error instanceof MireException ? error.getMessage()
                : "Cannot load the head: " + error));
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
        executor.submit("Predict " + files.size() + " file(s)",
                monitor -> rows(head, PredictionJob.forFiles(head, files, monitor)), (fraction, message) -> {
                    if (message != null && model.running.get()) {
                        model.status.set(message);
                    }
                }, predictions -> {
                    model.running.set(false);
                    model.predictions.setAll(predictions);
                    model.status.set("Predicted " + predictions.size() + " file(s).");
                }, error -> {
                    model.running.set(false);
                    model.status.set(error instanceof MireException ? error.getMessage()
                            : "Prediction failed: " + error);
                });
    }

    /** The predict job's rows as the table shows them. */
    static List<PredictModel.Prediction> rows(SavedHead head, List<PredictionJob.Prediction> predictions) {
        List<PredictModel.Prediction> rows = new ArrayList<>();
        for (PredictionJob.Prediction prediction : predictions) {
            if (prediction.label() == null) {
                rows.add(new PredictModel.Prediction(prediction.id(), String.format(Locale.ROOT, "%.6g",
                        prediction.value()), Double.NaN, ""));
                continue;
            }
            StringBuilder all = new StringBuilder();
            for (int c = 0; c < head.classes().size(); c++) {
                all.append(c == 0 ? "" : ", ").append(head.classes().get(c)).append(' ')
                        .append(String.format(Locale.ROOT, "%.2f", prediction.probabilities()[c]));
            }
            rows.add(new PredictModel.Prediction(prediction.id(), prediction.label(), prediction.probability(),
                    all.toString()));
        }
        return rows;
    }
}
