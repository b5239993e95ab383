package org.mire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.encoder.ModelDirectory;

/** `mire corpus export` and `mire pretrain` on a small corpus of sample IR, with the shipped model. */
class EncoderTrainingCommandsTest {
    private static final Path REPO = Path.of(System.getProperty("mire.repo.root", "..")).toAbsolutePath().normalize();
    private static final Path SAMPLES = REPO.resolve("sample-ir/ll");

    @TempDir
    static Path temp;
    static Path corpus;

    @BeforeAll
    static void smallCorpus() throws Exception {
        Path from = temp.resolve("src");
        Files.createDirectories(from);
        for (String file : List.of("bfs.O0.ll", "bfs.O2.ll", "crc32.O0.ll", "crc32.O2.ll", "matmul.O1.ll")) {
            Files.copy(SAMPLES.resolve(file), from.resolve(file));
        }
        corpus = temp.resolve("corpus");
        // No evaluation data sets to hash: this corpus is only sample IR (hashing them compiles 686 kernels).
        Path noDatasets = Files.createDirectories(temp.resolve("no-datasets"));
        CliTestSupport.Run run = CliTestSupport.mire("corpus", "build", "--from", from.toString(), "--out",
                corpus.toString(), "--jobs", "1", "--datasets", noDatasets.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void exportWritesShardsWithAManifestThatNumpyCanRead() throws Exception {
        Path out = temp.resolve("shards");
        CliTestSupport.Run run = CliTestSupport.mire("corpus", "export", corpus.toString(), "--vocab",
                REPO.resolve("models/vocab.txt").toString(), "--out", out.toString(), "--jobs", "1");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject manifest = JsonParser.parseString(Files.readString(out.resolve("manifest.json"))).getAsJsonObject();
        assertEquals(1, manifest.getAsJsonArray("shards").size());
        int functions = manifest.getAsJsonObject("summary").get("functions").getAsInt();
        assertTrue(functions >= 4, "functions " + functions);
        try (ZipFile zip = new ZipFile(out.resolve("shard-00000.npz").toFile())) {
            for (String member : List.of("tokens.npy", "token_offsets.npy", "node_texts.npy", "text_table.npy",
                    "edge_source.npy", "group.npy", "opt.npy", "meta.json", "rows.tsv")) {
                assertTrue(zip.getEntry(member) != null, member);
            }
            String rows = new String(zip.getInputStream(zip.getEntry("rows.tsv")).readAllBytes());
            assertEquals(functions + 1, rows.split("\n").length);
        }
        assertEquals(Files.readString(REPO.resolve("models/vocab.txt")), Files.readString(out.resolve("vocab.txt")));
    }

    @Test
    void exportRefusesAShardLimitOverSixtyMiB() {
        CliTestSupport.Run run = CliTestSupport.mire("corpus", "export", corpus.toString(), "--vocab",
                REPO.resolve("models/vocab.txt").toString(), "--out", temp.resolve("x").toString(), "--shard-mib", "80");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("choose 0 < size <= 60"), run.err());
    }

    @Test
    void pretrainFineTunesTheShippedModelAndWritesALoadableModel() throws Exception {
        Path out = temp.resolve("tuned");
        CliTestSupport.Run run = CliTestSupport.mire("pretrain", "--corpus", corpus.toString(), "--out",
                out.toString(), "--init", REPO.resolve("models").toString(), "--epochs", "1", "--batch", "3000,2048,4",
                "--checkpoint-every", "2", "--jobs", "1", "--threads", "1");
        assertEquals(0, run.exitCode(), run.err());
        ModelDirectory.Manifest manifest = ModelDirectory.read(out);
        assertEquals("fine-tuned", manifest.lineage().getLast().how());
        assertTrue(manifest.training().steps() >= 1);
        assertTrue(Files.readAllLines(out.resolve("train-log.csv")).getFirst().contains("contrast_loss"));
        CliTestSupport.Run encode = CliTestSupport.mire("encode", SAMPLES.resolve("bfs.O0.ll").toString(), "--model",
                out.toString(), "--out", temp.resolve("e.csv").toString(), "--threads", "1");
        assertEquals(0, encode.exitCode(), encode.err());
    }

    @Test
    void pretrainWithAForeignVocabularySaysHowToMakeANewNetwork() throws Exception {
        Path vocab = temp.resolve("other-vocab.txt");
        Files.writeString(vocab, "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nadd\n");
        CliTestSupport.Run run = CliTestSupport.mire("pretrain", "--corpus", corpus.toString(), "--out",
                temp.resolve("bad").toString(), "--init", REPO.resolve("models").toString(), "--vocab", vocab.toString(),
                "--jobs", "1");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("python3 -m mire_training init"), run.err());
    }
}
