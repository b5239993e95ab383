package org.mire.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;

/**
 * Reads the Parquet output of the Spark encode job. The fixture {@code spark-encode/} was written by
 * {@code spark-submit --master local[1] mire-spark-jobs.jar encode bfs.O2.ll broken.ll crc32.O2.ll --files-per-task 2}
 * (Spark cut the three files into two part files: bfs; broken.ll, which does not parse, and crc32); spark/ tests check such output against core's encoder.
 */
class ParquetEmbeddingsTest {
    static final Path FIXTURE = Path.of(System.getProperty("mire.repo.root", ".."))
            .resolve("core/src/test/resources/org/mire/embed/spark-encode").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void readsEveryPartOfAJobsOutputWithProvenanceAndErrors() throws MireException {
        ParquetEmbeddings.Contents contents = ParquetEmbeddings.readWithErrors(FIXTURE);
        EmbeddingSet set = contents.set();
        assertEquals(List.of("bfs.O2.ll", "crc32.O2.ll"), set.ids());
        assertEquals(List.of("file"), set.columnNames());
        assertEquals(set.ids(), set.metadata().get("file"));
        assertEquals(128, set.dimension());
        for (float[] vector : set.vectors()) {
            double norm = 0;
            for (float v : vector) {
                norm += v * v;
            }
            assertEquals(1.0, Math.sqrt(norm), 1e-4, "the fused embedding has unit length");
        }
        assertEquals("mirencoder", set.provenance().method());
        assertEquals("module", set.provenance().level());
        assertEquals(64, set.provenance().modelHash().length());
        assertEquals(1, contents.errors().size());
        assertTrue(contents.errors().getFirst().startsWith("broken.ll:3:1: "), contents.errors().getFirst());
    }

    @Test
    void aPartFileOfAJobsOutputStandsForTheWholeOutputAndEmbeddingFilesDispatches() throws Exception {
        Path part;
        try (var files = Files.list(FIXTURE)) {
            part = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().findFirst().orElseThrow();
        }
        assertEquals(2, EmbeddingFiles.read(part, null).size());
        assertEquals(2, EmbeddingFiles.read(FIXTURE, null).size());
        assertTrue(ParquetEmbeddings.isParquet(FIXTURE));

        // a lone part file (no _mire-job.json beside it) is read by itself
        Path alone = dir.resolve("alone.parquet");
        Files.copy(part, alone);
        ParquetEmbeddings.Contents first = ParquetEmbeddings.readWithErrors(alone);
        assertEquals(List.of("bfs.O2.ll"), first.set().ids());
        assertEquals(List.of(), first.errors());
    }

    @Test
    void notParquetOrNotEmbeddingsIsAClearError() throws Exception {
        Path fake = dir.resolve("fake.parquet");
        Files.writeString(fake, "not parquet");
        MireException e = assertThrows(MireException.class, () -> ParquetEmbeddings.read(fake));
        assertTrue(e.getMessage().startsWith(fake + ": cannot read Parquet"), e.getMessage());
        MireException missing = assertThrows(MireException.class, () -> ParquetEmbeddings.read(dir.resolve("none")));
        assertTrue(missing.getMessage().contains("no such file or folder"), missing.getMessage());
    }
}
