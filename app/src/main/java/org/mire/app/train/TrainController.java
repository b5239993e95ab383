package org.mire.app.train;

import java.nio.file.Path;
import org.mire.MireException;
import org.mire.app.background.TaskExecutor;
import org.mire.app.background.TaskHandle;
import org.mire.app.background.UiFeed;
import org.mire.progress.CancelledException;
import org.mire.task.CvListener;
import org.mire.task.CvResult;
import org.mire.task.TrainingJob;

/**
 * Runs the train job ({@link TrainingJob}, the one {@code mire train} runs) in the background for the Train panel:
 * progress, learning curves and finished folds reach the model through the executor as they happen; cancel stops the
 * run at its next check.
 */
public final class TrainController {
    private final TrainModel model;
    private final TaskExecutor executor;
    private final UiFeed<TrainModel.CurvePoint> curve;
    private final UiFeed<TrainModel.FoldRow> folds;
    private TaskHandle current;

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
        CvListener listener = listener();
        current = executor.submit("Train " + request.source().describe(),
                monitor -> TrainingJob.run(request, monitor, listener), this::progress, this::finished, this::failed);
    }

    /** Cancels the running training, if any; the work stops at its next check and reports nothing. */
    public void cancel() {
        if (current != null && model.running.get()) {
            current.cancel();
            model.running.set(false);
            model.progress.set(0);
            model.status.set("Cancelled.");
        }
    }

    /** The panel's own progress line (the status bar's task list shows it too). */
    private void progress(double fraction, String message) {
        if (model.running.get()) {
            model.progress.set(fraction);
            if (message != null && !message.isBlank()) {
                model.status.set(message);
            }
        }
    }

    private CvListener listener() {
        boolean percent = !model.dataset.get().isCoarsening();
        return new CvListener() {
            @Override
            public void epoch(int fold, int epoch, double trainLoss, double validationLoss) {
                curve.publish(new TrainModel.CurvePoint("fold " + fold + " train", epoch, trainLoss));
                if (!Double.isNaN(validationLoss)) {
                    curve.publish(new TrainModel.CurvePoint("fold " + fold + " validation", epoch, validationLoss));
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
        model.result.set(result);
        if (result.classification() != null) {
            model.confusion.set(new TrainModel.Confusion(result.classification().classes(),
                    result.classification().confusion()));
        }
        model.bars.setAll(TrainInteractor.bars(result));
        model.summary.set(TrainInteractor.summary(result));
        model.status.set("Done: " + result.cv().folds().size() + " folds.");
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

    /** Fits the final head on all rows ({@link TrainingJob.Result#fitFinal}) and saves it, in the background. */
    public void saveHead(Path folder) {
        TrainingJob.Result result = model.result.get();
        if (result == null || model.running.get()) {
            return;
        }
        model.running.set(true);
        model.status.set("Fitting the final head on all rows…");
        current = executor.submit("Save head " + folder.getFileName(), monitor -> {
            TrainingJob.FinalHead head = result.fitFinal(monitor);
            head.saved().save(folder);
            return head;
        }, this::progress, head -> {
            model.running.set(false);
            model.savedHead.set(folder.toString());
            model.status.set("Saved " + head.choice().name() + " (fitted on all " + result.data().size()
                    + " rows) to " + folder);
        }, this::failed);
    }
}
