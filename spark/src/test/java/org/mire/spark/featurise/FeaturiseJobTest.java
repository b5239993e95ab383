package org.mire.spark.featurise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.corpus.Split;
import org.mire.encoder.shard.ShardExport;
import org.mire.progress.ProgressMonitor;
import org.mire.spark.LocalSpark;
import org.mire.spark.MireSparkJobs;
import picocli.CommandLine;

/** The featurise job on local[2] writes what `mire corpus export` writes for the same files. */
class FeaturiseJobTest {
    static final Path REPO = Path.of(System.getProperty("mire.repo.root", "..")).toAbsolutePath().normalize();
    static final Path VOCAB = REPO.resolve("models/vocab.txt");

    @TempDir
    static Path dir;
    static Path inputs;

    @BeforeAll
    static void inputs() throws Exception {
        LocalSpark.configure(2);
        inputs = dir.resolve("ir");
        Files.createDirectories(inputs.resolve("more"));
        for (String source : List.of("bfs", "crc32", "nqueens", "quicksort", "histogram")) {
            for (String level : List.of("O0", "O1", "O2", "O3")) {
                Path target = (source.startsWith("q") ? inputs.resolve("more") : inputs)
                        .resolve(source + "." + level + ".ll");
                Files.copy(REPO.resolve("sample-ir/ll").resolve(source + "." + level + ".ll"), target);
            }
        }
        Files.writeString(inputs.resolve("broken.O2.ll"), "define i32 @f() {\n  %x = add i32 1,\n}\n");
    }

    @Test
    void shardsHoldTheFunctionsOfCorpusExport() throws Exception {
        Path local = dir.resolve("local");
        ShardExport.Summary expected = ShardExport.run(List.of(inputs), VOCAB, local,
                new ShardExport.Options(2500, 1024, 48, 0, Split.TRAIN, 42, 1, 4), ProgressMonitor.NONE, line -> { });

        Path out = dir.resolve("spark");
        StringWriter err = new StringWriter();
        CommandLine line = MireSparkJobs.commandLine();
        line.setErr(new PrintWriter(err, true));
        assertEquals(0, line.execute("featurise", inputs.toString(), "--vocab", VOCAB.toString(), "--out",
                out.toString(), "--sources-per-task", "2"), err.toString());

        JsonObject manifest = JsonParser.parseString(Files.readString(out.resolve("manifest.json"))).getAsJsonObject();
        JsonObject summary = manifest.getAsJsonObject("summary");
        assertEquals(expected.functions(), summary.get("functions").getAsInt());
        assertEquals(expected.tokens(), summary.get("tokens").getAsLong());
        assertEquals(expected.nodes(), summary.get("nodes").getAsLong());
        assertEquals(expected.edges(), summary.get("edges").getAsLong());
        assertEquals(expected.sources(), summary.get("sources").getAsInt());
        assertEquals(expected.files(), summary.get("files").getAsInt());
        assertEquals(expected.leftOutDuplicate(), summary.get("leftOutDuplicate").getAsInt());
        assertEquals(1, summary.get("failedFiles").getAsInt());
        assertEquals(expected.failedFiles(), summary.get("failedFiles").getAsInt());
        assertEquals(Files.readString(VOCAB), Files.readString(out.resolve("vocab.txt")));
        assertTrue(summary.get("shards").getAsInt() >= 3, "one shard per task at least: " + summary);

        // the same rows (file, function, group, level) in the shards, each once; every shard as its manifest says
        List<String> rows = new ArrayList<>();
        for (JsonElement shard : manifest.getAsJsonArray("shards")) {
            Path file = out.resolve(shard.getAsJsonObject().get("file").getAsString());
            assertEquals(shard.getAsJsonObject().get("sha256").getAsString(),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            rows.addAll(rows(file));
        }
        List<String> want = new ArrayList<>();
        try (Stream<Path> files = Files.list(local)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".npz")).toList()) {
                want.addAll(rows(file));
            }
        }
        rows.sort(null);
        want.sort(null);
        assertEquals(want, rows);

        // a rerun has nothing to do
        StringWriter again = new StringWriter();
        line = MireSparkJobs.commandLine();
        line.setErr(new PrintWriter(again, true));
        assertEquals(0, line.execute("featurise", inputs.toString(), "--vocab", VOCAB.toString(), "--out",
                out.toString()), again.toString());
        assertTrue(again.toString().contains("(" + expected.sources() + " sources already done"), again.toString());
    }

    private static List<String> rows(Path npz) throws Exception {
        try (ZipFile zip = new ZipFile(npz.toFile())) {
            var entry = zip.getEntry("rows.tsv");
            if (entry == null) {
                throw new AssertionError(npz + ": no rows.tsv entry; entries: "
                        + zip.stream().map(java.util.zip.ZipEntry::getName).toList());
            }
            String text = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(List.of(text.split("\n")));
            lines.removeFirst();
            return lines;
        }
    }
}
