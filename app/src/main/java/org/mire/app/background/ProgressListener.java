package org.mire.app.background;

/** Progress of background work as a panel shows it; called on the UI thread by the {@link TaskExecutor}. */
@FunctionalInterface
public interface ProgressListener {
    /**
     * @param fraction done in [0, 1], or negative while indeterminate
     * @param message  what the work is doing (may be null)
     */
    void progress(double fraction, String message);

    ProgressListener NONE = (fraction, message) -> {
    };
}
