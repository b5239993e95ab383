package org.mire.encoder.shard;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mire.encoder.EncoderInput;
import org.mire.encoder.GraphInput;

/**
 * One training shard in memory: featurised functions appended one by one, serialised to the {@code .npz} layout that
 * {@code training/mire_training/shards.py} reads (docs/formats.md, "Training shards"). Node texts are stored once
 * per shard in a table of distinct token tuples; small ids use 16-bit types. Everything is checked on the way in, so
 * a shard that serialises is one the trainer accepts.
 */
public final class TrainingShard {
    public static final int FORMAT = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    /** One function as it goes into a shard. */
    public record Function(String file, String function, long group, int opt, EncoderInput input) {
    }

    private final int vocabularySize;
    private final int nodeTokens;
    private final List<Function> functions = new ArrayList<>();
    private long tokens;
    private long nodes;
    private long edges;

    public TrainingShard(int vocabularySize, int nodeTokens) {
        this.vocabularySize = vocabularySize;
        this.nodeTokens = nodeTokens;
    }

    public void add(Function function) {
        GraphInput graph = function.input().graph();
        if (graph.tokensPerNode() != nodeTokens) {
            throw new IllegalArgumentException(function.file() + " " + function.function() + ": "
                    + graph.tokensPerNode() + " tokens per node, the shard holds " + nodeTokens);
        }
        if (function.opt() < -1 || function.opt() > 3) {
            throw new IllegalArgumentException("opt level " + function.opt() + " outside -1..3");
        }
        functions.add(function);
        tokens += function.input().tokens().length;
        nodes += graph.nodeCount();
        edges += graph.edgeCount();
    }

    public int size() {
        return functions.size();
    }

    public List<Function> functions() {
        return List.copyOf(functions);
    }

    /** Bytes the arrays take before compression (what the trainer holds in memory, roughly). */
    public long rawBytes() {
        return tokens * 2 + nodes * 3 + edges * 6 + functions.size() * 40L;
    }

    /** This shard's functions from {@code from} (inclusive) to {@code to} (exclusive) as a shard of their own. */
    public TrainingShard slice(int from, int to) {
        TrainingShard part = new TrainingShard(vocabularySize, nodeTokens);
        functions.subList(from, to).forEach(part::add);
        return part;
    }

    /** The shard as {@code .npz} bytes, with {@code meta} merged into its meta.json. */
    public byte[] toNpz(Map<String, Object> meta) throws IOException {
        int n = functions.size();
        long[] tokenIds = new long[(int) tokens];
        long[] tokenOffsets = new long[n + 1];
        long[] kinds = new long[(int) nodes];
        long[] texts = new long[(int) nodes];
        long[] nodeOffsets = new long[n + 1];
        long[] source = new long[(int) edges];
        long[] target = new long[(int) edges];
        long[] flow = new long[(int) edges];
        long[] position = new long[(int) edges];
        long[] edgeOffsets = new long[n + 1];
        long[] group = new long[n];
        long[] opt = new long[n];
        Map<String, Integer> textIds = new HashMap<>();
        List<int[]> table = new ArrayList<>();
        StringBuilder rows = new StringBuilder("file\tfunction\tgroup\topt\n");
        int t = 0;
        int v = 0;
        int e = 0;
        long largestGraph = 0;
        for (int f = 0; f < n; f++) {
            Function function = functions.get(f);
            for (int token : function.input().tokens()) {
                checkToken(token, function);
                tokenIds[t++] = token;
            }
            tokenOffsets[f + 1] = t;
            GraphInput graph = function.input().graph();
            largestGraph = Math.max(largestGraph, graph.nodeCount());
            for (int node = 0; node < graph.nodeCount(); node++) {
                int[] text = java.util.Arrays.copyOfRange(graph.nodeTokens(), node * nodeTokens,
                        (node + 1) * nodeTokens);
                for (int token : text) {
                    checkToken(token, function);
                }
                String key = java.util.Arrays.toString(text);
                Integer id = textIds.get(key);
                if (id == null) {
                    id = table.size();
                    textIds.put(key, id);
                    table.add(text);
                }
                kinds[v] = graph.nodeKinds()[node];
                texts[v++] = id;
            }
            nodeOffsets[f + 1] = v;
            for (int k = 0; k < graph.edgeCount(); k++) {
                source[e] = graph.source()[k];
                target[e] = graph.target()[k];
                flow[e] = graph.flow()[k];
                position[e] = Math.min(255, Math.max(0, graph.position()[k]));
                e++;
            }
            edgeOffsets[f + 1] = e;
            group[f] = function.group();
            opt[f] = function.opt();
            rows.append(clean(function.file())).append('\t').append(clean(function.function())).append('\t')
                    .append(function.group()).append('\t').append(function.opt()).append('\n');
        }
        long[] flatTable = new long[table.size() * nodeTokens];
        for (int i = 0; i < table.size(); i++) {
            for (int k = 0; k < nodeTokens; k++) {
                flatTable[i * nodeTokens + k] = table.get(i)[k];
            }
        }
        Npz.DType tokenType = vocabularySize <= 65535 ? Npz.DType.UINT16 : Npz.DType.INT32;
        Npz.DType textType = table.size() <= 65535 ? Npz.DType.UINT16 : Npz.DType.INT32;
        Npz.DType nodeType = largestGraph <= 65535 ? Npz.DType.UINT16 : Npz.DType.INT32;
        Map<String, Object> fullMeta = new LinkedHashMap<>();
        fullMeta.put("format", FORMAT);
        fullMeta.put("vocabularySize", vocabularySize);
        fullMeta.put("nodeTokens", nodeTokens);
        fullMeta.put("functions", n);
        fullMeta.put("tokens", tokens);
        fullMeta.put("nodes", nodes);
        fullMeta.put("edges", edges);
        fullMeta.put("nodeTexts", table.size());
        fullMeta.putAll(meta);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Npz npz = new Npz(bytes)) {
            npz.add("tokens", tokenIds, tokenType, tokenIds.length);
            npz.add("token_offsets", tokenOffsets, Npz.DType.INT64, n + 1);
            npz.add("node_kinds", kinds, Npz.DType.UINT8, kinds.length);
            npz.add("node_texts", texts, textType, texts.length);
            npz.add("text_table", flatTable, tokenType, table.size(), nodeTokens);
            npz.add("node_offsets", nodeOffsets, Npz.DType.INT64, n + 1);
            npz.add("edge_source", source, nodeType, source.length);
            npz.add("edge_target", target, nodeType, target.length);
            npz.add("edge_flow", flow, Npz.DType.UINT8, flow.length);
            npz.add("edge_position", position, Npz.DType.UINT8, position.length);
            npz.add("edge_offsets", edgeOffsets, Npz.DType.INT64, n + 1);
            npz.add("group", group, Npz.DType.INT64, n);
            npz.add("opt", opt, Npz.DType.INT8, n);
            npz.addText("meta.json", GSON.toJson(fullMeta));
            npz.addText("rows.tsv", rows.toString());
        }
        return bytes.toByteArray();
    }

    private void checkToken(int token, Function function) {
        if (token < 0 || token >= vocabularySize) {
            throw new IllegalArgumentException(function.file() + " " + function.function() + ": token id " + token
                    + " outside the vocabulary of " + vocabularySize);
        }
    }

    /** rows.tsv is tab-separated without quoting: tabs and line breaks in names become spaces. */
    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
