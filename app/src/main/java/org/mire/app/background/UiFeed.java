package org.mire.app.background;

/** Where a worker publishes intermediate results (learning curves, finished folds, t-SNE snapshots) for the UI. */
@FunctionalInterface
public interface UiFeed<U> {
    /** Hands an update to the UI thread; returns at once, from any thread. */
    void publish(U update);
}
