package org.mire.embed;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import dev.hardwood.InputFile;
import dev.hardwood.reader.ParquetFileReader;
import dev.hardwood.reader.RowReader;
import dev.hardwood.metadata.LogicalType;
import dev.hardwood.metadata.PhysicalType;
import dev.hardwood.schema.SchemaNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.mire.MireException;

/**
 * Reads embedding sets from Parquet, the output of the Spark encode job ({@code spark/}, docs/formats.md): one
 * {@code .parquet} file, or a folder of part files (a job's output folder, or any folder of Parquet files with the
 * same columns). Columns: {@code id} (string), {@code vector} (list of float; null on a file's error row), the
 * metadata columns (every other string column: {@code file}, {@code function}, ...) and {@code error}. Provenance
 * comes from the footer key {@code mire.provenance}. Reading goes through Hardwood (a Parquet reader without Hadoop).
 */
public final class ParquetEmbeddings {
    /** Footer keys the encode job writes into every part file. */
    public static final String PROVENANCE_KEY = "mire.provenance";
    public static final String FORMAT_KEY = "mire.format";
    /** The job description beside the part files; a part file in such a folder stands for the whole output. */
    public static final String JOB_FILE = "_mire-job.json";

    private static final Gson GSON = new Gson();
    /** Hardwood reports at INFO through java.util.logging whether it found SIMD; CLI users need not see that. */
    private static final java.util.logging.Logger HARDWOOD_LOG = quiet(java.util.logging.Logger.getLogger("dev.hardwood"));

    private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private ParquetEmbeddings() {
    }

    /**
     * The vectors, and the files the job could not encode ({@code file:line:col: message}, one per failed file).
     */
    public record Contents(EmbeddingSet set, List<String> errors) {
    }

    /** A {@code .parquet} file or a folder holding {@code .parquet} files. */
    public static boolean isParquet(Path path) {
        if (Files.isDirectory(path)) {
            return !partFiles(path).isEmpty();
        }
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    public static EmbeddingSet read(Path path) throws MireException {
        return readWithErrors(path).set();
    }

    public static Contents readWithErrors(Path path) throws MireException {
        if (!Files.exists(path)) {
            throw new MireException(path + ": no such file or folder");
        }
        Path folder = Files.isDirectory(path) ? path
                : path.toAbsolutePath().getParent() != null
                        && Files.isRegularFile(path.toAbsolutePath().getParent().resolve(JOB_FILE))
                        ? path.toAbsolutePath().getParent() : null;
        List<Path> files = folder == null ? List.of(path) : partFiles(folder);
        if (files.isEmpty()) {
            throw new MireException(path + ": no .parquet files in this folder");
        }
        Accumulator rows = new Accumulator();
        for (Path file : files) {
            readFile(file, rows);
        }
        if (rows.ids.isEmpty() && !rows.errors.isEmpty()) {
            throw new MireException(path + ": no vectors, only " + rows.errors.size() + " failed files, e.g. "
                    + rows.errors.getFirst());
        }
        try {
            return new Contents(new EmbeddingSet(rows.ids, rows.vectors.toArray(new float[0][]), rows.metadata,
                    rows.provenance != null ? rows.provenance : EmbeddingFiles.imported(path)), rows.errors);
        } catch (IllegalArgumentException e) {
            throw new MireException(path + ": " + e.getMessage(), e);
        }
    }

    /** The part files of a folder in name order, skipping hidden and {@code _}-prefixed names as Spark does. */
    static List<Path> partFiles(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.toLowerCase(Locale.ROOT).endsWith(".parquet") && !name.startsWith("_")
                                && !name.startsWith(".");
                    })
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Accumulator {
        final List<String> ids = new ArrayList<>();
        final List<float[]> vectors = new ArrayList<>();
        final Map<String, List<String>> metadata = new LinkedHashMap<>();
        final List<String> errors = new ArrayList<>();
        List<String> columns;
        Provenance provenance;
        Path provenanceFile;
    }

    private static void readFile(Path file, Accumulator into) throws MireException {
        try (ParquetFileReader reader = ParquetFileReader.open(InputFile.of(file))) {
            List<String> columns = new ArrayList<>();
            boolean hasVector = false;
            boolean hasId = false;
            boolean hasError = false;
            for (SchemaNode field : reader.getFileSchema().getRootNode().children()) {
                String name = field.name();
                switch (name) {
                    case "id" -> hasId = true;
                    case "vector" -> hasVector = true;
                    case "error" -> hasError = true;
                    default -> {
                        if (field instanceof SchemaNode.PrimitiveNode primitive && isString(primitive)) {
                            columns.add(name);
                        }
                    }
                }
            }
            if (!hasId || !hasVector) {
                throw new MireException(file + ": not an embedding file: needs the columns id and vector (has "
                        + reader.getFileSchema().getRootNode().children().stream().map(SchemaNode::name).toList()
                        + ")");
            }
            if (into.columns == null) {
                into.columns = columns;
                columns.forEach(c -> into.metadata.put(c, new ArrayList<>()));
            } else if (!into.columns.equals(columns)) {
                throw new MireException(file + ": metadata columns " + columns + " differ from the other parts' "
                        + into.columns);
            }
            mergeProvenance(file, reader.getFileMetaData().keyValueMetadata(), into);
            try (RowReader rows = reader.rowReader()) {
                while (rows.hasNext()) {
                    rows.next();
                    if (rows.isNull("vector")) {
                        String error = hasError && !rows.isNull("error") ? rows.getString("error") : null;
                        into.errors.add(error != null ? error : rows.getString("id") + ": no vector");
                        continue;
                    }
                    List<Float> values = rows.getList("vector").floats();
                    float[] vector = new float[values.size()];
                    for (int d = 0; d < vector.length; d++) {
                        Float v = values.get(d);
                        if (v == null) {
                            throw new MireException(file + ": row " + rows.getString("id") + " has a null element in its vector");
                        }
                        vector[d] = v;
                    }
                    into.ids.add(rows.getString("id"));
                    into.vectors.add(vector);
                    for (String column : columns) {
                        into.metadata.get(column).add(rows.isNull(column) ? "" : rows.getString(column));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new MireException(file + ": cannot read Parquet: " + e.getMessage(), e);
        }
    }

    private static boolean isString(SchemaNode.PrimitiveNode column) {
        return column.type() == PhysicalType.BYTE_ARRAY && column.logicalType() instanceof LogicalType.StringType;
    }

    /** Parts of one output must come from one model at one level; the first part's provenance stands for all. */
    private static void mergeProvenance(Path file, Map<String, String> footer, Accumulator into) throws MireException {
        String json = footer == null ? null : footer.get(PROVENANCE_KEY);
        if (json == null) {
            return;
        }
        Provenance provenance;
        try {
            provenance = GSON.fromJson(json, Provenance.class);
        } catch (JsonParseException e) {
            throw new MireException(file + ": unreadable " + PROVENANCE_KEY + ": " + e.getMessage(), e);
        }
        if (into.provenance == null) {
            into.provenance = provenance;
            into.provenanceFile = file;
        } else if (!into.provenance.modelHash().equals(provenance.modelHash())
                || !into.provenance.method().equals(provenance.method())
                || !into.provenance.level().equals(provenance.level())) {
            throw new MireException(file + ": made by " + provenance.method() + " " + provenance.modelHash()
                    + " at " + provenance.level() + " level, but " + into.provenanceFile.getFileName() + " by "
                    + into.provenance.method() + " " + into.provenance.modelHash() + " at "
                    + into.provenance.level() + " level: one output must come from one model");
        }
    }
}
