// Checks the Spark jobs' output against the single-machine commands on the same files (spark/ci/cluster-test.sh).
// Run with Java's source launcher on the job jar's class path:
//   java -cp spark/target/mire-spark-jobs.jar:SNAPPY_JAR spark/ci/ClusterChecks.java encode LOCAL.csv PARQUET_DIR
//   java -cp ... spark/ci/ClusterChecks.java survey STATS.json SURVEY_DIR
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
import org.mire.embed.VectorFiles;

public class ClusterChecks {
    static final double TOLERANCE = 1e-5;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "encode" -> encode(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args.length > 3 ? args[3] : "0"));
            case "survey" -> survey(Path.of(args[1]), Path.of(args[2]));
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
        EmbeddingSet cluster = VectorFiles.read(parquet, null); // what mire neighbours/project/export read
        if (!cluster.ids().equals(contents.set().ids())) {
            fail("VectorFiles and ParquetEmbeddings read different rows");
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
