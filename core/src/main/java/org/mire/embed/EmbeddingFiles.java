package org.mire.embed;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mire.MireException;
import org.mire.csv.CsvRecords;
import org.mire.io.AtomicFiles;

/**
 * The one entry point for embedding sets on disk; the command line and the window read and write them only here.
 * Written sets (format in {@code docs/formats.md}):
 * <ul>
 *   <li>{@code .csv}: header {@code id,<metadata columns>,d0..d(n-1)}, one row per vector (RFC 4180 quoting);</li>
 *   <li>{@code .tsv}: the TensorBoard projector pair — vectors only, tab-separated, no header — plus
 *       {@code <stem>.meta.tsv} with {@code id} and the columns (the projector's header rule: a header only when
 *       there is more than one column);</li>
 *   <li>{@code .npy}: a float32 little-endian (n, d) NumPy array, plus {@code <stem>.meta.tsv} as above.</li>
 * </ul>
 * Every written set also gets {@code <stem>.provenance.json} (provenance, dimension, count, columns, format version);
 * every file is written to a temporary name and renamed into place. Reading takes those back exactly, and imports
 * vectors made elsewhere: {@code .npy} (float32/64), TSV/CSV tables (header optional; non-numeric columns are
 * metadata), a projector pair, or a folder holding one of them.
 */
public final class EmbeddingFiles {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EmbeddingFiles.class);
    public static final int FORMAT = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private EmbeddingFiles() {
    }

    /** The sidecar JSON. */
    public record Sidecar(int format, String vectors, int count, int dimension, List<String> columns,
                          Provenance provenance) {
    }

    public enum Kind { CSV, TSV, NPY }

    /** The format a written file gets, by its extension; an error naming the file for any other. */
    public static Kind kindOf(Path file) throws MireException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Kind.CSV;
        }
        if (name.endsWith(".tsv") && !name.endsWith(".meta.tsv")) {
            return Kind.TSV;
        }
        if (name.endsWith(".npy")) {
            return Kind.NPY;
        }
        throw new MireException(file + ": unsupported embedding file type; use .csv, .tsv or .npy");
    }

    public static Path metadataFile(Path file) {
        return file.resolveSibling(stem(file) + ".meta.tsv");
    }

    public static Path sidecarFile(Path file) {
        return file.resolveSibling(stem(file) + ".provenance.json");
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    // ------------------------------------------------------------------ writing

    /** Writes a set as {@code .csv}, {@code .tsv} or {@code .npy} (by extension) with its sidecars. */
    public static void write(Path file, EmbeddingSet set) throws MireException {
        Kind kind = kindOf(file);
        try {
            switch (kind) {
                case CSV -> AtomicFiles.write(file, out -> VectorTable.write(out, set, ','));
                case TSV -> AtomicFiles.write(file, out -> ProjectorTsv.writeVectors(out, set));
                case NPY -> AtomicFiles.write(file, out -> Npy.write(out, set.vectors(), Npy.DType.FLOAT32));
            }
            if (kind != Kind.CSV) {
                AtomicFiles.write(metadataFile(file), out -> ProjectorTsv.writeMetadata(out, set,
                        ProjectorTsv.allColumns(set)));
            }
            Sidecar sidecar = new Sidecar(FORMAT, file.getFileName().toString(), set.size(), set.dimension(),
                    set.columnNames(), set.provenance());
            AtomicFiles.writeString(sidecarFile(file), GSON.toJson(sidecar));
        } catch (IOException e) {
            throw new MireException(file + ": cannot write embeddings: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the TensorBoard projector pair {@code vectors.tsv} and {@code metadata.tsv} into a folder (created when
     * missing).
     *
     * @param columns the metadata columns to write ({@code id} names the ids); null: {@code id} and every column
     */
    public static void writeProjector(Path folder, EmbeddingSet set, List<String> columns) throws MireException {
        Map<String, List<String>> chosen;
        if (columns == null || columns.isEmpty()) {
            chosen = ProjectorTsv.allColumns(set);
        } else {
            chosen = new LinkedHashMap<>();
            for (String column : columns) {
                List<String> values = column.equals("id") ? set.ids() : set.metadata().get(column);
                if (values == null) {
                    throw new MireException("no metadata column '" + column + "' (have: id"
                            + (set.columnNames().isEmpty() ? "" : ", " + String.join(", ", set.columnNames())) + ")");
                }
                chosen.put(column, values);
            }
        }
        Path vectors = folder.resolve("vectors.tsv");
        try {
            AtomicFiles.write(vectors, out -> ProjectorTsv.writeVectors(out, set));
            AtomicFiles.write(folder.resolve("metadata.tsv"), out -> ProjectorTsv.writeMetadata(out, set, chosen));
        } catch (IOException e) {
            throw new MireException(folder + ": cannot write the projector files: " + e.getMessage(), e);
        }
    }

    /** Writes 2-D (or 3-D) points with the set's ids and metadata: {@code id, meta..., x, y[, z]} as CSV or TSV. */
    public static void writePoints(Path file, EmbeddingSet set, float[][] points) throws MireException {
        if (points.length != set.size()) {
            throw new IllegalArgumentException(points.length + " points for " + set.size() + " rows");
        }
        try {
            AtomicFiles.write(file, out -> VectorTable.writePoints(out, set, points, VectorTable.delimiterFor(file)));
        } catch (IOException e) {
            throw new MireException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ reading

    /** Reads a set written by {@link #write}, or imports vectors from any supported file or folder. */
    public static EmbeddingSet read(Path file) throws MireException {
        return read(file, null);
    }

    /**
     * Reads vectors; {@code metadata} (nullable) is a projector-style metadata TSV joined row by row. A file with a
     * {@code .provenance.json} beside it is read exactly as written (columns and provenance from the sidecar);
     * anything else is imported, with provenance {@code imported:<file name>}.
     */
    public static EmbeddingSet read(Path vectors, Path metadata) throws MireException {
        if (!Files.exists(vectors)) {
            throw new MireException(vectors + ": no such file");
        }
        if (ParquetEmbeddings.isParquet(vectors)) {
            // the Spark encode job's output (docs/scale-out.md): a folder of part files, or one part
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
        if (metadata == null && Files.isRegularFile(sidecarFile(vectors)) && !name.endsWith(".meta.tsv")) {
            return readWritten(vectors);
        }
        if (metadata == null && (name.endsWith(".npy") || name.endsWith(".tsv"))) {
            // E.npy / E.tsv (a headerless projector vectors file) keep their metadata in E.meta.tsv
            Path sibling = metadataFile(vectors);
            if (Files.isRegularFile(sibling)) {
                metadata = sibling;
            }
        }
        if (name.endsWith(".npy")) {
            float[][] data = Npy.read(vectors);
            EmbeddingSet set = new EmbeddingSet(rowNumbers(data.length), data, Map.of(), imported(vectors));
            return metadata == null ? set : withMetadata(set, metadata);
        }
        if (metadata != null) {
            // a projector pair: the vectors TSV has no header by definition
            return ProjectorTsv.read(vectors, metadata, imported(vectors));
        }
        return VectorTable.read(vectors, imported(vectors));
    }

    static Provenance imported(Path file) {
        return new Provenance("imported:" + file.getFileName(), "none", "none", "none", 0, "module",
                java.time.Instant.now().toString());
    }

    private static List<String> rowNumbers(int n) {
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(Integer.toString(i));
        }
        return ids;
    }

    /** Attaches the columns of a projector-style metadata TSV (the header rule applies) to a set's rows. */
    private static EmbeddingSet withMetadata(EmbeddingSet set, Path metadata) throws MireException {
        ProjectorTsv.Columns columns = ProjectorTsv.readMetadata(metadata, set.size(), null);
        LinkedHashMap<String, List<String>> merged = new LinkedHashMap<>(set.metadata());
        merged.putAll(columns.columns());
        List<String> ids = columns.ids() != null ? columns.ids() : set.ids();
        return new EmbeddingSet(ids, set.vectors(), merged, set.provenance());
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

    /** A set {@link #write} wrote: the sidecar says which columns there are and where the set came from. */
    private static EmbeddingSet readWritten(Path file) throws MireException {
        Kind kind = kindOf(file);
        Path sidecarFile = sidecarFile(file);
        Sidecar sidecar;
        try {
            sidecar = GSON.fromJson(Files.readString(sidecarFile, StandardCharsets.UTF_8), Sidecar.class);
        } catch (IOException | JsonParseException e) {
            throw new MireException(sidecarFile + ": unreadable: " + e.getMessage(), e);
        }
        if (sidecar == null || sidecar.columns() == null || sidecar.format() < 1) {
            throw new MireException(sidecarFile + ": not an embedding sidecar (format, columns, provenance)");
        }
        if (sidecar.format() > FORMAT) {
            throw new MireException(sidecarFile + ": embedding format " + sidecar.format()
                    + " is newer than this workbench reads (" + FORMAT + ")");
        }
        try {
            return switch (kind) {
                case CSV -> readCsv(file, sidecar);
                case TSV, NPY -> {
                    float[][] vectors = kind == Kind.NPY ? Npy.read(file) : ProjectorTsv.readVectors(file);
                    if (vectors.length != sidecar.count() || (vectors.length > 0
                            && vectors[0].length != sidecar.dimension())) {
                        throw new MireException(file + ": " + vectors.length + " vectors, the sidecar says "
                                + sidecar.count() + " of dimension " + sidecar.dimension());
                    }
                    ProjectorTsv.Columns columns = ProjectorTsv.readMetadata(metadataFile(file), vectors.length,
                            sidecar.columns());
                    yield new EmbeddingSet(columns.ids(), vectors, columns.columns(), sidecar.provenance());
                }
            };
        } catch (RuntimeException e) {
            throw new MireException(file + ": malformed embedding file: " + e.getMessage(), e);
        }
    }

    private static EmbeddingSet readCsv(Path file, Sidecar sidecar) throws MireException {
        List<CsvRecords.Record> records = CsvRecords.read(file);
        int columns = sidecar.columns().size();
        int width = 1 + columns + sidecar.dimension();
        List<String> ids = new ArrayList<>();
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        for (String column : sidecar.columns()) {
            metadata.put(column, new ArrayList<>());
        }
        float[][] vectors = new float[Math.max(0, records.size() - 1)][];
        for (int r = 1; r < records.size(); r++) {
            CsvRecords.Record record = records.get(r);
            List<String> cells = record.fields();
            if (cells.size() != width) {
                throw new MireException(file + ":" + record.line() + ": " + cells.size() + " cells, expected "
                        + width);
            }
            ids.add(cells.get(0));
            for (int c = 0; c < columns; c++) {
                metadata.get(sidecar.columns().get(c)).add(cells.get(1 + c));
            }
            float[] v = new float[sidecar.dimension()];
            for (int d = 0; d < v.length; d++) {
                String cell = cells.get(1 + columns + d);
                try {
                    v[d] = Float.parseFloat(cell);
                } catch (NumberFormatException e) {
                    throw new MireException(file + ":" + record.line() + ": not a number: '" + cell + "'");
                }
            }
            vectors[r - 1] = v;
        }
        return new EmbeddingSet(ids, vectors, metadata, sidecar.provenance());
    }
}
