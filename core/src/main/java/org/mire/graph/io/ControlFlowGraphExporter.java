package org.mire.graph.io;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.mire.graph.ControlFlowGraph;

/**
 * Writes a function's control-flow graph (basic blocks and the branches between them, as the graph explorer's
 * control-flow view draws it) in the program graph's formats: node-link JSON (nodes {@code id}, {@code label},
 * {@code instructions} = program-graph node ids, {@code text} = the instruction lines; links {@code source},
 * {@code target}, {@code kind} = true/false/unconditional/other, {@code key}), GraphML, GEXF and DOT (true branches
 * green, false red, as Compiler Explorer draws them).
 */
public final class ControlFlowGraphExporter {
    static final String TRUE_COLOUR = "#2e7d32";
    static final String FALSE_COLOUR = "#c62828";

    private ControlFlowGraphExporter() {
    }

    /** Writes a file (UTF-8, written to a temporary name and renamed into place). */
    public static void write(ControlFlowGraph cfg, GraphFormat format, java.nio.file.Path file)
            throws org.mire.MireException {
        GraphExporter.toFile(file, out -> write(cfg, format, out));
    }

    public static void write(ControlFlowGraph cfg, GraphFormat format, Writer out) throws IOException {
        try {
            switch (format) {
                case JSON -> writeJson(cfg, out);
                case GRAPHML -> graphMl(cfg).exportGraph(asJGraphT(cfg), out);
                case GEXF -> gexf(cfg).exportGraph(asJGraphT(cfg), out);
                case DOT -> dot(cfg).exportGraph(asJGraphT(cfg), out);
            }
        } catch (org.jgrapht.nio.ExportException e) {
            throw new IOException("cannot write " + format.extension() + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    static String kind(ControlFlowGraph.BlockEdge edge) {
        return edge.kind().name().toLowerCase(Locale.ROOT);
    }

    static String text(ControlFlowGraph.Block block) {
        return String.join("\n", block.lines());
    }

    private static void writeJson(ControlFlowGraph cfg, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setIndent(" ");
        json.beginObject();
        json.name("directed").value(true);
        json.name("multigraph").value(true);
        json.name("graph").beginObject().name("kind").value("control-flow").name("function").value(cfg.function())
                .endObject();
        json.name("nodes").beginArray();
        for (int b = 0; b < cfg.blocks().size(); b++) {
            ControlFlowGraph.Block block = cfg.blocks().get(b);
            json.beginObject().name("id").value(b).name("label").value(block.label());
            json.name("instructions").beginArray();
            for (int id : block.instructions()) {
                json.value(id);
            }
            json.endArray();
            json.name("text").beginArray();
            for (String line : block.lines()) {
                json.value(line);
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        json.name("links").beginArray();
        Map<Long, Integer> keys = new LinkedHashMap<>();
        for (ControlFlowGraph.BlockEdge edge : cfg.edges()) {
            long pair = ((long) edge.source() << 32) | (edge.target() & 0xffffffffL);
            json.beginObject().name("source").value(edge.source()).name("target").value(edge.target())
                    .name("kind").value(kind(edge)).name("key").value(keys.merge(pair, 1, Integer::sum) - 1)
                    .endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
    }

    private static Graph<Integer, Integer> asJGraphT(ControlFlowGraph cfg) {
        Graph<Integer, Integer> g = new DirectedPseudograph<>(null, null, false);
        for (int b = 0; b < cfg.blocks().size(); b++) {
            g.addVertex(b);
        }
        for (int e = 0; e < cfg.edges().size(); e++) {
            ControlFlowGraph.BlockEdge edge = cfg.edges().get(e);
            g.addEdge(edge.source(), edge.target(), e);
        }
        return g;
    }

    private static Map<String, Attribute> blockAttributes(ControlFlowGraph cfg, int b) {
        ControlFlowGraph.Block block = cfg.blocks().get(b);
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", DefaultAttribute.createAttribute(block.label()));
        attributes.put("text", DefaultAttribute.createAttribute(text(block)));
        attributes.put("instructions", DefaultAttribute.createAttribute(block.instructions().length));
        return attributes;
    }

    private static Map<String, Attribute> edgeAttributes(ControlFlowGraph cfg, int e) {
        return Map.of("kind", DefaultAttribute.createAttribute(kind(cfg.edges().get(e))));
    }

    private static GraphMLExporter<Integer, Integer> graphMl(ControlFlowGraph cfg) {
        GraphMLExporter<Integer, Integer> exporter = new GraphMLExporter<>(String::valueOf);
        exporter.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("text", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("instructions", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("kind", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setExportEdgeLabels(false);
        exporter.setExportVertexLabels(false);
        exporter.setVertexAttributeProvider(b -> blockAttributes(cfg, b));
        exporter.setEdgeAttributeProvider(e -> edgeAttributes(cfg, e));
        exporter.setEdgeIdProvider(String::valueOf);
        return exporter;
    }

    private static GEXFExporter<Integer, Integer> gexf(ControlFlowGraph cfg) {
        GEXFExporter<Integer, Integer> exporter = new GEXFExporter<>(String::valueOf, String::valueOf);
        exporter.registerAttribute("text", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        exporter.registerAttribute("instructions", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
        exporter.registerAttribute("kind", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.setVertexAttributeProvider(b -> blockAttributes(cfg, b));
        exporter.setEdgeAttributeProvider(e -> edgeAttributes(cfg, e));
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, false);
        return exporter;
    }

    private static DOTExporter<Integer, Integer> dot(ControlFlowGraph cfg) {
        DOTExporter<Integer, Integer> exporter = new DOTExporter<>(String::valueOf);
        exporter.setGraphIdProvider(() -> "cfg");
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("fontname", DefaultAttribute.createAttribute("Inconsolata"));
            return attributes;
        });
        exporter.setVertexAttributeProvider(b -> {
            ControlFlowGraph.Block block = cfg.blocks().get(b);
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            // "\l" ends a left-justified line in Graphviz labels
            StringBuilder label = new StringBuilder(block.label()).append(":\\l");
            for (String line : block.lines()) {
                label.append("  ").append(line.replace("\\", "\\\\")).append("\\l");
            }
            attributes.put("label", DefaultAttribute.createAttribute(label.toString()));
            attributes.put("shape", DefaultAttribute.createAttribute("box"));
            attributes.put("fontname", DefaultAttribute.createAttribute("Inconsolata"));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(e -> {
            ControlFlowGraph.BlockEdge edge = cfg.edges().get(e);
            String colour = switch (edge.kind()) {
                case TRUE -> TRUE_COLOUR;
                case FALSE -> FALSE_COLOUR;
                case UNCONDITIONAL, OTHER -> GraphExporter.CONTROL_COLOUR;
            };
            return Map.of("color", DefaultAttribute.createAttribute(colour));
        });
        return exporter;
    }
}
