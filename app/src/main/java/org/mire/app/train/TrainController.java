package org.mire.app.train;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.mire.MireException;
import org.mire.progress.CancelledException;
import org.mire.progress.ProgressMonitor;
import org.mire.task.CvListener;
import org.mire.task.CvResult;
import org.mire.task.SavedHead;
import org.mire.task.TrainingJob;

/**
 * Runs training in the background for the Train panel: progress, learning curves and finished folds are copied into
 * the model on the FX thread as they happen; cancel stops the run at its next check.
 */
public final class TrainController {
    private final TrainModel model;
    private final Executor executor;
    private Task<?> current;

    /**
     * @param executor where background work runs (the workbench's worker pool; tests pass a plain thread)
     */
    public TrainController(TrainModel model, Executor executor) {
        this.model = model;
        this.executor = executor;
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
        Task<TrainingJob.Result> task = new Task<>() {
            @Override
            protected TrainingJob.Result call() throws Exception {
                Task<?> self = this;
                ProgressMonitor monitor = new ProgressMonitor() {
                    @Override
                    public void progress(double fraction, String message) {
                        updateProgress(fraction < 0 ? -1 : fraction, 1);
                        updateMessage(message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                };
                return TrainingJob.run(request, monitor, listener());
            }
        };
        task.progressProperty().addListener((obs, old, now) -> model.progress.set(now.doubleValue()));
        task.messageProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isBlank()) {
                model.status.set(now);
            }
        });
        task.setOnSucceeded(e -> finished(task.getValue()));
        task.setOnFailed(e -> failed(task.getException()));
        task.setOnCancelled(e -> {
            model.running.set(false);
            model.progress.set(0);
            model.status.set("Cancelled.");
        });
        current = task;
        executor.execute(task);
    }

    /** Cancels the running training, if any. */
    public void cancel() {
        if (current != null && model.running.get()) {
            current.cancel(false);
        }
    }

    private CvListener listener() {
        boolean percent = !model.dataset.get().isCoarsening();
        return new CvListener() {
            @Override
            public void epoch(int fold, int epoch, double trainLoss, double validationLoss) {
                Platform.runLater(() -> {
                    model.curve.add(new TrainModel.CurvePoint("fold " + fold + " train", epoch, trainLoss));
                    if (!Double.isNaN(validationLoss)) {
                        model.curve.add(new TrainModel.CurvePoint("fold " + fold + " validation", epoch,
                                validationLoss));
                    }
                });
            }

            @Override
            public void foldFinished(CvResult.FoldResult result) {
                TrainModel.FoldRow row = TrainInteractor.foldRow(result, percent);
                Platform.runLater(() -> model.folds.add(row));
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

    /** Fits the final head on all rows and saves it, in the background. */
    public void saveHead(Path folder) {
        TrainingJob.Result result = model.result.get();
        if (result == null || model.running.get()) {
            return;
        }
        model.running.set(true);
        model.status.set("Fitting the final head on all rows…");
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                SavedHead head = result.fitFinal(ProgressMonitor.NONE);
                head.save(folder);
                return folder;
            }
        };
        task.setOnSucceeded(e -> {
            model.running.set(false);
            model.savedHead.set(folder.toString());
            model.status.set("Saved the head to " + folder);
        });
        task.setOnFailed(e -> failed(task.getException()));
        executor.execute(task);
    }
}
