package org.mire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mire.cli.CliTestSupport.mire;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskCommandsTest {
    @TempDir
    Path dir;

    static Path shared(String name) {
        String root = System.getProperty("mire.repo.root");
        Assumptions.assumeTrue(root != null, "mire.repo.root is not set");
        Path folder = Path.of(root).toAbsolutePath().normalize().resolveSibling("shared").resolve("datasets")
                .resolve(name);
        Assumptions.assumeTrue(Files.isDirectory(folder), "no shared data set at " + folder);
        return folder;
    }

    @Test
    void evalDevMapEndsWithAccuracyAndSpeedupLines() {
        Path data = shared("devmap");
        CliTestSupport.Run run = mire("eval", "devmap", "--platform", "nvidia", "--data", data.toString(),
                "--embedding", "none", "--features", "grewe+aux", "--head", "rf:trees=40", "-q");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().strip().lines().toList();
        assertTrue(lines.get(lines.size() - 2).matches("accuracy: \\d+\\.\\d%"), lines.get(lines.size() - 2));
        assertTrue(lines.get(lines.size() - 1).matches("speedup: \\d\\.\\d\\d \\(geomean \\d\\.\\d\\d\\)"),
                lines.get(lines.size() - 1));
        assertTrue(run.out().contains("IR2Vec flow-aware 2020"), "published numbers are listed");

        CliTestSupport.Run json = mire("eval", "devmap", "--platform", "nvidia", "--data", data.toString(),
                "--embedding", "none", "--features", "grewe+aux", "--head", "rf:trees=40", "-q", "--json");
        assertEquals(0, json.exitCode(), json.err());
        JsonObject report = JsonParser.parseString(json.out()).getAsJsonObject();
        assertEquals(680, report.get("rows").getAsInt());
        assertEquals(10, report.getAsJsonArray("folds").size());
        assertEquals(680, report.getAsJsonArray("predictions").size());
        String accuracyLine = String.format(java.util.Locale.ROOT, "accuracy: %.1f%%",
                100 * report.get("accuracy").getAsDouble());
        assertTrue(run.out().contains(accuracyLine), "text and JSON agree: " + accuracyLine);
    }

    @Test
    void evalRejectsAnUnknownPlatformAndAMissingDataFolder() {
        CliTestSupport.Run platform = mire("eval", "devmap", "--platform", "intel", "--data", dir.toString());
        assertEquals(1, platform.exitCode());
        assertTrue(platform.err().contains("unknown DevMap platform 'intel'"), platform.err());
        CliTestSupport.Run missing = mire("eval", "threadcoarsening", "--data", dir.resolve("nope").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no such folder"), missing.err());
    }

    @Test
    void trainSavesAHeadThatPredictRefusesWithAnotherEmbedding() throws Exception {
        // A features-only task on placeholder files: the head learns y = [size > 5].
        StringBuilder csv = new StringBuilder("file,label,size\n");
        for (int i = 0; i < 40; i++) {
            Path file = dir.resolve("f" + i + ".ll");
            Files.writeString(file, "; placeholder " + i + "\n");
            csv.append(file.getFileName()).append(',').append(i % 10 > 5 ? "big" : "small").append(',')
                    .append(i % 10).append('\n');
        }
        Path table = dir.resolve("task.csv");
        Files.writeString(table, csv.toString());
        Path head = dir.resolve("head");
        CliTestSupport.Run train = mire("train", table.toString(), "--out", head.toString(), "--embedding", "none",
                "--head", "rf:trees=30", "--protocol", "stratified:4", "-q");
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.out().contains("accuracy: 100.0%"), train.out());
        assertTrue(Files.isRegularFile(head.resolve("head.json")));

        Path rows = dir.resolve("rows.csv");
        Files.writeString(rows, "file,size\nf1.ll,9\nf2.ll,1\n");
        CliTestSupport.Run predict = mire("predict", "--head", head.toString(), "--csv", rows.toString());
        assertEquals(0, predict.exitCode(), predict.err());
        assertTrue(predict.out().contains("f1.ll: big (p = "), predict.out());
        assertTrue(predict.out().contains("f2.ll: small (p = "), predict.out());

        CliTestSupport.Run noFeatures = mire("predict", "--head", head.toString(), dir.resolve("f1.ll").toString());
        assertEquals(1, noFeatures.exitCode());
        assertTrue(noFeatures.err().contains("also needs the features size"), noFeatures.err());
    }
}
