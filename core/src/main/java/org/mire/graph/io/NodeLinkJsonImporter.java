package org.mire.graph.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mire.MireException;
import org.mire.graph.Flow;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.ir.SourceLocation;

/**
 * Reads ProGraML node-link JSON (as written by ProGraML's {@code to_json}/networkx's {@code node_link_data}, or by
 * {@link GraphExporter}) back into a {@link ProgramGraph}. Node ids must be 0..n-1; type and flow may be
 * ProGraML's integers or our lower-case names.
 */
public final class NodeLinkJsonImporter {
    private NodeLinkJsonImporter() {
    }

    public static ProgramGraph read(Path file) throws MireException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new MireException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static ProgramGraph read(Reader reader, String sourceName) throws MireException {
        JsonObject root;
        try {
            JsonElement element = JsonParser.parseReader(reader);
            if (!element.isJsonObject()) {
                throw new MireException(sourceName + ": not a node-link graph (expected a JSON object)");
            }
            root = element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new MireException(sourceName + ": invalid JSON: " + e.getMessage(), e);
        }
        try {
            return toGraph(root, sourceName);
        } catch (IllegalStateException | UnsupportedOperationException | NullPointerException
                 | ClassCastException | IllegalArgumentException e) {
            throw new MireException(sourceName + ": malformed node-link graph: " + e.getMessage(), e);
        }
    }

    private static ProgramGraph toGraph(JsonObject root, String sourceName) throws MireException {
        String name = sourceName;
        List<String> functions = new ArrayList<>();
        if (root.has("graph") && root.get("graph").isJsonObject()) {
            JsonObject graph = root.getAsJsonObject("graph");
            if (graph.has("function")) {
                for (JsonElement function : graph.getAsJsonArray("function")) {
                    functions.add(function.getAsJsonObject().get("name").getAsString());
                }
            }
            if (graph.has("module") && !graph.getAsJsonArray("module").isEmpty()) {
                name = graph.getAsJsonArray("module").get(0).getAsJsonObject().get("name").getAsString();
            }
        }
        ProgramGraph.Builder builder = new ProgramGraph.Builder(name);
        functions.forEach(builder::addFunction);
        JsonArray nodes = required(root, "nodes", sourceName);
        int maxBlock = -1;
        for (int i = 0; i < nodes.size(); i++) {
            JsonObject node = nodes.get(i).getAsJsonObject();
            int id = node.get("id").getAsInt();
            if (id != i) {
                throw new MireException(sourceName + ": node ids must be 0.." + (nodes.size() - 1)
                        + " in order; node " + i + " has id " + id);
            }
            NodeType type = parseEnum(NodeType.class, node.get("type"));
            String text = node.has("text") ? node.get("text").getAsString() : "";
            int function = node.has("function") ? node.get("function").getAsInt() : -1;
            int block = node.has("block") ? node.get("block").getAsInt() : -1;
            if (function >= functions.size()) {
                throw new MireException(sourceName + ": node " + i + " refers to function " + function
                        + " but the graph lists " + functions.size());
            }
            JsonObject features = node.has("features") ? node.getAsJsonObject("features") : new JsonObject();
            String fullText = firstString(features, "full_text", text);
            int irLine = features.has("ir_line") ? features.getAsJsonArray("ir_line").get(0).getAsInt() : 0;
            SourceLocation location = parseLocation(firstString(features, "source_location", null));
            builder.addNode(type, text, fullText, function, block, irLine, location);
            maxBlock = Math.max(maxBlock, block);
        }
        JsonArray links = root.has("links") ? required(root, "links", sourceName) : required(root, "edges", sourceName);
        for (JsonElement element : links) {
            JsonObject link = element.getAsJsonObject();
            int source = link.get("source").getAsInt();
            int target = link.get("target").getAsInt();
            if (source < 0 || source >= nodes.size() || target < 0 || target >= nodes.size()) {
                throw new MireException(sourceName + ": link " + source + " -> " + target + " refers to a missing node");
            }
            Flow flow = parseEnum(Flow.class, link.get("flow"));
            int position = link.has("position") ? link.get("position").getAsInt() : 0;
            builder.addEdge(source, target, flow, position);
        }
        for (int b = 0; b <= maxBlock; b++) {
            builder.newBlock();
        }
        return builder.build();
    }

    private static JsonArray required(JsonObject root, String key, String sourceName) throws MireException {
        if (!root.has(key) || !root.get(key).isJsonArray()) {
            throw new MireException(sourceName + ": not a node-link graph (no \"" + key + "\" array)");
        }
        return root.getAsJsonArray(key);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, JsonElement value) {
        E[] constants = type.getEnumConstants();
        if (value == null) {
            throw new IllegalArgumentException("missing " + type.getSimpleName().toLowerCase());
        }
        if (value.getAsJsonPrimitive().isNumber()) {
            int ordinal = value.getAsInt();
            if (ordinal < 0 || ordinal >= constants.length) {
                throw new IllegalArgumentException("unknown " + type.getSimpleName() + " " + ordinal);
            }
            return constants[ordinal];
        }
        return Enum.valueOf(type, value.getAsString().toUpperCase(java.util.Locale.ROOT));
    }

    private static String firstString(JsonObject features, String key, String fallback) {
        if (!features.has(key)) {
            return fallback;
        }
        JsonElement value = features.get(key);
        if (value.isJsonArray()) {
            return value.getAsJsonArray().isEmpty() ? fallback : value.getAsJsonArray().get(0).getAsString();
        }
        return value.getAsString();
    }

    static SourceLocation parseLocation(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String[] parts = text.split(":");
        try {
            if (parts.length >= 3) {
                String file = String.join(":", java.util.Arrays.copyOf(parts, parts.length - 2));
                return new SourceLocation("?".equals(file) ? null : file, Integer.parseInt(parts[parts.length - 2]),
                        Integer.parseInt(parts[parts.length - 1]));
            }
            if (parts.length == 2) {
                return new SourceLocation("?".equals(parts[0]) ? null : parts[0], Integer.parseInt(parts[1]), 0);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }
}
