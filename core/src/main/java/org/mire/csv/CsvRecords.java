package org.mire.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mire.MireException;

/**
 * RFC 4180 CSV records (Apache Commons CSV underneath): quoted fields may hold commas, doubled quotes and line
 * breaks. Each record remembers the line it starts on, so that callers can report {@code file:line: problem}.
 * Blank lines are skipped.
 */
public final class CsvRecords {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get();

    /** One record and the 1-based line on which it starts. */
    public record Record(int line, List<String> fields) {
    }

    private CsvRecords() {
    }

    /** Reads a UTF-8 file; errors name the file and the line. */
    public static List<Record> read(Path file) throws MireException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new MireException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses text already read; {@code name} is what error messages call it. */
    public static List<Record> parse(String text, String name) throws MireException {
        try {
            return parse(new StringReader(text), name);
        } catch (IOException e) {
            throw new MireException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static List<Record> parse(Reader reader, String name) throws IOException, MireException {
        List<Record> records = new ArrayList<>();
        long nextLine = 1;
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            try {
                for (CSVRecord record : parser) {
                    long line = nextLine;
                    nextLine = parser.getCurrentLineNumber() + 1;
                    if (record.size() == 1 && record.get(0).isEmpty()) {
                        continue; // a blank line
                    }
                    records.add(new Record((int) line, record.toList()));
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                String message = String.valueOf(e.getMessage());
                String problem = message.contains("EOF reached before encapsulated token finished")
                        ? "unterminated quoted field" : "malformed CSV: " + message;
                throw new MireException(name + ":" + nextLine + ": " + problem);
            }
        }
        return records;
    }

    /** One record as a CSV line (with its line break), quoting only the fields that need it. */
    public static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        return out.append('\n').toString();
    }

    private static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
