package org.mire.app.train;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.mire.MireException;
import org.mire.app.background.TaskExecutor;
import org.mire.app.background.TaskHandle;
import org.mire.app.background.UiFeed;
import org.mire.progress.CancelledException;
import org.mire.progress.TimeLeft;
import org.mire.task.CvListener;
import org.mire.task.CvResult;
import org.mire.task.TrainingJob;
import org.mire.workspace.TrainingRun;

/**
 * Runs the train job ({@link TrainingJob}, the one {@code mire train} runs) in the background for the Train panel:
 * progress (with the time left), learning curves and finished folds reach the model through the executor as they
 * happen; cancel stops the run at its next check and keeps the folds it finished. Every run that ends becomes a
 * {@link TrainingRun} of the workspace, which the panel can show again later.
 */
public final class TrainController {
    private final TrainModel model;
    private final TaskExecutor executor;
    private final UiFeed<TrainingRun.CurvePoint> curve;
    private final UiFeed<TrainingRun.Fold> folds;
    private final TimeLeft timeLeft = new TimeLeft();
    private TaskHandle current;
    private TrainingJob.Request running;
    /** The run whose {@link TrainingJob.Result} the model holds (a head can be saved from it). */
    private TrainingRun latest;

    /**
     * @param executor where background work runs (the workbench's, so runs appear in its task list)
     */
    public TrainController(TrainModel model, TaskExecutor executor) {
        this.model = model;
        this.executor = executor;
        this.curve = executor.feed(points -> {
            if (model.running.get()) {
                model.curve.addAll(points);
            }
        });
        this.folds = executor.feed(rows -> {
            if (model.running.get()) {
                model.folds.addAll(rows);
            }
        });
        model.shownRun.addListener((obs, old, now) -> {
            if (now != null && !model.running.get()) {
                show(now);
            }
        });
    }

    public TrainModel model() {
        return model;
    }

    /** Starts a run with the model's choices; does nothing while one is running. */
    public void train() {
        if (model.running.get()) {
            return;
        }
        TrainingJob.Request request;
        try {
            request = TrainInteractor.request(model);
        } catch (MireException e) {
            model.status.set(e.getMessage());
            return;
        }
        model.shownRun.set(null);
        model.curve.clear();
        model.folds.clear();
        model.result.set(null);
        model.confusion.set(null);
        model.bars.clear();
        model.summary.set("");
        model.savedHead.set("");
        model.running.set(true);
        model.progress.set(-1);
        model.status.set("Training on " + request.source().describe() + "…");
        running = request;
        timeLeft.restart();
        CvListener listener = listener();
        current = executor.submit("Train " + request.source().describe(),
                monitor -> TrainingJob.run(request, monitor, listener), this::progress, this::finished, this::failed);
    }

    /** Cancels the running training, if any; the folds it finished stay, as a run of their own. */
    public void cancel() {
        if (current != null && model.running.get()) {
            current.cancel();
            model.running.set(false);
            model.progress.set(0);
            String status = model.folds.isEmpty() ? "Cancelled." : "Cancelled after " + model.folds.size()
                    + " fold" + (model.folds.size() == 1 ? "" : "s") + "; the finished folds are kept.";
            model.status.set(status);
            if (running != null && !model.folds.isEmpty()) {
                keep(record(running, status));
            }
        }
    }

    /** The panel's own progress line with the time left (the status bar's task list shows it too). */
    private void progress(double fraction, String message) {
        if (model.running.get()) {
            model.progress.set(fraction);
            if (message != null && !message.isBlank()) {
                String left = timeLeft.describe(fraction);
                model.status.set(left.isEmpty() ? message : message + " — " + left);
            }
        }
    }

    private CvListener listener() {
        boolean percent = !model.dataset.get().isCoarsening();
        return new CvListener() {
            @Override
            public void epoch(int fold, int epoch, double trainLoss, double validationLoss) {
                curve.publish(new TrainingRun.CurvePoint("fold " + fold + " train", epoch, trainLoss));
                if (!Double.isNaN(validationLoss)) {
                    curve.publish(new TrainingRun.CurvePoint("fold " + fold + " validation", epoch, validationLoss));
                }
            }

            @Override
            public void foldFinished(CvResult.FoldResult result) {
                folds.publish(TrainInteractor.foldRow(result, percent));
            }
        };
    }

    private void finished(TrainingJob.Result result) {
        model.running.set(false);
        model.progress.set(1);
        if (result.classification() != null) {
            model.confusion.set(new TrainingRun.Confusion(result.classification().classes(),
                    result.classification().confusion()));
        }
        model.bars.setAll(TrainInteractor.bars(result));
        model.summary.set(TrainInteractor.summary(result));
        model.status.set("Done: " + (result.cv() == null ? "the head was not evaluated (protocol none)"
                : result.cv().folds().size() + " folds") + ".");
        TrainingRun run = record(result.request(), model.status.get());
        keep(run);
        latest = run;
        model.result.set(result);
    }

    private void failed(Throwable error) {
        model.running.set(false);
        model.progress.set(0);
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof MireException)) {
            cause = cause.getCause();
        }
        if (cause instanceof CancelledException) {
            model.status.set("Cancelled.");
        } else if (cause instanceof MireException) {
            model.status.set(cause.getMessage());
        } else {
            model.status.set("Training failed: " + cause);
        }
    }

    /** The run shown now as a record of the workspace. */
    private TrainingRun record(TrainingJob.Request request, String status) {
        String title = request.source().describe() + " · " + request.embedding()
                + (request.fineTune() != null ? " fine-tuned" : " · " + request.heads());
        return new TrainingRun(title, Instant.now().toString(), status, TrainInteractor.describe(model),
                List.copyOf(model.curve), List.copyOf(model.folds), model.confusion.get(), List.copyOf(model.bars),
                model.summary.get(), null);
    }

    private void keep(TrainingRun run) {
        model.runs.add(run);
        model.shownRun.set(run);
    }

    /** Shows a finished run (from this session or a restored workspace). */
    private void show(TrainingRun run) {
        model.curve.setAll(run.curve());
        model.folds.setAll(run.folds());
        model.confusion.set(run.confusion());
        model.bars.setAll(run.bars());
        model.summary.set(run.summary());
        model.savedHead.set(run.headFolder() == null ? "" : run.headFolder().toString());
        model.curveFold.set(LossCurves.MEAN);
        model.status.set(run.status());
        if (run != latest) {
            model.result.set(null); // a head can be saved only from the run whose data is in memory
        }
    }

    /** Replaces the finished runs (a workspace was opened) and shows the last one. */
    public void restore(List<TrainingRun> runs) {
        if (model.running.get()) {
            cancel();
        }
        latest = null;
        model.result.set(null);
        model.runs.setAll(runs);
        model.shownRun.set(null);
        if (runs.isEmpty()) {
            model.curve.clear();
            model.folds.clear();
            model.confusion.set(null);
            model.bars.clear();
            model.summary.set("");
            model.savedHead.set("");
            model.status.set("Choose a data set and press Train.");
        } else {
            model.shownRun.set(runs.getLast());
            choose(runs.getLast().request());
        }
    }

    /** Fills the form with a run's choices, so Train runs it again as it was (a run without them leaves the form). */
    private void choose(TrainingRun.Request request) {
        if (request != null) {
            TrainInteractor.apply(request, model);
        }
    }

    /**
     * Fits the final head on all rows and saves it, in the background ({@link TrainingJob.Result#saveFinal}: for a
     * fine-tuned run, the encoder fine-tuned with its head on all rows, saved inside the folder).
     */
    public void saveHead(Path folder) {
        TrainingJob.Result result = model.result.get();
        TrainingRun run = latest;
        if (result == null || model.running.get()) {
            return;
        }
        boolean fineTuned = result.request().fineTune() != null;
        model.running.set(true);
        model.status.set(fineTuned ? "Fine-tuning the encoder with its head on all rows…"
                : "Fitting the final head on all rows…");
        timeLeft.restart();
        current = executor.submit("Save head " + folder.getFileName(), monitor -> result.saveFinal(folder, monitor),
                this::progress, head -> {
            model.running.set(false);
            model.savedHead.set(folder.toString());
            int index = model.runs.indexOf(run);
            if (index >= 0) {
                TrainingRun saved = run.withHeadFolder(folder);
                latest = saved;
                model.runs.set(index, saved);
                model.shownRun.set(saved); // shows the run's own status line: say what was saved after it
            }
            model.status.set("Saved " + head.choice().name() + (fineTuned ? " with its fine-tuned encoder" : "")
                    + " (fitted on all " + result.data().size() + " rows) to " + folder);
        }, this::failed);
    }
}
