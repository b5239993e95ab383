package org.mire.embed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mire.MireException;

/**
 * Opens vectors from any supported file: {@code .npy}, TSV/CSV (header optional), a TensorBoard projector vectors TSV
 * with its metadata TSV, or what {@code mire encode} writes ({@code E.csv}; {@code E.tsv} or {@code E.npy} with
 * {@code E.meta.tsv} beside it, see docs/formats.md), or the Parquet output of the Spark encode job (a
 * {@code .parquet} file or a folder of them, {@link ParquetEmbeddings}). Writes CSV, TSV and {@code .npy}.
 */
public final class VectorFiles {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VectorFiles.class);

    private VectorFiles() {
    }

    /** Reads vectors; {@code metadata} (nullable) is a projector-style metadata TSV joined row by row. */
    public static EmbeddingSet read(Path vectors, Path metadata) throws MireException {
        if (!Files.exists(vectors)) {
            throw new MireException(vectors + ": no such file");
        }
        if (ParquetEmbeddings.isParquet(vectors)) {
            // the Spark encode job's output: a folder of part files, or one part
            ParquetEmbeddings.Contents contents = ParquetEmbeddings.readWithErrors(vectors);
            if (!contents.errors().isEmpty()) {
                LOG.warn("{}: {} files have no vector (the job recorded why), e.g. {}", vectors,
                        contents.errors().size(), contents.errors().getFirst());
            }
            return contents.set();
        }
        if (Files.isDirectory(vectors)) {
            return readFolder(vectors);
        }
        String name = vectors.getFileName().toString().toLowerCase(Locale.ROOT);
        if (metadata == null && (name.endsWith(".npy") || name.endsWith(".tsv"))) {
            // `mire encode` puts the metadata of E.npy / E.tsv (a headerless projector vectors file) in E.meta.tsv
            String file = vectors.getFileName().toString();
            Path sibling = vectors.resolveSibling(file.substring(0, file.lastIndexOf('.')) + ".meta.tsv");
            if (Files.isRegularFile(sibling)) {
                metadata = sibling;
            }
        }
        if (name.endsWith(".npy")) {
            float[][] data = Npy.read(vectors);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < data.length; i++) {
                ids.add(Integer.toString(i));
            }
            EmbeddingSet set = new EmbeddingSet(ids, data, Map.of(), VectorTable.importedProvenance(vectors));
            return metadata == null ? set : withMetadata(set, metadata);
        }
        if (metadata != null) {
            // a projector pair: the vectors TSV has no header by definition
            return ProjectorTsv.read(vectors, metadata);
        }
        return VectorTable.read(vectors);
    }

    /** Attaches the columns of a projector-style metadata TSV (the header rule applies) to a set's rows. */
    public static EmbeddingSet withMetadata(EmbeddingSet set, Path metadata) throws MireException {
        Path empty;
        try {
            empty = Files.createTempFile("mire-vectors", ".tsv");
        } catch (java.io.IOException e) {
            throw new MireException("cannot create a temporary file: " + e.getMessage(), e);
        }
        try {
            StringBuilder zeros = new StringBuilder();
            for (int i = 0; i < set.size(); i++) {
                zeros.append("0\n");
            }
            Files.writeString(empty, zeros);
            EmbeddingSet columns = ProjectorTsv.read(empty, metadata);
            LinkedHashMap<String, List<String>> merged = new LinkedHashMap<>(set.metadata());
            merged.putAll(columns.metadata());
            List<String> ids = columns.ids().equals(defaultIds(set.size())) ? set.ids() : columns.ids();
            return new EmbeddingSet(ids, set.vectors(), merged, set.provenance());
        } catch (java.io.IOException e) {
            throw new MireException(metadata + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(empty);
            } catch (java.io.IOException ignored) {
                // a leftover temporary file is harmless
            }
        }
    }

    private static List<String> defaultIds(int n) {
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(Integer.toString(i));
        }
        return ids;
    }

    /** A folder: the first of vectors.npy / vectors.tsv / embeddings.tsv / embeddings.csv, with metadata.tsv. */
    private static EmbeddingSet readFolder(Path folder) throws MireException {
        Path metadata = folder.resolve("metadata.tsv");
        for (String candidate : List.of("vectors.npy", "embeddings.npy", "vectors.tsv", "embeddings.tsv",
                "embeddings.csv", "vectors.csv")) {
            Path file = folder.resolve(candidate);
            if (Files.isRegularFile(file)) {
                boolean pair = Files.isRegularFile(metadata) && (candidate.endsWith(".npy")
                        || candidate.startsWith("vectors.tsv"));
                return read(file, pair ? metadata : null);
            }
        }
        throw new MireException(folder + ": no vectors file (vectors.npy, vectors.tsv, embeddings.tsv or "
                + "embeddings.csv) in this folder");
    }

    /** Writes by extension: {@code .npy} (float32), {@code .csv}, {@code .tsv}. */
    public static void write(Path file, EmbeddingSet set) throws MireException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".npy")) {
            Npy.write(file, set.vectors(), Npy.DType.FLOAT32);
        } else if (name.endsWith(".csv")) {
            VectorTable.write(file, set, ',');
        } else if (name.endsWith(".tsv") || name.endsWith(".txt")) {
            VectorTable.write(file, set, '\t');
        } else {
            throw new MireException(file + ": unknown export format; use .npy, .csv or .tsv");
        }
    }
}
