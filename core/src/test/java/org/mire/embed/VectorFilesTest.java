package org.mire.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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

/** Vectors from elsewhere: NumPy arrays, tables with and without header, projector pairs. */
class VectorFilesTest {
    @TempDir
    Path dir;

    private static EmbeddingSet sample() {
        float[][] vectors = {{1.5f, -2f, 0f}, {0.25f, 3f, 1e-7f}, {-1f, 0f, 42f}};
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        metadata.put("label", List.of("GPU", "CPU", "GPU"));
        metadata.put("suite", List.of("rodinia", "shoc", "npb"));
        return new EmbeddingSet(List.of("a.ll", "b.ll", "c.ll"), vectors, metadata,
                new Provenance("test", "none", "none", "none", 0, "module", "2025-01-01T00:00:00Z"));
    }

    @Test
    void npyRoundTripKeepsFloat32AndFloat64Values() throws Exception {
        for (Npy.DType type : Npy.DType.values()) {
            Path file = dir.resolve("v-" + type + ".npy");
            Npy.write(file, sample().vectors(), type);
            byte[] bytes = Files.readAllBytes(file);
            int headerLength = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
            assertEquals(0, (10 + headerLength) % 64, "data starts on a 64-byte boundary");
            String header = new String(bytes, 10, headerLength, StandardCharsets.ISO_8859_1);
            assertTrue(header.contains(type == Npy.DType.FLOAT32 ? "'<f4'" : "'<f8'"), header);
            assertTrue(header.contains("'shape': (3, 3)"), header);
            float[][] read = Npy.read(file);
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(sample().vectors()[i], read[i]);
            }
        }
    }

    @Test
    void npyReadsFortranOrderAndBigEndian() throws Exception {
        // shape (2, 3) float64, big-endian, column-major: rows {1,2,3} and {4,5,6}
        String dict = "{'descr': '>f8', 'fortran_order': True, 'shape': (2, 3), }";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        String header = dict + " ".repeat(64 - (10 + dict.length() + 1) % 64) + "\n";
        out.write(header.length() & 0xff);
        out.write(header.length() >> 8);
        out.write(header.getBytes(StandardCharsets.ISO_8859_1));
        ByteBuffer data = ByteBuffer.allocate(6 * 8).order(ByteOrder.BIG_ENDIAN);
        for (double v : new double[] {1, 4, 2, 5, 3, 6}) {
            data.putDouble(v);
        }
        out.write(data.array());
        float[][] read = Npy.read(new ByteArrayInputStream(out.toByteArray()), "f.npy");
        assertArrayEquals(new float[] {1, 2, 3}, read[0]);
        assertArrayEquals(new float[] {4, 5, 6}, read[1]);
    }

    @Test
    void npyRejectsTruncatedDataAndOneDimensionalArrays() throws Exception {
        Path file = dir.resolve("t.npy");
        Npy.write(file, sample().vectors(), Npy.DType.FLOAT32);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 4));
        MireException truncated = assertThrows(MireException.class, () -> Npy.read(file));
        assertTrue(truncated.getMessage().startsWith(file.toString()), truncated.getMessage());
        assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());
        Path notNpy = dir.resolve("x.npy");
        Files.writeString(notNpy, "hello world, not numpy");
        assertThrows(MireException.class, () -> Npy.read(notNpy));
    }

    @Test
    void headerlessTsvIsAllVector() throws Exception {
        Path file = dir.resolve("v.tsv");
        Files.writeString(file, "1\t2\t3\n4\t5\t6\n");
        EmbeddingSet set = EmbeddingFiles.read(file);
        assertEquals(2, set.size());
        assertEquals(3, set.dimension());
        assertEquals(List.of("0", "1"), set.ids());
        assertTrue(set.metadata().isEmpty());
    }

    @Test
    void csvWithHeaderSplitsMetadataFromVector() throws Exception {
        Path file = dir.resolve("v.csv");
        Files.writeString(file, "id,label,x,y\n\"a,1.ll\",GPU,1,2\nb.ll,CPU,3,4e-1\n");
        EmbeddingSet set = EmbeddingFiles.read(file);
        assertEquals(List.of("a,1.ll", "b.ll"), set.ids());
        assertEquals(List.of("GPU", "CPU"), set.metadata().get("label"));
        assertArrayEquals(new float[] {3, 0.4f}, set.vectors()[1]);
    }

    @Test
    void raggedRowNamesItsLine() throws Exception {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "1\t2\n3\t4\n5\n");
        MireException e = assertThrows(MireException.class, () -> EmbeddingFiles.read(file));
        assertEquals(file + ":3: expected 2 fields, found 1", e.getMessage());
    }

    @Test
    void csvExportRoundTrips() throws Exception {
        Path file = dir.resolve("out.csv");
        EmbeddingFiles.write(file, sample());
        Files.delete(EmbeddingFiles.sidecarFile(file)); // read as a table from elsewhere
        EmbeddingSet read = EmbeddingFiles.read(file);
        assertEquals(sample().ids(), read.ids());
        assertEquals(sample().metadata(), read.metadata());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(sample().vectors()[i], read.vectors()[i]);
        }
    }

    @Test
    void projectorMetadataWithSeveralColumnsHasAHeader() throws Exception {
        Path vectors = dir.resolve("vectors.tsv");
        Path metadata = dir.resolve("metadata.tsv");
        EmbeddingFiles.writeProjector(dir, sample(), null);
        List<String> lines = Files.readAllLines(metadata);
        assertEquals(4, lines.size(), "header + 3 rows");
        assertEquals("id\tlabel\tsuite", lines.getFirst());
        assertEquals("1.5\t-2.0\t0.0", Files.readAllLines(vectors).getFirst(), "vectors have no header");
        EmbeddingSet read = EmbeddingFiles.read(vectors, metadata);
        assertEquals(sample().ids(), read.ids());
        assertEquals(sample().metadata(), read.metadata());
        assertArrayEquals(sample().vectors()[2], read.vectors()[2]);
    }

    @Test
    void projectorMetadataWithOneColumnHasNoHeader() throws Exception {
        Path vectors = dir.resolve("vectors.tsv");
        Path metadata = dir.resolve("metadata.tsv");
        EmbeddingFiles.writeProjector(dir, sample(), List.of("label"));
        assertEquals(List.of("GPU", "CPU", "GPU"), Files.readAllLines(metadata));
        EmbeddingSet read = EmbeddingFiles.read(vectors, metadata);
        assertEquals(List.of("GPU", "CPU", "GPU"), read.metadata().get("label"));
        // a one-column file with a header line would have one row too many: the rule makes that an error
        Files.writeString(metadata, "label\nGPU\nCPU\nGPU\n");
        MireException e = assertThrows(MireException.class, () -> EmbeddingFiles.read(vectors, metadata));
        assertTrue(e.getMessage().contains("4 metadata rows for 3 vectors"), e.getMessage());
    }

    @Test
    void readsTheEncodeLayoutWithItsMetaTsvBesideTheVectors() throws Exception {
        // docs/formats.md: E.npy (or headerless E.tsv) + E.meta.tsv with a header (id, file[, function])
        Path npy = dir.resolve("E.npy");
        Npy.write(npy, sample().vectors(), Npy.DType.FLOAT32);
        Files.writeString(dir.resolve("E.meta.tsv"), "id\tfile\nll/a.ll\tll/a.ll\nll/b.ll\tll/b.ll\nll/c.ll\tll/c.ll\n");
        EmbeddingSet set = EmbeddingFiles.read(npy);
        assertEquals(List.of("ll/a.ll", "ll/b.ll", "ll/c.ll"), set.ids());
        assertEquals(List.of("ll/a.ll", "ll/b.ll", "ll/c.ll"), set.metadata().get("file"));
        EmbeddingFiles.write(dir.resolve("F.tsv"), sample());
        Files.delete(dir.resolve("F.provenance.json"));
        Files.copy(dir.resolve("E.meta.tsv"), dir.resolve("F.meta.tsv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        EmbeddingSet tsv = EmbeddingFiles.read(dir.resolve("F.tsv"));
        assertEquals(set.ids(), tsv.ids());
        assertArrayEquals(sample().vectors()[1], tsv.vectors()[1]);
    }
}
