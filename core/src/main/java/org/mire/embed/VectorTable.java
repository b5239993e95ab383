package org.mire.embed;

import java.io.BufferedReader;
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
import java.util.Locale;
import java.util.Map;
import org.mire.MireException;
import org.mire.csv.CsvRecords;

/**
 * Delimited text tables of vectors (TSV or CSV), for {@link EmbeddingFiles}: one vector per row, the header optional.
 * Columns whose values are all numbers form the vector; any other column is metadata (a column named {@code id} gives
 * the row ids). The first row is a header when it has a non-numeric field where later rows have numbers. CSV is read
 * by {@link CsvRecords} (quoted fields may hold commas and line breaks); TSV has no quoting.
 */
final class VectorTable {
    private VectorTable() {
    }

    /** The delimiter a file name implies: tab for {@code .tsv}/{@code .txt}/{@code .tab}, comma for {@code .csv}. */
    static char delimiterFor(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? ',' : '\t';
    }

    static EmbeddingSet read(Path file, Provenance provenance) throws MireException {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        if (delimiterFor(file) == ',') {
            for (CsvRecords.Record record : CsvRecords.read(file)) {
                rows.add(record.fields());
                lineNumbers.add(record.line());
            }
        } else {
            readTabs(file, rows, lineNumbers);
        }
        if (rows.isEmpty()) {
            throw new MireException(file + ": no vectors (the file is empty)");
        }
        int width = rows.getFirst().size();
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).size() != width) {
                throw new MireException(file + ":" + lineNumbers.get(r) + ": expected " + width + " fields, found "
                        + rows.get(r).size());
            }
        }
        boolean header = rows.size() > 1 && hasHeader(rows);
        int first = header ? 1 : 0;
        if (rows.size() == first) {
            throw new MireException(file + ": no vectors (only a header)");
        }
        boolean[] numeric = new boolean[width];
        for (int c = 0; c < width; c++) {
            numeric[c] = true;
            for (int r = first; r < rows.size() && numeric[c]; r++) {
                numeric[c] = isNumber(rows.get(r).get(c));
            }
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            names.add(header ? rows.getFirst().get(c).strip() : "column" + (c + 1));
        }
        int dimension = 0;
        for (boolean b : numeric) {
            dimension += b ? 1 : 0;
        }
        if (dimension == 0) {
            throw new MireException(file + ": no numeric columns: every column has a non-numeric value");
        }
        int n = rows.size() - first;
        float[][] vectors = new float[n][dimension];
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        List<String> ids = null;
        for (int c = 0; c < width; c++) {
            if (!numeric[c]) {
                List<String> values = new ArrayList<>(n);
                for (int r = first; r < rows.size(); r++) {
                    values.add(rows.get(r).get(c));
                }
                if (ids == null && names.get(c).equalsIgnoreCase("id")) {
                    ids = values;
                } else {
                    metadata.put(names.get(c), values);
                }
            }
        }
        for (int r = first; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int d = 0;
            for (int c = 0; c < width; c++) {
                if (numeric[c]) {
                    vectors[r - first][d++] = Float.parseFloat(row.get(c).strip());
                }
            }
        }
        if (ids == null) {
            ids = new ArrayList<>(n);
            List<String> firstText = metadata.isEmpty() ? null : metadata.values().iterator().next();
            for (int i = 0; i < n; i++) {
                ids.add(firstText != null ? firstText.get(i) : Integer.toString(i));
            }
        }
        return new EmbeddingSet(ids, vectors, metadata, provenance);
    }

    private static void readTabs(Path file, List<List<String>> rows, List<Integer> lineNumbers)
            throws MireException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank()) {
                    rows.add(List.of(line.split("\t", -1)));
                    lineNumbers.add(lineNumber);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new MireException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Writes {@code id}, the metadata columns, then {@code d0..d(n-1)}, with a header row. */
    static void write(OutputStream stream, EmbeddingSet set, char delimiter) throws IOException {
        float[][] values = set.vectors();
        List<String> names = new ArrayList<>();
        for (int d = 0; d < set.dimension(); d++) {
            names.add("d" + d);
        }
        writeRows(stream, set, values, names, delimiter);
    }

    /** Writes 2-D (or 3-D) points with the set's ids and metadata: {@code id, meta..., x, y[, z]}. */
    static void writePoints(OutputStream stream, EmbeddingSet set, float[][] points, char delimiter)
            throws IOException {
        String[] axes = {"x", "y", "z"};
        List<String> names = new ArrayList<>();
        int dims = points.length == 0 ? 0 : points[0].length;
        for (int d = 0; d < dims; d++) {
            names.add(d < axes.length ? axes[d] : "p" + d);
        }
        writeRows(stream, set, points, names, delimiter);
    }

    private static void writeRows(OutputStream stream, EmbeddingSet set, float[][] values, List<String> valueNames,
                                  char delimiter) throws IOException {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        List<String> header = new ArrayList<>();
        header.add("id");
        header.addAll(set.columnNames());
        header.addAll(valueNames);
        writeRow(out, header, delimiter);
        List<String> row = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            row.clear();
            row.add(set.ids().get(i));
            for (List<String> column : set.metadata().values()) {
                row.add(column.get(i));
            }
            for (float v : values[i]) {
                row.add(Float.toString(v));
            }
            writeRow(out, row, delimiter);
        }
        out.flush();
    }

    private static void writeRow(BufferedWriter out, List<String> fields, char delimiter) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            out.write(quote(fields.get(i), delimiter));
        }
        out.write('\n');
    }

    static String quote(String field, char delimiter) {
        if (delimiter == '\t') {
            // TSV has no quoting: keep one record per line and one field per tab.
            return field.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
        if (field.indexOf(delimiter) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    private static boolean hasHeader(List<List<String>> rows) {
        List<String> first = rows.getFirst();
        List<String> second = rows.get(1);
        for (int c = 0; c < first.size(); c++) {
            if (!isNumber(first.get(c)) && isNumber(second.get(c))) {
                return true;
            }
        }
        return false;
    }

    static boolean isNumber(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        if (!(Character.isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'N' || c == 'I')) {
            return false;
        }
        try {
            Float.parseFloat(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
