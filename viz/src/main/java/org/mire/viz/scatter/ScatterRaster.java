package org.mire.viz.scatter;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The rendering of a {@link ScatterView}: points rasterised into an ARGB buffer (one anti-aliased stamp per point,
 * horizontal bands in parallel) and drawn as one image; then a grid index of where each point landed on screen, for
 * hit tests, box and lasso selection and labels.
 */
final class ScatterRaster {
    static final int LIGHT_BACKGROUND = 0xfffcfcfd;
    static final int DARK_BACKGROUND = 0xff161b22;
    /** Ring of points marked as the selected point's neighbours. */
    static final int NEIGHBOUR_RING = 0x00a3a3;
    private static final int CELL = 8;

    private WritableImage image;
    private int[] pixels = new int[0];
    private int[] cellStart = new int[1];
    private int[] cellPoints = new int[0];
    private int cellsX;
    private int cellsY;
    private int[] screenX = new int[0];
    private int[] screenY = new int[0];
    private int n;

    /** Rasterises the view's points into a w × h image and draws it; returns nothing the caller must keep. */
    void draw(GraphicsContext g, int w, int h, ScatterView view, double radius) {
        n = view.n;
        if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
            image = new WritableImage(w, h);
            pixels = new int[w * h];
        }
        if (screenX.length != n) {
            screenX = new int[n];
            screenY = new int[n];
        }
        Stamp stamp = Stamp.of(radius);
        Stamp ring = Stamp.of(radius + 1.6);
        BitSet selected = view.selection().copy();
        BitSet highlighted = (BitSet) view.highlighted.clone();
        BitSet marked = view.marked;
        highlighted.or(marked);
        boolean focus = !selected.isEmpty() || !highlighted.isEmpty();
        int background = view.isDark() ? DARK_BACKGROUND : LIGHT_BACKGROUND;
        int selectedRing = view.isDark() ? 0xf0f0f0 : 0x202020;
        int[] rgb = view.colouring().rgb();
        double halfW = w / 2.0;
        double halfH = h / 2.0;
        ScatterView.ViewState state = view.viewState();
        for (int i = 0; i < n; i++) {
            if (!view.isVisible(i)) {
                screenX[i] = Integer.MIN_VALUE;
                continue;
            }
            screenX[i] = (int) Math.round((view.xs[i] - state.centreX()) * state.scale() + halfW);
            screenY[i] = (int) Math.round(halfH - (view.ys[i] - state.centreY()) * state.scale());
        }
        int[] emphasised = focus ? emphasisedRows(highlighted, selected) : new int[0];
        // horizontal bands drawn in parallel; within a band points keep their order, so frames are deterministic
        int bands = n < 20_000 ? 1 : Math.min(8, Runtime.getRuntime().availableProcessors() * 2);
        int[] px = pixels;
        IntStream.range(0, bands).parallel().forEach(band -> {
            int from = band * h / bands;
            int to = (band + 1) * h / bands;
            Arrays.fill(px, from * w, to * w, background);
            for (int i = 0; i < n; i++) {
                int sx = screenX[i];
                if (sx == Integer.MIN_VALUE || (focus && (selected.get(i) || highlighted.get(i)))) {
                    continue;
                }
                stamp.draw(px, w, from, to, sx, screenY[i], rgb.length > i ? rgb[i] : Palette.DEFAULT,
                        focus ? 0.22 : 0.85);
            }
            for (int i : emphasised) {
                if (screenX[i] == Integer.MIN_VALUE) {
                    continue;
                }
                int ringColour = selected.get(i) ? selectedRing : marked.get(i) ? NEIGHBOUR_RING : 0xff8c00;
                ring.draw(px, w, from, to, screenX[i], screenY[i], ringColour, 1.0);
                stamp.draw(px, w, from, to, screenX[i], screenY[i], rgb[i], 1.0);
            }
        });
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        g.drawImage(image, 0, 0);
        buildScreenIndex(w, h);
    }

    /** Highlighted rows then selected rows (selected drawn last, on top). */
    private int[] emphasisedRows(BitSet highlighted, BitSet selected) {
        BitSet onlyHighlighted = (BitSet) highlighted.clone();
        onlyHighlighted.andNot(selected);
        int[] a = onlyHighlighted.stream().filter(i -> i < n).toArray();
        int[] b = selected.stream().filter(i -> i < n).toArray();
        int[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private void buildScreenIndex(int w, int h) {
        cellsX = (w + CELL - 1) / CELL;
        cellsY = (h + CELL - 1) / CELL;
        int cells = cellsX * cellsY;
        if (cellStart.length != cells + 1) {
            cellStart = new int[cells + 1];
        } else {
            Arrays.fill(cellStart, 0);
        }
        int inView = 0;
        for (int i = 0; i < n; i++) {
            int sx = screenX[i];
            int sy = screenY[i];
            if (sx >= 0 && sy >= 0 && sx < w && sy < h) {
                cellStart[(sy / CELL) * cellsX + sx / CELL + 1]++;
                inView++;
            }
        }
        for (int c = 0; c < cells; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        if (cellPoints.length < inView) {
            cellPoints = new int[inView];
        }
        int[] fill = Arrays.copyOf(cellStart, cells);
        for (int i = 0; i < n; i++) {
            int sx = screenX[i];
            int sy = screenY[i];
            if (sx >= 0 && sy >= 0 && sx < w && sy < h) {
                cellPoints[fill[(sy / CELL) * cellsX + sx / CELL]++] = i;
            }
        }
    }

    /** Whether point i was drawn (visible, with screen coordinates) in the last frame. */
    boolean drawn(int i) {
        return i >= 0 && i < n && i < screenX.length && screenX[i] != Integer.MIN_VALUE;
    }

    int screenX(int i) {
        return screenX[i];
    }

    int screenY(int i) {
        return screenY[i];
    }

    /** Points drawn inside the view in the last frame. */
    int inView() {
        return cellStart[cellStart.length - 1];
    }

    /** The k-th point drawn inside the view (0 ≤ k < {@link #inView()}). */
    int inView(int k) {
        return cellPoints[k];
    }

    /** The point drawn nearest to a screen position within {@code radius} pixels, or −1. */
    int pointAt(double sx, double sy, double radius) {
        if (cellsX == 0 || n == 0) {
            return -1;
        }
        int cx = (int) (sx / CELL);
        int cy = (int) (sy / CELL);
        int reach = (int) Math.ceil(radius / CELL);
        int best = -1;
        double bestD = radius * radius;
        for (int gy = Math.max(0, cy - reach); gy <= Math.min(cellsY - 1, cy + reach); gy++) {
            for (int gx = Math.max(0, cx - reach); gx <= Math.min(cellsX - 1, cx + reach); gx++) {
                int cell = gy * cellsX + gx;
                for (int s = cellStart[cell]; s < cellStart[cell + 1]; s++) {
                    int i = cellPoints[s];
                    double dx = screenX[i] - sx;
                    double dy = screenY[i] - sy;
                    double d = dx * dx + dy * dy;
                    if (d <= bestD) {
                        bestD = d;
                        best = i;
                    }
                }
            }
        }
        return best;
    }

    /** A pre-computed anti-aliased disc: per-pixel coverage around a centre pixel, with each row's covered span. */
    private record Stamp(int reach, float[] coverage, int[] spanFrom, int[] spanTo) {
        private static final Map<Long, Stamp> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static Stamp of(double radius) {
            return CACHE.computeIfAbsent(Math.round(radius * 100), key -> {
                int reach = (int) Math.ceil(radius + 0.5);
                int size = 2 * reach + 1;
                float[] coverage = new float[size * size];
                int[] from = new int[size];
                int[] to = new int[size];
                for (int y = -reach; y <= reach; y++) {
                    from[y + reach] = 1;
                    to[y + reach] = 0;
                    for (int x = -reach; x <= reach; x++) {
                        double d = Math.sqrt(x * x + y * y);
                        float c = (float) Math.max(0, Math.min(1, radius + 0.5 - d));
                        coverage[(y + reach) * size + x + reach] = c;
                        if (c > 0) {
                            from[y + reach] = Math.min(from[y + reach] == 1 && to[y + reach] == 0 ? x : from[y + reach], x);
                            to[y + reach] = x;
                        }
                    }
                }
                return new Stamp(reach, coverage, from, to);
            });
        }

        /** Blends the disc at (cx, cy) into rows [bandFrom, bandTo) of the w × h buffer. */
        void draw(int[] pixels, int w, int bandFrom, int bandTo, int cx, int cy, int rgb, double alpha) {
            if (cx < -reach || cx >= w + reach || cy < bandFrom - reach || cy >= bandTo + reach) {
                return;
            }
            int size = 2 * reach + 1;
            int r = (rgb >> 16) & 0xff;
            int g = (rgb >> 8) & 0xff;
            int b = rgb & 0xff;
            int solid = 0xff000000 | (rgb & 0xffffff);
            boolean opaque = alpha >= 0.999;
            int yFrom = Math.max(-reach, bandFrom - cy);
            int yTo = Math.min(reach, bandTo - 1 - cy);
            for (int y = yFrom; y <= yTo; y++) {
                int row = (cy + y) * w;
                int base = (y + reach) * size + reach;
                int xFrom = Math.max(spanFrom[y + reach], -cx);
                int xTo = Math.min(spanTo[y + reach], w - 1 - cx);
                for (int x = xFrom; x <= xTo; x++) {
                    float c = coverage[base + x];
                    int index = row + cx + x;
                    if (opaque && c >= 1f) {
                        pixels[index] = solid;
                        continue;
                    }
                    int a = (int) (c * alpha * 256);
                    int dst = pixels[index];
                    int dr = (dst >> 16) & 0xff;
                    int dg = (dst >> 8) & 0xff;
                    int db = dst & 0xff;
                    dr += ((r - dr) * a) >> 8;
                    dg += ((g - dg) * a) >> 8;
                    db += ((b - db) * a) >> 8;
                    pixels[index] = 0xff000000 | dr << 16 | dg << 8 | db;
                }
            }
        }
    }
}
