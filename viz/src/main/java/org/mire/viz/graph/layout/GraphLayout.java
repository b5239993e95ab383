package org.mire.viz.graph.layout;

import java.util.Arrays;

/**
 * Where a layout put things: node centres, optional edge routes (polyline points including both ends; null means a
 * straight line between the centres) and optional group frames, in world units.
 */
public final class GraphLayout {
    private final double[] x;
    private final double[] y;
    private final double[][] edgeRoutes;
    private final double[][] groupFrames;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    /**
     * @param x           centre x per node
     * @param y           centre y per node
     * @param widths      node widths (for the bounds)
     * @param heights     node heights (for the bounds)
     * @param edgeRoutes  per edge: {x0, y0, x1, y1, ...} or null for straight; the array itself may be null
     * @param groupFrames per group: {minX, minY, maxX, maxY} or null when the layout draws no frame; may be null
     */
    public GraphLayout(double[] x, double[] y, double[] widths, double[] heights, double[][] edgeRoutes,
                       double[][] groupFrames) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        this.x = x;
        this.y = y;
        this.edgeRoutes = edgeRoutes;
        this.groupFrames = groupFrames;
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            double w = widths == null ? 0 : widths[i] / 2;
            double h = heights == null ? 0 : heights[i] / 2;
            x0 = Math.min(x0, x[i] - w);
            y0 = Math.min(y0, y[i] - h);
            x1 = Math.max(x1, x[i] + w);
            y1 = Math.max(y1, y[i] + h);
        }
        if (groupFrames != null) {
            for (double[] frame : groupFrames) {
                if (frame != null) {
                    x0 = Math.min(x0, frame[0]);
                    y0 = Math.min(y0, frame[1]);
                    x1 = Math.max(x1, frame[2]);
                    y1 = Math.max(y1, frame[3]);
                }
            }
        }
        if (x0 > x1) {
            x0 = y0 = x1 = y1 = 0;
        }
        this.minX = x0;
        this.minY = y0;
        this.maxX = x1;
        this.maxY = y1;
    }

    public int nodeCount() {
        return x.length;
    }

    public double x(int node) {
        return x[node];
    }

    public double y(int node) {
        return y[node];
    }

    /** The route of an edge as {x0, y0, x1, y1, ...}, or null when it is drawn straight. */
    public double[] edgeRoute(int edge) {
        return edgeRoutes == null || edge >= edgeRoutes.length ? null : edgeRoutes[edge];
    }

    /** The frame of a group as {minX, minY, maxX, maxY}, or null. */
    public double[] groupFrame(int group) {
        return groupFrames == null || group < 0 || group >= groupFrames.length ? null : groupFrames[group];
    }

    public int groupFrameCount() {
        return groupFrames == null ? 0 : groupFrames.length;
    }

    public double minX() {
        return minX;
    }

    public double minY() {
        return minY;
    }

    public double maxX() {
        return maxX;
    }

    public double maxY() {
        return maxY;
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    @Override
    public String toString() {
        return "GraphLayout[" + x.length + " nodes, " + Arrays.toString(new double[] {minX, minY, maxX, maxY}) + "]";
    }
}
