// Checks the Spark jobs' output against the single-machine commands on the same files (spark/ci/cluster-test.sh).
// Run with Java's source launcher on the job jar's class path:
//   java -cp spark/target/mire-spark-jobs.jar:SNAPPY_JAR spark/ci/ClusterChecks.java encode LOCAL.csv PARQUET_DIR
//   java -cp ... spark/ci/ClusterChecks.java survey STATS.json SURVEY_DIR
//   java -cp ... spark/ci/ClusterChecks.java featurise EXPORT_DIR SHARDS_DIR
// Prints what it compared; exits 1 with the first difference.
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.hardwood.InputFile;
import dev.hardwood.reader.ParquetFileReader;
import dev.hardwood.reader.RowReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mire.embed.EmbeddingFiles;
import org.mire.embed.EmbeddingSet;
import org.mire.embed.ParquetEmbeddings;
import org.mire.embed.EmbeddingFiles;

public class ClusterChecks {
    static final double TOLERANCE = 1e-5;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "encode" -> encode(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args.length > 3 ? args[3] : "0"));
            case "survey" -> survey(Path.of(args[1]), Path.of(args[2]));
            case "featurise" -> featurise(Path.of(args[1]), Path.of(args[2]));
            default -> fail("unknown check " + args[0]);
        }
    }

    static void fail(String message) {
        System.err.println("FAILED: " + message);
        System.exit(1);
    }

    /** Same ids, each once, same metadata, vectors equal to 1e-5, same model; the failed files as error rows. */
    static void encode(Path localCsv, Path parquet, int expectedErrors) throws Exception {
        EmbeddingSet local = EmbeddingFiles.read(localCsv);
        ParquetEmbeddings.Contents contents = ParquetEmbeddings.readWithErrors(parquet);
        EmbeddingSet cluster = EmbeddingFiles.read(parquet, null); // what mire neighbours/project/export read
        if (!cluster.ids().equals(contents.set().ids())) {
            fail("EmbeddingFiles and ParquetEmbeddings read different rows");
        }
        Set<String> unique = new HashSet<>(cluster.ids());
        if (unique.size() != cluster.size()) {
            fail(parquet + ": " + (cluster.size() - unique.size()) + " duplicated rows");
        }
        if (!unique.equals(new HashSet<>(local.ids()))) {
            Set<String> missing = new HashSet<>(local.ids());
            missing.removeAll(unique);
            Set<String> extra = new HashSet<>(unique);
            extra.removeAll(local.ids());
            fail(parquet + ": rows differ from mire encode's: missing " + missing + ", extra " + extra);
        }
        if (contents.errors().size() != expectedErrors) {
            fail(parquet + ": " + contents.errors().size() + " error rows, expected " + expectedErrors + ": "
                    + contents.errors());
        }
        if (!local.provenance().modelHash().equals(cluster.provenance().modelHash())
                || !local.provenance().level().equals(cluster.provenance().level())) {
            fail("provenance differs: " + local.provenance() + " vs " + cluster.provenance());
        }
        if (!local.columnNames().equals(cluster.columnNames())) {
            fail("metadata columns " + cluster.columnNames() + ", mire encode wrote " + local.columnNames());
        }
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < cluster.size(); i++) {
            row.put(cluster.ids().get(i), i);
        }
        double worst = 0;
        for (int i = 0; i < local.size(); i++) {
            int j = row.get(local.ids().get(i));
            float[] a = local.vectors()[i];
            float[] b = cluster.vectors()[j];
            if (a.length != b.length) {
                fail(local.ids().get(i) + ": dimension " + b.length + ", mire encode " + a.length);
            }
            for (int d = 0; d < a.length; d++) {
                worst = Math.max(worst, Math.abs(a[d] - b[d]));
            }
            for (String column : local.columnNames()) {
                if (!local.metadata().get(column).get(i).equals(cluster.metadata().get(column).get(j))) {
                    fail(local.ids().get(i) + ": " + column + " differs");
                }
            }
        }
        if (worst > TOLERANCE) {
            fail("vectors differ from mire encode's by up to " + worst);
        }
        System.out.printf("encode: %d rows (%d error rows), each once, equal to mire encode's (max |diff| %.2e, "
                + "model %s)%n", cluster.size(), contents.errors().size(), worst,
                cluster.provenance().modelHash().substring(0, 12));
    }

    /** The same functions (file, function, group, level) as `mire corpus export`, each once; shards as listed. */
    static void featurise(Path local, Path cluster) throws Exception {
        JsonObject localSummary = JsonParser.parseString(Files.readString(local.resolve("manifest.json")))
                .getAsJsonObject().getAsJsonObject("summary");
        JsonObject manifest = JsonParser.parseString(Files.readString(cluster.resolve("manifest.json"))).getAsJsonObject();
        JsonObject summary = manifest.getAsJsonObject("summary");
        for (String key : List.of("functions", "tokens", "nodes", "edges", "files", "sources", "leftOutLarge",
                "leftOutDuplicate", "failedFiles")) {
            if (localSummary.get(key).getAsLong() != summary.get(key).getAsLong()) {
                fail("featurise " + key + ": " + summary.get(key) + ", mire corpus export " + localSummary.get(key));
            }
        }
        java.util.List<String> rows = new java.util.ArrayList<>();
        for (JsonElement shard : manifest.getAsJsonArray("shards")) {
            Path file = cluster.resolve(shard.getAsJsonObject().get("file").getAsString());
            String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
            if (!sha.equals(shard.getAsJsonObject().get("sha256").getAsString())) {
                fail(file + ": SHA-256 differs from the manifest's");
            }
            rows.addAll(rows(file));
        }
        java.util.List<String> want = new java.util.ArrayList<>();
        try (var list = Files.list(local)) {
            for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".npz")).toList()) {
                want.addAll(rows(file));
            }
        }
        java.util.Collections.sort(rows);
        java.util.Collections.sort(want);
        if (!rows.equals(want)) {
            fail("featurise: the shards' rows differ from mire corpus export's (" + rows.size() + " vs " + want.size() + ")");
        }
        try (var list = Files.list(cluster)) {
            long files = list.filter(p -> p.getFileName().toString().matches("shard-.*\\.npz")).count();
            if (files != manifest.getAsJsonArray("shards").size()) {
                fail("featurise: " + files + " shard files, the manifest lists " + manifest.getAsJsonArray("shards").size());
            }
        }
        System.out.printf("featurise: %d functions in %d shards, the rows of mire corpus export's %s, each once%n",
                rows.size(), manifest.getAsJsonArray("shards").size(), local.getFileName());
    }

    static java.util.List<String> rows(Path npz) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(npz.toFile())) {
            var entry = zip.getEntry("rows.tsv");
            if (entry == null) {
                fail(npz + ": no rows.tsv");
            }
            java.util.List<String> lines = new java.util.ArrayList<>(List.of(new String(zip.getInputStream(entry)
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")));
            lines.removeFirst();
            return lines;
        }
    }

    /** Every file's graph numbers equal `mire stats --json`'s. */
    static void survey(Path statsJson, Path survey) throws Exception {
        JsonArray stats = JsonParser.parseString(Files.readString(statsJson)).getAsJsonArray();
        Map<String, JsonObject> expected = new HashMap<>();
        for (JsonElement e : stats) {
            expected.put(e.getAsJsonObject().get("file").getAsString(), e.getAsJsonObject());
        }
        List<Path> parts;
        try (var list = Files.list(survey.resolve("files"))) {
            parts = list.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        Set<String> seen = new HashSet<>();
        int compared = 0;
        for (Path part : parts) {
            try (ParquetFileReader reader = ParquetFileReader.open(InputFile.of(part)); RowReader rows = reader.rowReader()) {
                while (rows.hasNext()) {
                    rows.next();
                    String file = rows.getString("file");
                    if (!seen.add(file)) {
                        fail(survey + ": " + file + " twice");
                    }
                    JsonObject want = expected.get(file);
                    if (want == null) {
                        if (rows.isNull("error")) {
                            fail(file + ": surveyed but not in mire stats's output");
                        }
                        continue;
                    }
                    Map<String, Integer> got = new HashMap<>();
                    for (String c : List.of("functions", "blocks", "nodes", "edges", "instructions", "variables",
                            "constants", "types", "control_edges", "data_edges", "call_edges", "type_edges",
                            "max_in_degree", "max_out_degree")) {
                        got.put(c, rows.getInt(c));
                    }
                    JsonObject nodes = want.getAsJsonObject("nodes_by_type");
                    JsonObject edges = want.getAsJsonObject("edges_by_flow");
                    Map<String, Integer> exp = new HashMap<>();
                    for (String c : List.of("functions", "blocks", "nodes", "edges", "max_in_degree", "max_out_degree")) {
                        exp.put(c, want.get(c).getAsInt());
                    }
                    exp.put("instructions", nodes.get("instruction").getAsInt());
                    exp.put("variables", nodes.get("variable").getAsInt());
                    exp.put("constants", nodes.get("constant").getAsInt());
                    exp.put("types", nodes.get("type").getAsInt());
                    exp.put("control_edges", edges.get("control").getAsInt());
                    exp.put("data_edges", edges.get("data").getAsInt());
                    exp.put("call_edges", edges.get("call").getAsInt());
                    exp.put("type_edges", edges.get("type").getAsInt());
                    if (!exp.equals(got)) {
                        fail(file + ": survey " + got + ", mire stats " + exp);
                    }
                    compared++;
                }
            }
        }
        if (compared != expected.size()) {
            fail("mire stats has " + expected.size() + " files, the survey matched " + compared);
        }
        System.out.printf("survey: %d files' graph numbers equal mire stats's (%d rows)%n", compared, seen.size());
    }
}
