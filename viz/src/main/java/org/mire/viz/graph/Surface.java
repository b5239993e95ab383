package org.mire.viz.graph;

/**
 * What the scene renderer draws on: a canvas for the screen, SVG for export. Paths are batched (one fill or stroke
 * for many shapes of a style), which is what keeps a 10,000-node frame cheap on a canvas and small in SVG.
 */
interface Surface {
    enum Align { LEFT, CENTER }

    void clear(int argb, double width, double height);

    /** Clears to transparent (overlays). */
    void clearTransparent(double width, double height);

    void setFill(int argb);

    void setStroke(int argb, double width);

    void setDashes(double... dashes);

    void setAlpha(double alpha);

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void closePath();

    /** Adds a closed rectangle to the current path. */
    void rect(double x, double y, double w, double h);

    /** Adds a closed ellipse to the current path. */
    void ellipse(double cx, double cy, double rx, double ry);

    /** Adds a closed rounded rectangle to the current path. */
    void roundRect(double x, double y, double w, double h, double r);

    void fill();

    void stroke();

    void fillRect(double x, double y, double w, double h);

    void text(String text, double x, double y, double size, boolean bold, boolean mono, Align align, int argb);

    /** Width of the text in the given font, for truncation. */
    double textWidth(String text, double size, boolean bold, boolean mono);
}
