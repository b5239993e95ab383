package org.mire.app.embeddingexplorer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.mire.MireException;
import org.mire.app.background.ProgressListener;
import org.mire.app.background.TaskExecutor;
import org.mire.app.background.TaskHandle;
import org.mire.app.background.Work;
import org.mire.progress.ProgressMonitor;
import org.mire.progress.TimeLeft;

/**
 * The embedding explorer's background work on the host's {@link TaskExecutor}: which tasks run (the model's
 * {@code busy}), their progress in the explorer's own status line with the time left, failures as one readable line,
 * and cancel. Work that can stop early with what it made so far (encoding) is asked to stop rather than cancelled,
 * so its partial result arrives.
 */
final class ExplorerTasks {
    private final TaskExecutor executor;
    private final EmbeddingExplorerModel model;
    /** Running tasks, each with its stop request (null: the task is cancelled, its result dropped). */
    private final Map<TaskHandle, AtomicBoolean> running = new LinkedHashMap<>();
    private BooleanSupplier projectionsPending = () -> false;

    ExplorerTasks(TaskExecutor executor, EmbeddingExplorerModel model) {
        this.executor = executor;
        this.model = model;
    }

    TaskExecutor executor() {
        return executor;
    }

    /** Counts pending projections as busy too. */
    void countProjections(BooleanSupplier pending) {
        this.projectionsPending = pending;
    }

    /** Runs work in the background; the status line shows its title, its progress, then its failure if any. */
    <T> void run(String title, Work<T> work, Consumer<T> onSuccess) {
        run(title, work, onSuccess, message -> {
        });
    }

    /** As {@link #run(String, Work, Consumer)}, also telling {@code onFailure} the failure's line. */
    <T> void run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<String> onFailure) {
        submit(title, work, onSuccess, onFailure, null);
    }

    /**
     * Runs work that stops early when asked, returning what it made so far: Cancel sets its monitor's
     * {@code isCancelled} and waits for that result instead of dropping it.
     */
    <T> void runStoppable(String title, Work<T> work, Consumer<T> onSuccess) {
        AtomicBoolean stop = new AtomicBoolean();
        submit(title, monitor -> work.run(new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
                monitor.progress(fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return stop.get() || monitor.isCancelled();
            }
        }), onSuccess, message -> {
        }, stop);
    }

    private <T> void submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<String> onFailure,
                            AtomicBoolean stop) {
        model.progress.set(-1);
        model.status.set(title + "…");
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = executor.submit(title, work, progress(), result -> {
            running.remove(handle[0]);
            updateBusy();
            onSuccess.accept(result);
        }, error -> {
            running.remove(handle[0]);
            updateBusy();
            model.status.set(message(error));
            onFailure.accept(model.status.get());
        });
        if (!handle[0].isDone()) {
            running.put(handle[0], stop);
        }
        updateBusy();
    }

    /** Progress into the explorer's status line while it is busy, with the time left once it can be told. */
    ProgressListener progress() {
        TimeLeft timeLeft = new TimeLeft();
        return (fraction, message) -> {
            if (model.busy.get()) {
                model.progress.set(fraction);
                if (message != null && !message.isBlank()) {
                    String left = timeLeft.describe(fraction);
                    model.status.set(left.isEmpty() ? message : message + " — " + left);
                }
            }
        };
    }

    void status(String text) {
        model.status.set(text);
    }

    void updateBusy() {
        model.busy.set(!running.isEmpty() || projectionsPending.getAsBoolean());
    }

    /** Stops what can stop with a partial result, cancels the rest (their results are dropped). */
    void cancelAll() {
        boolean stopping = false;
        for (Map.Entry<TaskHandle, AtomicBoolean> task : List.copyOf(running.entrySet())) {
            if (task.getValue() != null) {
                task.getValue().set(true);
                stopping = true;
            } else {
                task.getKey().cancel();
                running.remove(task.getKey());
            }
        }
        updateBusy();
        if (stopping) {
            model.status.set("Stopping: what is done so far is kept…");
        }
    }

    /** The user-facing line of a failure: the first MireException's message, else the error itself. */
    static String message(Throwable error) {
        Throwable cause = error;
        while (!(cause instanceof MireException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (!(cause instanceof MireException)) {
            cause = error;
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
