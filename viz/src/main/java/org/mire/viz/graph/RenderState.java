package org.mire.viz.graph;

import java.util.HashSet;
import java.util.Set;

/** What the view wants emphasised in a frame, in scene-node terms. Owned and updated by {@link GraphView}. */
final class RenderState {
    GraphPalette palette = GraphPalette.LIGHT;
    boolean labels = true;
    boolean positionLabels;
    /** Selected nodes (drawn with a ring; their neighbourhood stays bright while the rest fades). */
    int[] selected = new int[0];
    /** Nodes to mark (search hits, nodes of the selected IR lines); null when none. */
    boolean[] highlighted;
    /** Text-block lines to mark, as {@code node << 20 | line}. */
    final Set<Long> highlightedLines = new HashSet<>();
    final Set<Long> selectedLines = new HashSet<>();
    int hovered = -1;
    /** Selected nodes and their neighbours; null when nothing is selected. */
    boolean[] related;
    boolean[] relatedEdges;

    static long lineKey(int node, int line) {
        return ((long) node << 20) | line;
    }

    void updateRelated(GraphScene scene) {
        if (selected.length == 0) {
            related = null;
            relatedEdges = null;
            return;
        }
        related = new boolean[scene.nodeCount];
        relatedEdges = new boolean[scene.edgeCount];
        SceneStyles styles = scene.styles();
        for (int node : selected) {
            related[node] = true;
            for (int e : styles.incidentEdges[node]) {
                relatedEdges[e] = true;
                related[scene.source[e]] = true;
                related[scene.target[e]] = true;
            }
        }
    }
}
