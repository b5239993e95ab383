package org.mire.embed;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mire.MireException;

/**
 * Delimited text tables of vectors (TSV or CSV): one vector per row, the header optional. Columns whose values are
 * all numbers form the vector; any other column is metadata (a column named {@code id} gives the row ids). The first
 * row is a header when it has a non-numeric field where later rows have numbers.
 */
public final class VectorTable {
    private VectorTable() {
    }

    /** The delimiter a file name implies: tab for {@code .tsv}/{@code .txt}/{@code .tab}, comma for {@code .csv}. */
    public static char delimiterFor(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? ',' : '\t';
    }

    public static EmbeddingSet read(Path file) throws MireException {
        return read(file, delimiterFor(file));
    }

    public static EmbeddingSet read(Path file, char delimiter) throws MireException {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                rows.add(split(line, delimiter, file, lineNumber));
                lineNumbers.add(lineNumber);
            }
        } catch (IOException e) {
            throw new MireException(file + ": cannot read: " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw new MireException(file + ": cannot read: " + e.getCause().getMessage(), e);
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
        return new EmbeddingSet(ids, vectors, metadata, importedProvenance(file));
    }

    static Provenance importedProvenance(Path file) {
        return new Provenance("imported:" + file.getFileName(), "none", "none", "none", 0, "module",
                Instant.now().toString());
    }

    /** Writes {@code id}, the metadata columns, then {@code d0..d(n-1)}, with a header row. */
    public static void write(Path file, EmbeddingSet set, char delimiter) throws MireException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>();
            header.add("id");
            header.addAll(set.columnNames());
            for (int d = 0; d < set.dimension(); d++) {
                header.add("d" + d);
            }
            writeRow(out, header, delimiter);
            List<String> row = new ArrayList<>();
            for (int i = 0; i < set.size(); i++) {
                row.clear();
                row.add(set.ids().get(i));
                for (List<String> column : set.metadata().values()) {
                    row.add(column.get(i));
                }
                for (float v : set.vectors()[i]) {
                    row.add(Float.toString(v));
                }
                writeRow(out, row, delimiter);
            }
        } catch (IOException e) {
            throw new MireException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Writes 2-D (or 3-D) points with the set's ids and metadata: {@code id, meta..., x, y[, z]}. */
    public static void writePoints(Path file, EmbeddingSet set, float[][] points, char delimiter)
            throws MireException {
        String[] axes = {"x", "y", "z"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>();
            header.add("id");
            header.addAll(set.columnNames());
            int dims = points.length == 0 ? 0 : points[0].length;
            for (int d = 0; d < dims; d++) {
                header.add(d < axes.length ? axes[d] : "p" + d);
            }
            writeRow(out, header, delimiter);
            List<String> row = new ArrayList<>();
            for (int i = 0; i < set.size(); i++) {
                row.clear();
                row.add(set.ids().get(i));
                for (List<String> column : set.metadata().values()) {
                    row.add(column.get(i));
                }
                for (float v : points[i]) {
                    row.add(Float.toString(v));
                }
                writeRow(out, row, delimiter);
            }
        } catch (IOException e) {
            throw new MireException(file + ": cannot write: " + e.getMessage(), e);
        }
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

    /** Splits one line; CSV fields may be double-quoted (RFC 4180, no embedded newlines). */
    static List<String> split(String line, char delimiter, Path file, int lineNumber) {
        List<String> fields = new ArrayList<>();
        if (delimiter == '\t') {
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                if (i == line.length() || line.charAt(i) == '\t') {
                    fields.add(line.substring(start, i));
                    start = i + 1;
                }
            }
            return fields;
        }
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
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
