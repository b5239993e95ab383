package org.mire.ir.mlir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mire.graph.Edge;
import org.mire.graph.Flow;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;

class MlirGraphBuilderTest {

    private static ProgramGraph graph(String sample) throws Exception {
        Path file = MlirSamplesTest.samples().resolve(sample);
        return MlirGraphBuilder.build(MlirParser.parse(Files.readString(file), sample));
    }

    private static List<Node> named(ProgramGraph g, String text) {
        return g.nodes().stream().filter(n -> n.text().equals(text)).toList();
    }

    private static boolean hasEdge(ProgramGraph g, int from, int to, Flow flow) {
        return g.edges().stream().anyMatch(e -> e.source() == from && e.target() == to && e.flow() == flow);
    }

    @Test
    void callsGoToCalleeEntryAndBackFromItsReturns() throws Exception {
        ProgramGraph g = graph("func_calls.mlir");
        assertEquals(List.of("@external_norm", "@square", "@power", "@minmax", "@driver"), g.functions());
        Node undefined = named(g, ProgramGraph.UNDEFINED_FUNCTION).getFirst();
        assertEquals(g.functionIndex("@external_norm"), undefined.function());
        Node squareEntry = named(g, "arith.mulf").stream()
                .filter(n -> n.function() == g.functionIndex("@square")).findFirst().get();
        List<Node> callsToSquare = named(g, "func.call").stream()
                .filter(n -> n.fullText().contains("@square")).toList();
        assertEquals(1, callsToSquare.size());
        assertTrue(hasEdge(g, callsToSquare.getFirst().id(), squareEntry.id(), Flow.CALL));
        Node squareReturn = named(g, "func.return").stream()
                .filter(n -> n.function() == g.functionIndex("@square")).findFirst().get();
        assertTrue(hasEdge(g, squareReturn.id(), callsToSquare.getFirst().id(), Flow.CALL));
        assertTrue(hasEdge(g, 0, squareEntry.id(), Flow.CALL), "root calls every function");
        Node indirectCall = named(g, "func.call_indirect").getFirst();
        Node indirect = named(g, ProgramGraph.INDIRECT).getFirst();
        assertTrue(hasEdge(g, indirectCall.id(), indirect.id(), Flow.CALL));
    }

    @Test
    void controlEntersNestedRegionsAndReturnsToTheirOp() throws Exception {
        ProgramGraph g = graph("scf_loops.mlir");
        Node loop = named(g, "scf.for").getFirst();
        Node firstInBody = named(g, "memref.load").getFirst();
        assertTrue(hasEdge(g, loop.id(), firstInBody.id(), Flow.CONTROL));
        Node yield = named(g, "scf.yield").getFirst();
        assertTrue(hasEdge(g, yield.id(), loop.id(), Flow.CONTROL));
        // The loop defines its induction variable and iter_arg (entry block arguments).
        long defined = g.edges().stream().filter(e -> e.source() == loop.id() && e.flow() == Flow.DATA
                && g.node(e.target()).type() == NodeType.VARIABLE).count();
        assertEquals(3, defined, "induction variable, iter_arg and result");
    }

    @Test
    void successorsCarryTheirIndexAndOperandsTheirPosition() throws Exception {
        ProgramGraph g = graph("cf_branches.mlir");
        Node condBr = named(g, "cf.cond_br").getFirst();
        List<Edge> out = g.edges().stream().filter(e -> e.source() == condBr.id() && e.flow() == Flow.CONTROL)
                .toList();
        assertEquals(List.of(0, 1), out.stream().map(Edge::position).sorted().toList());
        Node rem = named(g, "arith.remsi").getFirst();
        List<Integer> positions = g.edges().stream().filter(e -> e.target() == rem.id() && e.flow() == Flow.DATA)
                .map(Edge::position).sorted().toList();
        assertEquals(List.of(0, 1), positions);
        for (Edge e : g.edges()) {
            if (e.flow() == Flow.DATA) {
                NodeType s = g.node(e.source()).type();
                NodeType t = g.node(e.target()).type();
                assertTrue(s == NodeType.INSTRUCTION ^ t == NodeType.INSTRUCTION, "data edges link values and ops");
            }
        }
    }

    @Test
    void constantsAreSharedNodesWithTheirType() throws Exception {
        ProgramGraph g = graph("affine_matmul.mlir");
        List<Node> constants = g.nodes().stream().filter(n -> n.type() == NodeType.CONSTANT).toList();
        assertTrue(constants.stream().anyMatch(n -> n.fullText().equals("int 64")), constants.toString());
        assertEquals(constants.size(), constants.stream().map(Node::fullText).distinct().count());
        Node mulf = named(g, "arith.mulf").getFirst();
        assertEquals("%p = arith.mulf %a, %b : f32", mulf.fullText());
        Node variable = g.nodes().stream().filter(n -> n.type() == NodeType.VARIABLE && n.fullText().startsWith("%p "))
                .findFirst().get();
        assertEquals("f32", variable.text());
    }
}
