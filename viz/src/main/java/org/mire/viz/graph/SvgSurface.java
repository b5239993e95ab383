package org.mire.viz.graph;

import java.util.Locale;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Writes what the renderer draws as SVG 1.1: one path element per batch, text as text elements. */
final class SvgSurface implements Surface {
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder path = new StringBuilder();
    private final Text measure = new Text();
    private int fill = 0xff000000;
    private int stroke = 0xff000000;
    private double strokeWidth = 1;
    private double alpha = 1;
    private String dashes = "";

    SvgSurface(double width, double height) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\">\n");
    }

    String finish() {
        return out + "</svg>\n";
    }

    private static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String hex(int argb) {
        return String.format(Locale.ROOT, "#%06x", argb & 0xffffff);
    }

    private String opacity(String attribute, int argb) {
        double a = ((argb >>> 24) & 0xff) / 255.0 * alpha;
        return a >= 0.999 ? "" : " " + attribute + "=\"" + String.format(Locale.ROOT, "%.3f", a) + "\"";
    }

    @Override
    public void clear(int argb, double width, double height) {
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" fill=\"").append(hex(argb)).append("\"/>\n");
    }

    @Override
    public void clearTransparent(double width, double height) {
        // An SVG starts transparent.
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
        StringBuilder text = new StringBuilder();
        for (double value : values) {
            text.append(text.isEmpty() ? "" : " ").append(num(value));
        }
        dashes = text.toString();
    }

    @Override
    public void setAlpha(double value) {
        alpha = value;
    }

    @Override
    public void beginPath() {
        path.setLength(0);
    }

    @Override
    public void moveTo(double x, double y) {
        path.append('M').append(num(x)).append(' ').append(num(y));
    }

    @Override
    public void lineTo(double x, double y) {
        path.append('L').append(num(x)).append(' ').append(num(y));
    }

    @Override
    public void closePath() {
        path.append('Z');
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        path.append('M').append(num(x)).append(' ').append(num(y)).append('h').append(num(w)).append('v')
                .append(num(h)).append('h').append(num(-w)).append('Z');
    }

    @Override
    public void ellipse(double cx, double cy, double rx, double ry) {
        path.append('M').append(num(cx - rx)).append(' ').append(num(cy)).append('a').append(num(rx)).append(' ')
                .append(num(ry)).append(" 0 1 0 ").append(num(2 * rx)).append(" 0a").append(num(rx)).append(' ')
                .append(num(ry)).append(" 0 1 0 ").append(num(-2 * rx)).append(" 0Z");
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double r) {
        r = Math.min(r, Math.min(w, h) / 2);
        path.append('M').append(num(x + r)).append(' ').append(num(y))
                .append('H').append(num(x + w - r)).append('Q').append(num(x + w)).append(' ').append(num(y))
                .append(' ').append(num(x + w)).append(' ').append(num(y + r))
                .append('V').append(num(y + h - r)).append('Q').append(num(x + w)).append(' ').append(num(y + h))
                .append(' ').append(num(x + w - r)).append(' ').append(num(y + h))
                .append('H').append(num(x + r)).append('Q').append(num(x)).append(' ').append(num(y + h))
                .append(' ').append(num(x)).append(' ').append(num(y + h - r))
                .append('V').append(num(y + r)).append('Q').append(num(x)).append(' ').append(num(y))
                .append(' ').append(num(x + r)).append(' ').append(num(y)).append('Z');
    }

    @Override
    public void fill() {
        if (!path.isEmpty()) {
            out.append("<path d=\"").append(path).append("\" fill=\"").append(hex(fill)).append('"')
                    .append(opacity("fill-opacity", fill)).append("/>\n");
        }
    }

    @Override
    public void stroke() {
        if (!path.isEmpty()) {
            out.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(hex(stroke))
                    .append("\" stroke-width=\"").append(num(strokeWidth)).append('"')
                    .append(opacity("stroke-opacity", stroke))
                    .append(dashes.isEmpty() ? "" : " stroke-dasharray=\"" + dashes + "\"")
                    .append(" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n");
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append("\" fill=\"").append(hex(fill)).append('"')
                .append(opacity("fill-opacity", fill)).append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, boolean mono, Align align, int argb) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
                .append(num(size)).append("\" font-family=\"")
                .append(mono ? "DejaVu Sans Mono, Menlo, Consolas, monospace" : "DejaVu Sans, Helvetica, Arial, sans-serif")
                .append('"').append(bold ? " font-weight=\"bold\"" : "")
                .append(align == Align.CENTER ? " text-anchor=\"middle\"" : "")
                .append(" dominant-baseline=\"central\" fill=\"").append(hex(argb)).append('"')
                .append(opacity("fill-opacity", argb)).append(" xml:space=\"preserve\">").append(escape(text))
                .append("</text>\n");
    }

    @Override
    public double textWidth(String text, double size, boolean bold, boolean mono) {
        measure.setFont(mono ? Font.font("Monospaced", bold ? FontWeight.BOLD : FontWeight.NORMAL, size)
                : Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
