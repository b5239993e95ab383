package org.mire.viz.graph;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws on a Java2D graphics context, for pictures rendered off the FX thread at any resolution (the JavaFX canvas
 * must be drawn and snapshotted on the FX thread, and its texture size is limited). The fonts are the ones the
 * canvas uses: DejaVu Sans and DejaVu Sans Mono, or the platform's sans-serif and monospaced.
 */
final class Java2DSurface implements Surface {
    private final Graphics2D g;
    private final Map<Long, Font> fonts = new HashMap<>();
    private Path2D.Double path = new Path2D.Double();
    private int fill = 0xff000000;
    private int stroke = 0xff000000;
    private double strokeWidth = 1;
    private float[] dashes;
    private double alpha = 1;

    Java2DSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    private static Color color(int argb) {
        return new Color(argb, true);
    }

    private Font font(double size, boolean bold, boolean mono) {
        long key = Math.round(size * 4) * 4 + (bold ? 1 : 0) + (mono ? 2 : 0);
        return fonts.computeIfAbsent(key, k -> {
            Font base = new Font(mono ? "DejaVu Sans Mono" : "DejaVu Sans", bold ? Font.BOLD : Font.PLAIN, 12);
            if (base.getFamily().equals(Font.DIALOG) && !base.getName().startsWith("DejaVu")) {
                base = new Font(mono ? Font.MONOSPACED : Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 12);
            }
            return base.deriveFont((float) (Math.round(size * 4) / 4.0));
        });
    }

    private void composite() {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Math.clamp(alpha, 0, 1)));
    }

    @Override
    public void clear(int argb, double width, double height) {
        g.setComposite(AlphaComposite.Src);
        g.setColor(color(argb));
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        composite();
    }

    @Override
    public void clearTransparent(double width, double height) {
        g.setComposite(AlphaComposite.Clear);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        composite();
    }

    @Override
    public void setFill(int argb) {
        fill = argb;
    }

    @Override
    public void setStroke(int argb, double width) {
        stroke = argb;
        strokeWidth = width;
    }

    @Override
    public void setDashes(double... values) {
        if (values.length == 0) {
            dashes = null;
            return;
        }
        dashes = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            dashes[i] = (float) values[i];
        }
    }

    @Override
    public void setAlpha(double value) {
        alpha = value;
        composite();
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double();
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x, y);
        } else {
            path.lineTo(x, y);
        }
    }

    @Override
    public void closePath() {
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        path.append(new Rectangle2D.Double(x, y, w, h), false);
    }

    @Override
    public void ellipse(double cx, double cy, double rx, double ry) {
        path.append(new java.awt.geom.Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry), false);
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double r) {
        r = Math.min(r, Math.min(w, h) / 2);
        path.append(new java.awt.geom.RoundRectangle2D.Double(x, y, w, h, 2 * r, 2 * r), false);
    }

    @Override
    public void fill() {
        g.setColor(color(fill));
        g.fill(path);
    }

    @Override
    public void stroke() {
        g.setColor(color(stroke));
        g.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, dashes,
                0));
        g.draw(path);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.setColor(color(fill));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, boolean mono, Align align, int argb) {
        Font font = font(size, bold, mono);
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics(font);
        double left = align == Align.CENTER ? x - metrics.getStringBounds(text, g).getWidth() / 2 : x;
        // The canvas centres text vertically on y; so does this.
        double baseline = y + (metrics.getAscent() - metrics.getDescent()) / 2.0;
        g.setColor(color(argb));
        g.drawString(text, (float) left, (float) baseline);
    }

    @Override
    public double textWidth(String text, double size, boolean bold, boolean mono) {
        Font font = font(size, bold, mono);
        return g.getFontMetrics(font).getStringBounds(text, g).getWidth();
    }
}
