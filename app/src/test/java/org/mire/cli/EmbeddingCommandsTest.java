package org.mire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.embed.EmbeddingFiles;
import org.mire.embed.EmbeddingSet;
import picocli.CommandLine;

class EmbeddingCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = MireCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path vectors() throws Exception {
        Random random = new Random(4);
        float[][] data = new float[120][6];
        for (int i = 0; i < data.length; i++) {
            for (int d = 0; d < 6; d++) {
                data[i][d] = (float) ((i % 2 == 0 ? 4 : -4) * (d == 0 ? 1 : 0) + random.nextGaussian());
            }
        }
        // vectors from elsewhere: a headerless projector TSV (no sidecar)
        Path vectors = dir.resolve("v.tsv");
        StringBuilder rows = new StringBuilder();
        for (float[] row : data) {
            for (int d = 0; d < row.length; d++) {
                rows.append(d == 0 ? "" : "\t").append(row[d]);
            }
            rows.append('\n');
        }
        Files.writeString(vectors, rows);
        StringBuilder meta = new StringBuilder();
        for (int i = 0; i < data.length; i++) {
            meta.append(i % 2 == 0 ? "GPU" : "CPU").append('\n');
        }
        Files.writeString(dir.resolve("labels.tsv"), meta);
        return vectors;
    }

    @Test
    void projectWritesOnePointPerVectorWithMetadata() throws Exception {
        Path input = vectors();
        Path out = dir.resolve("points.csv");
        Run pca = run("project", input.toString(), "--metadata", dir.resolve("labels.tsv").toString(),
                "--method", "pca", "--out", out.toString());
        assertEquals(0, pca.code(), pca.err());
        assertTrue(pca.out().contains("explained variance:"), pca.out());
        EmbeddingSet points = EmbeddingFiles.read(out);
        assertEquals(120, points.size());
        assertEquals(2, points.dimension());
        assertEquals("GPU", points.metadata().get("label").getFirst());

        Run tsne = run("project", input.toString(), "--method", "tsne", "--iterations", "300", "-q", "--out",
                out.toString());
        assertEquals(0, tsne.code(), tsne.err());
        assertTrue(tsne.out().contains("KL divergence"), tsne.out());

        Run quality = run("quality", input.toString(), "--metadata", dir.resolve("labels.tsv").toString(),
                "--label", "label", "--distance", "euclidean", "--points", out.toString());
        assertEquals(0, quality.code(), quality.err());
        assertTrue(quality.out().contains("10-NN accuracy (label, leave-one-out): 1.0000"), quality.out());
        assertTrue(quality.out().contains("trustworthiness T(10)"), quality.out());
    }

    @Test
    void neighboursAndProjectorExportFollowTheFormats() throws Exception {
        Path input = vectors();
        Run neighbours = run("neighbours", input.toString(), "--row", "0", "-k", "3", "--distance", "euclidean");
        assertEquals(0, neighbours.code(), neighbours.err());
        List<String> lines = neighbours.out().lines().toList();
        assertEquals(4, lines.size(), neighbours.out());
        assertTrue(lines.get(1).startsWith("1\t"), lines.get(1));

        Path folder = dir.resolve("projector");
        Run export = run("export-embeddings", input.toString(), "--metadata", dir.resolve("labels.tsv").toString(),
                "-o", folder.toString(), "--columns", "label");
        assertEquals(0, export.code(), export.err());
        assertEquals("GPU", Files.readAllLines(folder.resolve("metadata.tsv")).getFirst(), "one column: no header");
        assertEquals(120, Files.readAllLines(folder.resolve("vectors.tsv")).size());
    }

    @Test
    void badInputIsAOneLineUserError() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "1,2\n3\n");
        Run run = run("project", bad.toString(), "--method", "pca", "--out", dir.resolve("p.csv").toString());
        assertEquals(1, run.code());
        assertEquals("mire: " + bad + ":2: expected 2 fields, found 1", run.err().strip());
        Run usage = run("project", bad.toString(), "--method", "mds", "--out", dir.resolve("p.csv").toString());
        assertEquals(2, usage.code());
    }
}
