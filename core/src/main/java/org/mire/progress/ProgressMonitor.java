package org.mire.progress;

/**
 * How long-running core work reports progress and learns that it was cancelled.
 * The CLI passes a console monitor, the GUI an adapter onto a JavaFX task, tests {@link #NONE}.
 */
public interface ProgressMonitor {

    /** Reports progress as a fraction in [0, 1] (negative: indeterminate) with a short message. */
    void progress(double fraction, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} once the user has cancelled; call it between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** Reports {@code done} of {@code total} units. */
    default void progress(long done, long total, String message) {
        progress(total <= 0 ? -1 : (double) done / total, message);
    }

    /** A monitor that ignores progress and is never cancelled. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
