package org.mire.graph.view;

import org.mire.graph.ProgramGraph;

/**
 * The part of a program graph the view lays out: the scope with collapsed functions replaced by one summary node
 * each. Node ids are dense; {@link #origin} maps them back.
 *
 * @param graph     the graph to lay out and draw
 * @param origin    per shown node: the id in the full graph, or {@code -1 - f} for the summary of function f
 * @param fullNodes node count of the full graph (summary items are {@code fullNodes + f})
 */
public record VisibleGraph(ProgramGraph graph, int[] origin, int fullNodes) {

    public boolean isSummary(int shown) {
        return origin[shown] < 0;
    }

    /** The function a summary node stands for. */
    public int summaryFunction(int shown) {
        return -1 - origin[shown];
    }

    /** The item the scene uses for a shown node: the full-graph id, or {@code fullNodes + f} for a summary. */
    public int item(int shown) {
        return origin[shown] >= 0 ? origin[shown] : fullNodes + summaryFunction(shown);
    }

    public int[] items() {
        int[] items = new int[origin.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = item(i);
        }
        return items;
    }
}
