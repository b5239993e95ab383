package org.mire.app.embeddingexplorer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.mire.MireException;
import org.mire.app.background.ProgressListener;
import org.mire.app.background.TaskExecutor;
import org.mire.app.background.TaskHandle;
import org.mire.app.background.Work;

/**
 * The embedding explorer's background work on the host's {@link TaskExecutor}: which tasks run (the model's
 * {@code busy}), their progress in the explorer's own status line, failures as one readable line, and cancel.
 */
final class ExplorerTasks {
    private final TaskExecutor executor;
    private final EmbeddingExplorerModel model;
    private final Set<TaskHandle> running = new HashSet<>();
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
            running.add(handle[0]);
        }
        updateBusy();
    }

    /** Progress into the explorer's status line while it is busy. */
    ProgressListener progress() {
        return (fraction, message) -> {
            if (model.busy.get()) {
                model.progress.set(fraction);
                if (message != null && !message.isBlank()) {
                    model.status.set(message);
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

    /** Cancels every running task; their results are dropped. */
    void cancelAll() {
        for (TaskHandle handle : List.copyOf(running)) {
            handle.cancel();
        }
        running.clear();
        updateBusy();
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
