package org.mire.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mire.MireException;
import org.mire.csv.CsvRecords;

/** Reads and writes {@code manifest.csv}. */
final class Manifest {
    static final String FILE_NAME = "manifest.csv";
    static final List<String> HEADER = List.of("file", "source", "opt", "hash", "functions", "instructions", "status",
            "split");

    private Manifest() {
    }

    static List<CorpusEntry> read(Path corpusDir) throws MireException {
        Path file = corpusDir.resolve(FILE_NAME);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new MireException(file + ": no such file; is " + corpusDir + " a corpus (made by mire corpus build)?");
        } catch (IOException e) {
            throw new MireException(file + ": cannot read: " + e.getMessage(), e);
        }
        int end = text.lastIndexOf('\n');
        if (end >= 0 && end < text.length() - 1) {
            // A build appends rows while others read the manifest: a last line without its newline is a row being
            // written, not a malformed one.
            text = text.substring(0, end + 1);
        }
        List<CsvRecords.Record> rows = CsvRecords.parse(text, file.toString());
        if (rows.isEmpty() || !rows.getFirst().fields().equals(HEADER)) {
            throw new MireException(file + ":1: expected the header " + String.join(",", HEADER));
        }
        Path base = corpusDir.toAbsolutePath().normalize();
        List<CorpusEntry> entries = new ArrayList<>(rows.size() - 1);
        for (CsvRecords.Record row : rows.subList(1, rows.size())) {
            entries.add(entry(file, base, row));
        }
        return entries;
    }

    private static CorpusEntry entry(Path file, Path base, CsvRecords.Record row) throws MireException {
        List<String> f = row.fields();
        String where = file + ":" + row.line() + ": ";
        if (f.size() != HEADER.size()) {
            throw new MireException(where + "expected " + HEADER.size() + " fields but found " + f.size());
        }
        CorpusEntry.Status status = CorpusEntry.Status.fromKey(f.get(6));
        if (status == null) {
            throw new MireException(where + "unknown status '" + f.get(6) + "'");
        }
        Split split = null;
        if (!f.get(7).isEmpty()) {
            split = Split.fromKey(f.get(7));
            if (split == null) {
                throw new MireException(where + "unknown split '" + f.get(7) + "'");
            }
        }
        if (status == CorpusEntry.Status.OK && (split == null || f.get(0).isEmpty() || f.get(3).isEmpty())) {
            throw new MireException(where + "an ok row needs a file, a hash and a split");
        }
        if (f.get(1).isEmpty()) {
            throw new MireException(where + "empty source");
        }
        int functions;
        long instructions;
        try {
            functions = f.get(4).isEmpty() ? 0 : Integer.parseInt(f.get(4));
            instructions = f.get(5).isEmpty() ? 0 : Long.parseLong(f.get(5));
        } catch (NumberFormatException e) {
            throw new MireException(where + "functions and instructions must be whole numbers");
        }
        Path path = null;
        if (!f.get(0).isEmpty()) {
            path = base.resolve(f.get(0)).normalize();
            if (!path.startsWith(base)) {
                throw new MireException(where + "file '" + f.get(0) + "' lies outside the corpus folder");
            }
        }
        return new CorpusEntry(path, f.get(0), f.get(1), f.get(2), f.get(3), functions, instructions, status, split);
    }

    static String line(CorpusEntry e) {
        return CsvRecords.line(List.of(e.file(), e.source(), e.opt(), e.hash(), Integer.toString(e.functions()),
                Long.toString(e.instructions()), e.status().key(), e.split() == null ? "" : e.split().key()));
    }

    /** Rewrites the whole manifest atomically. */
    static void write(Path corpusDir, List<CorpusEntry> entries) throws MireException {
        Path file = corpusDir.resolve(FILE_NAME);
        StringBuilder text = new StringBuilder(CsvRecords.line(HEADER));
        for (CorpusEntry entry : entries) {
            text.append(line(entry));
        }
        try {
            org.mire.io.AtomicFiles.writeString(file, text);
        } catch (IOException e) {
            throw new MireException(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
