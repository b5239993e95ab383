package org.mire.corpus;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks. */
final class Csv {
    private Csv() {
    }

    /** A record with the 1-based line it starts on (records can span lines). */
    record Row(int line, List<String> fields) {
    }

    /** A malformed record; {@code line} is where it starts. */
    static final class FormatException extends Exception {
        final int line;

        FormatException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    static List<Row> parse(String text) throws FormatException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        if (i + 1 < n && text.charAt(i + 1) != ',' && text.charAt(i + 1) != '\n'
                                && text.charAt(i + 1) != '\r') {
                            throw new FormatException(line, "text after a closing quote");
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.length() > 0) {
                        throw new FormatException(line, "quote inside an unquoted field");
                    }
                    quoted = true;
                    fieldStarted = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = true;
                }
                case '\r' -> {
                    // part of a CRLF line end
                }
                case '\n' -> {
                    if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
                        fields.add(field.toString());
                        rows.add(new Row(rowLine, List.copyOf(fields)));
                    }
                    fields.clear();
                    field.setLength(0);
                    fieldStarted = false;
                    line++;
                    rowLine = line;
                }
                default -> {
                    field.append(c);
                    fieldStarted = true;
                }
            }
        }
        if (quoted) {
            throw new FormatException(rowLine, "unterminated quoted field");
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }

    static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        return out.append('\n').toString();
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
