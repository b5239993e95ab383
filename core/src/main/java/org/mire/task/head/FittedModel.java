package org.mire.task.head;

import java.io.Serializable;

/**
 * A trained model on standardised inputs: class probabilities for classifiers, values for regressors. Pure Java
 * once trained (the MLP's weights are copied out of DJL), so it holds no native resources and is serialisable.
 */
public interface FittedModel extends Serializable {

    /** Class probabilities per row, {@code [rows][classes]} (classifiers). */
    default double[][] probabilities(double[][] x) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " is not a classifier");
    }

    /** The predicted value per row (regressors). */
    default double[] values(double[][] x) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " is not a regressor");
    }
}
