package org.mire.viz.graph;

import java.util.Arrays;

/**
 * A uniform grid over a scene's node boxes: culling asks for the nodes in the viewport and hit-testing for the
 * node under the pointer without touching the other thousands. Queries share a visit stamp, so they take the
 * index's lock: the window draws on the FX thread while an export draws the same scene on a worker.
 */
final class SpatialIndex {
    private static final int MAX_CELLS_PER_SIDE = 512;

    private final GraphScene scene;
    private final double originX;
    private final double originY;
    private final double cell;
    private final int columns;
    private final int rows;
    private final int[] cellStart;
    private final int[] cellNodes;
    private final int[] stamp;
    private int query;

    SpatialIndex(GraphScene scene) {
        this.scene = scene;
        int n = scene.nodeCount;
        double w = Math.max(1, scene.maxX - scene.minX);
        double h = Math.max(1, scene.maxY - scene.minY);
        double size = Math.sqrt(w * h / Math.max(1, n)) * 1.5;
        size = Math.max(size, Math.max(w, h) / MAX_CELLS_PER_SIDE);
        cell = Math.max(size, 1);
        originX = scene.minX;
        originY = scene.minY;
        columns = Math.max(1, (int) Math.ceil(w / cell) + 1);
        rows = Math.max(1, (int) Math.ceil(h / cell) + 1);
        int[] count = new int[columns * rows + 1];
        for (int i = 0; i < n; i++) {
            int c0 = column(scene.x[i] - scene.width[i] / 2);
            int c1 = column(scene.x[i] + scene.width[i] / 2);
            int r0 = row(scene.y[i] - scene.height[i] / 2);
            int r1 = row(scene.y[i] + scene.height[i] / 2);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    count[r * columns + c + 1]++;
                }
            }
        }
        for (int k = 1; k < count.length; k++) {
            count[k] += count[k - 1];
        }
        cellStart = count;
        cellNodes = new int[count[count.length - 1]];
        int[] fill = Arrays.copyOf(count, count.length - 1);
        for (int i = 0; i < n; i++) {
            int c0 = column(scene.x[i] - scene.width[i] / 2);
            int c1 = column(scene.x[i] + scene.width[i] / 2);
            int r0 = row(scene.y[i] - scene.height[i] / 2);
            int r1 = row(scene.y[i] + scene.height[i] / 2);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    cellNodes[fill[r * columns + c]++] = i;
                }
            }
        }
        stamp = new int[n];
    }

    private int column(double wx) {
        return Math.clamp((int) Math.floor((wx - originX) / cell), 0, columns - 1);
    }

    private int row(double wy) {
        return Math.clamp((int) Math.floor((wy - originY) / cell), 0, rows - 1);
    }

    /**
     * The nodes whose boxes meet the world rectangle, in index order (the drawing order), written into
     * {@code out} (grown as needed); returns the array and puts the count in {@code countOut[0]}.
     */
    synchronized int[] nodesIn(double x0, double y0, double x1, double y1, int[] out, int[] countOut) {
        int n = scene.nodeCount;
        int found = 0;
        double viewArea = (x1 - x0) * (y1 - y0);
        double sceneArea = Math.max(1, (scene.maxX - scene.minX) * (scene.maxY - scene.minY));
        if (viewArea > sceneArea * 0.5) {
            // Most of the scene is visible: a straight scan is cheaper than the grid.
            if (out.length < n) {
                out = new int[n];
            }
            for (int i = 0; i < n; i++) {
                if (overlaps(i, x0, y0, x1, y1)) {
                    out[found++] = i;
                }
            }
            countOut[0] = found;
            return out;
        }
        query++;
        if (query == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            query = 1;
        }
        int c0 = column(x0);
        int c1 = column(x1);
        int r0 = row(y0);
        int r1 = row(y1);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int k = r * columns + c;
                for (int p = cellStart[k]; p < cellStart[k + 1]; p++) {
                    int i = cellNodes[p];
                    if (stamp[i] != query && overlaps(i, x0, y0, x1, y1)) {
                        stamp[i] = query;
                        if (found == out.length) {
                            out = Arrays.copyOf(out, Math.max(64, found * 2));
                        }
                        out[found++] = i;
                    }
                }
            }
        }
        Arrays.sort(out, 0, found);
        countOut[0] = found;
        return out;
    }

    private boolean overlaps(int i, double x0, double y0, double x1, double y1) {
        double hw = scene.width[i] / 2;
        double hh = scene.height[i] / 2;
        return scene.x[i] + hw >= x0 && scene.x[i] - hw <= x1 && scene.y[i] + hh >= y0 && scene.y[i] - hh <= y1;
    }

    /** The topmost (last drawn) node containing the point, or -1. */
    synchronized int nodeAt(double wx, double wy) {
        if (scene.nodeCount == 0 || wx < originX - cell || wy < originY - cell) {
            return -1;
        }
        int k = row(wy) * columns + column(wx);
        int best = -1;
        for (int p = cellStart[k]; p < cellStart[k + 1]; p++) {
            int i = cellNodes[p];
            if (i > best && contains(i, wx, wy)) {
                best = i;
            }
        }
        return best;
    }

    private boolean contains(int i, double wx, double wy) {
        // Small shapes get a few units of slack so that they stay easy to hit.
        double hw = scene.width[i] / 2 + 2;
        double hh = scene.height[i] / 2 + 2;
        double dx = Math.abs(wx - scene.x[i]);
        double dy = Math.abs(wy - scene.y[i]);
        if (dx > hw || dy > hh) {
            return false;
        }
        return switch (scene.shape[i]) {
            case ELLIPSE -> (dx * dx) / (hw * hw) + (dy * dy) / (hh * hh) <= 1;
            case DIAMOND -> dx / hw + dy / hh <= 1;
            default -> true;
        };
    }
}
