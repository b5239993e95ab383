package org.mire.task.split;

import java.util.List;
import org.mire.MireException;

/**
 * Leave-one-group-out: one fold per group (for thread coarsening, per kernel), folds numbered by group index.
 * With one row per group it is leave-one-out.
 */
public final class LeaveOneGroupOut {
    private LeaveOneGroupOut() {
    }

    public static int[] assign(int[] groups) {
        return groups.clone();
    }

    public static List<Fold> splits(int[] groups) throws MireException {
        if (java.util.Arrays.stream(groups).distinct().count() < 2) {
            throw new MireException("leave-one-out needs at least two groups");
        }
        return Fold.fromAssignment(groups);
    }
}
