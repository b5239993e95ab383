package org.mire.encoder;

/**
 * The rows a task head learns from, each pointing at the item (function or module) it is about: several rows may
 * share an item (DevMap: one kernel with several inputs). Features and regression targets come standardised.
 *
 * @param items      per row, the index of its item in the item list it is used with
 * @param features   per row the extra inputs besides the embedding, already standardised (may have no columns)
 * @param classCount number of classes; 0 for regression
 * @param labels     per row its class in 0..classCount-1 (classification), else null
 * @param targets    per row its standardised target (regression), else null
 */
public record TaskRows(int[] items, float[][] features, int classCount, int[] labels, float[] targets) {

    public TaskRows {
        int n = items.length;
        if (features.length != n) {
            throw new IllegalArgumentException(features.length + " feature rows for " + n + " rows");
        }
        int width = n == 0 ? 0 : features[0].length;
        for (float[] row : features) {
            if (row.length != width) {
                throw new IllegalArgumentException("feature rows of different lengths");
            }
        }
        if (classCount > 0) {
            if (labels == null || labels.length != n) {
                throw new IllegalArgumentException("classification needs one label per row");
            }
            for (int label : labels) {
                if (label < 0 || label >= classCount) {
                    throw new IllegalArgumentException("label " + label + " outside 0.." + (classCount - 1));
                }
            }
        } else if (targets == null || targets.length != n) {
            throw new IllegalArgumentException("regression needs one target per row");
        }
    }

    public int size() {
        return items.length;
    }

    public int featureCount() {
        return features.length == 0 ? 0 : features[0].length;
    }

    public boolean classification() {
        return classCount > 0;
    }

    /** The head's outputs: one per class, or one value. */
    public int outputs() {
        return classification() ? classCount : 1;
    }
}
