package org.mire.app.background;

import org.mire.progress.ProgressMonitor;

/** Long work that reports progress and stops when cancelled: the unit a {@link TaskExecutor} runs. */
@FunctionalInterface
public interface Work<T> {
    T run(ProgressMonitor monitor) throws Exception;
}
