package org.mire.viz.scatter;

import javafx.scene.paint.Color;

/** Colours for points: a categorical palette (Tableau 20 order) and a perceptually uniform gradient (viridis). */
public final class Palette {
    private static final int[] CATEGORICAL = {
        0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac,
        0x1f77b4, 0xaec7e8, 0xffbb78, 0x98df8a, 0xff9896, 0xc5b0d5, 0xc49c94, 0xf7b6d2, 0xdbdb8d, 0x9edae5,
    };
    private static final int[] VIRIDIS = {0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779,
        0x6ece58, 0xb5de2b, 0xfde725};
    /** Points with no value for the colour column. */
    public static final int MISSING = 0x9a9a9a;
    /** Points when no column colours them. */
    public static final int DEFAULT = 0x4e79a7;

    private Palette() {
    }

    public static int categories() {
        return CATEGORICAL.length;
    }

    /** RGB of category {@code index}; indices past the palette cycle. */
    public static int categorical(int index) {
        return CATEGORICAL[Math.floorMod(index, CATEGORICAL.length)];
    }

    /** RGB along viridis for t in [0, 1]. */
    public static int gradient(double t) {
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double position = clamped * (VIRIDIS.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(VIRIDIS.length - 1, low + 1);
        double f = position - low;
        int a = VIRIDIS[low];
        int b = VIRIDIS[high];
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - f) + ((b >> 16) & 0xff) * f);
        int g = (int) Math.round(((a >> 8) & 0xff) * (1 - f) + ((b >> 8) & 0xff) * f);
        int bl = (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
        return r << 16 | g << 8 | bl;
    }

    public static Color color(int rgb) {
        return Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    public static String hex(int rgb) {
        return String.format("#%06x", rgb & 0xffffff);
    }
}
