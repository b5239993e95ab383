package org.mire.progress;

/** Thrown by {@link ProgressMonitor#checkCancelled()} to unwind work the user cancelled. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
