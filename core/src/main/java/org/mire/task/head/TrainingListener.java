package org.mire.task.head;

/** Receives the learning curve of an iterative head (one call per epoch). */
@FunctionalInterface
public interface TrainingListener {
    TrainingListener NONE = (epoch, trainLoss, validationLoss) -> { };

    /**
     * @param epoch          1-based epoch
     * @param trainLoss      mean training loss of the epoch
     * @param validationLoss loss on the early-stopping rows, or NaN when there are none
     */
    void epoch(int epoch, double trainLoss, double validationLoss);
}
