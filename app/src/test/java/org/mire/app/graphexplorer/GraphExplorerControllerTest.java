package org.mire.app.graphexplorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mire.app.FxToolkit;
import org.mire.app.background.DirectTaskExecutor;
import org.mire.graph.ControlFlowGraph;
import org.mire.graph.Edge;
import org.mire.graph.Flow;
import org.mire.graph.GraphScope;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.graph.synthetic.SyntheticProgram;
import org.mire.graph.view.NodeDetails;
import org.mire.graph.view.VisibleGraph;
import org.mire.viz.graph.GraphPalette;
import org.mire.viz.graph.GraphScene;
import org.mire.viz.graph.layout.GraphLayout;
import org.mire.viz.graph.layout.LayoutAlgorithm;

class GraphExplorerControllerTest {
    private SyntheticProgram program;
    private ProgramGraph graph;
    private GraphExplorerModel model;
    private GraphExplorerController controller;

    @BeforeAll
    static void toolkit() throws InterruptedException {
        FxToolkit.start();
    }

    @BeforeEach
    void open() {
        program = SyntheticProgram.generate(700, 3);
        graph = program.graph();
        model = new GraphExplorerModel();
        controller = new GraphExplorerController(model, new DirectTaskExecutor());
        model.irTextProperty().set(program.text());
        model.graphProperty().set(graph);
    }

    @Test
    void openingLaysOutTheWholeModuleAndDrawsEveryNode() {
        assertEquals(GraphScope.MODULE, model.scopeProperty().get());
        assertEquals(graph.nodeCount(), model.sceneProperty().get().nodeCount());
        assertEquals(graph.edgeCount(), model.sceneProperty().get().edgeCount());
        assertTrue(model.sceneIsNewProperty().get());
        assertTrue(model.summaryProperty().get().contains(String.format("%,d nodes", graph.nodeCount())));
    }

    @Test
    void selectingANodeAsksTheTextForItsLineAndFillsTheDetails() {
        int id = firstInstruction("icmp");
        controller.selectNode(id, false);
        assertEquals(graph.node(id).irLine(), model.revealLineProperty().get().value());
        NodeDetails details = model.detailsProperty().get();
        assertNotNull(details);
        assertEquals("icmp", details.node().text());
        assertEquals(graph.inEdges(id).length, details.inEdges().size());
        assertEquals(graph.outEdges(id).length, details.outEdges().size());
        controller.selectNode(-1, false);
        assertNull(model.detailsProperty().get());
    }

    @Test
    void selectingTheSameNodeTwiceRequestsItsLineTwice() {
        int id = firstInstruction("load");
        controller.selectNode(id, false);
        var first = model.revealLineProperty().get();
        controller.selectNode(id, false);
        assertNotEquals(first, model.revealLineProperty().get());
    }

    @Test
    void selectedIrLinesMarkTheirNodesInstructionFirst() {
        int id = firstInstruction("icmp");
        int line = graph.node(id).irLine();
        controller.linesSelected(line, line);
        int[] linked = model.linkedNodesProperty().get();
        assertEquals(id, linked[0]);
        for (int node : linked) {
            assertEquals(line, graph.node(node).irLine());
        }
        // The icmp defines a value on the same line: its variable is linked too.
        assertTrue(linked.length >= 2);
    }

    @Test
    void hidingAFlowRedrawsWithoutMovingAnything() {
        GraphLayout layout = model.graphLayoutProperty().get();
        GraphScene before = model.sceneProperty().get();
        model.flowVisibleProperty(Flow.DATA).set(false);
        GraphScene after = model.sceneProperty().get();
        assertSame(layout, model.graphLayoutProperty().get(), "no new layout for a filter");
        long dataEdges = graph.edges().stream().filter(e -> e.flow() == Flow.DATA).count();
        assertEquals(before.edgeCount() - dataEdges, after.edgeCount());
        assertEquals(before.nodeCount(), after.nodeCount());
        for (int i = 0; i < after.nodeCount(); i++) {
            assertEquals(before.x(i), after.x(i));
            assertEquals(before.y(i), after.y(i));
        }
        assertTrue(!model.sceneIsNewProperty().get(), "a restyle keeps the view where it is");
    }

    @Test
    void hidingANodeTypeDropsItsNodesAndTheirEdges() {
        model.typeVisibleProperty(NodeType.VARIABLE).set(false);
        long variables = graph.nodes().stream().filter(n -> n.type() == NodeType.VARIABLE).count();
        GraphScene scene = model.sceneProperty().get();
        assertEquals(graph.nodeCount() - variables, scene.nodeCount());
        for (int e = 0; e < scene.edgeCount(); e++) {
            assertNotEquals(NodeType.VARIABLE, graph.node(scene.item(scene.edgeSource(e))).type());
            assertNotEquals(NodeType.VARIABLE, graph.node(scene.item(scene.edgeTarget(e))).type());
        }
    }

    @Test
    void functionScopeShowsTheFunctionAndTheConstantsItUses() {
        String function = graph.functions().get(graph.functionIndex("@f1"));
        controller.focusFunction(function);
        VisibleGraph visible = model.visibleGraphProperty().get();
        int f = graph.functionIndex(function);
        Set<Integer> shown = new HashSet<>();
        for (int origin : visible.origin()) {
            shown.add(origin);
            Node node = graph.node(origin);
            assertTrue(node.function() == f || (node.function() < 0 && node.type() != NodeType.INSTRUCTION),
                    "node " + origin + " outside " + function);
        }
        for (Node node : graph.nodes()) {
            if (node.function() == f) {
                assertTrue(shown.contains(node.id()));
            }
        }
    }

    @Test
    void calleeScopeAddsTheFunctionsItCalls() {
        int f = graph.functionIndex("@f3");
        Set<Integer> callees = new HashSet<>();
        for (Edge edge : graph.edges()) {
            if (edge.flow() == Flow.CALL && graph.node(edge.source()).function() == f
                    && graph.node(edge.target()).function() >= 0) {
                callees.add(graph.node(edge.target()).function());
            }
        }
        callees.remove(f);
        assertTrue(!callees.isEmpty(), "@f3 calls something in this program");
        model.functionProperty().set("@f3");
        model.scopeProperty().set(GraphScope.FUNCTION_AND_CALLEES);
        Set<Integer> functions = new HashSet<>();
        for (int origin : model.visibleGraphProperty().get().origin()) {
            functions.add(graph.node(origin).function());
        }
        assertTrue(functions.containsAll(callees));
        assertTrue(functions.contains(f));
    }

    @Test
    void collapsingAFunctionLeavesOneNodeForItAndExpandingRestoresIt() {
        int f = graph.functionIndex("@f0");
        controller.collapse(f);
        VisibleGraph visible = model.visibleGraphProperty().get();
        long summaries = Arrays.stream(visible.origin()).filter(o -> o == -1 - f).count();
        assertEquals(1, summaries);
        long members = graph.nodes().stream().filter(n -> n.function() == f).count();
        assertEquals(graph.nodeCount() - members + 1, visible.graph().nodeCount());
        // Edges to the summary are merged per neighbour and flow.
        Set<String> seen = new HashSet<>();
        for (Edge edge : visible.graph().edges()) {
            if (visible.isSummary(edge.source()) || visible.isSummary(edge.target())) {
                assertTrue(seen.add(edge.source() + ">" + edge.target() + ":" + edge.flow()));
            }
        }
        controller.expandAll();
        assertEquals(graph.nodeCount(), model.visibleGraphProperty().get().graph().nodeCount());
    }

    @Test
    void clickingACollapsedFunctionTwiceExpandsIt() {
        int f = graph.functionIndex("@f0");
        controller.collapse(f);
        controller.itemClicked(graph.nodeCount() + f, 2);
        assertTrue(model.collapsedFunctions().isEmpty());
    }

    @Test
    void controlFlowViewDrawsOneBlockPerBasicBlockWithBranchEdges() {
        model.functionProperty().set("@f2");
        model.viewModeProperty().set(GraphExplorerModel.ViewMode.CONTROL_FLOW);
        ControlFlowGraph cfg = model.controlFlowProperty().get();
        assertNotNull(cfg);
        int f = graph.functionIndex("@f2");
        long blocks = graph.nodes().stream().filter(n -> n.function() == f && n.block() >= 0)
                .mapToInt(Node::block).distinct().count();
        assertEquals(blocks, cfg.blocks().size());
        assertEquals("entry", cfg.blocks().getFirst().label());
        assertTrue(cfg.edges().stream().anyMatch(e -> e.kind() == ControlFlowGraph.Kind.TRUE));
        assertTrue(cfg.edges().stream().anyMatch(e -> e.kind() == ControlFlowGraph.Kind.FALSE));
        GraphScene scene = model.sceneProperty().get();
        assertEquals(cfg.blocks().size(), scene.nodeCount());
        // A line of a block is the instruction with that text.
        int instruction = cfg.blocks().get(1).instructions()[0];
        assertEquals(instruction, scene.lineItem(1, 1));
        assertEquals(graph.node(instruction).fullText(), cfg.blocks().get(1).lines()[0]);
        assertTrue(cfg.blocks().get(1).label().startsWith("bb"));
    }

    @Test
    void anMlirLoopNestIsLaidOutFromItsEntryDownwardsWithBackEdgesUpwards() throws Exception {
        org.mire.ir.IrProgram matmul = org.mire.ir.IrLoader.load(java.nio.file.Path.of(
                System.getProperty("mire.repo.root", ".."), "sample-ir", "mlir", "affine_matmul.mlir"));
        model.irTextProperty().set(matmul.text());
        model.graphProperty().set(matmul.graph());
        model.functionProperty().set("@matmul_ikj");
        model.viewModeProperty().set(GraphExplorerModel.ViewMode.CONTROL_FLOW);
        ControlFlowGraph cfg = model.controlFlowProperty().get();
        GraphLayout layout = model.graphLayoutProperty().get();
        assertEquals(8, cfg.blocks().size());
        for (int b = 1; b < cfg.blocks().size(); b++) {
            assertTrue(layout.y(0) < layout.y(b), "the entry block is on top of block " + b);
        }
        for (ControlFlowGraph.BlockEdge edge : cfg.edges()) {
            if (edge.target() <= edge.source()) {
                assertTrue(layout.y(edge.target()) < layout.y(edge.source()), "back-edge " + edge + " goes up");
            } else {
                assertTrue(layout.y(edge.source()) < layout.y(edge.target()), "forward edge " + edge + " goes down");
            }
        }
    }

    @Test
    void aSelectionTheNewViewDoesNotDrawIsDroppedSoDetailsShowTheView() {
        int f2 = graph.functionIndex("@f2");
        int inF2 = graph.nodes().stream().filter(n -> n.type() == NodeType.INSTRUCTION && n.function() == f2)
                .findFirst().orElseThrow().id();
        int elsewhere = graph.nodes().stream().filter(n -> n.type() == NodeType.INSTRUCTION && n.function() != f2)
                .findFirst().orElseThrow().id();
        model.functionProperty().set("@f2");

        // An instruction of the function stays selected in its CFG.
        controller.selectNode(inF2, false);
        model.viewModeProperty().set(GraphExplorerModel.ViewMode.CONTROL_FLOW);
        assertEquals(inF2, model.selectedNodeProperty().get());
        assertNotNull(model.detailsProperty().get());

        // One of another function is not drawn there: Details go back to the view's counts.
        model.viewModeProperty().set(GraphExplorerModel.ViewMode.PROGRAM_GRAPH);
        controller.selectNode(elsewhere, false);
        model.viewModeProperty().set(GraphExplorerModel.ViewMode.CONTROL_FLOW);
        assertEquals(-1, model.selectedNodeProperty().get());
        assertNull(model.detailsProperty().get());
    }

    @Test
    void changingTheLayoutLaysOutAgain() {
        GraphLayout layered = model.graphLayoutProperty().get();
        model.layoutProperty().set(LayoutAlgorithm.CIRCULAR);
        assertNotEquals(layered, model.graphLayoutProperty().get());
        assertTrue(model.summaryProperty().get().contains("Circular"));
    }

    @Test
    void searchFindsNodesByTextAndStepsThroughThem() {
        model.searchQueryProperty().set("icmp");
        int[] hits = model.searchHitsProperty().get();
        long icmps = graph.nodes().stream().filter(n -> n.fullText().contains("icmp")).count();
        assertEquals(icmps, hits.length);
        assertEquals(1, controller.nextSearchHit(true));
        assertEquals(hits[0], model.selectedNodeProperty().get());
        assertEquals(hits[0], model.revealItemProperty().get().value());
        assertEquals(2, controller.nextSearchHit(true));
        assertEquals(1, controller.nextSearchHit(false));
        model.searchQueryProperty().set("");
        assertArrayEquals(new int[0], model.searchHitsProperty().get());
    }

    @Test
    void switchingThePaletteRecoloursTheSameLayout() {
        GraphLayout layout = model.graphLayoutProperty().get();
        model.paletteProperty().set(GraphPalette.DARK);
        assertSame(layout, model.graphLayoutProperty().get());
        assertEquals(graph.nodeCount(), model.sceneProperty().get().nodeCount());
    }

    private int firstInstruction(String opcode) {
        return graph.nodes().stream().filter(n -> n.type() == NodeType.INSTRUCTION && n.text().equals(opcode))
                .findFirst().orElseThrow().id();
    }
}
