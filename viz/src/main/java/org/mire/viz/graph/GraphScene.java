package org.mire.viz.graph;

import java.util.Arrays;
import org.mire.viz.graph.layout.GraphLayout;

/**
 * What the graph canvas draws: positioned, styled nodes, edges and group frames. Immutable once built. Nodes carry
 * an {@code item} (the caller's id, e.g. a program-graph node) and text blocks carry one item per line, so that
 * clicks can be mapped back without the view knowing what the items are.
 *
 * <p>Colours are ARGB ints so that the same scene can be drawn on a canvas and written as SVG.
 */
public final class GraphScene {
    final int nodeCount;
    final double[] x;
    final double[] y;
    final double[] width;
    final double[] height;
    final NodeShape[] shape;
    final int[] fill;
    final int[] stroke;
    final int[] textColor;
    final String[] label;
    final String[][] lines;
    final int[][] lineItems;
    final int[] item;

    final int edgeCount;
    final int[] source;
    final int[] target;
    final int[] edgeColor;
    final String[] edgeLabel;
    final boolean[] labelAtHead;
    final double[][] route;
    final double[] edgeWidth;

    final double[][] frames;
    final String[] frameTitles;

    final double minX;
    final double minY;
    final double maxX;
    final double maxY;

    private SpatialIndex index;
    private SceneStyles styles;
    private ItemIndex items;

    private GraphScene(Builder b) {
        nodeCount = b.nodeCount;
        x = Arrays.copyOf(b.x, nodeCount);
        y = Arrays.copyOf(b.y, nodeCount);
        width = Arrays.copyOf(b.width, nodeCount);
        height = Arrays.copyOf(b.height, nodeCount);
        shape = Arrays.copyOf(b.shape, nodeCount);
        fill = Arrays.copyOf(b.fill, nodeCount);
        stroke = Arrays.copyOf(b.stroke, nodeCount);
        textColor = Arrays.copyOf(b.textColor, nodeCount);
        label = Arrays.copyOf(b.label, nodeCount);
        lines = Arrays.copyOf(b.lines, nodeCount);
        lineItems = Arrays.copyOf(b.lineItems, nodeCount);
        item = Arrays.copyOf(b.item, nodeCount);
        edgeCount = b.edgeCount;
        source = Arrays.copyOf(b.source, edgeCount);
        target = Arrays.copyOf(b.target, edgeCount);
        edgeColor = Arrays.copyOf(b.edgeColor, edgeCount);
        edgeLabel = Arrays.copyOf(b.edgeLabel, edgeCount);
        labelAtHead = Arrays.copyOf(b.labelAtHead, edgeCount);
        route = Arrays.copyOf(b.route, edgeCount);
        edgeWidth = Arrays.copyOf(b.edgeWidth, edgeCount);
        frames = b.frames.toArray(new double[0][]);
        frameTitles = b.frameTitles.toArray(new String[0]);
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < nodeCount; i++) {
            x0 = Math.min(x0, x[i] - width[i] / 2);
            y0 = Math.min(y0, y[i] - height[i] / 2);
            x1 = Math.max(x1, x[i] + width[i] / 2);
            y1 = Math.max(y1, y[i] + height[i] / 2);
        }
        for (double[] frame : frames) {
            x0 = Math.min(x0, frame[0]);
            y0 = Math.min(y0, frame[1]);
            x1 = Math.max(x1, frame[2]);
            y1 = Math.max(y1, frame[3]);
        }
        for (double[] points : route) {
            if (points != null) {
                for (int p = 0; p < points.length; p += 2) {
                    x0 = Math.min(x0, points[p]);
                    y0 = Math.min(y0, points[p + 1]);
                    x1 = Math.max(x1, points[p]);
                    y1 = Math.max(y1, points[p + 1]);
                }
            }
        }
        if (x0 > x1) {
            x0 = y0 = 0;
            x1 = y1 = 1;
        }
        minX = x0;
        minY = y0;
        maxX = x1;
        maxY = y1;
    }

    /** An empty scene. */
    public static GraphScene empty() {
        return new Builder().build();
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int edgeCount() {
        return edgeCount;
    }

    /** The caller's id for a node, or -1. */
    public int item(int node) {
        return item[node];
    }

    /** The caller's id for a line of a text block, or -1. */
    public int lineItem(int node, int line) {
        int[] items = lineItems[node];
        return items == null || line < 0 || line >= items.length ? -1 : items[line];
    }

    public double x(int node) {
        return x[node];
    }

    public double y(int node) {
        return y[node];
    }

    public double width(int node) {
        return width[node];
    }

    public double height(int node) {
        return height[node];
    }

    public String label(int node) {
        return label[node];
    }

    public NodeShape shape(int node) {
        return shape[node];
    }

    public int edgeSource(int edge) {
        return source[edge];
    }

    public int edgeTarget(int edge) {
        return target[edge];
    }

    /** The edge's colour (ARGB), which tells its kind: a flow, or a branch's true/false/always. */
    public int edgeColor(int edge) {
        return edgeColor[edge];
    }

    /** The text lines drawn in a text block (a copy; empty for other shapes). */
    public String[] lines(int node) {
        return lines[node] == null ? new String[0] : lines[node].clone();
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

    /** The scene nodes whose item is {@code item}, in index order. */
    public int[] nodesOfItem(int wanted) {
        int count = 0;
        for (int i = 0; i < nodeCount; i++) {
            if (item[i] == wanted) {
                count++;
            }
        }
        int[] found = new int[count];
        count = 0;
        for (int i = 0; i < nodeCount; i++) {
            if (item[i] == wanted) {
                found[count++] = i;
            }
        }
        return found;
    }

    /**
     * Builds the lookup structures drawing and hit-testing need (style classes, spatial grid, item index) now,
     * so that a worker thread can pay for them instead of the first frame. Returns this scene.
     */
    public synchronized GraphScene prepare() {
        styles();
        index();
        items();
        return this;
    }

    ItemIndex items() {
        if (items == null) {
            items = new ItemIndex(this);
        }
        return items;
    }

    SceneStyles styles() {
        if (styles == null) {
            styles = new SceneStyles(this);
        }
        return styles;
    }

    SpatialIndex index() {
        if (index == null) {
            index = new SpatialIndex(this);
        }
        return index;
    }

    /** The topmost node at a world point, or -1. */
    public int nodeAt(double wx, double wy) {
        return index().nodeAt(wx, wy);
    }

    /** For a text block, the index of the line at world y (0 is the header), or -1 outside the node. */
    public int lineAt(int node, double wy) {
        if (shape[node] != NodeShape.TEXT_BLOCK || lines[node] == null) {
            return -1;
        }
        double top = y[node] - height[node] / 2 + TextBlocks.PADDING;
        int line = (int) Math.floor((wy - top) / TextBlocks.LINE_HEIGHT);
        return line < 0 || line >= lines[node].length ? -1 : line;
    }

    /** Builds a scene node by node and edge by edge. */
    public static final class Builder {
        private int nodeCount;
        private double[] x = new double[16];
        private double[] y = new double[16];
        private double[] width = new double[16];
        private double[] height = new double[16];
        private NodeShape[] shape = new NodeShape[16];
        private int[] fill = new int[16];
        private int[] stroke = new int[16];
        private int[] textColor = new int[16];
        private String[] label = new String[16];
        private String[][] lines = new String[16][];
        private int[][] lineItems = new int[16][];
        private int[] item = new int[16];

        private int edgeCount;
        private int[] source = new int[16];
        private int[] target = new int[16];
        private int[] edgeColor = new int[16];
        private String[] edgeLabel = new String[16];
        private boolean[] labelAtHead = new boolean[16];
        private double[][] route = new double[16][];
        private double[] edgeWidth = new double[16];

        private final java.util.List<double[]> frames = new java.util.ArrayList<>();
        private final java.util.List<String> frameTitles = new java.util.ArrayList<>();

        /** Adds a node centred at (x, y) and returns its index. */
        public int addNode(double cx, double cy, double w, double h, NodeShape nodeShape, int fillArgb,
                           int strokeArgb, int textArgb, String text, int nodeItem) {
            if (nodeCount == x.length) {
                int size = nodeCount * 2;
                x = Arrays.copyOf(x, size);
                y = Arrays.copyOf(y, size);
                width = Arrays.copyOf(width, size);
                height = Arrays.copyOf(height, size);
                shape = Arrays.copyOf(shape, size);
                fill = Arrays.copyOf(fill, size);
                stroke = Arrays.copyOf(stroke, size);
                textColor = Arrays.copyOf(textColor, size);
                label = Arrays.copyOf(label, size);
                lines = Arrays.copyOf(lines, size);
                lineItems = Arrays.copyOf(lineItems, size);
                item = Arrays.copyOf(item, size);
            }
            x[nodeCount] = cx;
            y[nodeCount] = cy;
            width[nodeCount] = w;
            height[nodeCount] = h;
            shape[nodeCount] = nodeShape;
            fill[nodeCount] = fillArgb;
            stroke[nodeCount] = strokeArgb;
            textColor[nodeCount] = textArgb;
            label[nodeCount] = text;
            item[nodeCount] = nodeItem;
            return nodeCount++;
        }

        /** Gives a {@link NodeShape#TEXT_BLOCK} node its lines (line 0 is the header) and an item per line. */
        public void setLines(int node, String[] text, int[] items) {
            lines[node] = text.clone();
            lineItems[node] = items == null ? null : items.clone();
        }

        /**
         * Adds an edge.
         *
         * @param routePoints {x0, y0, x1, y1, ...} or null for a straight line between the node outlines
         * @param text        a small label (a ProGraML position) or null
         * @param atHead      whether the label sits near the target (data) or the source (control, call)
         */
        public int addEdge(int from, int to, int colorArgb, double lineWidth, double[] routePoints, String text,
                           boolean atHead) {
            if (edgeCount == source.length) {
                int size = edgeCount * 2;
                source = Arrays.copyOf(source, size);
                target = Arrays.copyOf(target, size);
                edgeColor = Arrays.copyOf(edgeColor, size);
                edgeLabel = Arrays.copyOf(edgeLabel, size);
                labelAtHead = Arrays.copyOf(labelAtHead, size);
                route = Arrays.copyOf(route, size);
                edgeWidth = Arrays.copyOf(edgeWidth, size);
            }
            source[edgeCount] = from;
            target[edgeCount] = to;
            edgeColor[edgeCount] = colorArgb;
            edgeWidth[edgeCount] = lineWidth;
            route[edgeCount] = routePoints;
            edgeLabel[edgeCount] = text;
            labelAtHead[edgeCount] = atHead;
            return edgeCount++;
        }

        /** Adds a titled frame {minX, minY, maxX, maxY} drawn behind the nodes (a function's cluster). */
        public void addFrame(double[] bounds, String title) {
            frames.add(bounds.clone());
            frameTitles.add(title);
        }

        public int nodeCount() {
            return nodeCount;
        }

        public GraphScene build() {
            return new GraphScene(this);
        }
    }

    /** Copies the frames of a layout with the given titles. */
    public static void addFrames(Builder builder, GraphLayout layout, java.util.function.IntFunction<String> title) {
        for (int g = 0; g < layout.groupFrameCount(); g++) {
            double[] frame = layout.groupFrame(g);
            if (frame != null) {
                builder.addFrame(frame, title.apply(g));
            }
        }
    }
}
