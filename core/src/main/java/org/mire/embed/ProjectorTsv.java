package org.mire.embed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mire.MireException;

/**
 * The TensorBoard Embedding Projector's file pair: a vectors TSV (one vector per line, no header) and a metadata TSV.
 * The projector's header rule: a metadata file with a single column has no header line; with several columns the
 * first line names them.
 */
public final class ProjectorTsv {
    private ProjectorTsv() {
    }

    /** The metadata columns exported: {@code id} followed by the set's metadata columns. */
    public static List<String> exportedColumns(EmbeddingSet set) {
        List<String> columns = new ArrayList<>();
        columns.add("id");
        columns.addAll(set.columnNames());
        return columns;
    }

    /** Writes {@code vectors} and {@code metadata}; the metadata carries {@code id} plus every metadata column. */
    public static void write(EmbeddingSet set, Path vectors, Path metadata) throws MireException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("id", set.ids());
        for (String name : set.columnNames()) {
            if (!name.equals("id")) {
                columns.put(name, set.metadata().get(name));
            }
        }
        write(set, vectors, metadata, columns);
    }

    /** Writes the pair with exactly the given metadata columns (one column: no header). */
    public static void write(EmbeddingSet set, Path vectors, Path metadata, Map<String, List<String>> columns)
            throws MireException {
        try (BufferedWriter out = Files.newBufferedWriter(vectors, StandardCharsets.UTF_8)) {
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
        } catch (IOException e) {
            throw new MireException(vectors + ": cannot write: " + e.getMessage(), e);
        }
        if (columns.isEmpty()) {
            return;
        }
        try (BufferedWriter out = Files.newBufferedWriter(metadata, StandardCharsets.UTF_8)) {
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
        } catch (IOException e) {
            throw new MireException(metadata + ": cannot write: " + e.getMessage(), e);
        }
    }

    private static String joined(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append('\t');
            }
            String value = VectorTable.quote(fields.get(i), '\t');
            // The projector treats an empty value as missing; keep the row's width anyway.
            line.append(value);
        }
        return line.append('\n').toString();
    }

    /**
     * Reads a projector pair. {@code metadata} may be null. A metadata file whose first line has a tab has a header;
     * one without tabs is a single unnamed column (named {@code label} here) with one value per vector.
     */
    public static EmbeddingSet read(Path vectors, Path metadata) throws MireException {
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
        if (rows.isEmpty()) {
            throw new MireException(vectors + ": no vectors (the file is empty)");
        }
        int n = rows.size();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        if (metadata != null) {
            List<String> lines;
            try {
                lines = new ArrayList<>(Files.readAllLines(metadata, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new MireException(metadata + ": cannot read: " + e.getMessage(), e);
            }
            while (!lines.isEmpty() && lines.getLast().isEmpty()) {
                lines.removeLast();
            }
            boolean header = !lines.isEmpty() && lines.getFirst().indexOf('\t') >= 0;
            List<String> names = header ? List.of(lines.getFirst().split("\t", -1)) : List.of("label");
            int expected = n + (header ? 1 : 0);
            if (lines.size() != expected) {
                throw new MireException(metadata + ": " + (lines.size() - (header ? 1 : 0)) + " metadata rows for "
                        + n + " vectors" + (header ? " (first line read as header: it has tabs)"
                        : " (no tab in the first line, so it was read as one column without header)"));
            }
            for (String name : names) {
                columns.put(name, new ArrayList<>(n));
            }
            for (int i = header ? 1 : 0; i < lines.size(); i++) {
                String[] fields = header ? lines.get(i).split("\t", -1) : new String[] {lines.get(i)};
                if (fields.length != names.size()) {
                    throw new MireException(metadata + ":" + (i + 1) + ": expected " + names.size()
                            + " fields, found " + fields.length);
                }
                for (int c = 0; c < fields.length; c++) {
                    columns.get(names.get(c)).add(fields[c]);
                }
            }
        }
        List<String> ids = columns.containsKey("id") ? columns.remove("id") : null;
        if (ids == null) {
            ids = new ArrayList<>(n);
            List<String> first = columns.isEmpty() ? null : columns.values().iterator().next();
            for (int i = 0; i < n; i++) {
                ids.add(first != null ? first.get(i) : Integer.toString(i));
            }
        }
        return new EmbeddingSet(ids, rows.toArray(new float[0][]), columns, VectorTable.importedProvenance(vectors));
    }
}
