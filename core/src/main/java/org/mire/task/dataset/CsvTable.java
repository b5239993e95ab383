package org.mire.task.dataset;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mire.MireException;

/**
 * A CSV file with a header, read whole (RFC 4180: quoted fields may span lines, as the DevMap {@code src} column
 * does). Cell accessors report bad values as {@link MireException}s naming the file, the line and the column.
 */
public final class CsvTable {
    private final Path file;
    private final List<String> header;
    private final Map<String, Integer> columnIndex;
    private final List<Row> rows;

    /** One record with the 1-based line on which it starts. */
    public final class Row {
        private final CSVRecord record;
        private final long line;

        private Row(CSVRecord record, long line) {
            this.record = record;
            this.line = line;
        }

        public long line() {
            return line;
        }

        /** The cell of a column that must exist in the header. */
        public String get(String column) throws MireException {
            Integer index = columnIndex.get(column);
            if (index == null) {
                throw new MireException(file + ": no column '" + column + "' (columns: " + String.join(", ", header)
                        + ")");
            }
            return get(index);
        }

        public String get(int index) throws MireException {
            if (index >= record.size()) {
                throw new MireException(file + ":" + line + ": row has " + record.size() + " fields, expected "
                        + header.size());
            }
            return record.get(index);
        }

        public int size() {
            return record.size();
        }

        /** A finite number (NaN and infinities are refused). */
        public double number(String column) throws MireException {
            double value = numberOrNaN(column);
            if (Double.isNaN(value)) {
                throw new MireException(file + ":" + line + ": column '" + column + "' is NaN or empty");
            }
            return value;
        }

        /** A number, with NaN for an empty cell or {@code nan}; infinities and text are refused. */
        public double numberOrNaN(String column) throws MireException {
            String text = get(column).strip();
            if (text.isEmpty() || text.equalsIgnoreCase("nan")) {
                return Double.NaN;
            }
            try {
                double value = Double.parseDouble(text);
                if (Double.isInfinite(value)) {
                    throw new MireException(file + ":" + line + ": column '" + column + "' is infinite");
                }
                return value;
            } catch (NumberFormatException e) {
                throw new MireException(file + ":" + line + ": column '" + column + "' is not a number: '"
                        + abbreviate(text) + "'");
            }
        }

        /** An integer, accepting {@code 4.0}-style spellings. */
        public int integer(String column) throws MireException {
            double value = number(column);
            if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
                throw new MireException(file + ":" + line + ": column '" + column + "' is not an integer: " + value);
            }
            return (int) value;
        }

        /** Where this row is, for messages: {@code file:line}. */
        public String where() {
            return file + ":" + line;
        }
    }

    private CsvTable(Path file, List<String> header, List<CSVRecord> records, List<Long> lines) {
        this.file = file;
        this.header = List.copyOf(header);
        this.columnIndex = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columnIndex.putIfAbsent(header.get(i), i);
        }
        this.rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            rows.add(new Row(records.get(i), lines.get(i)));
        }
    }

    /** Reads a UTF-8 CSV file whose first record is the header. */
    public static CsvTable read(Path file) throws MireException {
        if (!Files.isRegularFile(file)) {
            throw new MireException(file + ": no such file");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<CSVRecord> records = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            long nextLine = 1;
            List<String> header = null;
            for (CSVRecord record : parser) {
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (header == null) {
                    header = record.toList();
                    continue;
                }
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // blank line
                }
                records.add(record);
                lines.add(line);
            }
            if (header == null) {
                throw new MireException(file + ": empty file (expected a header line)");
            }
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header.set(0, header.get(0).substring(1));
            }
            return new CsvTable(file, header, records, lines);
        } catch (NoSuchFileException e) {
            throw new MireException(file + ": no such file");
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new MireException(file + ": not a readable CSV file: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    public boolean hasColumn(String column) {
        return columnIndex.containsKey(column);
    }

    /** Checks that every named column is in the header. */
    public void requireColumns(String... columns) throws MireException {
        List<String> missing = new ArrayList<>();
        for (String column : columns) {
            if (!columnIndex.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new MireException(file + ":1: missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (header: " + String.join(", ", header) + ")");
        }
    }

    static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
