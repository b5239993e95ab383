package org.mire.viz.graph.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mire.progress.ProgressMonitor;

/**
 * A Sugiyama-style layered layout of each group, written for speed: depth-first cycle breaking, longest-path
 * layering with sources pulled down next to their first use, barycentre ordering sweeps, and median alignment of x
 * coordinates. Edges are drawn straight. Linear in the graph size per sweep, so a 10,000-node module takes well
 * under a second where ELK takes several.
 */
public final class LayeredLayout extends GroupedLayout {
    static final double NODE_GAP = 14;
    static final double LAYER_GAP = 26;
    static final double COMPANION_GAP = 6;
    static final double COLUMN_GAP = 60;
    /** A wrapped column is about this many times as tall as the whole group is wide. */
    private static final double COLUMN_ASPECT = 1.1;
    private static final int MIN_WRAP_LAYERS = 40;
    private static final int SWEEPS = 6;
    private static final int ALIGN_PASSES = 4;

    public GraphLayout layout(LayoutGraph graph, ProgressMonitor monitor) {
        return layoutGroups(graph, monitor);
    }

    @Override
    String name() {
        return "Layered layout";
    }

    @Override
    Local layoutGroup(LayoutGraph graph, int[] members, int[] edges, ProgressMonitor monitor) {
        int members0 = members.length;
        int[] local = localIndex(graph, members);
        // Companions ride along with their anchor: lay out anchors only, each as wide as itself plus companions.
        int[] rep = new int[members0];
        for (int m = 0; m < members0; m++) {
            int anchor = graph.companionOf(members[m]);
            boolean inGroup = anchor >= 0 && local[anchor] < members0 && members[local[anchor]] == anchor
                    && graph.companionOf(anchor) < 0;
            rep[m] = inGroup ? local[anchor] : m;
        }
        int[] reduced = new int[members0];
        int n = 0;
        for (int m = 0; m < members0; m++) {
            if (rep[m] == m) {
                reduced[m] = n++;
            }
        }
        double[] width = new double[n];
        double rowHeight = 0;
        for (int m = 0; m < members0; m++) {
            int r = reduced[rep[m]];
            width[r] += (rep[m] == m ? 0 : COMPANION_GAP) + graph.width(members[m]);
            rowHeight = Math.max(rowHeight, graph.height(members[m]));
        }
        int[] from = new int[edges.length];
        int[] to = new int[edges.length];
        int kept = 0;
        for (int edge : edges) {
            int s = reduced[rep[local[graph.source(edge)]]];
            int t = reduced[rep[local[graph.target(edge)]]];
            if (s != t) {
                from[kept] = s;
                to[kept] = t;
                kept++;
            }
        }
        from = Arrays.copyOf(from, kept);
        to = Arrays.copyOf(to, kept);

        boolean[] reversed = breakCycles(n, from, to);
        int[][] succ = new int[n][];
        int[][] pred = new int[n][];
        adjacency(n, from, to, reversed, succ, pred);
        int[] layer = assignLayers(n, succ, pred);
        monitor.checkCancelled();

        int layers = 0;
        for (int v = 0; v < n; v++) {
            layers = Math.max(layers, layer[v] + 1);
        }
        List<List<Integer>> order = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            order.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            order.get(layer[v]).add(v);
        }
        double[] position = new double[n];
        updatePositions(order, position);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean down = sweep % 2 == 0;
            for (int i = 0; i < layers; i++) {
                int l = down ? i : layers - 1 - i;
                reorder(order.get(l), down ? pred : succ, position);
            }
            monitor.checkCancelled();
        }

        double[] rx = new double[n];
        double[] ry = new double[n];
        for (int l = 0; l < layers; l++) {
            List<Integer> row = order.get(l);
            double total = 0;
            for (int v : row) {
                total += width[v] + NODE_GAP;
            }
            double cursor = -total / 2;
            for (int v : row) {
                rx[v] = cursor + width[v] / 2;
                cursor += width[v] + NODE_GAP;
                ry[v] = l * (rowHeight + LAYER_GAP);
            }
        }
        align(order, succ, pred, width, rx);
        wrapIntoColumns(order, width, rx, ry, rowHeight + LAYER_GAP);

        // Unfold: each anchor at the left of its box, its companions after it in member order.
        double[] x = new double[members0];
        double[] y = new double[members0];
        double[] cursor = new double[n];
        for (int v = 0; v < n; v++) {
            cursor[v] = rx[v] - width[v] / 2;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int m = 0; m < members0; m++) {
                boolean anchor = rep[m] == m;
                if (anchor != (pass == 0)) {
                    continue;
                }
                int r = reduced[rep[m]];
                double w = graph.width(members[m]);
                double left = cursor[r] + (anchor ? 0 : COMPANION_GAP);
                x[m] = left + w / 2;
                y[m] = ry[r];
                cursor[r] = left + w;
            }
        }
        return new Local(x, y, new double[edges.length][]);
    }

    /**
     * Straight-line code makes very deep, narrow layerings. Such a group is cut into side-by-side columns of
     * consecutive layers (read like a newspaper), so that a function fits a screen instead of a strip.
     */
    static void wrapIntoColumns(List<List<Integer>> order, double[] width, double[] x, double[] y, double rowStep) {
        int layers = order.size();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        for (List<Integer> row : order) {
            for (int v : row) {
                minX = Math.min(minX, x[v] - width[v] / 2);
                maxX = Math.max(maxX, x[v] + width[v] / 2);
            }
        }
        double columnWidth = maxX - minX + COLUMN_GAP;
        double height = layers * rowStep;
        int columns = (int) Math.floor(Math.sqrt(height / (COLUMN_ASPECT * columnWidth)));
        if (columns < 2 || layers < MIN_WRAP_LAYERS) {
            return;
        }
        int perColumn = (layers + columns - 1) / columns;
        for (int l = 0; l < layers; l++) {
            int column = l / perColumn;
            for (int v : order.get(l)) {
                x[v] += column * columnWidth;
                y[v] = (l - column * perColumn) * rowStep;
            }
        }
    }

    private static int[] localIndex(LayoutGraph graph, int[] members) {
        // A map from node id to member index, sized to the graph but only touched for members.
        int[] local = new int[graph.nodeCount()];
        for (int m = 0; m < members.length; m++) {
            local[members[m]] = m;
        }
        return local;
    }

    /** Depth-first search from every node in order; an edge into a node on the current path is reversed. */
    static boolean[] breakCycles(int n, int[] from, int[] to) {
        int[][] out = new int[n][];
        int[] degree = new int[n];
        for (int k = 0; k < from.length; k++) {
            degree[from[k]]++;
        }
        for (int v = 0; v < n; v++) {
            out[v] = new int[degree[v]];
        }
        Arrays.fill(degree, 0);
        for (int k = 0; k < from.length; k++) {
            out[from[k]][degree[from[k]]++] = k;
        }
        boolean[] reversed = new boolean[from.length];
        byte[] state = new byte[n]; // 0 new, 1 on path, 2 done
        int[] stack = new int[n];
        int[] cursor = new int[n];
        for (int start = 0; start < n; start++) {
            if (state[start] != 0) {
                continue;
            }
            int depth = 0;
            stack[depth++] = start;
            state[start] = 1;
            while (depth > 0) {
                int v = stack[depth - 1];
                if (cursor[v] < out[v].length) {
                    int k = out[v][cursor[v]++];
                    int w = to[k];
                    if (state[w] == 1) {
                        reversed[k] = true;
                    } else if (state[w] == 0) {
                        state[w] = 1;
                        stack[depth++] = w;
                    }
                } else {
                    state[v] = 2;
                    depth--;
                }
            }
        }
        return reversed;
    }

    private static void adjacency(int n, int[] from, int[] to, boolean[] reversed, int[][] succ, int[][] pred) {
        int[] outDegree = new int[n];
        int[] inDegree = new int[n];
        for (int k = 0; k < from.length; k++) {
            int s = reversed[k] ? to[k] : from[k];
            int t = reversed[k] ? from[k] : to[k];
            if (s != t) {
                outDegree[s]++;
                inDegree[t]++;
            }
        }
        for (int v = 0; v < n; v++) {
            succ[v] = new int[outDegree[v]];
            pred[v] = new int[inDegree[v]];
        }
        Arrays.fill(outDegree, 0);
        Arrays.fill(inDegree, 0);
        for (int k = 0; k < from.length; k++) {
            int s = reversed[k] ? to[k] : from[k];
            int t = reversed[k] ? from[k] : to[k];
            if (s != t) {
                succ[s][outDegree[s]++] = t;
                pred[t][inDegree[t]++] = s;
            }
        }
    }

    /** Longest-path layering; nodes without predecessors then move down to just above their nearest successor. */
    static int[] assignLayers(int n, int[][] succ, int[][] pred) {
        int[] layer = new int[n];
        int[] remaining = new int[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int v = 0; v < n; v++) {
            remaining[v] = pred[v].length;
            if (remaining[v] == 0) {
                queue[tail++] = v;
            }
        }
        while (head < tail) {
            int v = queue[head++];
            for (int w : succ[v]) {
                layer[w] = Math.max(layer[w], layer[v] + 1);
                if (--remaining[w] == 0) {
                    queue[tail++] = w;
                }
            }
        }
        for (int v = 0; v < n; v++) {
            if (pred[v].length == 0 && succ[v].length > 0) {
                int nearest = Integer.MAX_VALUE;
                for (int w : succ[v]) {
                    nearest = Math.min(nearest, layer[w]);
                }
                layer[v] = Math.max(0, nearest - 1);
            }
        }
        return layer;
    }

    private static void updatePositions(List<List<Integer>> order, double[] position) {
        for (List<Integer> row : order) {
            for (int i = 0; i < row.size(); i++) {
                position[row.get(i)] = i - row.size() / 2.0;
            }
        }
    }

    /** Sorts a layer by the mean position of each node's neighbours on the given side. */
    private static void reorder(List<Integer> row, int[][] neighbours, double[] position) {
        int size = row.size();
        double[] key = new double[size];
        Integer[] nodes = row.toArray(new Integer[0]);
        for (int i = 0; i < size; i++) {
            int v = nodes[i];
            if (neighbours[v].length == 0) {
                key[i] = position[v];
            } else {
                double sum = 0;
                for (int w : neighbours[v]) {
                    sum += position[w];
                }
                key[i] = sum / neighbours[v].length;
            }
        }
        Integer[] index = new Integer[size];
        for (int i = 0; i < size; i++) {
            index[i] = i;
        }
        Arrays.sort(index, (a, b) -> Double.compare(key[a], key[b]));
        row.clear();
        for (int i = 0; i < size; i++) {
            row.add(nodes[index[i]]);
            position[nodes[index[i]]] = i - size / 2.0;
        }
    }

    /**
     * Moves nodes toward the median x of their neighbours while keeping each layer's order and gaps: the average of
     * a left-to-right and a right-to-left placement, so that neither side is favoured.
     */
    private static void align(List<List<Integer>> order, int[][] succ, int[][] pred, double[] width, double[] x) {
        for (int pass = 0; pass < ALIGN_PASSES; pass++) {
            boolean down = pass % 2 == 0;
            for (int i = 0; i < order.size(); i++) {
                List<Integer> row = order.get(down ? i : order.size() - 1 - i);
                int size = row.size();
                if (size == 0) {
                    continue;
                }
                double[] desired = new double[size];
                for (int k = 0; k < size; k++) {
                    int v = row.get(k);
                    int[] neighbours = down ? pred[v] : succ[v];
                    desired[k] = neighbours.length == 0 ? x[v] : median(neighbours, x);
                }
                double[] left = new double[size];
                double[] right = new double[size];
                for (int k = 0; k < size; k++) {
                    double min = k == 0 ? Double.NEGATIVE_INFINITY
                            : left[k - 1] + (width[row.get(k - 1)] + width[row.get(k)]) / 2 + NODE_GAP;
                    left[k] = Math.max(desired[k], min);
                }
                for (int k = size - 1; k >= 0; k--) {
                    double max = k == size - 1 ? Double.POSITIVE_INFINITY
                            : right[k + 1] - (width[row.get(k + 1)] + width[row.get(k)]) / 2 - NODE_GAP;
                    right[k] = Math.min(desired[k], max);
                }
                for (int k = 0; k < size; k++) {
                    x[row.get(k)] = (left[k] + right[k]) / 2;
                }
                // The average can bring neighbours too close; one more forward pass restores the gaps.
                for (int k = 1; k < size; k++) {
                    double min = x[row.get(k - 1)] + (width[row.get(k - 1)] + width[row.get(k)]) / 2 + NODE_GAP;
                    if (x[row.get(k)] < min) {
                        x[row.get(k)] = min;
                    }
                }
            }
        }
    }

    private static double median(int[] neighbours, double[] x) {
        double[] values = new double[neighbours.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = x[neighbours[i]];
        }
        Arrays.sort(values);
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
