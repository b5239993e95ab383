package org.mire.viz.scatter;

import javafx.scene.control.SplitPane;

/**
 * Two scatter views side by side sharing one {@link PointSelection}: selecting points in one highlights the same rows
 * in the other. Both views must show the same rows in the same order.
 */
public final class ScatterPair extends SplitPane {
    private final ScatterView left = new ScatterView();
    private final ScatterView right = new ScatterView();
    private final PointSelection selection = new PointSelection();

    public ScatterPair() {
        left.setSelection(selection);
        right.setSelection(selection);
        getItems().addAll(left, right);
        setDividerPositions(0.5);
    }

    public ScatterView left() {
        return left;
    }

    public ScatterView right() {
        return right;
    }

    public PointSelection selection() {
        return selection;
    }

    /** Colours both views by the same column. */
    public void colourBy(String column) {
        left.colourBy(column);
        right.colourBy(column);
    }
}
