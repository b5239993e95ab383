package org.mire.encoder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mire.MireException;
import org.mire.graph.Edge;
import org.mire.graph.Flow;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.ir.IrProgram;

/**
 * Turns parsed programs into encoder inputs: token ids from the text modality and the vocabulary, graphs reduced
 * to node kinds, node-text token ids and typed edges. Function graphs are cut from the module graph in one pass
 * (a function's nodes plus the constants its instructions use; call edges to other functions are left out), the
 * same subgraph {@link ProgramGraph#functionGraph} describes, without its per-function scan of the whole module.
 * TYPE edges (not produced by default) are ignored.
 */
public final class Featuriser {
    private final TextModality text;
    private final Map<String, Integer> ids;
    private final int tokensPerNode;
    private final Map<String, int[]> nodeTokenCache = new HashMap<>();

    public Featuriser(TextModality text, List<String> vocabulary, int tokensPerNode) {
        this.text = text;
        this.tokensPerNode = tokensPerNode;
        this.ids = new HashMap<>(vocabulary.size() * 2);
        for (int i = 0; i < vocabulary.size(); i++) {
            ids.putIfAbsent(vocabulary.get(i), i);
        }
    }

    /** Token ids of a sequence, leading [CLS] and trailing [SEP] dropped, unknown tokens as [UNK]. */
    public int[] ids(List<String> tokens) {
        int from = !tokens.isEmpty() && tokens.get(0).equals(SpecialTokens.NAMES.get(SpecialTokens.CLS)) ? 1 : 0;
        int to = tokens.size() > from && tokens.get(tokens.size() - 1).equals(SpecialTokens.NAMES.get(SpecialTokens.SEP))
                ? tokens.size() - 1 : tokens.size();
        int[] out = new int[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = ids.getOrDefault(tokens.get(i), SpecialTokens.UNK);
        }
        return out;
    }

    /** The module: all its tokens and its whole graph. */
    public EncoderInput module(IrProgram program) throws MireException {
        return new EncoderInput(ids(text.moduleTokens(program)), graph(program.graph()));
    }

    /** One input per defined function, in {@link IrProgram#functionNames()} order. */
    public List<EncoderInput> functions(IrProgram program) throws MireException {
        List<String> names = program.functionNames();
        List<List<String>> tokens = text.functionTokens(program);
        if (tokens.size() != names.size()) {
            throw new MireException(program.sourceName() + ": " + tokens.size() + " token sequences for "
                    + names.size() + " functions");
        }
        ProgramGraph graph = program.graph();
        List<GraphInput> graphs = functionGraphs(graph, names);
        List<EncoderInput> inputs = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            inputs.add(new EncoderInput(ids(tokens.get(i)), graphs.get(i)));
        }
        return inputs;
    }

    /** A whole graph as encoder input. */
    public GraphInput graph(ProgramGraph graph) {
        int n = graph.nodeCount();
        int[] local = new int[n];
        for (int i = 0; i < n; i++) {
            local[i] = i;
        }
        return build(graph, local, n, graph.edges());
    }

    /** The function subgraphs of {@code names}, cut in one pass over nodes and edges. */
    public List<GraphInput> functionGraphs(ProgramGraph graph, List<String> names) throws MireException {
        int functions = graph.functions().size();
        int[] wanted = new int[functions];
        Arrays.fill(wanted, -1);
        for (int i = 0; i < names.size(); i++) {
            int index = graph.functionIndex(names.get(i));
            if (index < 0) {
                throw new MireException(graph.name() + ": function " + names.get(i) + " is not in the program graph");
            }
            wanted[index] = i;
        }
        List<Map<Integer, Integer>> locals = new ArrayList<>();
        List<List<Edge>> edges = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            locals.add(new HashMap<>());
            edges.add(new ArrayList<>());
        }
        for (Node node : graph.nodes()) {
            if (node.function() >= 0 && wanted[node.function()] >= 0) {
                Map<Integer, Integer> map = locals.get(wanted[node.function()]);
                map.put(node.id(), map.size());
            }
        }
        for (Edge edge : graph.edges()) {
            Node target = graph.node(edge.target());
            if (target.function() < 0 || wanted[target.function()] < 0) {
                continue;
            }
            int slot = wanted[target.function()];
            Node source = graph.node(edge.source());
            Map<Integer, Integer> map = locals.get(slot);
            if (source.function() == target.function()) {
                edges.get(slot).add(edge);
            } else if (edge.flow() == Flow.DATA && source.type() == NodeType.CONSTANT) {
                map.putIfAbsent(source.id(), map.size());
                edges.get(slot).add(edge);
            }
        }
        List<GraphInput> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            Map<Integer, Integer> map = locals.get(i);
            int[] local = new int[graph.nodeCount()];
            Arrays.fill(local, -1);
            map.forEach((global, id) -> local[global] = id);
            out.add(build(graph, local, map.size(), edges.get(i)));
        }
        return out;
    }

    private GraphInput build(ProgramGraph graph, int[] local, int count, List<Edge> edges) {
        int[] kinds = new int[count];
        int[] tokens = new int[count * tokensPerNode];
        for (int global = 0; global < local.length; global++) {
            int id = local[global];
            if (id < 0) {
                continue;
            }
            Node node = graph.node(global);
            kinds[id] = node.type().ordinal();
            int[] nodeIds = nodeTokenIds(node);
            System.arraycopy(nodeIds, 0, tokens, id * tokensPerNode, Math.min(tokensPerNode, nodeIds.length));
        }
        int kept = 0;
        for (Edge edge : edges) {
            if (edge.flow() != Flow.TYPE && local[edge.source()] >= 0 && local[edge.target()] >= 0) {
                kept++;
            }
        }
        int[] s = new int[kept];
        int[] t = new int[kept];
        int[] f = new int[kept];
        int[] p = new int[kept];
        int k = 0;
        for (Edge edge : edges) {
            if (edge.flow() != Flow.TYPE && local[edge.source()] >= 0 && local[edge.target()] >= 0) {
                s[k] = local[edge.source()];
                t[k] = local[edge.target()];
                f[k] = edge.flow().ordinal();
                p[k] = edge.position();
                k++;
            }
        }
        return new GraphInput(kinds, tokens, tokensPerNode, s, t, f, p);
    }

    private int[] nodeTokenIds(Node node) {
        String key = node.type().ordinal() + "\u0000" + node.text();
        return nodeTokenCache.computeIfAbsent(key, k -> {
            List<String> tokens = text.nodeTokens(node);
            int[] out = new int[tokens.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ids.getOrDefault(tokens.get(i), SpecialTokens.UNK);
            }
            return out;
        });
    }
}
