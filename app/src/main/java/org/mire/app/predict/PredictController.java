package org.mire.app.predict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mire.MireException;
import org.mire.app.background.TaskExecutor;
import org.mire.progress.TimeLeft;
import org.mire.task.PredictionJob;
import org.mire.task.SavedHead;
import org.mire.task.TaskData;
import org.mire.task.dataset.TableDataset;
import org.mire.workspace.PredictState;

/**
 * Loads a saved head and applies it to the inputs in the background through the predict job ({@link PredictionJob},
 * the one {@code mire predict} runs): each input on its own account, so a file that does not parse gets its error
 * and the others their predictions. A head that needs extra features (DevMap's {@code transfer} and {@code wgsize})
 * takes them per input, typed into the table or read from a CSV.
 */
public final class PredictController {
    private final PredictModel model;
    private final TaskExecutor executor;
    private final TimeLeft timeLeft = new TimeLeft();

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
            useFeatures(head.featureNames());
            model.predictions.clear();
            model.status.set("Loaded " + folder.getFileName() + (head.featureNames().isEmpty() ? "."
                    : "; it also needs " + String.join(", ", head.featureNames())
                    + " per file: type them into the table or read them from a CSV."));
        }, error -> model.status.set(error instanceof MireException ? error.getMessage()
                : "Cannot load the head: " + error));
    }

    /** Inputs keep the values of features the new head also has, by name; the others are not given yet. */
    private void useFeatures(List<String> names) {
        List<String> old = List.copyOf(model.featureNames);
        model.featureNames.setAll(names);
        model.inputs.replaceAll(input -> new PredictModel.Input(input.file(), remap(input.features(), old, names)));
    }

    private static double[] remap(double[] values, List<String> from, List<String> to) {
        double[] mapped = new double[to.size()];
        Arrays.fill(mapped, Double.NaN);
        for (int f = 0; f < to.size(); f++) {
            int at = from.indexOf(to.get(f));
            if (at >= 0 && at < values.length) {
                mapped[f] = values[at];
            }
        }
        return mapped;
    }

    static String describe(SavedHead head) {
        String embedding = head.embedding() == null ? "no embedding" : head.embedding().method() + " (model "
                + head.embedding().modelHash().substring(0, Math.min(12, head.embedding().modelHash().length())) + ")";
        StringBuilder metrics = new StringBuilder();
        head.metrics().forEach((k, v) -> metrics.append(metrics.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.3f", k, v)));
        return head.task() + " · " + head.kind().name().toLowerCase(Locale.ROOT) + " · " + head.spec() + " on "
                + embedding + (head.featureNames().isEmpty() ? "" : " + " + String.join(", ", head.featureNames()))
                + (head.classes().isEmpty() ? "" : " · classes " + String.join(", ", head.classes()))
                + (metrics.isEmpty() ? "" : " · " + metrics);
    }

    /** Adds files not in the list yet (their features not given yet). */
    public void addFiles(Collection<Path> files) {
        Set<Path> known = new HashSet<>();
        model.inputs.forEach(input -> known.add(input.file()));
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            if (known.add(absolute)) {
                double[] features = new double[model.featureNames.size()];
                Arrays.fill(features, Double.NaN);
                model.inputs.add(new PredictModel.Input(absolute, features));
            }
        }
    }

    /** Removes these inputs (and their predictions). */
    public void remove(Collection<PredictModel.Input> inputs) {
        Set<Path> gone = new HashSet<>();
        inputs.forEach(input -> gone.add(input.file()));
        model.inputs.removeIf(input -> gone.contains(input.file()));
        model.predictions.removeIf(row -> gone.contains(row.file()));
    }

    public void clear() {
        model.inputs.clear();
        model.predictions.clear();
    }

    /** Sets one feature of one input (the table's edit). */
    public void setFeature(int input, int feature, double value) {
        model.inputs.set(input, model.inputs.get(input).with(feature, value));
    }

    /**
     * Adds the rows of a CSV with a {@code file} column and the head's feature columns (as {@code mire predict --csv}
     * reads it); a file already listed gets the CSV's values.
     */
    public void addFromCsv(Path csv) {
        List<String> names = List.copyOf(model.featureNames);
        executor.submit("Read " + csv.getFileName(), monitor -> {
            TaskData rows = TableDataset.loadInputs(csv);
            List<String> missing = names.stream().filter(n -> !rows.featureNames().contains(n)).toList();
            if (!missing.isEmpty()) {
                throw new MireException(csv + ": no column " + String.join(", ", missing) + " (the head needs "
                        + String.join(", ", names) + "; the CSV has " + String.join(", ", rows.featureNames()) + ")");
            }
            List<PredictModel.Input> read = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                read.add(new PredictModel.Input(rows.files().get(i).toAbsolutePath().normalize(),
                        remap(rows.features()[i], rows.featureNames(), names)));
            }
            return read;
        }, read -> {
            for (PredictModel.Input input : read) {
                int at = indexOf(input.file());
                if (at >= 0) {
                    model.inputs.set(at, input);
                } else {
                    model.inputs.add(input);
                }
            }
            model.status.set("Read " + read.size() + " row(s) from " + csv.getFileName() + ".");
        }, error -> model.status.set(error instanceof MireException ? error.getMessage()
                : "Cannot read " + csv + ": " + error));
    }

    private int indexOf(Path file) {
        for (int i = 0; i < model.inputs.size(); i++) {
            if (model.inputs.get(i).file().equals(file)) {
                return i;
            }
        }
        return -1;
    }

    /** Predicts every input with the loaded head; inputs that fail get their error, the others a prediction. */
    public void predict() {
        SavedHead head = model.head.get();
        if (head == null) {
            model.status.set("Load a head first.");
            return;
        }
        if (model.inputs.isEmpty()) {
            model.status.set("No IR files to predict: open some or add them.");
            return;
        }
        if (model.running.get()) {
            return;
        }
        List<PredictionJob.Input> inputs = model.inputs.stream()
                .map(input -> new PredictionJob.Input(input.file(), input.features())).toList();
        model.running.set(true);
        model.predictions.clear();
        model.status.set("Predicting " + inputs.size() + " file(s)…");
        timeLeft.restart();
        executor.submit("Predict " + inputs.size() + " file(s)",
                monitor -> rows(head, PredictionJob.forInputs(head, inputs, monitor)), (fraction, message) -> {
                    if (message != null && model.running.get()) {
                        String left = timeLeft.describe(fraction);
                        model.status.set(left.isEmpty() ? message : message + " — " + left);
                    }
                }, rows -> {
                    model.running.set(false);
                    model.predictions.setAll(rows);
                    List<PredictState.Row> failed = rows.stream().filter(r -> r.error() != null).toList();
                    model.status.set("Predicted " + (rows.size() - failed.size()) + " of " + rows.size()
                            + " file(s)" + (failed.isEmpty() ? "." : "; " + failed.size() + " failed (first: "
                            + failed.getFirst().error() + ")."));
                }, error -> {
                    model.running.set(false);
                    model.status.set(error instanceof MireException ? error.getMessage()
                            : "Prediction failed: " + error);
                });
    }

    /** The predict job's outcomes as the table shows them. */
    static List<PredictState.Row> rows(SavedHead head, List<PredictionJob.Outcome> outcomes) {
        List<PredictState.Row> rows = new ArrayList<>();
        for (PredictionJob.Outcome outcome : outcomes) {
            PredictionJob.Prediction prediction = outcome.prediction();
            if (prediction == null) {
                rows.add(new PredictState.Row(outcome.file(), "", Double.NaN, "", outcome.error()));
            } else if (prediction.label() == null) {
                rows.add(new PredictState.Row(outcome.file(), String.format(Locale.ROOT, "%.6g", prediction.value()),
                        Double.NaN, "", null));
            } else {
                StringBuilder all = new StringBuilder();
                for (int c = 0; c < head.classes().size(); c++) {
                    all.append(c == 0 ? "" : ", ").append(head.classes().get(c)).append(' ')
                            .append(String.format(Locale.ROOT, "%.2f", prediction.probabilities()[c]));
                }
                rows.add(new PredictState.Row(outcome.file(), prediction.label(), prediction.probability(),
                        all.toString(), null));
            }
        }
        return rows;
    }

    /** What the workspace keeps of the panel, or null while it holds nothing. */
    public PredictState state() {
        if (model.headFolder.get() == null && model.inputs.isEmpty()) {
            return null;
        }
        return new PredictState(model.headFolder.get(), model.inputs.stream()
                .map(input -> new PredictState.Input(input.file(), input.features())).toList(),
                List.copyOf(model.predictions));
    }

    /** Puts a workspace's panel back: the inputs and predictions now, the head in the background. */
    public void restore(PredictState state) {
        model.head.set(null);
        model.headFolder.set(null);
        model.headDescription.set("No head loaded.");
        model.featureNames.clear();
        model.inputs.clear();
        model.predictions.clear();
        if (state == null) {
            model.status.set("Load a head saved by Train or `mire train`.");
            return;
        }
        int features = state.inputs().stream().mapToInt(i -> i.features().length).max().orElse(0);
        for (PredictState.Input input : state.inputs()) {
            double[] values = Arrays.copyOf(input.features(), features);
            for (int f = input.features().length; f < features; f++) {
                values[f] = Double.NaN;
            }
            model.inputs.add(new PredictModel.Input(input.file(), values));
        }
        // until the head says which features it needs, unnamed columns hold the values
        List<String> placeholders = new ArrayList<>();
        for (int f = 0; f < features; f++) {
            placeholders.add("feature " + (f + 1));
        }
        model.featureNames.setAll(placeholders);
        model.predictions.setAll(state.rows());
        model.status.set(state.rows().isEmpty() ? "Restored " + state.inputs().size() + " file(s)."
                : "Restored " + state.inputs().size() + " file(s) and their last predictions.");
        if (state.headFolder() != null) {
            Path folder = state.headFolder();
            executor.submit("Load head " + folder.getFileName(), monitor -> SavedHead.load(folder), head -> {
                model.headFolder.set(folder);
                model.head.set(head);
                model.headDescription.set(describe(head));
                // the stored values are in the head's order: name them rather than re-map them
                if (head.featureNames().size() == features) {
                    model.featureNames.setAll(head.featureNames());
                } else {
                    useFeatures(head.featureNames());
                }
            }, error -> model.status.set(error instanceof MireException ? error.getMessage()
                    : "Cannot load the head: " + error));
        }
    }
}
