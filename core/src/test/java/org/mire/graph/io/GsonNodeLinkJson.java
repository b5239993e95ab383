package org.mire.graph.io;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.mire.graph.Edge;
import org.mire.graph.Node;
import org.mire.graph.ProgramGraph;

/**
 * The node-link JSON writer as it was before {@link NodeLinkJsonWriter} (Gson's compact {@code JsonWriter}), kept
 * as the reference its bytes are compared with.
 */
final class GsonNodeLinkJson {
    private GsonNodeLinkJson() {
    }

    static void write(ProgramGraph graph, Writer out) throws IOException {
        // Compact: an indented graph of a 12 MB module was 168 MB of mostly spaces and newlines.
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("directed").value(true);
        json.name("multigraph").value(true);
        json.name("graph").beginObject();
        json.name("function").beginArray();
        for (String function : graph.functions()) {
            json.beginObject().name("name").value(function).name("module").value(0).endObject();
        }
        json.endArray();
        json.name("module").beginArray().beginObject().name("name").value(graph.name()).endObject().endArray();
        json.endObject();
        json.name("nodes").beginArray();
        for (Node node : graph.nodes()) {
            json.beginObject();
            json.name("id").value(node.id());
            json.name("type").value(node.type().ordinal());
            json.name("text").value(node.text());
            json.name("function").value(node.function());
            json.name("block").value(node.block());
            json.name("features").beginObject();
            json.name("full_text").beginArray().value(node.fullText()).endArray();
            if (node.irLine() > 0) {
                json.name("ir_line").beginArray().value(node.irLine()).endArray();
            }
            if (node.sourceLocation() != null) {
                json.name("source_location").beginArray().value(node.sourceLocation().toString()).endArray();
            }
            json.endObject();
            json.endObject();
        }
        json.endArray();
        json.name("links").beginArray();
        Map<Long, Integer> keys = new HashMap<>();
        for (Edge edge : graph.edges()) {
            // mixed: Long.hashCode of (source << 32 | target) is source ^ target, which collides for most pairs
            long pair = (((long) edge.source() << 32) | (edge.target() & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
            int key = keys.merge(pair, 1, Integer::sum) - 1;
            json.beginObject();
            json.name("flow").value(edge.flow().ordinal());
            json.name("position").value(edge.position());
            json.name("source").value(edge.source());
            json.name("target").value(edge.target());
            json.name("key").value(key);
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
    }
}
