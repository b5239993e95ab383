package org.mire.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;

class OperatorProfileTest {

    @Test
    void selfTimeIsDurationLessDirectChildrenPerThread(@TempDir Path dir) throws Exception {
        // Thread 1: linear [0, 100) calls addmm [10, 70), which calls copy_ [10, 30); then softmax [100, 120).
        // Thread 2: an addmm [5, 45) that overlaps thread 1's events in time but is not nested in them.
        Path trace = dir.resolve("t.json");
        Files.writeString(trace, """
                [
                {"name": "aten::addmm", "ph": "X", "ts": 10.0, "dur": 60.0, "tid": 1, "pid": "CPU Functions",
                 "shape": [[2, 3]], "args": {}},
                {"name": "aten::linear", "ph": "X", "ts": 0.0, "dur": 100.0, "tid": 1, "pid": "CPU Functions"},
                {"name": "aten::copy_", "ph": "X", "ts": 10.0, "dur": 20.0, "tid": 1, "pid": "CPU Functions"},
                {"name": "aten::_softmax", "ph": "X", "ts": 100.0, "dur": 20.0, "tid": 1, "pid": "CPU Functions"},
                {"name": "aten::addmm", "ph": "X", "ts": 5.0, "dur": 40.0, "tid": 2, "pid": "CPU Functions"},
                {"name": "a counter", "ph": "C", "ts": 5.0, "tid": 2}
                ]""");
        OperatorProfile profile = OperatorProfile.read(trace);
        assertEquals(List.of(
                new OperatorProfile.Operator("aten::addmm", 80e-6, 2),
                new OperatorProfile.Operator("aten::linear", 40e-6, 1),
                new OperatorProfile.Operator("aten::_softmax", 20e-6, 1),
                new OperatorProfile.Operator("aten::copy_", 20e-6, 1)), profile.operators().stream()
                .map(o -> new OperatorProfile.Operator(o.name(), Math.round(o.selfSeconds() * 1e7) / 1e7, o.calls()))
                .toList());
        assertEquals(160e-6, profile.totalSeconds(), 1e-12);
        assertEquals(80e-6, profile.matrixProductSeconds(), 1e-12);
        assertEquals(20e-6, profile.softmaxSeconds(), 1e-12);
    }

    @Test
    void aFileThatIsNoTraceIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("bad.json");
        Files.writeString(trace, "{\"traceEvents\": 3}");
        MireException error = assertThrows(MireException.class, () -> OperatorProfile.read(trace));
        assertTrue(error.getMessage().startsWith(trace + ": not a profiler trace"), error.getMessage());
    }

    @Test
    void profilesTheModulesOperatorsInTheEngine(@TempDir Path dir) throws Exception {
        try (EncoderModel model = TinyModel.create(5, false);
             ai.djl.ndarray.NDManager manager = model.manager().newSubManager()) {
            ai.djl.ndarray.NDList arrays = EncoderBatch.ofChunks(ToyPrograms.generate(3, 4,
                    TinyModel.CONFIG.nodeTokens()), TinyModel.CONFIG).toNDList(manager);
            OperatorProfile.start();
            model.encode(arrays, 1 << 20);
            OperatorProfile profile = OperatorProfile.stop(dir.resolve("trace.json"));
            assertTrue(profile.matrixProductSeconds() > 0, "matrix products recorded: " + profile.operators());
            assertTrue(profile.softmaxSeconds() > 0, "the attention's softmax recorded");
            assertTrue(profile.matrixProductSeconds() + profile.softmaxSeconds() < profile.totalSeconds());
        }
    }
}
