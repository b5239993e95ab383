package org.mire.graph.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.IntFunction;
import org.mire.graph.Edge;
import org.mire.graph.Node;
import org.mire.graph.ProgramGraph;

/**
 * Writes ProGraML node-link JSON straight into UTF-8 bytes. The layout is fixed (see
 * {@link GraphExporter#writeNodeLinkJson}), so a generic JSON generator's per-value state checks, the char
 * {@code Writer} and the charset encoder are pure overhead: with Gson's {@code JsonWriter} over a buffered
 * {@code OutputStreamWriter}, writing the 70 MB graph of an 8.7 MB module took as long as parsing and building it
 * (docs/benchmarks.md, "Writing node-link JSON"). The bytes are those Gson's compact {@code JsonWriter} writes:
 * same order, same escapes ({@code \"}, {@code \\}, {@code \b \t \n \f \r}, other control characters and
 * U+2028/U+2029 as lower-case {@code \}{@code u00xx}; everything else raw UTF-8, an unpaired surrogate as
 * {@code ?} as the JDK's encoder writes it); {@code NodeLinkJsonWriterTest} compares the two on every sample module.
 *
 * <p>Nodes and links are rendered in chunks, in parallel when the graph is large, and written in order.
 */
final class NodeLinkJsonWriter {
    /** Nodes per chunk: a chunk of a large module is ~1-2 MB of JSON. */
    private static final int NODES_PER_CHUNK = 8192;
    private static final int EDGES_PER_CHUNK = 32768;
    /** Below this many nodes the graph is rendered on the calling thread (no task overhead for small files). */
    private static final int PARALLEL_FROM_NODES = 4 * NODES_PER_CHUNK;
    /** A chunk buffer's first size; it grows for a chunk of long texts. */
    private static final int CHUNK_BYTES = 1 << 21;

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** For each ASCII character: 0 written as is, 1 a \\uXXXX escape, else the character after the backslash. */
    private static final byte[] ESCAPE = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPE[c] = 1;
        }
        ESCAPE['"'] = '"';
        ESCAPE['\\'] = '\\';
        ESCAPE['\t'] = 't';
        ESCAPE['\b'] = 'b';
        ESCAPE['\n'] = 'n';
        ESCAPE['\r'] = 'r';
        ESCAPE['\f'] = 'f';
    }

    // The layout's fixed parts, encoded once: copied with System.arraycopy, which is fast even before the JIT has
    // compiled this class (the first and only run of a `mire graph` process).
    private static final byte[] FIRST_NODE = ascii("{\"id\":");
    private static final byte[] NEXT_NODE = ascii(",{\"id\":");
    private static final byte[] TYPE = ascii(",\"type\":");
    private static final byte[] TEXT = ascii(",\"text\":");
    private static final byte[] FUNCTION = ascii(",\"function\":");
    private static final byte[] BLOCK = ascii(",\"block\":");
    private static final byte[] FULL_TEXT = ascii(",\"features\":{\"full_text\":[");
    private static final byte[] IR_LINE = ascii("],\"ir_line\":[");
    private static final byte[] SOURCE_LOCATION = ascii("],\"source_location\":[");
    private static final byte[] END_NODE = ascii("]}}");
    private static final byte[] FIRST_LINK = ascii("{\"flow\":");
    private static final byte[] NEXT_LINK = ascii(",{\"flow\":");
    private static final byte[] POSITION = ascii(",\"position\":");
    private static final byte[] SOURCE = ascii(",\"source\":");
    private static final byte[] TARGET = ascii(",\"target\":");
    private static final byte[] KEY = ascii(",\"key\":");
    private static final byte[] END_LINK = ascii("}");
    private static final byte[] NULL = ascii("null");

    private NodeLinkJsonWriter() {
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Where finished bytes go; chunks always end between two values, so never inside a UTF-8 sequence. */
    @FunctionalInterface
    interface Sink {
        void write(byte[] bytes, int length) throws IOException;

        static Sink of(OutputStream out) {
            return (bytes, length) -> out.write(bytes, 0, length);
        }

        static Sink of(Writer out) {
            return (bytes, length) -> out.write(new String(bytes, 0, length, StandardCharsets.UTF_8));
        }
    }

    static void write(ProgramGraph graph, Sink sink) throws IOException {
        Bytes head = new Bytes(1 << 12);
        head.ascii("{\"directed\":true,\"multigraph\":true,\"graph\":{\"function\":[");
        List<String> functions = graph.functions();
        for (int i = 0; i < functions.size(); i++) {
            head.ascii(i == 0 ? "{\"name\":" : ",{\"name\":").string(functions.get(i)).ascii(",\"module\":0}");
            head.drainInto(sink, 1 << 16);
        }
        head.ascii("],\"module\":[{\"name\":").string(graph.name()).ascii("}]},\"nodes\":[");
        sink.write(head.bytes, head.length);

        List<Node> nodes = graph.nodes();
        List<Edge> edges = graph.edges();
        // the links' keys are needed only after the nodes: counted meanwhile when rendering in parallel
        FutureTask<int[]> keys = new FutureTask<>(() -> parallelEdgeKeys(edges));
        int nodeChunks = (nodes.size() + NODES_PER_CHUNK - 1) / NODES_PER_CHUNK;
        int edgeChunks = (edges.size() + EDGES_PER_CHUNK - 1) / EDGES_PER_CHUNK;
        ChunkRenderer render = (chunk, out) -> {
            if (chunk < nodeChunks) {
                nodeChunk(nodes, chunk * NODES_PER_CHUNK, Math.min(nodes.size(), (chunk + 1) * NODES_PER_CHUNK), out);
            } else {
                edgeChunk(edges, done(keys), (chunk - nodeChunks) * EDGES_PER_CHUNK,
                        Math.min(edges.size(), (chunk - nodeChunks + 1) * EDGES_PER_CHUNK), out);
            }
        };
        int total = nodeChunks + edgeChunks;
        boolean parallel = nodes.size() >= PARALLEL_FROM_NODES && Runtime.getRuntime().availableProcessors() > 1;
        Bytes between = new Bytes(16).ascii("],\"links\":[");
        if (parallel) {
            Thread.ofVirtual().start(keys);
            renderInParallel(total, render, (chunk, bytes) -> {
                if (chunk == nodeChunks) {
                    sink.write(between.bytes, between.length);
                }
                sink.write(bytes.bytes, bytes.length);
            });
        } else {
            keys.run();
            Bytes bytes = new Bytes(Math.min(CHUNK_BYTES, 256 * nodes.size() + 64 * edges.size()));
            for (int chunk = 0; chunk < total; chunk++) {
                if (chunk == nodeChunks) {
                    sink.write(between.bytes, between.length);
                }
                bytes.length = 0;
                render.render(chunk, bytes);
                sink.write(bytes.bytes, bytes.length);
            }
        }
        if (nodeChunks == total) {
            sink.write(between.bytes, between.length);
        }
        sink.write(new byte[] {']', '}'}, 2);
    }

    /** The result of a task that cannot fail but for a bug. */
    private static <T> T done(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the graph", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** Renders one chunk (nodes first, then links) into an empty buffer; may run on any thread. */
    @FunctionalInterface
    interface ChunkRenderer {
        void render(int chunk, Bytes out);
    }

    /** Takes the rendered chunks in order. */
    @FunctionalInterface
    interface ChunkConsumer {
        void accept(int chunk, Bytes bytes) throws IOException;
    }

    /**
     * Renders chunks on one virtual thread each (as many at once as there are processors) and hands them over in
     * order on the calling thread. At most two chunks per processor are held, in buffers used again once written:
     * a few MB in all, where fresh buffers (70 MB for an 8.7 MB module) made the young collector copy the just-built
     * graph once more. A failure (only a bug can make rendering fail) waits for the chunks already started.
     */
    private static void renderInParallel(int total, ChunkRenderer render, ChunkConsumer consumer) throws IOException {
        int window = 2 * Runtime.getRuntime().availableProcessors();
        Queue<Bytes> spare = new ConcurrentLinkedQueue<>();
        IntFunction<Callable<Bytes>> task = c -> () -> {
            Bytes out = spare.poll();
            if (out == null) {
                out = new Bytes(CHUNK_BYTES);
            }
            out.length = 0;
            render.render(c, out);
            return out;
        };
        @SuppressWarnings("unchecked")
        Future<Bytes>[] rendered = new Future[total];
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int chunk = 0; chunk < Math.min(window, total); chunk++) {
                rendered[chunk] = executor.submit(task.apply(chunk));
            }
            for (int chunk = 0; chunk < total; chunk++) {
                Bytes bytes;
                try {
                    bytes = rendered[chunk].get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while writing the graph");
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                }
                rendered[chunk] = null;
                consumer.accept(chunk, bytes);
                spare.add(bytes);
                if (chunk + window < total) {
                    rendered[chunk + window] = executor.submit(task.apply(chunk + window));
                }
            }
        }
    }

    private static void nodeChunk(List<Node> nodes, int from, int to, Bytes out) {
        for (int i = from; i < to; i++) {
            Node node = nodes.get(i);
            out.raw(i == 0 ? FIRST_NODE : NEXT_NODE).integer(node.id())
                    .raw(TYPE).integer(node.type().ordinal())
                    .raw(TEXT).string(node.text())
                    .raw(FUNCTION).integer(node.function())
                    .raw(BLOCK).integer(node.block())
                    .raw(FULL_TEXT).string(node.fullText());
            if (node.irLine() > 0) {
                out.raw(IR_LINE).integer(node.irLine());
            }
            if (node.sourceLocation() != null) {
                out.raw(SOURCE_LOCATION).string(node.sourceLocation().toString());
            }
            out.raw(END_NODE);
        }
    }

    private static void edgeChunk(List<Edge> edges, int[] keys, int from, int to, Bytes out) {
        for (int i = from; i < to; i++) {
            Edge edge = edges.get(i);
            out.raw(i == 0 ? FIRST_LINK : NEXT_LINK).integer(edge.flow().ordinal())
                    .raw(POSITION).integer(edge.position())
                    .raw(SOURCE).integer(edge.source())
                    .raw(TARGET).integer(edge.target())
                    .raw(KEY).integer(keys[i]).raw(END_LINK);
        }
    }

    /**
     * networkx's multigraph key of each edge: how many earlier edges join the same source and target. An
     * open-addressing table of (source, target) pairs, because a {@code HashMap<Long, Integer>} boxed two objects
     * per edge and took a tenth of the writing time.
     */
    static int[] parallelEdgeKeys(List<Edge> edges) {
        int[] keys = new int[edges.size()];
        // a power of two at least 4/3 of the edges: the table is at most three-quarters full
        int capacity = Integer.highestOneBit(Math.max(4, edges.size() / 3 * 4 + 3) - 1) << 1;
        long[] pairs = new long[capacity];
        int[] counts = new int[capacity];
        int mask = capacity - 1;
        for (int e = 0; e < keys.length; e++) {
            Edge edge = edges.get(e);
            long pair = ((long) edge.source() << 32) | (edge.target() & 0xffffffffL);
            // mixed: the low bits of source << 32 | target are the target's alone
            int slot = (int) ((pair * 0x9E3779B97F4A7C15L) >>> 40) & mask;
            while (counts[slot] != 0 && pairs[slot] != pair) {
                slot = (slot + 1) & mask;
            }
            pairs[slot] = pair;
            keys[e] = counts[slot]++;
        }
        return keys;
    }

    /** A growable byte buffer with the few JSON appends the layout needs. */
    static final class Bytes {
        byte[] bytes;
        int length;

        Bytes(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        /** Writes out what has been built once it exceeds {@code threshold} bytes. */
        void drainInto(Sink sink, int threshold) throws IOException {
            if (length >= threshold) {
                sink.write(bytes, length);
                length = 0;
            }
        }

        /** Appends JSON syntax and names, which are ASCII and need no escaping. */
        Bytes ascii(String text) {
            return raw(NodeLinkJsonWriter.ascii(text));
        }

        Bytes raw(byte[] part) {
            ensure(part.length);
            System.arraycopy(part, 0, bytes, length, part.length);
            length += part.length;
            return this;
        }

        Bytes integer(int value) {
            ensure(11);
            int at = length;
            if (value < 0) {
                if (value == Integer.MIN_VALUE) {
                    return ascii("-2147483648");
                }
                bytes[at++] = '-';
                value = -value;
            }
            int end = at + digits(value);
            length = end;
            do {
                bytes[--end] = (byte) ('0' + value % 10);
                value /= 10;
            } while (value != 0);
            return this;
        }

        private static int digits(int value) {
            if (value < 100_000) {
                return value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10_000 ? 4 : 5;
            }
            return value < 1_000_000 ? 6 : value < 10_000_000 ? 7 : value < 100_000_000 ? 8
                    : value < 1_000_000_000 ? 9 : 10;
        }

        /** Appends a JSON string value ({@code null} for null, as Gson writes it). */
        Bytes string(String text) {
            if (text == null) {
                return raw(NULL);
            }
            int n = text.length();
            ensure(6 * n + 2); // at most 6 bytes a char: a \\u escape, or 3 UTF-8 bytes
            byte[] b = bytes;
            int at = length;
            b[at++] = '"';
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    byte escape = ESCAPE[c];
                    if (escape == 0) {
                        b[at++] = (byte) c;
                    } else if (escape == 1) {
                        at = unicodeEscape(b, at, c);
                    } else {
                        b[at++] = '\\';
                        b[at++] = escape;
                    }
                } else if (c < 0x800) {
                    b[at++] = (byte) (0xc0 | c >> 6);
                    b[at++] = (byte) (0x80 | c & 0x3f);
                } else if (c == '\u2028' || c == '\u2029') {
                    at = unicodeEscape(b, at, c);
                } else if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                        int cp = Character.toCodePoint(c, text.charAt(++i));
                        b[at++] = (byte) (0xf0 | cp >> 18);
                        b[at++] = (byte) (0x80 | cp >> 12 & 0x3f);
                        b[at++] = (byte) (0x80 | cp >> 6 & 0x3f);
                        b[at++] = (byte) (0x80 | cp & 0x3f);
                    } else {
                        b[at++] = '?';
                    }
                } else {
                    b[at++] = (byte) (0xe0 | c >> 12);
                    b[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                    b[at++] = (byte) (0x80 | c & 0x3f);
                }
            }
            b[at++] = '"';
            length = at;
            return this;
        }

        private static int unicodeEscape(byte[] b, int at, char c) {
            b[at++] = '\\';
            b[at++] = 'u';
            b[at++] = HEX[c >> 12];
            b[at++] = HEX[c >> 8 & 0xf];
            b[at++] = HEX[c >> 4 & 0xf];
            b[at++] = HEX[c & 0xf];
            return at;
        }
    }
}
