package org.mire.viz.graph;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Draws on a JavaFX canvas; caches colours and fonts so that a frame allocates next to nothing. */
final class CanvasSurface implements Surface {
    private final GraphicsContext gc;
    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<Long, Font> fonts = new HashMap<>();
    private final Text measure = new Text();
    private Font currentFont;
    private TextAlignment currentAlign;
    private int fillArgb = 1;

    CanvasSurface(GraphicsContext gc) {
        this.gc = gc;
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineCap(javafx.scene.shape.StrokeLineCap.ROUND);
        gc.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
    }

    private Color color(int argb) {
        return colors.computeIfAbsent(argb, c -> Color.rgb((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff,
                ((c >>> 24) & 0xff) / 255.0));
    }

    private Font font(double size, boolean bold, boolean mono) {
        long key = Math.round(size * 4) * 4 + (bold ? 1 : 0) + (mono ? 2 : 0);
        return fonts.computeIfAbsent(key, k -> mono
                ? Font.font("Monospaced", bold ? FontWeight.BOLD : FontWeight.NORMAL, Math.round(size * 4) / 4.0)
                : Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL,
                        Math.round(size * 4) / 4.0));
    }

    @Override
    public void clear(int argb, double width, double height) {
        gc.setGlobalAlpha(1);
        // A clearRect over the whole canvas lets JavaFX drop the previous frame's commands; a fill alone would not.
        gc.clearRect(0, 0, width, height);
        gc.setFill(color(argb));
        fillArgb = argb;
        gc.fillRect(0, 0, width, height);
    }

    @Override
    public void clearTransparent(double width, double height) {
        gc.setGlobalAlpha(1);
        gc.clearRect(0, 0, width, height);
    }

    @Override
    public void setFill(int argb) {
        if (argb != fillArgb) {
            gc.setFill(color(argb));
            fillArgb = argb;
        }
    }

    @Override
    public void setStroke(int argb, double width) {
        gc.setStroke(color(argb));
        gc.setLineWidth(width);
    }

    @Override
    public void setDashes(double... dashes) {
        gc.setLineDashes(dashes.length == 0 ? null : dashes);
    }

    @Override
    public void setAlpha(double alpha) {
        gc.setGlobalAlpha(alpha);
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        gc.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        gc.lineTo(x, y);
    }

    @Override
    public void closePath() {
        gc.closePath();
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        gc.rect(x, y, w, h);
    }

    @Override
    public void ellipse(double cx, double cy, double rx, double ry) {
        gc.moveTo(cx + rx, cy);
        gc.arc(cx, cy, rx, ry, 0, 360);
        gc.closePath();
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double r) {
        r = Math.min(r, Math.min(w, h) / 2);
        gc.moveTo(x + r, y);
        gc.lineTo(x + w - r, y);
        gc.quadraticCurveTo(x + w, y, x + w, y + r);
        gc.lineTo(x + w, y + h - r);
        gc.quadraticCurveTo(x + w, y + h, x + w - r, y + h);
        gc.lineTo(x + r, y + h);
        gc.quadraticCurveTo(x, y + h, x, y + h - r);
        gc.lineTo(x, y + r);
        gc.quadraticCurveTo(x, y, x + r, y);
        gc.closePath();
    }

    @Override
    public void fill() {
        gc.fill();
    }

    @Override
    public void stroke() {
        gc.stroke();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, boolean mono, Align align, int argb) {
        Font font = font(size, bold, mono);
        if (font != currentFont) {
            gc.setFont(font);
            currentFont = font;
        }
        TextAlignment alignment = align == Align.CENTER ? TextAlignment.CENTER : TextAlignment.LEFT;
        if (alignment != currentAlign) {
            gc.setTextAlign(alignment);
            currentAlign = alignment;
        }
        setFill(argb);
        gc.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, double size, boolean bold, boolean mono) {
        measure.setFont(font(size, bold, mono));
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
