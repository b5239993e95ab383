package org.mire.graph.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.mire.graph.Edge;
import org.mire.graph.Flow;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;

/** Writes program graphs as ProGraML node-link JSON, GraphML, GEXF or DOT. */
public final class GraphExporter {
    /** ProGraML's DOT colours. */
    static final String INSTRUCTION_FILL = "#3c78d8";
    static final String VARIABLE_FILL = "#f4cccc";
    static final String CONSTANT_FILL = "#e99c9c";
    static final String DATA_COLOUR = "#990000";
    static final String CONTROL_COLOUR = "#345393";
    static final String CALL_COLOUR = "#65ae4d";
    private static final int MAX_DOT_LABEL = 32;

    private GraphExporter() {
    }

    /** Writes a file (UTF-8, written to a temporary name and renamed into place). */
    public static void write(ProgramGraph graph, GraphFormat format, java.nio.file.Path file)
            throws org.mire.MireException {
        if (format == GraphFormat.JSON) {
            // straight to bytes: the JSON writer encodes UTF-8 itself
            try {
                org.mire.io.AtomicFiles.write(file,
                        out -> NodeLinkJsonWriter.write(graph, NodeLinkJsonWriter.Sink.of(out)));
            } catch (IOException e) {
                throw new org.mire.MireException(file + ": cannot write the graph: " + e.getMessage(), e);
            }
            return;
        }
        toFile(file, out -> write(graph, format, out));
    }

    /** What writes a graph to a character stream. */
    @FunctionalInterface
    interface Writing {
        void to(Writer out) throws IOException;
    }

    /** Runs a writer into a UTF-8 file written atomically; a failure names the file. */
    static void toFile(java.nio.file.Path file, Writing writing) throws org.mire.MireException {
        try {
            org.mire.io.AtomicFiles.write(file, out -> {
                // buffered: the exporters write many short strings, and each would otherwise go through the encoder
                Writer writer = new java.io.BufferedWriter(
                        new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
                writing.to(writer);
                writer.flush();
            });
        } catch (IOException e) {
            throw new org.mire.MireException(file + ": cannot write the graph: " + e.getMessage(), e);
        }
    }

    public static void write(ProgramGraph graph, GraphFormat format, Writer out) throws IOException {
        try {
            switch (format) {
                case JSON -> writeNodeLinkJson(graph, out);
                case GRAPHML -> withProviders(graphMl(), graph).exportGraph(asJGraphT(graph), out);
                case GEXF -> gexf(graph).exportGraph(asJGraphT(graph), out);
                case DOT -> dot(graph).exportGraph(asJGraphT(graph), out);
            }
        } catch (org.jgrapht.nio.ExportException e) {
            throw new IOException("cannot write " + format.extension() + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /**
     * ProGraML's node-link layout: {@code directed}, {@code multigraph}, {@code graph} (functions, module),
     * {@code nodes} (id, type as int, text, function, block, features with full_text and our extras
     * ir_line/source_location) and {@code links} (source, target, flow as int, position, key). Keys number
     * parallel edges so that networkx keeps all of them.
     */
    static void writeNodeLinkJson(ProgramGraph graph, Writer out) throws IOException {
        // Compact: an indented graph of a 12 MB module was 168 MB of mostly spaces and newlines.
        NodeLinkJsonWriter.write(graph, NodeLinkJsonWriter.Sink.of(out));
    }

    /** The graph as a JGraphT multigraph whose vertices are node ids and whose edges are edge indices. */
    static Graph<Integer, Integer> asJGraphT(ProgramGraph graph) {
        Graph<Integer, Integer> g = new DirectedPseudograph<>(null, null, false);
        for (int i = 0; i < graph.nodeCount(); i++) {
            g.addVertex(i);
        }
        for (int e = 0; e < graph.edgeCount(); e++) {
            Edge edge = graph.edges().get(e);
            g.addEdge(edge.source(), edge.target(), e);
        }
        return g;
    }

    private static Map<String, Attribute> nodeAttributes(ProgramGraph graph, int id) {
        Node node = graph.node(id);
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("type", DefaultAttribute.createAttribute(node.type().key()));
        attributes.put("text", DefaultAttribute.createAttribute(node.text()));
        attributes.put("full_text", DefaultAttribute.createAttribute(node.fullText()));
        attributes.put("function", DefaultAttribute.createAttribute(
                node.function() < 0 ? "" : graph.functions().get(node.function())));
        attributes.put("block", DefaultAttribute.createAttribute(node.block()));
        attributes.put("ir_line", DefaultAttribute.createAttribute(node.irLine()));
        attributes.put("source_location", DefaultAttribute.createAttribute(
                node.sourceLocation() == null ? "" : node.sourceLocation().toString()));
        return attributes;
    }

    private static Map<String, Attribute> edgeAttributes(ProgramGraph graph, int index) {
        Edge edge = graph.edges().get(index);
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("flow", DefaultAttribute.createAttribute(edge.flow().key()));
        attributes.put("position", DefaultAttribute.createAttribute(edge.position()));
        return attributes;
    }

    private static GraphMLExporter<Integer, Integer> graphMl() {
        GraphMLExporter<Integer, Integer> exporter = new GraphMLExporter<>(String::valueOf);
        for (String name : new String[] {"type", "text", "full_text", "function", "source_location"}) {
            exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE,
                    org.jgrapht.nio.AttributeType.STRING);
        }
        for (String name : new String[] {"block", "ir_line"}) {
            exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, org.jgrapht.nio.AttributeType.INT);
        }
        exporter.registerAttribute("flow", GraphMLExporter.AttributeCategory.EDGE, org.jgrapht.nio.AttributeType.STRING);
        exporter.registerAttribute("position", GraphMLExporter.AttributeCategory.EDGE, org.jgrapht.nio.AttributeType.INT);
        exporter.setExportEdgeLabels(false);
        exporter.setExportVertexLabels(false);
        return exporter;
    }

    private static GraphMLExporter<Integer, Integer> withProviders(GraphMLExporter<Integer, Integer> exporter,
                                                                 ProgramGraph graph) {
        exporter.setVertexAttributeProvider(id -> nodeAttributes(graph, id));
        exporter.setEdgeAttributeProvider(e -> edgeAttributes(graph, e));
        exporter.setEdgeIdProvider(String::valueOf);
        return exporter;
    }

    private static GEXFExporter<Integer, Integer> gexf(ProgramGraph graph) {
        GEXFExporter<Integer, Integer> exporter = new GEXFExporter<>(String::valueOf, String::valueOf);
        for (String name : new String[] {"type", "text", "full_text", "function", "source_location"}) {
            exporter.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        }
        for (String name : new String[] {"block", "ir_line"}) {
            exporter.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
        }
        exporter.registerAttribute("flow", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.registerAttribute("position", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
        exporter.setVertexAttributeProvider(id -> {
            Map<String, Attribute> attributes = nodeAttributes(graph, id);
            attributes.put("label", DefaultAttribute.createAttribute(graph.node(id).text()));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(e -> edgeAttributes(graph, e));
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, false);
        return exporter;
    }

    private static DOTExporter<Integer, Integer> dot(ProgramGraph graph) {
        DOTExporter<Integer, Integer> exporter = new DOTExporter<>(String::valueOf);
        exporter.setGraphIdProvider(() -> "main");
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("margin", DefaultAttribute.createAttribute("0"));
            attributes.put("nodesep", DefaultAttribute.createAttribute("0.4"));
            attributes.put("ranksep", DefaultAttribute.createAttribute("0.4"));
            attributes.put("fontname", DefaultAttribute.createAttribute("Inconsolata"));
            return attributes;
        });
        exporter.setVertexAttributeProvider(id -> dotNode(graph.node(id)));
        exporter.setEdgeAttributeProvider(e -> dotEdge(graph.edges().get(e)));
        return exporter;
    }

    static Map<String, Attribute> dotNode(Node node) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        String label = node.text();
        if (label.length() > MAX_DOT_LABEL) {
            label = label.substring(0, MAX_DOT_LABEL - 3) + "...";
        }
        attributes.put("label", DefaultAttribute.createAttribute(label));
        attributes.put("style", DefaultAttribute.createAttribute("filled"));
        if (node.type() == NodeType.INSTRUCTION) {
            attributes.put("shape", DefaultAttribute.createAttribute("box"));
            attributes.put("fillcolor", DefaultAttribute.createAttribute(INSTRUCTION_FILL));
            attributes.put("fontcolor", DefaultAttribute.createAttribute("#ffffff"));
        } else {
            attributes.put("shape", DefaultAttribute.createAttribute(node.type() == NodeType.CONSTANT ? "diamond" : "ellipse"));
            attributes.put("fillcolor", DefaultAttribute.createAttribute(
                    node.type() == NodeType.CONSTANT ? CONSTANT_FILL : VARIABLE_FILL));
            attributes.put("color", DefaultAttribute.createAttribute(DATA_COLOUR));
            attributes.put("fontcolor", DefaultAttribute.createAttribute(DATA_COLOUR));
        }
        return attributes;
    }

    static Map<String, Attribute> dotEdge(Edge edge) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        String colour = switch (edge.flow()) {
            case CONTROL -> CONTROL_COLOUR;
            case DATA -> DATA_COLOUR;
            case CALL -> CALL_COLOUR;
            case TYPE -> "#aaaaaa";
        };
        attributes.put("color", DefaultAttribute.createAttribute(colour));
        attributes.put("weight", DefaultAttribute.createAttribute(
                edge.flow() == Flow.CONTROL ? "10" : edge.flow() == Flow.DATA ? "0" : "1"));
        if (edge.position() != 0) {
            attributes.put(edge.flow() == Flow.DATA ? "headlabel" : "taillabel",
                    DefaultAttribute.createAttribute(String.valueOf(edge.position())));
            attributes.put("labelfontcolor", DefaultAttribute.createAttribute(colour));
        }
        return attributes;
    }
}
