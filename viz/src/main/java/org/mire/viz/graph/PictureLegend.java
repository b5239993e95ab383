package org.mire.viz.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mire.graph.Flow;
import org.mire.graph.NodeType;

/**
 * The legend drawn into an exported picture, in a band above the graph (never over it): what each colour and shape
 * means, as the window's legend says it.
 *
 * @param entries in reading order
 */
public record PictureLegend(List<Entry> entries) {

    /** What a swatch shows. */
    public enum Swatch { BOX, ELLIPSE, DIAMOND, ARROW, LINE }

    /**
     * @param swatch its shape
     * @param fill   fill (boxes, ellipses, diamonds) or colour (arrows, lines), ARGB
     * @param stroke outline, ARGB (shapes only)
     * @param label  what it means, with a count where there is one
     */
    public record Entry(Swatch swatch, int fill, int stroke, String label) {
    }

    public PictureLegend {
        entries = List.copyOf(entries);
    }

    /** The program graph's node types and flows that are shown, with their counts (null: none known). */
    public static PictureLegend programGraph(GraphPalette palette, Set<NodeType> types, Set<Flow> flows,
                                             Map<NodeType, Integer> nodeCounts, Map<Flow, Integer> edgeCounts) {
        List<Entry> entries = new ArrayList<>();
        for (NodeType type : new NodeType[] {NodeType.INSTRUCTION, NodeType.VARIABLE, NodeType.CONSTANT}) {
            if (types.contains(type)) {
                Swatch swatch = type == NodeType.VARIABLE ? Swatch.ELLIPSE
                        : type == NodeType.CONSTANT ? Swatch.DIAMOND : Swatch.BOX;
                entries.add(new Entry(swatch, palette.node(type)[0], palette.node(type)[1],
                        title(type.key()) + count(nodeCounts == null ? null : nodeCounts.get(type))));
            }
        }
        for (Flow flow : new Flow[] {Flow.CONTROL, Flow.DATA, Flow.CALL}) {
            if (flows.contains(flow)) {
                entries.add(new Entry(Swatch.ARROW, palette.flow(flow), palette.flow(flow),
                        title(flow.key()) + " flow" + count(edgeCounts == null ? null : edgeCounts.get(flow))));
            }
        }
        return new PictureLegend(entries);
    }

    /** The control-flow graph's branch colours. */
    public static PictureLegend controlFlow(GraphPalette palette) {
        return new PictureLegend(List.of(
                new Entry(Swatch.LINE, palette.branchTrue(), palette.branchTrue(), "true"),
                new Entry(Swatch.LINE, palette.branchFalse(), palette.branchFalse(), "false"),
                new Entry(Swatch.LINE, palette.branchAlways(), palette.branchAlways(), "unconditional"),
                new Entry(Swatch.LINE, palette.flow(Flow.CONTROL), palette.flow(Flow.CONTROL), "switch / other")));
    }

    private static String title(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    private static String count(Integer count) {
        return count == null ? "" : String.format(" %,d", count);
    }

    private static final double ROW = 26;
    private static final double PADDING = 6;
    private static final double FONT = 12;
    private static final double SWATCH = 22;
    private static final double GAP = 18;

    /** The height of the band this legend needs in a picture {@code width} wide (its entries wrap into rows). */
    double height(Surface s, double width) {
        return entries.isEmpty() ? 0 : rows(s, width) * ROW + 2 * PADDING;
    }

    private int rows(Surface s, double width) {
        int rows = 1;
        double x = 10;
        for (Entry entry : entries) {
            double w = SWATCH + 6 + s.textWidth(entry.label(), FONT, false, false);
            if (x > 10 && x + w > width - 10) {
                rows++;
                x = 10;
            }
            x += w + GAP;
        }
        return rows;
    }

    /**
     * Draws the legend in a band at the top of a picture {@code width} wide, {@link #height} high; {@code measure}
     * is the surface its height was measured with.
     */
    void paint(Surface s, Surface measure, GraphPalette palette, double width) {
        double height = height(measure, width);
        s.setAlpha(1);
        s.setDashes();
        s.setFill(palette.background());
        s.fillRect(0, 0, width, height);
        s.setStroke(palette.frameStroke(), 1);
        s.beginPath();
        s.moveTo(0, height - 0.5);
        s.lineTo(width, height - 0.5);
        s.stroke();
        double x = 10;
        double y = PADDING + ROW / 2;
        for (Entry entry : entries) {
            double w = SWATCH + 6 + measure.textWidth(entry.label(), FONT, false, false);
            if (x > 10 && x + w > width - 10) {
                x = 10;
                y += ROW;
            }
            swatch(s, entry, x, y);
            s.text(entry.label(), x + SWATCH + 6, y, FONT, false, false, Surface.Align.LEFT, palette.text());
            x += w + GAP;
        }
    }

    private static void swatch(Surface s, Entry entry, double x, double y) {
        s.beginPath();
        switch (entry.swatch()) {
            case BOX -> s.roundRect(x + 2, y - 5, 18, 10, 2);
            case ELLIPSE -> s.ellipse(x + 11, y, 9, 5);
            case DIAMOND -> {
                s.moveTo(x + 11, y - 6);
                s.lineTo(x + 20, y);
                s.lineTo(x + 11, y + 6);
                s.lineTo(x + 2, y);
                s.closePath();
            }
            case ARROW, LINE -> {
                s.setStroke(entry.fill(), 2.2);
                s.moveTo(x + 1, y);
                s.lineTo(x + (entry.swatch() == Swatch.ARROW ? 15 : 21), y);
                s.stroke();
                if (entry.swatch() == Swatch.ARROW) {
                    s.setFill(entry.fill());
                    s.beginPath();
                    s.moveTo(x + 21, y);
                    s.lineTo(x + 14, y - 4);
                    s.lineTo(x + 14, y + 4);
                    s.closePath();
                    s.fill();
                }
                return;
            }
        }
        s.setFill(entry.fill());
        s.fill();
        s.setStroke(entry.stroke(), 1.2);
        s.stroke();
    }
}
