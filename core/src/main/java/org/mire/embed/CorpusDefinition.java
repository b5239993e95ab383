package org.mire.embed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mire.MireException;
import org.mire.corpus.Corpus;
import org.mire.corpus.CorpusEntry;
import org.mire.csv.CsvRecords;
import org.mire.ir.IrFiles;
import org.mire.ir.IrLoader;

/**
 * A corpus to embed: IR files, each row with label columns. Made from a folder of IR files, a labels CSV
 * ({@code file,label…}, header required, paths relative to the CSV), both (labels joined by relative path), the
 * DevMap data set folder, a corpus built by {@code mire corpus} (its {@code manifest.csv}), single IR files, or
 * several of these ({@link #open(List)}: what {@code mire encode} and the embedding explorer both accept). Several
 * rows may share one file (DevMap: one kernel, several inputs).
 *
 * @param name    shown in the UI and written into exports
 * @param root    the folder file paths are relative to
 * @param rows    the rows, in a stable order
 * @param columns the label column names, in order
 */
public record CorpusDefinition(String name, Path root, List<Row> rows, List<String> columns) {

    /** One row: an id unique in the corpus, the IR file, and its labels (one per column, maybe empty). */
    public record Row(String id, Path file, Map<String, String> labels) {
        public Row {
            labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        }
    }

    public CorpusDefinition {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    public int size() {
        return rows.size();
    }

    /** The distinct files, in first-use order. */
    public List<Path> files() {
        LinkedHashSet<Path> files = new LinkedHashSet<>();
        for (Row row : rows) {
            files.add(row.file());
        }
        return new ArrayList<>(files);
    }

    /**
     * Vectors made elsewhere, lined up with this corpus's rows: by id where ids match row ids (or file names), else
     * by row order when the counts are equal; the rows get this corpus's ids, {@code file} and label columns (the
     * embedding explorer's import, usable by any door).
     *
     * @param source names the vectors in errors
     */
    public EmbeddingSet lineUp(EmbeddingSet imported, String source) throws MireException {
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < imported.size(); i++) {
            byId.putIfAbsent(imported.ids().get(i), i);
        }
        List<Integer> order = new ArrayList<>();
        List<Row> matched = new ArrayList<>();
        for (Row row : rows) {
            Integer index = byId.get(row.id());
            if (index == null) {
                index = byId.get(row.file().getFileName().toString());
            }
            if (index != null) {
                order.add(index);
                matched.add(row);
            }
        }
        if (order.isEmpty()) {
            if (imported.size() != size()) {
                throw new MireException(source + ": " + imported.size() + " vectors, none with an id of the corpus's "
                        + size() + " rows");
            }
            for (int i = 0; i < size(); i++) {
                order.add(i);
            }
            matched = rows;
        }
        List<String> ids = new ArrayList<>();
        float[][] vectors = new float[order.size()][];
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        metadata.put("file", new ArrayList<>());
        for (String column : columns()) {
            metadata.put(column, new ArrayList<>());
        }
        for (String column : imported.columnNames()) {
            metadata.putIfAbsent(column, new ArrayList<>());
        }
        for (int r = 0; r < order.size(); r++) {
            Row row = matched.get(r);
            int index = order.get(r);
            ids.add(row.id());
            vectors[r] = imported.vectors()[index];
            for (Map.Entry<String, List<String>> column : metadata.entrySet()) {
                String value;
                if (column.getKey().equals("file")) {
                    value = row.file().toString();
                } else if (row.labels().containsKey(column.getKey())) {
                    value = row.labels().get(column.getKey());
                } else {
                    value = imported.metadata().get(column.getKey()).get(index);
                }
                column.getValue().add(value);
            }
        }
        return new EmbeddingSet(ids, vectors, metadata, imported.provenance());
    }

    /** The rows of the first {@code count} distinct files (all rows when there are no more files than that). */
    public CorpusDefinition firstFiles(int count) {
        List<Path> kept = files();
        if (count <= 0 || kept.size() <= count) {
            return this;
        }
        java.util.Set<Path> first = new java.util.HashSet<>(kept.subList(0, count));
        return new CorpusDefinition(name, root, rows.stream().filter(r -> first.contains(r.file())).toList(), columns);
    }

    /**
     * Every IR file below {@code folder} (sorted by relative path), with {@code folder} and {@code extension} label
     * columns and what the file names carry ({@link FileNameLabels}: language, and program and -O level where the
     * names tell them).
     */
    public static CorpusDefinition fromFolder(Path folder) throws MireException {
        if (!Files.isDirectory(folder)) {
            throw new MireException(folder + ": not a folder");
        }
        List<Path> files = IrFiles.find(folder);
        if (files.isEmpty()) {
            throw new MireException(folder + ": no IR files (." + String.join(", .", IrFiles.extensions()) + ")");
        }
        List<String> derived = FileNameLabels.columnsFor(files);
        List<Row> rows = new ArrayList<>();
        for (Path file : files) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            Path parent = folder.relativize(file).getParent();
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("folder", parent == null ? "." : parent.toString().replace('\\', '/'));
            labels.put("extension", IrFiles.extension(file));
            Map<String, String> fromName = FileNameLabels.of(file);
            for (String column : derived) {
                labels.put(column, fromName.get(column));
            }
            rows.add(new Row(relative, file, labels));
        }
        List<String> columns = new ArrayList<>(List.of("folder", "extension"));
        columns.addAll(derived);
        return new CorpusDefinition(folder.getFileName() == null ? folder.toString() : folder.getFileName().toString(),
                folder, rows, columns);
    }

    /**
     * Rows from a labels CSV: the header's first column names the file (relative to the CSV's folder or absolute),
     * the others are label columns.
     */
    public static CorpusDefinition fromLabels(Path csv) throws MireException {
        List<CsvRecords.Record> records = CsvRecords.read(csv);
        if (records.size() < 2) {
            throw new MireException(csv + ": a labels CSV needs a header (file,label…) and at least one row");
        }
        List<String> header = records.getFirst().fields();
        List<String> columns = new ArrayList<>();
        for (int c = 1; c < header.size(); c++) {
            columns.add(header.get(c).strip());
        }
        Path base = csv.toAbsolutePath().getParent();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            List<String> fields = record.fields();
            if (fields.size() != header.size()) {
                throw new MireException(csv + ":" + record.line() + ": expected " + header.size() + " fields, found "
                        + fields.size());
            }
            String name = fields.getFirst().strip();
            Path file = base.resolve(name).normalize();
            if (!Files.isRegularFile(file)) {
                throw new MireException(csv + ":" + record.line() + ": no such file: " + file);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            for (int c = 1; c < fields.size(); c++) {
                labels.put(columns.get(c - 1), fields.get(c).strip());
            }
            int repeat = seen.merge(name, 1, Integer::sum);
            rows.add(new Row(repeat == 1 ? name : name + "#" + repeat, file, labels));
        }
        String title = csv.getFileName().toString().replaceFirst("\\.csv$", "");
        return new CorpusDefinition(title, base, rows, columns);
    }

    /**
     * The DevMap data set folder ({@code ../shared/datasets/devmap}): one row per (benchmark, dataset) with the NCC IR
     * file, labels {@code suite}, {@code benchmark}, {@code dataset}, {@code oracle_amd}, {@code oracle_nvidia}.
     */
    public static CorpusDefinition devMap(Path folder) throws MireException {
        Path map = folder.resolve("ncc_ir_file_map.csv");
        if (!Files.isRegularFile(map)) {
            throw new MireException(folder + ": not the DevMap folder (no ncc_ir_file_map.csv)");
        }
        Map<String, String> amd = oracles(folder.resolve("cgo17-amd.csv"));
        Map<String, String> nvidia = oracles(folder.resolve("cgo17-nvidia.csv"));
        List<CsvRecords.Record> records = CsvRecords.read(map);
        List<String> header = records.getFirst().fields();
        int benchmark = header.indexOf("benchmark");
        int dataset = header.indexOf("dataset");
        int irFile = header.indexOf("ncc_ir_file");
        if (benchmark < 0 || dataset < 0 || irFile < 0) {
            throw new MireException(map + ":1: expected columns benchmark, dataset, ncc_ir_file");
        }
        List<Row> rows = new ArrayList<>();
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            List<String> f = record.fields();
            if (f.size() != header.size()) {
                throw new MireException(map + ":" + record.line() + ": expected " + header.size() + " fields");
            }
            String name = f.get(benchmark);
            String key = name + "\u0000" + f.get(dataset);
            Path file = folder.resolve("kernels_ir").resolve(f.get(irFile));
            if (!Files.isRegularFile(file)) {
                throw new MireException(map + ":" + record.line() + ": no such file: " + file);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("suite", suite(name));
            labels.put("benchmark", name);
            labels.put("dataset", f.get(dataset));
            labels.put("oracle_amd", amd.getOrDefault(key, ""));
            labels.put("oracle_nvidia", nvidia.getOrDefault(key, ""));
            rows.add(new Row(name + "/" + f.get(dataset), file, labels));
        }
        return new CorpusDefinition("DevMap", folder, rows,
                List.of("suite", "benchmark", "dataset", "oracle_amd", "oracle_nvidia"));
    }

    private static Map<String, String> oracles(Path csv) throws MireException {
        List<CsvRecords.Record> records = CsvRecords.read(csv);
        List<String> header = records.getFirst().fields();
        int benchmark = header.indexOf("benchmark");
        int dataset = header.indexOf("dataset");
        int oracle = header.indexOf("oracle");
        if (benchmark < 0 || dataset < 0 || oracle < 0) {
            throw new MireException(csv + ":1: expected columns benchmark, dataset, oracle");
        }
        Map<String, String> result = new HashMap<>();
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            List<String> f = record.fields();
            result.put(f.get(benchmark) + "\u0000" + f.get(dataset), f.get(oracle));
        }
        return result;
    }

    /** The benchmark suite: the name up to the suite's version ({@code amd-app-sdk-3.0}, {@code rodinia-3.1}, ...). */
    static String suite(String benchmark) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?-\\d+(\\.\\d+)*)-").matcher(benchmark);
        return m.find() ? m.group(1) : benchmark.split("-")[0];
    }

    /** This corpus with label columns joined from a labels CSV by relative path (rows without a match get ""). */
    public CorpusDefinition withLabels(Path csv) throws MireException {
        CorpusDefinition labelled = fromLabels(csv);
        Map<Path, Map<String, String>> byFile = new HashMap<>();
        for (Row row : labelled.rows()) {
            byFile.putIfAbsent(row.file().toAbsolutePath().normalize(), row.labels());
        }
        List<String> allColumns = new ArrayList<>(columns);
        for (String column : labelled.columns()) {
            if (!allColumns.contains(column)) {
                allColumns.add(column);
            }
        }
        List<Row> joined = new ArrayList<>();
        for (Row row : rows) {
            Map<String, String> labels = new LinkedHashMap<>(row.labels());
            Map<String, String> extra = byFile.getOrDefault(row.file().toAbsolutePath().normalize(), Map.of());
            for (String column : labelled.columns()) {
                labels.put(column, extra.getOrDefault(column, ""));
            }
            joined.add(new Row(row.id(), row.file(), labels));
        }
        return new CorpusDefinition(name, root, joined, allColumns);
    }

    /**
     * The corpus a path names: a labels CSV ({@code .csv}); the DevMap data set folder; a corpus built by
     * {@code mire corpus} (a folder with {@code manifest.csv}: its usable entries); a folder of IR files, with the
     * labels of its {@code labels.csv} when it has one; or a single IR file.
     */
    public static CorpusDefinition open(Path path) throws MireException {
        if (!Files.exists(path)) {
            throw new MireException(path + ": no such file or folder");
        }
        if (Files.isRegularFile(path)) {
            if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                return fromLabels(path);
            }
            IrLoader.InputKind.of(path); // names the file when its type is not one we read
            Path parent = path.getParent();
            return new CorpusDefinition(path.getFileName().toString(), parent == null ? Path.of(".") : parent,
                    List.of(new Row(path.toString(), path, Map.of())), List.of());
        }
        if (Files.isRegularFile(path.resolve("ncc_ir_file_map.csv"))) {
            return devMap(path);
        }
        if (Files.isRegularFile(path.resolve("manifest.csv"))) { // the manifest of `mire corpus`
            return fromBuiltCorpus(path);
        }
        CorpusDefinition corpus = fromFolder(path);
        Path labels = path.resolve("labels.csv");
        return Files.isRegularFile(labels) ? corpus.withLabels(labels) : corpus;
    }

    /**
     * Several inputs as one corpus, in the order given: each opened by {@link #open(Path)}; label columns are the
     * union (empty where an input has none); an id that an earlier input already used gets {@code #2}, {@code #3}...
     */
    public static CorpusDefinition open(List<Path> inputs) throws MireException {
        if (inputs.isEmpty()) {
            throw new MireException("no input given");
        }
        if (inputs.size() == 1) {
            return open(inputs.getFirst());
        }
        List<CorpusDefinition> parts = new ArrayList<>();
        LinkedHashSet<String> columns = new LinkedHashSet<>();
        for (Path input : inputs) {
            CorpusDefinition part = open(input);
            parts.add(part);
            columns.addAll(part.columns());
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CorpusDefinition part : parts) {
            for (Row row : part.rows()) {
                Map<String, String> labels = new LinkedHashMap<>();
                for (String column : columns) {
                    labels.put(column, row.labels().getOrDefault(column, ""));
                }
                int repeat = seen.merge(row.id(), 1, Integer::sum);
                rows.add(new Row(repeat == 1 ? row.id() : row.id() + "#" + repeat, row.file(), labels));
            }
        }
        return new CorpusDefinition(String.join(" + ", parts.stream().map(CorpusDefinition::name).toList()),
                Path.of("."), rows, List.copyOf(columns));
    }

    /** The usable entries of a corpus built by {@code mire corpus}, labelled with opt level, package and split. */
    public static CorpusDefinition fromBuiltCorpus(Path folder) throws MireException {
        List<Row> rows = new ArrayList<>();
        for (CorpusEntry entry : Corpus.open(folder).usableEntries()) {
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("opt", entry.opt());
            labels.put("package", entry.packageName());
            labels.put("split", entry.split() == null ? "" : entry.split().name().toLowerCase(Locale.ROOT));
            rows.add(new Row(entry.file(), entry.path(), labels));
        }
        if (rows.isEmpty()) {
            throw new MireException(folder + ": the corpus has no usable entries");
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return new CorpusDefinition(name == null ? folder.toString() : name.toString(), folder, rows,
                List.of("opt", "package", "split"));
    }
}
