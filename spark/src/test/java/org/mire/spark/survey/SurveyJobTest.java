package org.mire.spark.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.graph.Flow;
import org.mire.graph.GraphStatistics;
import org.mire.graph.NodeType;
import org.mire.ir.IrLoader;
import org.mire.spark.LocalSpark;
import org.mire.spark.MireSparkJobs;
import picocli.CommandLine;

/** The survey job on local[2]: per-file numbers equal core's graph statistics; corpus totals and duplicates. */
class SurveyJobTest {
    static final Path REPO = Path.of(System.getProperty("mire.repo.root", "..")).toAbsolutePath().normalize();

    @TempDir
    static Path dir;
    static Path inputs;

    @BeforeAll
    static void inputs() throws Exception {
        LocalSpark.configure(2);
        inputs = dir.resolve("ir");
        Files.createDirectories(inputs.resolve("copies"));
        for (String name : List.of("bfs.O2.ll", "crc32.O1.ll", "matmul.O0.ll", "dijkstra.O3.ll")) {
            Files.copy(REPO.resolve("sample-ir/ll").resolve(name), inputs.resolve(name));
        }
        Files.copy(REPO.resolve("sample-ir/mlir/scf_loops.mlir"), inputs.resolve("scf_loops.mlir"));
        // the same statements under other names: a duplicate by normalised hash, not by bytes
        Files.writeString(inputs.resolve("copies/bfs-renamed.ll"),
                Files.readString(inputs.resolve("bfs.O2.ll")).replace("%struct.", "%struct.renamed_"));
        Files.writeString(inputs.resolve("broken.ll"), "define void @g() {\n  ret void\n");
    }

    static String run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine line = MireSparkJobs.commandLine();
        line.setErr(new PrintWriter(err, true));
        assertEquals(0, line.execute(args), err.toString());
        return err.toString();
    }

    @Test
    void perFileNumbersAreCoresAndCorpusTablesAddUp() throws Exception {
        Path out = dir.resolve("survey");
        run("survey", inputs.toString(), "--out", out.toString(), "--files-per-task", "3");

        SparkSession spark = SparkSession.builder().getOrCreate();
        try {
            Map<String, Row> rows = new HashMap<>();
            for (Row row : spark.read().parquet(out.resolve("files").toString()).collectAsList()) {
                rows.put(row.getAs("file"), row);
            }
            assertEquals(7, rows.size());
            String error = rows.get("broken.ll").getAs("error");
            assertTrue(error.startsWith("broken.ll:3:1: "), error);
            long instructions = 0;
            for (String name : List.of("bfs.O2.ll", "crc32.O1.ll", "matmul.O0.ll", "dijkstra.O3.ll",
                    "scf_loops.mlir", "copies/bfs-renamed.ll")) {
                GraphStatistics expected = GraphStatistics.of(IrLoader.load(inputs.resolve(name)).graph());
                Row row = rows.get(name);
                assertNull(row.getAs("error"), name);
                assertEquals(expected.functions(), (int) row.getAs("functions"), name);
                assertEquals(expected.blocks(), (int) row.getAs("blocks"), name);
                assertEquals(expected.nodes(), (int) row.getAs("nodes"), name);
                assertEquals(expected.edges(), (int) row.getAs("edges"), name);
                assertEquals(expected.nodesByType().get(NodeType.INSTRUCTION), (int) row.getAs("instructions"), name);
                assertEquals(expected.edgesByFlow().get(Flow.DATA), (int) row.getAs("data_edges"), name);
                assertEquals(expected.maxInDegree(), (int) row.getAs("max_in_degree"), name);
                scala.collection.Map<String, Integer> opcodes = row.getAs("opcodes");
                int histogram = 0;
                for (Integer n : scala.jdk.javaapi.CollectionConverters.asJava(opcodes.values())) {
                    histogram += n;
                }
                assertEquals(expected.nodesByType().get(NodeType.INSTRUCTION), histogram, name);
                instructions += expected.nodesByType().get(NodeType.INSTRUCTION);
            }
            assertEquals((String) rows.get("bfs.O2.ll").getAs("normalised_hash"),
                    rows.get("copies/bfs-renamed.ll").getAs("normalised_hash"));

            Row corpus = spark.read().parquet(out.resolve("corpus").toString()).first();
            assertEquals(7L, (long) corpus.getAs("files"));
            assertEquals(1L, (long) corpus.getAs("failed"));
            assertEquals(instructions, (long) corpus.getAs("instructions"));
            assertEquals(1L, (long) corpus.getAs("duplicate_files"));
            List<Row> duplicates = spark.read().parquet(out.resolve("duplicates").toString()).collectAsList();
            assertEquals(1, duplicates.size());
            assertEquals(List.of("bfs.O2.ll", "copies/bfs-renamed.ll"), scala.jdk.javaapi.CollectionConverters
                    .asJava(duplicates.getFirst().<scala.collection.Seq<String>>getAs("files")));
            assertTrue(Files.readString(out.resolve("summary.json")).contains("\"duplicate_groups\": 1"));
        } finally {
            spark.stop();
        }

        String again = run("survey", inputs.toString(), "--out", out.toString());
        assertTrue(again.contains("(7 already done"), again);
    }
}
