package org.mire.viz.graph;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Metrics of {@link NodeShape#TEXT_BLOCK} nodes: monospaced lines with padding, measured once per font. */
public final class TextBlocks {
    public static final double FONT_SIZE = 12;
    public static final double LINE_HEIGHT = 16;
    public static final double PADDING = 8;
    private static final Font FONT = Font.font("Monospaced", FONT_SIZE);
    private static volatile double charWidth;

    private TextBlocks() {
    }

    public static Font font() {
        return FONT;
    }

    /** The advance of one character of the block font. */
    public static double charWidth() {
        if (charWidth == 0) {
            Text probe = new Text("0123456789012345678901234567890123456789");
            probe.setFont(FONT);
            charWidth = probe.getLayoutBounds().getWidth() / 40;
        }
        return charWidth;
    }

    /** The width of a block whose longest line has {@code columns} characters. */
    public static double width(int columns) {
        return Math.max(80, columns * charWidth() + 2 * PADDING);
    }

    public static double height(int lineCount) {
        return lineCount * LINE_HEIGHT + 2 * PADDING;
    }
}
