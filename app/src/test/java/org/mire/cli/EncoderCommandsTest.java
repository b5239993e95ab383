package org.mire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.embed.EmbeddingFiles;
import org.mire.embed.EmbeddingSet;
import org.mire.encoder.EncoderConfig;
import org.mire.encoder.EncoderModel;
import org.mire.encoder.ModelDirectory;
import org.mire.text.Tokeniser;
import org.mire.text.Vocabulary;

class EncoderCommandsTest {
    private static final Path SAMPLES = Path.of(System.getProperty("mire.repo.root", "..")).resolve("sample-ir/ll");

    @TempDir
    static Path temp;
    static Path model;

    @BeforeAll
    static void shippedModel() {
        model = Path.of(System.getProperty("mire.repo.root", "..")).resolve("models");
    }

    @Test
    void encodesFunctionsOfSampleIrIntoCsvWithMetadataAndProvenance() throws Exception {
        Path out = temp.resolve("functions.csv");
        CliTestSupport.Run run = CliTestSupport.mire("encode", SAMPLES.resolve("bfs.O0.ll").toString(),
                SAMPLES.resolve("bfs.O2.ll").toString(), "--model", model.toString(), "--out", out.toString(),
                "--level", "function", "--threads", "1");
        assertEquals(0, run.exitCode(), run.err());
        EmbeddingSet set = EmbeddingFiles.read(out);
        assertTrue(set.size() >= 4, "rows " + set.size());
        assertEquals(128, set.dimension());
        assertEquals(List.of("file", "function"), set.columnNames());
        assertTrue(set.ids().contains(SAMPLES.resolve("bfs.O0.ll") + "#@bfs"), set.ids().toString());
        assertEquals(ModelDirectory.read(model).weightsSha256(), set.provenance().modelHash());
        assertEquals("cpu", set.provenance().device());
        assertTrue(run.err().contains("functions/s"), run.err());
    }

    @Test
    void encodesAFolderPerModuleIntoNpy() throws Exception {
        Path folder = temp.resolve("inputs");
        Files.createDirectories(folder.resolve("sub"));
        Files.copy(SAMPLES.resolve("matmul.O1.ll"), folder.resolve("a.ll"));
        Files.copy(SAMPLES.resolve("crc32.O2.ll"), folder.resolve("sub/b.ll"));
        Path out = temp.resolve("modules.npy");
        CliTestSupport.Run run = CliTestSupport.mire("encode", folder.toString(), "--model", model.toString(),
                "--out", out.toString(), "--threads", "1");
        assertEquals(0, run.exitCode(), run.err());
        EmbeddingSet set = EmbeddingFiles.read(out);
        assertEquals(List.of("a.ll", "sub/b.ll"), set.ids());
        assertEquals("module", set.provenance().level());
    }

    @Test
    void profileWritesTheTraceAndReportsWhereTheModelsTimeWent() throws Exception {
        Path trace = temp.resolve("profile.json");
        CliTestSupport.Run run = CliTestSupport.mire("encode", SAMPLES.resolve("bfs.O0.ll").toString(), "--model",
                model.toString(), "--out", temp.resolve("p.npy").toString(), "--level", "function", "--profile",
                trace.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.size(trace) > 0);
        assertTrue(run.err().contains("of the DJL matmul ceiling"), "--profile implies --measure: " + run.err());
        assertTrue(run.err().contains("aten::addmm"), run.err());
        assertTrue(run.err().contains("mire: matrix products"), run.err());
    }

    @Test
    void gpuWithoutAGpuIsAOneLineErrorNotAFallback() {
        CliTestSupport.Run run = CliTestSupport.mire("encode", SAMPLES.resolve("bfs.O0.ll").toString(), "--model",
                model.toString(), "--out", temp.resolve("x.csv").toString(), "--device", "gpu:0");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("mire: gpu:0 requested but the PyTorch engine"), run.err());
        assertTrue(!Files.exists(temp.resolve("x.csv")));
    }

    @Test
    void corruptedModelIsRefusedWithTheFileNamed() throws Exception {
        Path broken = temp.resolve("broken");
        Files.createDirectories(broken);
        for (String name : List.of(ModelDirectory.MODULE, ModelDirectory.CONFIG, ModelDirectory.VOCABULARY)) {
            Files.copy(model.resolve(name), broken.resolve(name));
        }
        byte[] bytes = Files.readAllBytes(broken.resolve(ModelDirectory.MODULE));
        bytes[100] ^= 1;
        Files.write(broken.resolve(ModelDirectory.MODULE), bytes);
        CliTestSupport.Run run = CliTestSupport.mire("encode", SAMPLES.resolve("bfs.O0.ll").toString(), "--model",
                broken.toString(), "--out", temp.resolve("y.csv").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("mire: " + broken.resolve("encoder.pt") + ": SHA-256 mismatch"), run.err());
    }

    @Test
    void devicesListsTheCpuAndSaysNoGpuIsVisible() {
        CliTestSupport.Run run = CliTestSupport.mire("devices");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("cpu  "), run.out());
        assertTrue(run.out().contains("PyTorch 2.7.1"), run.out());
    }

    @Test
    void checkModelReportsTheRateOverLevelPairs() throws Exception {
        Path pairs = temp.resolve("pairs");
        Files.createDirectories(pairs);
        for (String program : List.of("bfs", "crc32", "matmul")) {
            for (String level : List.of("O0", "O2")) {
                Files.copy(SAMPLES.resolve(program + "." + level + ".ll"), pairs.resolve(program + "." + level + ".ll"));
            }
        }
        CliTestSupport.Run run = CliTestSupport.mire("check-model", pairs.toString(), "--model", model.toString(),
                "--threads", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s)O0 vs O2 over 3 programs, \\d+ functions at both levels.*rate \\d+\\.\\d% .*"),
                run.out());
    }
}
