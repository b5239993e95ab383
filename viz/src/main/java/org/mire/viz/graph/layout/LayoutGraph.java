package org.mire.viz.graph.layout;

import java.util.Arrays;

/**
 * What a layout algorithm sees: boxes with sizes, directed edges with a priority, and a group per node
 * (a function: layered layouts lay each group out on its own and pack the groups). Plain data, no JavaFX.
 */
public final class LayoutGraph {
    /** Group of nodes that belong to no group; each such node is packed on its own. */
    public static final int NO_GROUP = -1;

    private double[] widths = new double[16];
    private double[] heights = new double[16];
    private int[] groups = new int[16];
    private int[] companions = new int[16];
    private int nodeCount;
    private int[] sources = new int[16];
    private int[] targets = new int[16];
    private int[] priorities = new int[16];
    private int edgeCount;

    public int addNode(double width, double height, int group) {
        if (nodeCount == widths.length) {
            widths = Arrays.copyOf(widths, nodeCount * 2);
            heights = Arrays.copyOf(heights, nodeCount * 2);
            groups = Arrays.copyOf(groups, nodeCount * 2);
            companions = Arrays.copyOf(companions, nodeCount * 2);
        }
        companions[nodeCount] = -1;
        widths[nodeCount] = width;
        heights[nodeCount] = height;
        groups[nodeCount] = group;
        return nodeCount++;
    }

    /**
     * Adds a directed edge. {@code priority} says how much the edge should be kept short and straight (ProGraML's
     * DOT export weighs control 10, call 1, data 0); layered layouts follow the direction of edges.
     */
    public int addEdge(int source, int target, int priority) {
        if (source < 0 || source >= nodeCount || target < 0 || target >= nodeCount) {
            throw new IllegalArgumentException("edge " + source + "->" + target + " outside 0.." + nodeCount);
        }
        if (edgeCount == sources.length) {
            sources = Arrays.copyOf(sources, edgeCount * 2);
            targets = Arrays.copyOf(targets, edgeCount * 2);
            priorities = Arrays.copyOf(priorities, edgeCount * 2);
        }
        sources[edgeCount] = source;
        targets[edgeCount] = target;
        priorities[edgeCount] = priority;
        return edgeCount++;
    }

    /**
     * Asks layered layouts to put {@code node} on the same layer as {@code anchor}, right beside it (a variable
     * beside the instruction that defines it). Other layouts ignore this.
     */
    public void setCompanion(int node, int anchor) {
        if (anchor < 0 || anchor >= nodeCount || node < 0 || node >= nodeCount || anchor == node) {
            throw new IllegalArgumentException("companion " + node + " of " + anchor + " outside 0.." + nodeCount);
        }
        companions[node] = anchor;
    }

    /** The node this one sits beside in layered layouts, or -1. */
    public int companionOf(int node) {
        return companions[node];
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int edgeCount() {
        return edgeCount;
    }

    public double width(int node) {
        return widths[node];
    }

    public double height(int node) {
        return heights[node];
    }

    public int group(int node) {
        return groups[node];
    }

    public int source(int edge) {
        return sources[edge];
    }

    public int target(int edge) {
        return targets[edge];
    }

    public int priority(int edge) {
        return priorities[edge];
    }

    /** The largest group id plus one (0 when no node has a group). */
    public int groupCount() {
        int max = -1;
        for (int i = 0; i < nodeCount; i++) {
            max = Math.max(max, groups[i]);
        }
        return max + 1;
    }
}
