package org.mire.encoder;

import ai.djl.pytorch.jni.JniUtils;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mire.MireException;

/**
 * Where the module's time goes, operator by operator: libtorch's own profiler (the engine that runs the model for
 * every command, not a Python one) around some encoder work, read back from the Chrome trace it writes. Each
 * operator's self time is its duration less that of the operators it called, so the times add up to the profiled
 * work. docs/benchmarks.md, "Where the shipped model's time goes on the Java path".
 */
public final class OperatorProfile {
    /** The operators that are matrix products (the work {@link ModelFlops} counts). */
    static final Set<String> MATRIX_PRODUCTS = Set.of("aten::addmm", "aten::mm", "aten::bmm", "aten::baddbmm");
    /** The one pass over the attention scores that any attention makes. */
    static final String SOFTMAX = "aten::_softmax";

    /** One operator's self time over all its calls. */
    public record Operator(String name, double selfSeconds, int calls) {
    }

    private final List<Operator> operators;

    OperatorProfile(List<Operator> operators) {
        this.operators = operators.stream().sorted(Comparator.comparingDouble(Operator::selfSeconds).reversed()
                .thenComparing(Operator::name)).toList();
    }

    /** Starts recording every operator the engine runs, on every thread, with its input shapes. */
    public static void start() {
        JniUtils.startProfile(false, true, false);
    }

    /** Stops recording, writes the trace to {@code trace} and reads it back. */
    public static OperatorProfile stop(Path trace) throws MireException {
        JniUtils.stopProfile(trace.toString());
        return read(trace);
    }

    /** Operators by self time, largest first. */
    public List<Operator> operators() {
        return operators;
    }

    public double totalSeconds() {
        return operators.stream().mapToDouble(Operator::selfSeconds).sum();
    }

    public double matrixProductSeconds() {
        return operators.stream().filter(o -> MATRIX_PRODUCTS.contains(o.name())).mapToDouble(Operator::selfSeconds)
                .sum();
    }

    public double softmaxSeconds() {
        return operators.stream().filter(o -> o.name().equals(SOFTMAX)).mapToDouble(Operator::selfSeconds).sum();
    }

    /** Reads a trace of complete events ({@code "ph": "X"}, times in microseconds), as libtorch writes it. */
    static OperatorProfile read(Path trace) throws MireException {
        Map<String, List<double[]>> eventsByThread = new HashMap<>(); // {start, duration, name index}
        List<String> names = new ArrayList<>();
        Map<String, Integer> nameIndex = new HashMap<>();
        try (Reader in = Files.newBufferedReader(trace, StandardCharsets.UTF_8); JsonReader json = new JsonReader(in)) {
            json.beginArray();
            while (json.hasNext()) {
                json.beginObject();
                String name = null;
                String phase = null;
                String thread = "";
                double start = Double.NaN;
                double duration = Double.NaN;
                while (json.hasNext()) {
                    switch (json.nextName()) {
                        case "name" -> name = json.nextString();
                        case "ph" -> phase = json.nextString();
                        case "tid" -> thread = json.peek() == JsonToken.NUMBER ? String.valueOf(json.nextLong())
                                : json.nextString();
                        case "ts" -> start = json.nextDouble();
                        case "dur" -> duration = json.nextDouble();
                        default -> json.skipValue();
                    }
                }
                json.endObject();
                if ("X".equals(phase) && name != null && !Double.isNaN(start) && !Double.isNaN(duration)) {
                    int index = nameIndex.computeIfAbsent(name, n -> {
                        names.add(n);
                        return names.size() - 1;
                    });
                    eventsByThread.computeIfAbsent(thread, t -> new ArrayList<>())
                            .add(new double[] {start, duration, index});
                }
            }
            json.endArray();
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new MireException(trace + ": not a profiler trace (" + e.getMessage() + ")", e);
        }
        double[] self = new double[names.size()];
        int[] calls = new int[names.size()];
        for (List<double[]> events : eventsByThread.values()) {
            // Outer events first: by start, the longer one first when two start together.
            events.sort(Comparator.<double[]>comparingDouble(e -> e[0]).thenComparingDouble(e -> -e[1]));
            Deque<double[]> open = new ArrayDeque<>();
            for (double[] event : events) {
                while (!open.isEmpty() && open.peek()[0] + open.peek()[1] <= event[0]) {
                    open.pop();
                }
                if (!open.isEmpty()) {
                    self[(int) open.peek()[2]] -= event[1];
                }
                self[(int) event[2]] += event[1];
                calls[(int) event[2]]++;
                open.push(event);
            }
        }
        List<Operator> operators = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            operators.add(new Operator(names.get(i), self[i] / 1e6, calls[i]));
        }
        return new OperatorProfile(operators);
    }
}
