package org.mire.graph.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.graph.Edge;
import org.mire.graph.Flow;
import org.mire.graph.GraphStatistics;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.tools.ExternalTool;

class SyntheticProgramTest {

    @Test
    void reachesTheRequestedSizeWithEveryNodeTypeAndFlow() {
        SyntheticProgram program = SyntheticProgram.generate(2_000, 1);
        ProgramGraph graph = program.graph();
        assertTrue(graph.nodeCount() >= 2_000 && graph.nodeCount() < 2_400, "nodes: " + graph.nodeCount());
        GraphStatistics statistics = GraphStatistics.of(graph);
        assertTrue(statistics.nodesByType().get(NodeType.INSTRUCTION) > 0);
        assertTrue(statistics.nodesByType().get(NodeType.VARIABLE) > 0);
        assertTrue(statistics.nodesByType().get(NodeType.CONSTANT) > 0);
        for (Flow flow : List.of(Flow.CONTROL, Flow.DATA, Flow.CALL)) {
            assertTrue(statistics.edgesByFlow().get(flow) > 0, flow + " edges");
        }
    }

    @Test
    void sameSeedGivesTheSameModule() {
        assertEquals(SyntheticProgram.generate(500, 7).text(), SyntheticProgram.generate(500, 7).text());
    }

    @Test
    void instructionNodesPointAtTheirLineOfText() {
        SyntheticProgram program = SyntheticProgram.generate(500, 3);
        String[] lines = program.text().split("\n", -1);
        for (Node node : program.graph().nodes()) {
            if (node.type() == NodeType.INSTRUCTION && node.irLine() > 0) {
                assertEquals(node.fullText(), lines[node.irLine() - 1].strip(), "node " + node.id());
            }
        }
    }

    @Test
    void branchesHaveControlEdgesWithSuccessorPositions() {
        ProgramGraph graph = SyntheticProgram.generate(500, 5).graph();
        boolean sawFalseEdge = false;
        for (Edge edge : graph.edges()) {
            if (edge.flow() == Flow.CONTROL && edge.position() == 1) {
                sawFalseEdge = true;
                assertEquals("br", graph.node(edge.source()).text());
            }
        }
        assertTrue(sawFalseEdge);
    }

    @Test
    void textIsAcceptedByLlvmAs(@TempDir Path dir) throws Exception {
        assumeTrue(ExternalTool.LLVM_AS.isAvailable(), "llvm-as not installed");
        Path file = dir.resolve("synthetic.ll");
        Files.writeString(file, SyntheticProgram.generate(2_000, 11).text());
        ExternalTool.Result result = ExternalTool.LLVM_AS.runForResult(
                List.of("-o", dir.resolve("synthetic.bc").toString(), file.toString()), 60);
        assertEquals(0, result.exitCode(), result.stderr());
    }
}
