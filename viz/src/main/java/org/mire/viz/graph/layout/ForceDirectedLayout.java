package org.mire.viz.graph.layout;

import java.util.Random;
import java.util.function.BiFunction;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.mire.progress.ProgressMonitor;

/**
 * JGraphT's Fruchterman–Reingold layout, plain (O(n²) per iteration) or indexed with a Barnes–Hut quadtree
 * (O(n log n)). Nodes start near their function's place in a packed grid rather than at random, which converges to
 * a readable picture in far fewer iterations. Progress and cancellation hook into the annealing schedule, which
 * JGraphT asks for once per iteration.
 */
public final class ForceDirectedLayout {
    /** JGraphT's default number of iterations. */
    public static final int ITERATIONS = FRLayoutAlgorithm2D.DEFAULT_ITERATIONS;
    /** Space per node in the drawable square, in world units. */
    private static final double CELL = 46;
    private static final long SEED = 20_250_101L;

    private final boolean indexed;

    public ForceDirectedLayout(boolean indexed) {
        this.indexed = indexed;
    }

    public GraphLayout layout(LayoutGraph input, ProgressMonitor monitor) {
        int n = input.nodeCount();
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) {
            graph.addVertex(i);
        }
        for (int e = 0; e < input.edgeCount(); e++) {
            int s = input.source(e);
            int t = input.target(e);
            if (s != t && !graph.containsEdge(s, t)) {
                graph.addEdge(s, t);
            }
        }
        double side = Math.max(200, Math.sqrt(n) * CELL);
        LayoutModel2D<Integer> model = new SafeModel(Box2D.of(side, side));
        String what = indexed ? "Force-directed layout (Barnes-Hut)" : "Force-directed layout";
        BiFunction<LayoutModel2D<Integer>, Integer, FRLayoutAlgorithm2D.TemperatureModel> schedule =
                (layoutModel, iterations) -> {
                    // JGraphT's inverse-linear schedule, reporting each iteration.
                    double dimension = Math.min(layoutModel.getDrawableArea().getWidth(),
                            layoutModel.getDrawableArea().getHeight());
                    double a = -dimension / (10.0 * iterations);
                    double b = dimension / 10.0;
                    return (iteration, max) -> {
                        monitor.checkCancelled();
                        monitor.progress(iteration + 1, max, what + ": iteration " + (iteration + 1) + " of " + max);
                        return iteration >= max - 1 ? 0.0 : a * iteration + b;
                    };
                };
        Random random = new Random(SEED);
        FRLayoutAlgorithm2D<Integer, DefaultEdge> algorithm = indexed
                ? new IndexedFRLayoutAlgorithm2D<>(ITERATIONS, IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR,
                        FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, random) {
                    {
                        this.temperatureModelSupplier = schedule;
                    }
                }
                : new FRLayoutAlgorithm2D<>(ITERATIONS, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, schedule,
                        random);
        double[][] start = seedPositions(input, side, random);
        algorithm.setInitializer(v -> Point2D.of(start[0][(Integer) v], start[1][(Integer) v]));
        monitor.checkCancelled();
        algorithm.layout(graph, model);

        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            Point2D p = model.get(i);
            x[i] = p.getX();
            y[i] = p.getY();
        }
        spreadToNodeSize(input, x, y);
        return new GraphLayout(x, y, widths(input), heights(input), null, null);
    }

    /**
     * Starts each node in its group's cell of a grid (groups by size), jittered, so that functions begin apart
     * and the annealing only has to untangle them locally.
     */
    private static double[][] seedPositions(LayoutGraph input, double side, Random random) {
        int n = input.nodeCount();
        int groups = input.groupCount();
        int[] size = new int[groups + 1];
        for (int i = 0; i < n; i++) {
            size[input.group(i) < 0 ? groups : input.group(i)]++;
        }
        int columns = (int) Math.ceil(Math.sqrt(groups + 1));
        double cell = side / columns;
        double[][] start = new double[2][n];
        for (int i = 0; i < n; i++) {
            int g = input.group(i) < 0 ? groups : input.group(i);
            double cx = (g % columns + 0.5) * cell;
            double cy = (g / columns + 0.5) * cell;
            double spread = cell * 0.4;
            // Strictly inside the box: the Barnes-Hut quadtree rejects points on its far edges.
            start[0][i] = Math.clamp(cx + (random.nextDouble() - 0.5) * 2 * spread, side * 0.001, side * 0.999);
            start[1][i] = Math.clamp(cy + (random.nextDouble() - 0.5) * 2 * spread, side * 0.001, side * 0.999);
        }
        return start;
    }

    /**
     * JGraphT's FR divides a node's displacement by its length; a node whose forces cancel exactly gets NaN, which
     * the Barnes-Hut quadtree then rejects. This model keeps such a node where it was, and keeps every node
     * strictly inside the drawable square (the quadtree also rejects points on its far edges).
     */
    private static final class SafeModel extends MapLayoutModel2D<Integer> {
        SafeModel(Box2D area) {
            super(area);
        }

        @Override
        public Point2D put(Integer vertex, Point2D point) {
            Point2D previous = get(vertex);
            if (Double.isNaN(point.getX()) || Double.isNaN(point.getY())) {
                return previous == null ? super.put(vertex, Point2D.of(getDrawableArea().getWidth() / 2,
                        getDrawableArea().getHeight() / 2)) : previous;
            }
            Box2D area = getDrawableArea();
            double margin = Math.max(1e-6, area.getWidth() * 1e-6);
            return super.put(vertex, Point2D.of(
                    Math.clamp(point.getX(), area.getMinX() + margin, area.getMaxX() - margin),
                    Math.clamp(point.getY(), area.getMinY() + margin, area.getMaxY() - margin)));
        }
    }

    /** Scales the picture so that the typical edge is a few node widths long. */
    static void spreadToNodeSize(LayoutGraph input, double[] x, double[] y) {
        int m = input.edgeCount();
        if (m == 0) {
            return;
        }
        double[] lengths = new double[m];
        for (int e = 0; e < m; e++) {
            lengths[e] = Math.hypot(x[input.source(e)] - x[input.target(e)], y[input.source(e)] - y[input.target(e)]);
        }
        java.util.Arrays.sort(lengths);
        double median = lengths[m / 2];
        if (median <= 0) {
            return;
        }
        double scale = 70 / median;
        for (int i = 0; i < x.length; i++) {
            x[i] *= scale;
            y[i] *= scale;
        }
    }

    static double[] widths(LayoutGraph input) {
        double[] w = new double[input.nodeCount()];
        for (int i = 0; i < w.length; i++) {
            w[i] = input.width(i);
        }
        return w;
    }

    static double[] heights(LayoutGraph input) {
        double[] h = new double[input.nodeCount()];
        for (int i = 0; i < h.length; i++) {
            h[i] = input.height(i);
        }
        return h;
    }
}
