package org.mire.spark.survey;

import java.util.Map;
import java.util.TreeMap;
import org.mire.MireException;
import org.mire.graph.Flow;
import org.mire.graph.GraphStatistics;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.ir.IrProgram;
import org.mire.text.NormalisedProgram;

/**
 * The survey's numbers for one parsed file: core's {@link GraphStatistics} of its program graph (the numbers
 * {@code mire stats} prints), the opcode histogram of its instruction nodes, and the normalised-statement hash that
 * corpus deduplication uses.
 */
public record FileStatistics(String language, GraphStatistics graph, Map<String, Integer> opcodes, int statements,
                             String normalisedHash) {

    public static FileStatistics of(IrProgram program) throws MireException {
        ProgramGraph graph = program.graph();
        Map<String, Integer> opcodes = new TreeMap<>();
        for (Node node : graph.nodes()) {
            if (node.type() == NodeType.INSTRUCTION) {
                opcodes.merge(node.text(), 1, Integer::sum);
            }
        }
        NormalisedProgram normalised = NormalisedProgram.of(program);
        return new FileStatistics(program.language().name().toLowerCase(java.util.Locale.ROOT),
                GraphStatistics.of(graph), opcodes, normalised.statementCount(), normalised.sha256());
    }

    public int nodes(NodeType type) {
        return graph.nodesByType().get(type);
    }

    public int edges(Flow flow) {
        return graph.edgesByFlow().get(flow);
    }
}
