package org.mire.spark.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.embed.EmbeddingSet;
import org.mire.embed.ParquetEmbeddings;
import org.mire.embed.EmbeddingFiles;
import org.mire.encoder.MirEncoderMethod;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.spark.LocalSpark;
import org.mire.spark.MireSparkJobs;
import picocli.CommandLine;

/** The encode job on local[2]: the vectors of core's encoder, error rows, idempotent reruns. */
class EncodeJobTest {
    static final Path REPO = Path.of(System.getProperty("mire.repo.root", "..")).toAbsolutePath().normalize();
    static final Path MODEL = REPO.resolve("models");
    static final List<String> SAMPLES = List.of("bfs.O2.ll", "crc32.O2.ll", "matmul.O2.ll", "nqueens.O2.ll",
            "quicksort.O2.ll", "fft.O2.ll");

    @TempDir
    static Path dir;
    static Path inputs;

    @BeforeAll
    static void inputs() throws Exception {
        LocalSpark.configure(2);
        inputs = dir.resolve("ir");
        Files.createDirectories(inputs.resolve("sub"));
        for (int i = 0; i < SAMPLES.size(); i++) {
            Path target = i % 2 == 0 ? inputs.resolve(SAMPLES.get(i)) : inputs.resolve("sub").resolve(SAMPLES.get(i));
            Files.copy(REPO.resolve("sample-ir/ll").resolve(SAMPLES.get(i)), target);
        }
        Files.writeString(inputs.resolve("broken.ll"), "define i32 @f() {\n  %x = add i32 1,\n}\n");
    }

    static String run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine line = MireSparkJobs.commandLine();
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        assertEquals(0, code, err.toString());
        return err.toString();
    }

    @Test
    void functionVectorsEqualCoresAndBrokenFilesAreRows() throws Exception {
        Path out = dir.resolve("functions");
        run("encode", inputs.toString(), "--out", out.toString(), "--model", MODEL.toString(), "--level",
                "function", "--files-per-task", "2");

        ParquetEmbeddings.Contents contents = ParquetEmbeddings.readWithErrors(out);
        EmbeddingSet set = contents.set();
        assertEquals(List.of("file", "function"), set.columnNames());
        assertEquals(1, contents.errors().size(), contents.errors().toString());
        assertTrue(contents.errors().getFirst().startsWith("broken.ll:3:1: "), contents.errors().getFirst());
        assertEquals("mirencoder", set.provenance().method());

        Map<String, float[]> expected = new HashMap<>();
        try (MirEncoderMethod method = ShippedModel.load(MODEL, "cpu", 32)) {
            assertEquals(method.provenance("function").modelHash(), set.provenance().modelHash());
            try (Stream<Path> files = Files.walk(inputs)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".O2.ll")).toList()) {
                    IrProgram program = IrLoader.load(file);
                    List<float[]> vectors = method.embedFunctions(program);
                    String name = inputs.relativize(file).toString();
                    for (int i = 0; i < vectors.size(); i++) {
                        expected.put(name + "#" + program.functionNames().get(i), vectors.get(i));
                    }
                }
            }
        }
        assertEquals(expected.keySet(), new java.util.HashSet<>(set.ids()), "one row per function, none twice");
        assertEquals(expected.size(), set.size());
        for (int i = 0; i < set.size(); i++) {
            float[] want = expected.get(set.ids().get(i));
            float[] got = set.vectors()[i];
            assertEquals(want.length, got.length);
            for (int d = 0; d < want.length; d++) {
                assertEquals(want[d], got[d], 1e-5, set.ids().get(i) + " d" + d);
            }
            String id = set.ids().get(i);
            assertEquals(id.substring(0, id.indexOf('#')), set.metadata().get("file").get(i));
            assertEquals(id.substring(id.indexOf('#') + 1), set.metadata().get("function").get(i));
        }
        // the workbench's loaders see the same set
        assertEquals(set.ids(), EmbeddingFiles.read(out, null).ids());
    }

    @Test
    void rerunSkipsWhatIsDoneAndRefusesOtherSettings() throws Exception {
        Path out = dir.resolve("modules");
        // a file list: entries relative to the list's folder, recorded as written (the names a glob gives too)
        Path firstHalf = inputs.resolve("first.txt");
        Files.writeString(firstHalf, "# two files first\n" + SAMPLES.get(0) + "\n\n" + SAMPLES.get(2) + "\n");
        run("encode", "@" + firstHalf, "--out", out.toString(), "--model", MODEL.toString());
        long partsAfterFirst = parts(out);
        EmbeddingSet first = ParquetEmbeddings.read(out);
        assertEquals(2, first.size());

        // the same files again: nothing new
        String again = run("encode", "@" + firstHalf, "--out", out.toString(), "--model", MODEL.toString());
        assertTrue(again.contains("(2 already done"), again);
        assertEquals(partsAfterFirst, parts(out));

        // a glob that covers them and more: only the rest is encoded
        run("encode", inputs + "/*.ll", "--out", out.toString(), "--model", MODEL.toString());
        EmbeddingSet all = ParquetEmbeddings.read(out);
        assertEquals(new java.util.HashSet<>(all.ids()).size(), all.size(), "no file twice");
        assertEquals(3, all.size(), "the three .O2.ll files at the top (broken.ll is an error row)");

        StringWriter err = new StringWriter();
        CommandLine line = MireSparkJobs.commandLine();
        line.setErr(new PrintWriter(err, true));
        int code = line.execute("encode", inputs.toString(), "--out", out.toString(), "--model", MODEL.toString(),
                "--level", "function");
        assertEquals(MireSparkJobs.EXIT_USER_ERROR, code);
        assertTrue(err.toString().contains("level: module then, function now"), err.toString());
    }

    private static long parts(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).count();
        }
    }
}
