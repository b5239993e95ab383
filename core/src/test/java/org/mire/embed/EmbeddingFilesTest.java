package org.mire.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;

class EmbeddingFilesTest {
    @TempDir
    Path temp;

    private static EmbeddingSet set() {
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        metadata.put("file", List.of("a, \"quoted\".ll", "b.ll"));
        metadata.put("function", List.of("@f", "@tab\tname"));
        return new EmbeddingSet(List.of("a.ll#@f", "b.ll#@g"), new float[][] {{1.5f, -0.25f, 1e-7f}, {0, 3, -2}},
                metadata, new Provenance("mirencoder", "abc", "DJL 0.35.1 / PyTorch 2.7.1 (cpu)", "cpu", 42, "function",
                        "2026-01-01T00:00:00Z"));
    }

    @Test
    void everyFormatRoundTripsVectorsIdsAndProvenance() throws Exception {
        for (String name : List.of("e.csv", "e.tsv", "e.npy")) {
            Path file = temp.resolve(name);
            EmbeddingSet written = set();
            EmbeddingFiles.write(file, written);
            EmbeddingSet read = EmbeddingFiles.read(file);
            assertEquals(written.ids(), read.ids(), name);
            for (int i = 0; i < written.size(); i++) {
                assertArrayEquals(written.vectors()[i], read.vectors()[i], 0f, name);
            }
            assertEquals(written.provenance(), read.provenance(), name);
            assertEquals(written.columnNames(), read.columnNames(), name);
            assertEquals(name.endsWith("csv") ? "a, \"quoted\".ll" : "a, \"quoted\".ll", read.metadata().get("file").get(0));
        }
    }

    @Test
    void npyHeaderIsWhatNumpyExpects() throws Exception {
        Path file = temp.resolve("e.npy");
        EmbeddingFiles.write(file, set());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0x93, bytes[0]);
        assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
        int headerLength = ByteBuffer.wrap(bytes, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
        assertEquals(0, (10 + headerLength) % 64);
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertTrue(header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }"), header);
        assertEquals(10 + headerLength + 2 * 3 * 4, bytes.length);
        assertEquals(1.5f, ByteBuffer.wrap(bytes, 10 + headerLength, 4).order(ByteOrder.LITTLE_ENDIAN).getFloat());
    }

    @Test
    void tsvPairFollowsTheProjectorsHeaderRule() throws Exception {
        Path file = temp.resolve("e.tsv");
        EmbeddingFiles.write(file, set());
        List<String> vectors = Files.readAllLines(file);
        assertEquals(2, vectors.size());
        assertEquals("1.5\t-0.25\t1.0E-7", vectors.get(0));
        List<String> meta = Files.readAllLines(EmbeddingFiles.metadataFile(file));
        assertEquals("id\tfile\tfunction", meta.get(0));
        assertEquals("b.ll#@g\tb.ll\t@tab name", meta.get(2));
    }

    @Test
    void unknownExtensionIsAClearErrorAndAMissingSidecarMeansImported() throws Exception {
        MireException unknown = assertThrows(MireException.class,
                () -> EmbeddingFiles.write(temp.resolve("e.txt"), set()));
        assertTrue(unknown.getMessage().contains("e.txt: unsupported embedding file type"), unknown.getMessage());
        Path file = temp.resolve("e.csv");
        EmbeddingFiles.write(file, set());
        Files.delete(EmbeddingFiles.sidecarFile(file));
        EmbeddingSet imported = EmbeddingFiles.read(file);
        assertEquals(set().ids(), imported.ids());
        assertEquals("imported:e.csv", imported.provenance().method());
        Files.writeString(EmbeddingFiles.sidecarFile(file), "{ not json");
        MireException broken = assertThrows(MireException.class, () -> EmbeddingFiles.read(file));
        assertTrue(broken.getMessage().contains("e.provenance.json: unreadable"), broken.getMessage());
    }

    @Test
    void csvCellsWithLineBreaksRoundTrip() throws Exception {
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        metadata.put("note", List.of("two\nlines, and \"quotes\"", "plain"));
        EmbeddingSet written = new EmbeddingSet(List.of("a", "b"), new float[][] {{1, 2}, {3, 4}}, metadata,
                set().provenance());
        Path file = temp.resolve("n.csv");
        EmbeddingFiles.write(file, written);
        EmbeddingSet read = EmbeddingFiles.read(file);
        assertEquals(written.metadata(), read.metadata());
        assertArrayEquals(written.vectors()[1], read.vectors()[1], 0f);
    }

    @Test
    void aSetWithoutColumnsWritesItsIdsAsTheProjectorsSingleHeaderlessColumn() throws Exception {
        EmbeddingSet written = new EmbeddingSet(List.of("x.ll", "y.ll"), new float[][] {{1}, {2}}, Map.of(),
                set().provenance());
        Path file = temp.resolve("plain.npy");
        EmbeddingFiles.write(file, written);
        assertEquals(List.of("x.ll", "y.ll"), Files.readAllLines(EmbeddingFiles.metadataFile(file)));
        assertEquals(written.ids(), EmbeddingFiles.read(file).ids());
    }
}
