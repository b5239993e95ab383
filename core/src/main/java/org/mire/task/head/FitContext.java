package org.mire.task.head;

import org.mire.progress.ProgressMonitor;

/**
 * What a fit gets besides the data: the seed (overrides the spec's {@code seed} when non-negative), a monitor to
 * check for cancellation, and a listener for the learning curve.
 */
public record FitContext(long seed, ProgressMonitor monitor, TrainingListener listener) {
    public static final FitContext DEFAULT = new FitContext(-1, ProgressMonitor.NONE, TrainingListener.NONE);

    public long seedFor(HeadSpec spec) {
        return seed >= 0 ? seed : spec.integer("seed");
    }

    public FitContext withListener(TrainingListener other) {
        return new FitContext(seed, monitor, other);
    }
}
