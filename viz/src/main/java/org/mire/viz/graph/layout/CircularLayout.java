package org.mire.viz.graph.layout;

import java.util.Comparator;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.CircularLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.mire.progress.ProgressMonitor;

/** JGraphT's circular layout with nodes in group (function) order, then in id order, so functions form arcs. */
public final class CircularLayout {
    private static final double NODE_GAP = 10;

    public GraphLayout layout(LayoutGraph input, ProgressMonitor monitor) {
        int n = input.nodeCount();
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        double circumference = 0;
        for (int i = 0; i < n; i++) {
            graph.addVertex(i);
            circumference += Math.max(input.width(i), input.height(i)) + NODE_GAP;
        }
        monitor.progress(-1, "Circular layout");
        monitor.checkCancelled();
        double radius = Math.max(60, circumference / (2 * Math.PI));
        Comparator<Integer> order = Comparator.<Integer>comparingInt(v -> input.group(v) < 0 ? -1 : input.group(v))
                .thenComparingInt(v -> v);
        LayoutModel2D<Integer> model = new MapLayoutModel2D<>(Box2D.of(2 * radius, 2 * radius));
        new CircularLayoutAlgorithm2D<Integer, DefaultEdge>(radius, order).layout(graph, model);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            Point2D p = model.get(i);
            x[i] = p.getX();
            y[i] = p.getY();
        }
        monitor.progress(1, "Circular layout");
        return new GraphLayout(x, y, ForceDirectedLayout.widths(input), ForceDirectedLayout.heights(input), null,
                null);
    }
}
