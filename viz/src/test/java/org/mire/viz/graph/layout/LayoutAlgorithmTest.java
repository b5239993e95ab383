package org.mire.viz.graph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mire.graph.Edge;
import org.mire.graph.Flow;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.graph.synthetic.SyntheticProgram;
import org.mire.progress.CancelledException;
import org.mire.progress.ProgressMonitor;

class LayoutAlgorithmTest {
    private static final ProgramGraph GRAPH = SyntheticProgram.generate(400, 2).graph();
    private static final LayoutGraph INPUT = ProgramGraphLayouts.input(GRAPH);

    @ParameterizedTest
    @EnumSource(LayoutAlgorithm.class)
    void placesEveryNodeAtAFinitePointAndReportsProgress(LayoutAlgorithm algorithm) {
        double[] last = {-2};
        GraphLayout layout = algorithm.layout(INPUT, new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
                last[0] = fraction;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertEquals(GRAPH.nodeCount(), layout.nodeCount());
        for (int i = 0; i < layout.nodeCount(); i++) {
            assertTrue(Double.isFinite(layout.x(i)) && Double.isFinite(layout.y(i)), "node " + i);
        }
        assertTrue(layout.width() > 0 && layout.height() > 0);
        assertTrue(last[0] != -2, "reported progress");
    }

    @ParameterizedTest
    @EnumSource(value = LayoutAlgorithm.class, names = {"LAYERED", "LAYERED_ELK", "FORCE_DIRECTED",
        "FORCE_DIRECTED_INDEXED"})
    void stopsWhenCancelled(LayoutAlgorithm algorithm) {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> algorithm.layout(INPUT, cancelled));
    }

    @Test
    void layeredLayoutPutsAValueBesideTheInstructionThatDefinesIt() {
        GraphLayout layout = LayoutAlgorithm.LAYERED.layout(INPUT, ProgressMonitor.NONE);
        int checked = 0;
        for (Edge edge : GRAPH.edges()) {
            if (edge.flow() == Flow.DATA && GRAPH.node(edge.source()).type() == NodeType.INSTRUCTION
                    && GRAPH.node(edge.target()).type() == NodeType.VARIABLE) {
                assertEquals(layout.y(edge.source()), layout.y(edge.target()), 1e-9);
                assertTrue(layout.x(edge.target()) > layout.x(edge.source()));
                checked++;
            }
        }
        assertTrue(checked > 50);
    }

    @Test
    void layeredLayoutFlowsDownwardAlongControlEdgesOfABlock() {
        GraphLayout layout = LayoutAlgorithm.LAYERED.layout(INPUT, ProgressMonitor.NONE);
        int downward = 0;
        int total = 0;
        for (Edge edge : GRAPH.edges()) {
            if (edge.flow() == Flow.CONTROL && edge.position() == 0
                    && GRAPH.node(edge.source()).block() == GRAPH.node(edge.target()).block()) {
                total++;
                double dy = layout.y(edge.target()) - layout.y(edge.source());
                // Within a column the successor is lower; across a column break it restarts at the top.
                if (dy > 0) {
                    downward++;
                }
            }
        }
        assertTrue(downward > total * 0.9, downward + " of " + total);
    }

    @Test
    void layeredLayoutKeepsNodesOfARowApart() {
        GraphLayout layout = LayoutAlgorithm.LAYERED.layout(INPUT, ProgressMonitor.NONE);
        Map<Long, java.util.List<Integer>> rows = new HashMap<>();
        for (int i = 0; i < INPUT.nodeCount(); i++) {
            rows.computeIfAbsent(Math.round(layout.y(i) * 10) * 1_000_000L + (INPUT.group(i) + 1),
                    k -> new java.util.ArrayList<>()).add(i);
        }
        for (java.util.List<Integer> row : rows.values()) {
            row.sort((a, b) -> Double.compare(layout.x(a), layout.x(b)));
            for (int k = 1; k < row.size(); k++) {
                int a = row.get(k - 1);
                int b = row.get(k);
                double gap = (layout.x(b) - INPUT.width(b) / 2) - (layout.x(a) + INPUT.width(a) / 2);
                assertTrue(gap > -1e-6, "overlap between " + a + " and " + b);
            }
        }
    }

    @Test
    void groupsArePackedIntoFramesThatHoldTheirNodes() {
        GraphLayout layout = LayoutAlgorithm.LAYERED.layout(INPUT, ProgressMonitor.NONE);
        for (int i = 0; i < INPUT.nodeCount(); i++) {
            double[] frame = layout.groupFrame(INPUT.group(i));
            if (frame != null) {
                assertTrue(layout.x(i) >= frame[0] && layout.x(i) <= frame[2] && layout.y(i) >= frame[1]
                        && layout.y(i) <= frame[3], "node " + i + " outside its frame");
            }
        }
    }

    @Test
    void elkRoutesEdgesWithinAFunction() {
        GraphLayout layout = LayoutAlgorithm.LAYERED_ELK.layout(INPUT, ProgressMonitor.NONE);
        int routed = 0;
        for (int e = 0; e < INPUT.edgeCount(); e++) {
            double[] route = layout.edgeRoute(e);
            if (route != null) {
                routed++;
                assertTrue(route.length >= 4 && route.length % 2 == 0);
            }
        }
        assertTrue(routed > INPUT.edgeCount() / 2);
    }

    @Test
    void elkHandlesADeepChainOnItsOwnLargeStack() {
        LayoutGraph chain = new LayoutGraph();
        int n = 3000;
        for (int i = 0; i < n; i++) {
            chain.addNode(30, 20, 0);
            if (i > 0) {
                chain.addEdge(i - 1, i, 1);
            }
        }
        GraphLayout layout = LayoutAlgorithm.LAYERED_ELK.layout(chain, ProgressMonitor.NONE);
        assertTrue(layout.y(n - 1) > layout.y(0));
    }
}
