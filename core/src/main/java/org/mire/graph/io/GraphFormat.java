package org.mire.graph.io;

import java.util.Locale;

/** File formats a program graph can be written in. */
public enum GraphFormat {
    /** ProGraML's node-link JSON, loadable with networkx's {@code node_link_graph}. */
    JSON("json"),
    GRAPHML("graphml"),
    GEXF("gexf"),
    /** Graphviz DOT with ProGraML's colours (render small graphs only: Graphviz stalls near 2,000 nodes). */
    DOT("dot");

    private final String extension;

    GraphFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format for a name or file extension ({@code json}, {@code .graphml}, ...), or null. */
    public static GraphFormat fromName(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        key = key.startsWith(".") ? key.substring(1) : key;
        for (GraphFormat format : values()) {
            if (format.extension.equals(key)) {
                return format;
            }
        }
        return null;
    }
}
