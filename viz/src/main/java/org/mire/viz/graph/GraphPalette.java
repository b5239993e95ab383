package org.mire.viz.graph;

import java.util.EnumMap;
import java.util.Map;
import org.mire.graph.Flow;
import org.mire.graph.NodeType;

/**
 * Colours of the graph canvas for one theme: ProGraML's DOT colours for node types and flows (lightened where the
 * dark background needs it), Compiler Explorer's branch colours for control-flow graphs, and the chrome around them.
 * All colours are ARGB ints.
 */
public record GraphPalette(
        boolean dark,
        int background,
        int gridDot,
        int frameStroke,
        int frameFill,
        int frameTitle,
        int text,
        int mutedText,
        int accent,
        int accentSubtle,
        int highlight,
        Map<NodeType, int[]> nodeColors,
        Map<Flow, Integer> flowColors,
        int blockFill,
        int blockStroke,
        int blockHeader,
        int branchTrue,
        int branchFalse,
        int branchAlways,
        int collapsedFill,
        int collapsedStroke,
        int collapsedText) {

    /** ProGraML's colours on a white canvas (GitHub Primer light around them). */
    public static final GraphPalette LIGHT = new GraphPalette(
            false,
            rgb(0xffffff), rgb(0xe4e8ee), rgb(0xb6c0cc), argb(0x0a, 0x57606a), rgb(0x57606a),
            rgb(0x1f2328), rgb(0x656d76), rgb(0x0969da), argb(0x40, 0x54aeff), rgb(0xbf8700),
            nodeColors(new int[] {rgb(0x3c78d8), rgb(0x2a5aa8), rgb(0xffffff)},
                    new int[] {rgb(0xf4cccc), rgb(0x990000), rgb(0x990000)},
                    new int[] {rgb(0xe99c9c), rgb(0x990000), rgb(0x990000)},
                    new int[] {rgb(0xd9d9d9), rgb(0x777777), rgb(0x333333)}),
            flowColors(rgb(0x345393), rgb(0x990000), rgb(0x65ae4d), rgb(0xaaaaaa)),
            rgb(0xf6f8fa), rgb(0xd0d7de), rgb(0x0550ae),
            rgb(0x1a7f37), rgb(0xcf222e), rgb(0x0969da),
            rgb(0xddf4ff), rgb(0x0969da), rgb(0x0550ae));

    /** The same hues lifted for a dark canvas (GitHub Primer dark around them). */
    public static final GraphPalette DARK = new GraphPalette(
            true,
            rgb(0x0d1117), rgb(0x21262d), rgb(0x3d444d), argb(0x10, 0x8b949e), rgb(0x8b949e),
            rgb(0xe6edf3), rgb(0x8d96a0), rgb(0x4493f8), argb(0x50, 0x388bfd), rgb(0xd29922),
            nodeColors(new int[] {rgb(0x3c78d8), rgb(0x6d9eeb), rgb(0xffffff)},
                    new int[] {rgb(0xf4cccc), rgb(0xe06666), rgb(0x990000)},
                    new int[] {rgb(0xe99c9c), rgb(0xe06666), rgb(0x660000)},
                    new int[] {rgb(0x6e7681), rgb(0x8b949e), rgb(0xffffff)}),
            flowColors(rgb(0x7ea7ef), rgb(0xe06666), rgb(0x7fc462), rgb(0x8b949e)),
            rgb(0x161b22), rgb(0x30363d), rgb(0x4493f8),
            rgb(0x3fb950), rgb(0xf85149), rgb(0x4493f8),
            rgb(0x102a4c), rgb(0x4493f8), rgb(0xb6d4fb));

    /** {fill, stroke, text} of a node type. */
    public int[] node(NodeType type) {
        return nodeColors.get(type);
    }

    public int flow(Flow flow) {
        return flowColors.get(flow);
    }

    public static int rgb(int rgb) {
        return 0xff000000 | rgb;
    }

    public static int argb(int alpha, int rgb) {
        return (alpha << 24) | rgb;
    }

    /** The colour with its alpha multiplied by {@code factor}. */
    public static int fade(int argb, double factor) {
        int alpha = (int) Math.round(((argb >>> 24) & 0xff) * factor);
        return (Math.clamp(alpha, 0, 255) << 24) | (argb & 0xffffff);
    }

    private static Map<NodeType, int[]> nodeColors(int[] instruction, int[] variable, int[] constant, int[] type) {
        Map<NodeType, int[]> map = new EnumMap<>(NodeType.class);
        map.put(NodeType.INSTRUCTION, instruction);
        map.put(NodeType.VARIABLE, variable);
        map.put(NodeType.CONSTANT, constant);
        map.put(NodeType.TYPE, type);
        return Map.copyOf(map);
    }

    private static Map<Flow, Integer> flowColors(int control, int data, int call, int type) {
        Map<Flow, Integer> map = new EnumMap<>(Flow.class);
        map.put(Flow.CONTROL, control);
        map.put(Flow.DATA, data);
        map.put(Flow.CALL, call);
        map.put(Flow.TYPE, type);
        return Map.copyOf(map);
    }
}
