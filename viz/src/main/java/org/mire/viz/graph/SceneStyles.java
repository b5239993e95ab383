package org.mire.viz.graph;

import java.util.HashMap;
import java.util.Map;

/**
 * A scene's nodes and edges sorted into style classes (same shape and colours, same edge colour and width), so
 * that each class is drawn as one path. Computed once per scene.
 */
final class SceneStyles {
    /** World font size of node labels. */
    static final double LABEL_SIZE = 10;
    /** Approximate advance of a label character as a fraction of the font size. */
    private static final double LABEL_CHAR = 0.62;

    final int[][] nodesByClass;
    final NodeShape[] classShape;
    final int[] classFill;
    final int[] classStroke;
    final int[][] edgesByClass;
    final int[] edgeClassColor;
    final double[] edgeClassWidth;
    final String[] displayLabel;
    final int[][] incidentEdges;

    SceneStyles(GraphScene scene) {
        Map<String, Integer> nodeClasses = new HashMap<>();
        int[] nodeClass = new int[scene.nodeCount];
        java.util.List<int[]> style = new java.util.ArrayList<>();
        for (int i = 0; i < scene.nodeCount; i++) {
            String key = scene.shape[i].ordinal() + ":" + scene.fill[i] + ":" + scene.stroke[i];
            Integer known = nodeClasses.get(key);
            if (known == null) {
                known = style.size();
                nodeClasses.put(key, known);
                style.add(new int[] {scene.shape[i].ordinal(), scene.fill[i], scene.stroke[i], 0});
            }
            nodeClass[i] = known;
            style.get(known)[3]++;
        }
        classShape = new NodeShape[style.size()];
        classFill = new int[style.size()];
        classStroke = new int[style.size()];
        nodesByClass = new int[style.size()][];
        for (int c = 0; c < style.size(); c++) {
            classShape[c] = NodeShape.values()[style.get(c)[0]];
            classFill[c] = style.get(c)[1];
            classStroke[c] = style.get(c)[2];
            nodesByClass[c] = new int[style.get(c)[3]];
        }
        int[] fill = new int[style.size()];
        for (int i = 0; i < scene.nodeCount; i++) {
            nodesByClass[nodeClass[i]][fill[nodeClass[i]]++] = i;
        }

        Map<String, Integer> edgeClasses = new HashMap<>();
        int[] edgeClass = new int[scene.edgeCount];
        java.util.List<double[]> edgeStyle = new java.util.ArrayList<>();
        for (int e = 0; e < scene.edgeCount; e++) {
            String key = scene.edgeColor[e] + ":" + scene.edgeWidth[e];
            Integer known = edgeClasses.get(key);
            if (known == null) {
                known = edgeStyle.size();
                edgeClasses.put(key, known);
                edgeStyle.add(new double[] {scene.edgeColor[e], scene.edgeWidth[e], 0});
            }
            edgeClass[e] = known;
            edgeStyle.get(known)[2]++;
        }
        edgeClassColor = new int[edgeStyle.size()];
        edgeClassWidth = new double[edgeStyle.size()];
        edgesByClass = new int[edgeStyle.size()][];
        for (int c = 0; c < edgeStyle.size(); c++) {
            edgeClassColor[c] = (int) edgeStyle.get(c)[0];
            edgeClassWidth[c] = edgeStyle.get(c)[1];
            edgesByClass[c] = new int[(int) edgeStyle.get(c)[2]];
        }
        int[] edgeFill = new int[edgeStyle.size()];
        for (int e = 0; e < scene.edgeCount; e++) {
            edgesByClass[edgeClass[e]][edgeFill[edgeClass[e]]++] = e;
        }

        displayLabel = new String[scene.nodeCount];
        for (int i = 0; i < scene.nodeCount; i++) {
            String text = scene.label[i];
            if (text == null || scene.shape[i] == NodeShape.TEXT_BLOCK) {
                continue;
            }
            double usable = switch (scene.shape[i]) {
                case ELLIPSE -> scene.width[i] * 0.8;
                case DIAMOND -> scene.width[i] * 0.6;
                default -> scene.width[i] - 6;
            };
            int max = (int) Math.floor(usable / (LABEL_SIZE * LABEL_CHAR));
            displayLabel[i] = text.length() <= max ? text
                    : max >= 2 ? text.substring(0, max - 1) + "\u2026" : null;
        }

        int[] degree = new int[scene.nodeCount];
        for (int e = 0; e < scene.edgeCount; e++) {
            degree[scene.source[e]]++;
            if (scene.target[e] != scene.source[e]) {
                degree[scene.target[e]]++;
            }
        }
        incidentEdges = new int[scene.nodeCount][];
        for (int i = 0; i < scene.nodeCount; i++) {
            incidentEdges[i] = new int[degree[i]];
        }
        java.util.Arrays.fill(degree, 0);
        for (int e = 0; e < scene.edgeCount; e++) {
            incidentEdges[scene.source[e]][degree[scene.source[e]]++] = e;
            if (scene.target[e] != scene.source[e]) {
                incidentEdges[scene.target[e]][degree[scene.target[e]]++] = e;
            }
        }
    }

    /** Width of a label in world units, by the same estimate used for truncation. */
    static double labelWidth(String text) {
        return text.length() * LABEL_SIZE * LABEL_CHAR;
    }
}
