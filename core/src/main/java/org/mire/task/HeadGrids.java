package org.mire.task;

import java.util.List;
import java.util.Locale;
import org.mire.MireException;
import org.mire.task.head.HeadSpec;

/**
 * The candidate heads that {@code --head auto} chooses from by nested cross-validation, per task. Fixed before
 * looking at any test fold: small grids over the families that suit a few hundred rows of a few hundred dense
 * inputs.
 */
public final class HeadGrids {
    public static final String AUTO = "auto";

    private HeadGrids() {
    }

    /** Classification grid (DevMap, generic CSV classification). */
    public static final String CLASSIFICATION = "gbt:trees=300,leaves=6,shrinkage=0.05;"
            + "gbt:trees=300,leaves=16,shrinkage=0.1;"
            + "rf:trees=300;"
            + "rf:trees=300,mtry=0,nodesize=3,classweights=balanced";

    /** Thread coarsening: 16 training kernels per fold, so the simplest models. */
    public static final String THREAD_COARSENING = "rf:trees=300;rf:trees=300,nodesize=3;"
            + "gbt:trees=100,leaves=4,nodesize=2,shrinkage=0.1;logreg:lambda=1";

    /** Thread coarsening, rank formulation: regressors of the speedup at each factor (a few hundred rows). */
    public static final String COARSENING_RANK = "rf:trees=200,nodesize=3;gbt:trees=200,leaves=6,shrinkage=0.05;"
            + "ridge:lambda=10";

    /** Thread coarsening, neighbours formulation: how many nearest training kernels to average (16 = all). */
    public static final String COARSENING_NEIGHBOURS = "knn:k=1;knn:k=3;knn:k=5;knn:k=8;knn:k=16;"
            + "knn:k=5,weights=distance;knn:k=16,weights=distance";

    public static final String REGRESSION = "gbt:trees=300,leaves=6,shrinkage=0.05;"
            + "gbt:trees=300,leaves=16,shrinkage=0.1;rf:trees=300;ridge:lambda=1";

    /** {@code auto} gives the task's grid; anything else is a head or a {@code ;}-separated list of heads. */
    public static List<HeadSpec> resolve(String text, String grid) throws MireException {
        if (text.strip().toLowerCase(Locale.ROOT).equals(AUTO)) {
            return HeadSpec.parseList(grid);
        }
        return HeadSpec.parseList(text);
    }
}
