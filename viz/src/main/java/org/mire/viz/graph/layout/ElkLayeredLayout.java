package org.mire.viz.graph.layout;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.mire.progress.CancelledException;
import org.mire.progress.ProgressMonitor;
import org.mire.progress.WorkerThread;

/**
 * ELK Layered on each group, top to bottom, with routed edges. ELK recurses deeply on large graphs, so the work needs
 * a 32 MB stack (the default 1 MB overflows at about 5,000 nodes): on the application's worker threads
 * ({@link WorkerThread}) it runs in place; elsewhere (the command line, tests) on a thread of its own.
 */
public final class ElkLayeredLayout extends GroupedLayout {

    private final EdgeRouting routing;
    private final double nodeGap;
    private final double layerGap;
    private final int thoroughness;
    private final boolean modelOrder;

    /**
     * Polyline routing with the spacing of the program-graph view, and a single crossing-minimisation pass: program
     * graphs have many data edges spanning dozens of layers, and ELK's default thoroughness (7) makes a
     * 400-node function take seconds.
     */
    public ElkLayeredLayout() {
        this(EdgeRouting.POLYLINE, 12, 22, 1);
    }

    /**
     * @param routing      how ELK routes edges (orthogonal suits control-flow graphs of blocks)
     * @param nodeGap      space between nodes of a layer
     * @param layerGap     space between layers
     * @param thoroughness ELK's crossing-minimisation effort (its default is 7)
     */
    public ElkLayeredLayout(EdgeRouting routing, double nodeGap, double layerGap, int thoroughness) {
        this(routing, nodeGap, layerGap, thoroughness, false);
    }

    private ElkLayeredLayout(EdgeRouting routing, double nodeGap, double layerGap, int thoroughness,
                             boolean modelOrder) {
        this.routing = routing;
        this.nodeGap = nodeGap;
        this.layerGap = layerGap;
        this.thoroughness = thoroughness;
        this.modelOrder = modelOrder;
    }

    /**
     * A layout that reads the nodes' order as meaningful, as the blocks of a control-flow graph in text order: the
     * first node goes on the top layer, an edge to an earlier node is a back-edge (drawn upwards), and ties keep
     * the order. Without this ELK breaks cycles greedily and can put a function's entry block at the bottom.
     */
    public static ElkLayeredLayout inModelOrder(EdgeRouting routing, double nodeGap, double layerGap,
                                                int thoroughness) {
        return new ElkLayeredLayout(routing, nodeGap, layerGap, thoroughness, true);
    }

    public GraphLayout layout(LayoutGraph graph, ProgressMonitor monitor) {
        return onLargeStack(() -> layoutGroups(graph, monitor));
    }

    @Override
    String name() {
        return "ELK layered layout";
    }

    @Override
    Local layoutGroup(LayoutGraph graph, int[] members, int[] edges, ProgressMonitor monitor) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, routing);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, nodeGap);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerGap);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, layerGap / 2);
        root.setProperty(LayeredOptions.THOROUGHNESS, thoroughness);
        if (modelOrder) {
            root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.MODEL_ORDER);
            root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        }
        ElkNode[] nodes = new ElkNode[members.length];
        int[] local = new int[graph.nodeCount()];
        for (int m = 0; m < members.length; m++) {
            local[members[m]] = m;
            nodes[m] = ElkGraphUtil.createNode(root);
            nodes[m].setDimensions(graph.width(members[m]), graph.height(members[m]));
        }
        if (modelOrder && members.length > 1) {
            nodes[0].setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
        }
        ElkEdge[] elkEdges = new ElkEdge[edges.length];
        for (int k = 0; k < edges.length; k++) {
            int s = local[graph.source(edges[k])];
            int t = local[graph.target(edges[k])];
            if (s == t) {
                continue;
            }
            elkEdges[k] = ElkGraphUtil.createSimpleEdge(nodes[s], nodes[t]);
            elkEdges[k].setProperty(LayeredOptions.PRIORITY_DIRECTION, graph.priority(edges[k]));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return monitor.isCancelled();
            }
        });
        monitor.checkCancelled();
        double[] x = new double[members.length];
        double[] y = new double[members.length];
        for (int m = 0; m < members.length; m++) {
            x[m] = nodes[m].getX() + nodes[m].getWidth() / 2;
            y[m] = nodes[m].getY() + nodes[m].getHeight() / 2;
        }
        double[][] routes = new double[edges.length][];
        for (int k = 0; k < edges.length; k++) {
            if (elkEdges[k] != null && !elkEdges[k].getSections().isEmpty()) {
                routes[k] = route(elkEdges[k].getSections());
            }
        }
        return new Local(x, y, routes);
    }

    private static double[] route(List<ElkEdgeSection> sections) {
        ElkEdgeSection section = sections.getFirst();
        List<ElkBendPoint> bends = section.getBendPoints();
        double[] points = new double[4 + 2 * bends.size()];
        points[0] = section.getStartX();
        points[1] = section.getStartY();
        for (int b = 0; b < bends.size(); b++) {
            points[2 + 2 * b] = bends.get(b).getX();
            points[3 + 2 * b] = bends.get(b).getY();
        }
        points[points.length - 2] = section.getEndX();
        points[points.length - 1] = section.getEndY();
        return points;
    }

    /** Runs ELK work with a large stack (here, or on a thread of its own) and passes on its result or failure. */
    static <T> T onLargeStack(java.util.function.Supplier<T> work) {
        if (WorkerThread.currentHasStack(WorkerThread.LARGE_STACK_BYTES)) {
            return work.get();
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new WorkerThread(() -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "elk-layout", WorkerThread.LARGE_STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
        return result.get();
    }
}
