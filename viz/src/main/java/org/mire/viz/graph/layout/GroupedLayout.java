package org.mire.viz.graph.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mire.progress.ProgressMonitor;

/**
 * Lays out each group (function) on its own and packs the groups in rows, in the order of their first node, like
 * pages of a listing. Nodes without a group are packed as groups of one, without a frame.
 */
abstract class GroupedLayout {
    /** Space inside a group frame around its nodes; the top is larger to leave room for the frame's title. */
    static final double FRAME_PADDING = 14;
    static final double FRAME_TITLE = 22;
    static final double GROUP_GAP = 36;

    /**
     * The layout of one group in its own coordinates.
     *
     * @param x      centre x per member
     * @param y      centre y per member
     * @param routes per internal edge: polyline points, or null for straight
     */
    record Local(double[] x, double[] y, double[][] routes) {
    }

    /** Lays out one group: {@code members} are node ids, {@code edges} the ids of edges between members. */
    abstract Local layoutGroup(LayoutGraph graph, int[] members, int[] edges, ProgressMonitor monitor);

    /** A short name for progress messages. */
    abstract String name();

    final GraphLayout layoutGroups(LayoutGraph graph, ProgressMonitor monitor) {
        int n = graph.nodeCount();
        List<int[]> groups = new ArrayList<>();
        List<Boolean> framed = new ArrayList<>();
        int[] groupOf = new int[n];
        int realGroups = graph.groupCount();
        int[] sizes = new int[realGroups];
        for (int i = 0; i < n; i++) {
            if (graph.group(i) >= 0) {
                sizes[graph.group(i)]++;
            }
        }
        int[][] members = new int[realGroups][];
        for (int g = 0; g < realGroups; g++) {
            members[g] = new int[sizes[g]];
        }
        int[] fill = new int[realGroups];
        // Groups in the order of their first node; ungrouped nodes become groups of one.
        int[] packIndex = new int[realGroups];
        Arrays.fill(packIndex, -1);
        for (int i = 0; i < n; i++) {
            int g = graph.group(i);
            if (g < 0) {
                groupOf[i] = groups.size();
                groups.add(new int[] {i});
                framed.add(false);
            } else {
                if (packIndex[g] < 0) {
                    packIndex[g] = groups.size();
                    groups.add(members[g]);
                    framed.add(true);
                }
                members[g][fill[g]++] = i;
                groupOf[i] = packIndex[g];
            }
        }
        int[] edgeCounts = new int[groups.size()];
        for (int e = 0; e < graph.edgeCount(); e++) {
            int gs = groupOf[graph.source(e)];
            if (gs == groupOf[graph.target(e)]) {
                edgeCounts[gs]++;
            }
        }
        int[][] groupEdges = new int[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            groupEdges[g] = new int[edgeCounts[g]];
        }
        Arrays.fill(edgeCounts, 0);
        for (int e = 0; e < graph.edgeCount(); e++) {
            int gs = groupOf[graph.source(e)];
            if (gs == groupOf[graph.target(e)]) {
                groupEdges[gs][edgeCounts[gs]++] = e;
            }
        }

        double[] x = new double[n];
        double[] y = new double[n];
        double[][] routes = new double[graph.edgeCount()][];
        Local[] locals = new Local[groups.size()];
        double[][] boxes = new double[groups.size()][];
        long done = 0;
        for (int g = 0; g < groups.size(); g++) {
            monitor.checkCancelled();
            int[] group = groups.get(g);
            locals[g] = group.length == 1 && groupEdges[g].length == 0
                    ? new Local(new double[] {0}, new double[] {0}, new double[0][])
                    : layoutGroup(graph, group, groupEdges[g], monitor);
            boxes[g] = bounds(graph, group, locals[g]);
            done += group.length;
            monitor.progress(done, n, name() + ": " + done + " of " + n + " nodes");
        }

        // Shelf packing: rows of groups in order, each row as wide as the square root of the total area suggests.
        double area = 0;
        double widest = 0;
        for (int g = 0; g < groups.size(); g++) {
            double pad = framed.get(g) ? 2 * FRAME_PADDING : 0;
            double w = boxes[g][2] - boxes[g][0] + pad + GROUP_GAP;
            double h = boxes[g][3] - boxes[g][1] + pad + (framed.get(g) ? FRAME_TITLE : 0) + GROUP_GAP;
            area += w * h;
            widest = Math.max(widest, w);
        }
        double rowWidth = Math.max(widest, Math.sqrt(area) * 1.6);
        double cursorX = 0;
        double cursorY = 0;
        double rowHeight = 0;
        double[][] frames = new double[realGroups][];
        for (int g = 0; g < groups.size(); g++) {
            boolean frame = framed.get(g);
            double pad = frame ? FRAME_PADDING : 0;
            double title = frame ? FRAME_TITLE : 0;
            double w = boxes[g][2] - boxes[g][0] + 2 * pad;
            double h = boxes[g][3] - boxes[g][1] + 2 * pad + title;
            if (cursorX > 0 && cursorX + w > rowWidth) {
                cursorX = 0;
                cursorY += rowHeight + GROUP_GAP;
                rowHeight = 0;
            }
            double dx = cursorX + pad - boxes[g][0];
            double dy = cursorY + pad + title - boxes[g][1];
            int[] group = groups.get(g);
            Local local = locals[g];
            for (int m = 0; m < group.length; m++) {
                x[group[m]] = local.x()[m] + dx;
                y[group[m]] = local.y()[m] + dy;
            }
            for (int k = 0; k < groupEdges[g].length && k < local.routes().length; k++) {
                double[] route = local.routes()[k];
                if (route != null) {
                    double[] moved = route.clone();
                    for (int p = 0; p < moved.length; p += 2) {
                        moved[p] += dx;
                        moved[p + 1] += dy;
                    }
                    routes[groupEdges[g][k]] = moved;
                }
            }
            if (frame) {
                frames[graph.group(group[0])] = new double[] {cursorX, cursorY, cursorX + w, cursorY + h};
            }
            cursorX += w + GROUP_GAP;
            rowHeight = Math.max(rowHeight, h);
        }
        double[] widths = new double[n];
        double[] heights = new double[n];
        for (int i = 0; i < n; i++) {
            widths[i] = graph.width(i);
            heights[i] = graph.height(i);
        }
        return new GraphLayout(x, y, widths, heights, routes, frames);
    }

    private static double[] bounds(LayoutGraph graph, int[] group, Local local) {
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (int m = 0; m < group.length; m++) {
            double hw = graph.width(group[m]) / 2;
            double hh = graph.height(group[m]) / 2;
            box[0] = Math.min(box[0], local.x()[m] - hw);
            box[1] = Math.min(box[1], local.y()[m] - hh);
            box[2] = Math.max(box[2], local.x()[m] + hw);
            box[3] = Math.max(box[3], local.y()[m] + hh);
        }
        for (double[] route : local.routes()) {
            if (route != null) {
                for (int p = 0; p < route.length; p += 2) {
                    box[0] = Math.min(box[0], route[p]);
                    box[1] = Math.min(box[1], route[p + 1]);
                    box[2] = Math.max(box[2], route[p]);
                    box[3] = Math.max(box[3], route[p + 1]);
                }
            }
        }
        return box;
    }
}
