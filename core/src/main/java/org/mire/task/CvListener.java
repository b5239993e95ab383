package org.mire.task;

import org.mire.task.head.HeadSpec;

/** Follows a cross-validation run: folds starting and ending, and the learning curve of each final fit. */
public interface CvListener {
    CvListener NONE = new CvListener() {
    };

    /** A fold starts; {@code folds} is the total. */
    default void foldStarted(int fold, int index, int folds) {
    }

    /** Hyper-parameters were chosen for the fold (when there was a choice). */
    default void headChosen(int fold, HeadSpec head, double innerScore) {
    }

    /** One epoch of the fold's final fit (iterative heads only). */
    default void epoch(int fold, int epoch, double trainLoss, double validationLoss) {
    }

    default void foldFinished(CvResult.FoldResult result) {
    }
}
