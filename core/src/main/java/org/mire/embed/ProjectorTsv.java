package org.mire.embed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mire.MireException;

/**
 * The TensorBoard Embedding Projector's file pair, for {@link EmbeddingFiles}: a vectors TSV (one vector per line, no
 * header) and a metadata TSV. The projector's header rule: a metadata file with a single column has no header line;
 * with several columns the first line names them. TSV has no quoting: tabs and line breaks in values become spaces.
 */
final class ProjectorTsv {
    private ProjectorTsv() {
    }

    /** Metadata columns read back: the ids (null when the file names none) and the other columns. */
    record Columns(List<String> ids, Map<String, List<String>> columns) {
    }

    /** {@code id} followed by every metadata column of the set. */
    static Map<String, List<String>> allColumns(EmbeddingSet set) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("id", set.ids());
        for (String name : set.columnNames()) {
            if (!name.equals("id")) {
                columns.put(name, set.metadata().get(name));
            }
        }
        return columns;
    }

    static void writeVectors(OutputStream stream, EmbeddingSet set) throws IOException {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        StringBuilder line = new StringBuilder();
        for (float[] vector : set.vectors()) {
            line.setLength(0);
            for (int d = 0; d < vector.length; d++) {
                if (d > 0) {
                    line.append('\t');
                }
                line.append(vector[d]);
            }
            out.write(line.append('\n').toString());
        }
        out.flush();
    }

    /** Writes exactly the given columns (one column: no header), one row per vector. */
    static void writeMetadata(OutputStream stream, EmbeddingSet set, Map<String, List<String>> columns)
            throws IOException {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        List<String> names = new ArrayList<>(columns.keySet());
        if (names.size() > 1) {
            out.write(joined(names));
        }
        List<String> row = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            row.clear();
            for (String name : names) {
                row.add(columns.get(name).get(i));
            }
            out.write(joined(row));
        }
        out.flush();
    }

    private static String joined(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(VectorTable.quote(fields.get(i), '\t'));
        }
        return line.append('\n').toString();
    }

    /** A headerless vectors TSV. */
    static float[][] readVectors(Path vectors) throws MireException {
        List<float[]> rows = new ArrayList<>();
        int dimension = -1;
        try (var reader = Files.newBufferedReader(vectors, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (dimension < 0) {
                    dimension = fields.length;
                } else if (fields.length != dimension) {
                    throw new MireException(vectors + ":" + lineNumber + ": expected " + dimension
                            + " values, found " + fields.length);
                }
                float[] v = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    try {
                        v[d] = Float.parseFloat(fields[d].strip());
                    } catch (NumberFormatException e) {
                        throw new MireException(vectors + ":" + lineNumber + ": not a number: '" + fields[d]
                                + "' (the projector's vectors file has no header)");
                    }
                }
                rows.add(v);
            }
        } catch (IOException e) {
            throw new MireException(vectors + ": cannot read: " + e.getMessage(), e);
        }
        return rows.toArray(new float[0][]);
    }

    /**
     * Reads a metadata TSV for {@code n} vectors.
     *
     * @param written the columns after {@code id} of a file {@link EmbeddingFiles} wrote (it has a header exactly when
     *                there are any); null for a file from elsewhere: a first line with a tab is a header, a file
     *                without tabs is one unnamed column (called {@code label} here)
     */
    static Columns readMetadata(Path metadata, int n, List<String> written) throws MireException {
        List<String> lines;
        try {
            lines = new ArrayList<>(Files.readAllLines(metadata, StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new MireException(metadata + ": missing (the metadata written beside the vectors)");
        } catch (IOException e) {
            throw new MireException(metadata + ": cannot read: " + e.getMessage(), e);
        }
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        boolean header = written != null ? !written.isEmpty()
                : !lines.isEmpty() && lines.getFirst().indexOf('\t') >= 0;
        List<String> names = written != null && written.isEmpty() ? List.of("id")
                : header ? List.of(lines.getFirst().split("\t", -1)) : List.of("label");
        if (written != null && header) {
            List<String> expected = new ArrayList<>(List.of("id"));
            expected.addAll(written);
            if (!names.equals(expected)) {
                throw new MireException(metadata + ":1: header " + names + ", the sidecar lists " + expected);
            }
        }
        int expected = n + (header ? 1 : 0);
        if (lines.size() != expected) {
            throw new MireException(metadata + ": " + (lines.size() - (header ? 1 : 0)) + " metadata rows for "
                    + n + " vectors" + (written != null ? ""
                    : header ? " (first line read as header: it has tabs)"
                    : " (no tab in the first line, so it was read as one column without header)"));
        }
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (String name : names) {
            columns.put(name, new ArrayList<>(n));
        }
        for (int i = header ? 1 : 0; i < lines.size(); i++) {
            String[] fields = names.size() > 1 ? lines.get(i).split("\t", -1) : new String[] {lines.get(i)};
            if (fields.length != names.size()) {
                throw new MireException(metadata + ":" + (i + 1) + ": expected " + names.size()
                        + " fields, found " + fields.length);
            }
            for (int c = 0; c < fields.length; c++) {
                columns.get(names.get(c)).add(fields[c]);
            }
        }
        List<String> ids = columns.containsKey("id") ? columns.remove("id")
                : columns.isEmpty() ? null : columns.values().iterator().next();
        return new Columns(ids, columns);
    }

    /** Reads a projector pair; rows are named by the {@code id} column, else the first column. */
    static EmbeddingSet read(Path vectors, Path metadata, Provenance provenance) throws MireException {
        float[][] rows = readVectors(vectors);
        if (rows.length == 0) {
            throw new MireException(vectors + ": no vectors (the file is empty)");
        }
        Columns columns = readMetadata(metadata, rows.length, null);
        List<String> ids = columns.ids();
        if (ids == null) {
            ids = new ArrayList<>(rows.length);
            for (int i = 0; i < rows.length; i++) {
                ids.add(Integer.toString(i));
            }
        }
        return new EmbeddingSet(ids, rows, columns.columns(), provenance);
    }
}
