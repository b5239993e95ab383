package org.mire.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.app.graphexplorer.GraphExplorerModel;
import org.mire.graph.ControlFlowGraph;
import org.mire.graph.Edge;
import org.mire.graph.GraphScope;
import org.mire.graph.ProgramGraph;
import org.mire.graph.io.GraphFormat;
import org.mire.graph.io.NodeLinkJsonImporter;
import org.mire.graph.view.GraphProjection;
import org.mire.graph.view.VisibleGraph;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.progress.ProgressMonitor;

/**
 * What the window exports is what it shows: every format is read back (ProGraML JSON by our importer, GraphML, GEXF
 * and DOT by JGraphT's) and must have the shown graph's nodes, edges and attributes; in the control-flow view the
 * export is the function's control-flow graph.
 */
class GraphExportTest {
    private static final Path QUICKSORT = Path.of(System.getProperty("mire.repo.root", "."), "sample-ir", "ll",
            "quicksort.O0.ll");

    @TempDir
    Path dir;

    /** A graph read back by JGraphT, with the attributes of each vertex and edge. */
    private record ReadBack(Graph<String, Object> graph, Map<String, Map<String, String>> vertices,
                            Map<Object, Map<String, String>> edges) {
    }

    private static ReadBack readBack(GraphFormat format, Path file) throws Exception {
        Graph<String, Object> graph = new DirectedPseudograph<>(null, Object::new, false);
        Map<String, Map<String, String>> vertices = new HashMap<>();
        Map<Object, Map<String, String>> edges = new HashMap<>();
        BaseEventDrivenImporter<String, Object> importer;
        GraphImporter<String, Object> reader;
        switch (format) {
            case GRAPHML -> {
                GraphMLImporter<String, Object> graphMl = new GraphMLImporter<>();
                graphMl.setVertexFactory(id -> id);
                importer = graphMl;
                reader = graphMl;
            }
            case GEXF -> {
                SimpleGEXFImporter<String, Object> gexf = new SimpleGEXFImporter<>();
                gexf.setVertexFactory(id -> id);
                importer = gexf;
                reader = gexf;
            }
            case DOT -> {
                DOTImporter<String, Object> dot = new DOTImporter<>();
                dot.setVertexFactory(id -> id);
                importer = dot;
                reader = dot;
            }
            default -> throw new IllegalArgumentException("JSON is read by NodeLinkJsonImporter");
        }
        importer.addVertexAttributeConsumer((pair, attribute) -> vertices.computeIfAbsent(pair.getFirst(),
                v -> new HashMap<>()).put(pair.getSecond(), attribute.getValue()));
        importer.addEdgeAttributeConsumer((pair, attribute) -> edges.computeIfAbsent(pair.getFirst(),
                e -> new HashMap<>()).put(pair.getSecond(), attribute.getValue()));
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.importGraph(graph, in);
        }
        return new ReadBack(graph, vertices, edges);
    }

    private static GraphExplorerModel shown(ProgramGraph full, VisibleGraph visible) {
        GraphExplorerModel model = new GraphExplorerModel();
        model.graphProperty().set(full);
        model.visibleGraphProperty().set(visible);
        return model;
    }

    @Test
    void theShownProgramGraphReadsBackWithItsNodesEdgesAndAttributes() throws Exception {
        ProgramGraph full = IrLoader.load(QUICKSORT).graph();
        // the window's view of quicksort and its callees, with partition collapsed to one node
        VisibleGraph visible = GraphProjection.project(full, GraphScope.FUNCTION_AND_CALLEES, "@quicksort",
                Set.of(full.functionIndex("@partition")), ProgressMonitor.NONE);
        ProgramGraph shown = visible.graph();
        assertTrue(shown.nodeCount() < full.nodeCount() && shown.nodes().stream()
                .anyMatch(n -> n.fullText().startsWith("@partition (collapsed")), "scope and collapsing applied");
        GraphExplorerModel model = shown(full, visible);
        for (GraphFormat format : GraphFormat.values()) {
            Path file = dir.resolve("shown." + format.extension());
            assertEquals(file, GraphExport.graph(model, format, file).run(ProgressMonitor.NONE));
            if (format == GraphFormat.JSON) {
                ProgramGraph read = NodeLinkJsonImporter.read(file);
                assertEquals(shown.nodes(), read.nodes());
                assertEquals(shown.edges(), read.edges());
                assertEquals(shown.functions(), read.functions());
                continue;
            }
            ReadBack read = readBack(format, file);
            assertEquals(shown.nodeCount(), read.graph().vertexSet().size(), format.name());
            assertEquals(shown.edgeCount(), read.graph().edgeSet().size(), format.name());
            String textKey = format == GraphFormat.DOT ? "label" : "text";
            for (int id = 0; id < shown.nodeCount(); id++) {
                String text = read.vertices().get(String.valueOf(id)).get(textKey);
                String expected = shown.node(id).text();
                assertTrue(format == GraphFormat.DOT ? expected.startsWith(text.replace("...", ""))
                        : expected.equals(text), format + " node " + id + ": " + text);
            }
            if (format != GraphFormat.DOT) {
                // every (source, target, flow) of the shown graph is read back, as often as it occurs
                List<String> written = new ArrayList<>();
                for (Edge edge : shown.edges()) {
                    written.add(edge.source() + ">" + edge.target() + ":" + edge.flow().key());
                }
                List<String> readEdges = new ArrayList<>();
                for (Object edge : read.graph().edgeSet()) {
                    readEdges.add(read.graph().getEdgeSource(edge) + ">" + read.graph().getEdgeTarget(edge) + ":"
                            + read.edges().get(edge).get("flow"));
                }
                written.sort(null);
                readEdges.sort(null);
                assertEquals(written, readEdges, format.name());
            }
        }
    }

    @Test
    void inTheControlFlowViewTheExportIsTheControlFlowGraph() throws Exception {
        IrProgram program = IrLoader.load(QUICKSORT);
        ProgramGraph full = program.graph();
        ControlFlowGraph cfg = ControlFlowGraph.of(full, "@partition", program.text());
        GraphExplorerModel model = shown(full, null);
        model.viewModeProperty().set(GraphExplorerModel.ViewMode.CONTROL_FLOW);
        model.controlFlowProperty().set(cfg);
        assertTrue(cfg.blocks().size() > 3, "partition has a loop");
        for (GraphFormat format : List.of(GraphFormat.GRAPHML, GraphFormat.GEXF, GraphFormat.DOT)) {
            Path file = dir.resolve("cfg." + format.extension());
            GraphExport.graph(model, format, file).run(ProgressMonitor.NONE);
            ReadBack read = readBack(format, file);
            assertEquals(cfg.blocks().size(), read.graph().vertexSet().size(), format.name());
            assertEquals(cfg.edges().size(), read.graph().edgeSet().size(), format.name());
            for (int b = 0; b < cfg.blocks().size(); b++) {
                Map<String, String> attributes = read.vertices().get(String.valueOf(b));
                String label = attributes.get("label");
                assertTrue(label.startsWith(cfg.blocks().get(b).label()), format + " block " + b + ": " + label);
            }
            if (format != GraphFormat.DOT) {
                long branches = read.edges().values().stream().filter(a -> a.get("kind").equals("true")
                        || a.get("kind").equals("false")).count();
                assertEquals(cfg.edges().stream().filter(e -> e.kind() == ControlFlowGraph.Kind.TRUE
                        || e.kind() == ControlFlowGraph.Kind.FALSE).count(), branches, format.name());
            }
        }
    }
}
