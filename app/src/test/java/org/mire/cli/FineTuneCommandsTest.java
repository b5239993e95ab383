package org.mire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mire.cli.CliTestSupport.mire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --fine-tune} on the command line: train and save with the encoder, predict with both, clear refusals. */
class FineTuneCommandsTest {
    @TempDir
    Path dir;

    private static Path repo() {
        return Path.of(System.getProperty("mire.repo.root", "..")).toAbsolutePath().normalize();
    }

    @Test
    void trainFineTunesSavesTheEncoderBesideTheHeadAndPredictUsesBoth() throws Exception {
        Path tiny = repo().resolve("core/src/test/resources/org/mire/encoder/tiny-model");
        StringBuilder csv = new StringBuilder("file,label,group\n");
        List<String> programs = List.of("vector_add", "bitonic_step", "spmv_csr_rows", "saxpy_vec4",
                "transpose_local", "mandelbrot");
        for (String program : programs) {
            for (String level : List.of("O0", "O2")) {
                csv.append(repo().resolve("sample-ir/ll/" + program + "." + level + ".ll")).append(',').append(level)
                        .append(',').append(program).append('\n');
            }
        }
        Path table = dir.resolve("levels.csv");
        Files.writeString(table, csv.toString());
        Path head = dir.resolve("head");
        CliTestSupport.Run train = mire("train", table.toString(), "--out", head.toString(), "--fine-tune",
                "--embedding", "mirencoder:" + tiny, "--epochs", "2", "--lr", "0.01", "--encoder-lr", "0.003",
                "--hidden", "8", "--batch-items", "6", "--protocol", "grouped:2", "-q");
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.out().contains("fine-tuned per fold"), train.out());
        assertTrue(train.out().lines().anyMatch(l -> l.matches("accuracy: \\d+\\.\\d%")), train.out());
        assertTrue(Files.isRegularFile(head.resolve("encoder/encoder.pt")));
        assertTrue(Files.readString(head.resolve("encoder/config.json")).contains("\"how\": \"fine-tuned\""));

        CliTestSupport.Run predict = mire("predict", "--head", head.toString(),
                repo().resolve("sample-ir/ll/vector_add.O0.ll").toString(),
                repo().resolve("sample-ir/ll/crc32.O2.ll").toString());
        assertEquals(0, predict.exitCode(), predict.err());
        List<String> lines = predict.out().strip().lines().toList();
        assertEquals(2, lines.size(), predict.out());
        assertTrue(lines.get(0).matches(".*vector_add\\.O0\\.ll: O[02] \\(p = \\d\\.\\d{3}\\)"), lines.get(0));
    }

    @Test
    void fineTuningOptionsAreRefusedWhereTheyCannotApply() {
        CliTestSupport.Run alone = mire("eval", "devmap", "--platform", "amd", "--epochs", "3");
        assertEquals(1, alone.exitCode());
        assertTrue(alone.err().contains("add --fine-tune"), alone.err());
        CliTestSupport.Run head = mire("eval", "devmap", "--platform", "amd", "--fine-tune", "--head", "rf");
        assertEquals(1, head.exitCode());
        assertTrue(head.err().contains("the recipe's (--hidden, --lr)"), head.err());
        CliTestSupport.Run baseline = mire("eval", "devmap", "--platform", "amd", "--fine-tune", "--embedding",
                "opcode-histogram");
        assertEquals(1, baseline.exitCode());
        assertTrue(baseline.err().contains("fine-tuning needs the learned encoder"), baseline.err());
        CliTestSupport.Run formulation = mire("eval", "threadcoarsening", "--fine-tune", "--formulation", "rank");
        assertEquals(1, formulation.exitCode());
        assertTrue(formulation.err().contains("--formulation per-gpu"), formulation.err());
        CliTestSupport.Run rate = mire("eval", "devmap", "--platform", "amd", "--fine-tune", "--lr", "0");
        assertEquals(1, rate.exitCode());
        assertTrue(rate.err().contains("fine-tuning:"), rate.err());
    }
}
