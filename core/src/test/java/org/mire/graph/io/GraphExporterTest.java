package org.mire.graph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;
import org.mire.graph.ProgramGraph;
import org.mire.ir.llvm.LlvmGraphBuilder;
import org.mire.ir.llvm.LlvmGraphBuilderTestAccess;

class GraphExporterTest {
    private final ProgramGraph graph = LlvmGraphBuilder.build(LlvmGraphBuilderTestAccess.sumModule());

    private String write(GraphFormat format) throws IOException {
        StringWriter out = new StringWriter();
        GraphExporter.write(graph, format, out);
        return out.toString();
    }

    @Test
    void nodeLinkJsonRoundTripsThroughTheImporter() throws Exception {
        ProgramGraph read = NodeLinkJsonImporter.read(new StringReader(write(GraphFormat.JSON)), "sum.json");
        assertEquals(graph.nodes(), read.nodes());
        assertEquals(graph.edges(), read.edges());
        assertEquals(graph.functions(), read.functions());
    }

    @Test
    void graphMlAndGexfAreReadableByJGraphT() throws Exception {
        Graph<String, Object> fromGraphMl = new DirectedPseudograph<>(null, Object::new, false);
        GraphMLImporter<String, Object> graphMl = new GraphMLImporter<>();
        graphMl.setVertexFactory(id -> id);
        graphMl.importGraph(fromGraphMl, new StringReader(write(GraphFormat.GRAPHML)));
        assertEquals(graph.nodeCount(), fromGraphMl.vertexSet().size());
        assertEquals(graph.edgeCount(), fromGraphMl.edgeSet().size());

        Graph<String, Object> fromGexf = new DirectedPseudograph<>(null, Object::new, false);
        SimpleGEXFImporter<String, Object> gexf = new SimpleGEXFImporter<>();
        gexf.setVertexFactory(id -> id);
        gexf.importGraph(fromGexf, new StringReader(write(GraphFormat.GEXF)));
        assertEquals(graph.nodeCount(), fromGexf.vertexSet().size());
        assertEquals(graph.edgeCount(), fromGexf.edgeSet().size());
    }

    @Test
    void dotUsesProGraMLColoursAndPositionLabels() throws Exception {
        String dot = write(GraphFormat.DOT);
        assertTrue(dot.startsWith("digraph main {"));
        assertTrue(dot.contains("fillcolor=\"#3c78d8\""));
        assertTrue(dot.contains("color=\"#345393\""));
        assertTrue(dot.contains("color=\"#65ae4d\""));
        assertTrue(dot.contains("headlabel=\"1\""), "data edge into operand 1 is labelled at its head");
    }

    @Test
    void networkxLoadsTheNodeLinkJson(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("g.json");
        Files.writeString(json, write(GraphFormat.JSON));
        String output = NetworkxScript.run("import json, sys, networkx as nx\n"
                + "g = nx.node_link_graph(json.load(open(sys.argv[1])))\n"
                + "print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(), g.is_multigraph())", json, dir)
                .strip();
        assertEquals(graph.nodeCount() + " " + graph.edgeCount() + " True True", output.lines().reduce((a, b) -> b).orElse(""));
    }

    @Test
    void importerRejectsMalformedGraphsWithTheFileName() {
        for (String bad : List.of("[]", "{", "{\"nodes\": [{\"id\": 1, \"type\": 0}], \"links\": []}",
                "{\"nodes\": [{\"id\": 0, \"type\": 9}], \"links\": []}",
                "{\"nodes\": [{\"id\": 0, \"type\": 0}], \"links\": [{\"source\": 0, \"target\": 5, \"flow\": 0}]}")) {
            MireException error = assertThrows(MireException.class,
                    () -> NodeLinkJsonImporter.read(new StringReader(bad), "bad.json"));
            assertTrue(error.getMessage().startsWith("bad.json: "), error.getMessage());
        }
    }
}
