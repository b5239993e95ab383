package org.mire.embed.baseline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.embed.Provenance;
import org.mire.graph.Edge;
import org.mire.graph.Flow;
import org.mire.graph.Node;
import org.mire.graph.ProgramGraph;
import org.mire.ir.IrProgram;

/**
 * A language-independent op histogram over the program graph, for MLIR (whose op vocabulary is open) as well as
 * LLVM IR: each instruction node's op name ({@code arith.addf}, {@code affine.for}, {@code load}) is hashed
 * (FNV-1a, 32 bit) into one of {@link #BUCKETS} buckets and the counts are normalised by the number of instruction
 * nodes; then the documented extras: log1p of the instruction, variable and constant node counts, log1p of the
 * distinct op names, and the control, data and call edges per instruction node. Hash collisions merge ops; with 256
 * buckets and the few dozen ops of a kernel they are rare.
 */
public final class GraphOpHistogram implements EmbeddingMethod {
    public static final String ID = "op-histogram";
    public static final int BUCKETS = 256;
    public static final List<String> EXTRAS = List.of("log1p_instructions", "log1p_variables", "log1p_constants",
            "log1p_distinct_ops", "control_edges_per_instruction", "data_edges_per_instruction",
            "call_edges_per_instruction");
    private static final int VERSION = 1;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int dimension() {
        return BUCKETS + EXTRAS.size();
    }

    @Override
    public String fingerprint() {
        return ID + "/v" + VERSION + "/fnv1a32/buckets=" + BUCKETS + "/extras=" + String.join(",", EXTRAS);
    }

    @Override
    public Provenance provenance(String level) {
        return new Provenance(ID, OpcodeHistogram.sha256(fingerprint()), "none", "none", 0, level, "");
    }

    @Override
    public float[] embedModule(IrProgram program) throws MireException {
        return histogram(program.graph(), -1);
    }

    @Override
    public List<float[]> embedFunctions(IrProgram program) throws MireException {
        ProgramGraph graph = program.graph();
        List<float[]> vectors = new ArrayList<>();
        for (String name : program.functionNames()) {
            vectors.add(histogram(graph, graph.functionIndex(name)));
        }
        return vectors;
    }

    /** Bucket of an op name: FNV-1a over its UTF-8 bytes. */
    static int bucket(String op) {
        int hash = 0x811c9dc5;
        for (byte b : op.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return Integer.remainderUnsigned(hash, BUCKETS);
    }

    /** @param function a function index, or -1 for the whole graph */
    private float[] histogram(ProgramGraph graph, int function) {
        double[] counts = new double[BUCKETS];
        double instructions = 0;
        double variables = 0;
        double constants = 0;
        java.util.Set<String> ops = new java.util.HashSet<>();
        for (Node node : graph.nodes()) {
            if (function >= 0 && node.function() != function) {
                continue;
            }
            switch (node.type()) {
                case INSTRUCTION -> {
                    if (node.function() < 0) {
                        continue; // the [external] root and similar placeholders
                    }
                    instructions++;
                    counts[bucket(node.text())]++;
                    ops.add(node.text());
                }
                case VARIABLE -> variables++;
                case CONSTANT -> constants++;
                default -> { }
            }
        }
        double[] edges = new double[3];
        for (Edge edge : graph.edges()) {
            Node source = graph.node(edge.source());
            if (function >= 0 && source.function() != function) {
                continue;
            }
            if (edge.flow() == Flow.CONTROL) {
                edges[0]++;
            } else if (edge.flow() == Flow.DATA) {
                edges[1]++;
            } else if (edge.flow() == Flow.CALL) {
                edges[2]++;
            }
        }
        float[] vector = new float[dimension()];
        for (int i = 0; i < BUCKETS; i++) {
            vector[i] = instructions == 0 ? 0 : (float) (counts[i] / instructions);
        }
        vector[BUCKETS] = (float) Math.log1p(instructions);
        vector[BUCKETS + 1] = (float) Math.log1p(variables);
        vector[BUCKETS + 2] = (float) Math.log1p(constants);
        vector[BUCKETS + 3] = (float) Math.log1p(ops.size());
        for (int i = 0; i < 3; i++) {
            vector[BUCKETS + 4 + i] = instructions == 0 ? 0 : (float) (edges[i] / instructions);
        }
        return vector;
    }
}
