package org.mire.viz.scatter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mire.io.AtomicFiles;

/**
 * What a {@link ScatterView} shows, taken on the FX thread ({@link ScatterView#picture()}) so that turning it into
 * SVG and writing it can happen on a worker: the points in view (screen position, colour, emphasis, title), the
 * caption and the legend.
 *
 * @param width     view width in pixels
 * @param height    view height in pixels
 * @param radius    point radius in pixels
 * @param points    the points in view, in drawing order (emphasised ones last)
 * @param caption   the caption, or empty
 * @param legendTitle the colour column, or null when there is no legend
 * @param legend    legend entries: value → RGB
 */
public record ScatterPicture(double width, double height, double radius, List<Point> points, String caption,
                             String legendTitle, Map<String, Integer> legend) {

    /** A point: screen position, RGB, opacity, whether it is selected (outlined), and its id. */
    public record Point(double x, double y, int rgb, double opacity, boolean selected, String title) {
    }

    /** The picture as an SVG document: circles with the id as title, then the caption and the legend. */
    public String toSvg() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                + " viewBox=\"0 0 %.0f %.0f\">%n", width, height, width, height));
        out.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#fcfcfd\"/>%n", width,
                height));
        for (Point p : points) {
            out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\""
                    + " fill-opacity=\"%.2f\"%s><title>%s</title></circle>%n", p.x(), p.y(), radius,
                    Palette.hex(p.rgb()), p.opacity(), p.selected() ? " stroke=\"#202020\" stroke-width=\"1.2\"" : "",
                    escape(p.title())));
        }
        if (!caption.isEmpty()) {
            out.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"20\" font-family=\"sans-serif\" font-size=\"12\""
                    + " font-weight=\"bold\">%s</text>%n", escape(caption)));
        }
        if (legendTitle != null) {
            double y = 24;
            double x = width - 200;
            out.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-family=\"sans-serif\""
                    + " font-size=\"11\" font-weight=\"bold\">%s</text>%n", x, y, escape(legendTitle)));
            for (Map.Entry<String, Integer> entry : legend.entrySet()) {
                y += 16;
                out.append(String.format(Locale.ROOT, "<circle cx=\"%.0f\" cy=\"%.0f\" r=\"5\" fill=\"%s\"/>"
                        + "<text x=\"%.0f\" y=\"%.0f\" font-family=\"sans-serif\" font-size=\"11\">%s</text>%n",
                        x + 5, y - 4, Palette.hex(entry.getValue()), x + 16, y, escape(entry.getKey())));
            }
        }
        return out.append("</svg>\n").toString();
    }

    /** Writes the SVG (to a temporary name, then renamed into place); any thread. */
    public void writeSvg(Path file) throws IOException {
        AtomicFiles.writeString(file, toSvg());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static List<Point> ordered(List<Point> plain, List<Point> emphasised) {
        List<Point> all = new ArrayList<>(plain);
        all.addAll(emphasised);
        return List.copyOf(all);
    }
}
