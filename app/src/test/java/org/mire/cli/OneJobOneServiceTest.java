package org.mire.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireHome;
import org.mire.app.background.DirectTaskExecutor;
import org.mire.app.embeddingexplorer.EmbeddingExplorerInteractor;
import org.mire.app.embeddingexplorer.MethodCatalog;
import org.mire.app.predict.PredictController;
import org.mire.app.predict.PredictModel;
import org.mire.app.train.TrainController;
import org.mire.app.train.TrainModel;
import org.mire.embed.CorpusDefinition;
import org.mire.embed.CorpusEncoder;
import org.mire.embed.EmbeddingFiles;
import org.mire.embed.EmbeddingSet;
import org.mire.embed.EncodingCache;
import org.mire.encoder.MirEncoderMethod;
import org.mire.graph.ControlFlowGraph;
import org.mire.graph.GraphScope;
import org.mire.graph.ProgramGraph;
import org.mire.graph.io.NodeLinkJsonImporter;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.progress.ProgressMonitor;
import org.mire.task.CvListener;
import org.mire.task.EmbeddingChoice;
import org.mire.task.PredictionJob;
import org.mire.task.SavedHead;
import org.mire.task.TrainingJob;

/**
 * The command line is a thin door onto the same services the window uses: on the same input, each command's output
 * is what its service gives, and what the window's controller gives (driven synchronously by
 * {@link DirectTaskExecutor}); docs/architecture.md, "one service per user job".
 */
class OneJobOneServiceTest {
    private static final Path SAMPLES = Path.of(System.getProperty("mire.repo.root", "."), "sample-ir", "ll");
    private static final List<String> PROGRAMS = List.of("bfs", "binary_search", "bitonic_sort", "black_scholes",
            "calculator", "crc32", "dijkstra", "matmul", "quicksort", "saxpy", "mergesort", "dot_product");

    @TempDir
    static Path dir;
    private static Path task;

    /** A task the embedding can learn: is this module optimised (O2) or not (O0)? */
    @BeforeAll
    static void task() throws Exception {
        StringBuilder csv = new StringBuilder("file,label\n");
        for (String program : PROGRAMS) {
            for (String level : List.of("O0", "O2")) {
                Path file = SAMPLES.resolve(program + "." + level + ".ll");
                assertTrue(Files.isRegularFile(file), file.toString());
                csv.append(file).append(',').append(level).append('\n');
            }
        }
        task = dir.resolve("task.csv");
        Files.writeString(task, csv);
    }

    private static final String HEADS = "logreg;rf:trees=25";

    @Test
    void trainOnTheCommandLineIsTheTrainJob() throws Exception {
        Path head = dir.resolve("cli-head");
        CliTestSupport.Run run = CliTestSupport.mire("train", task.toString(), "--out", head.toString(),
                "--embedding", "opcode-histogram", "--head", HEADS, "--protocol", "stratified:3", "--seed", "7",
                "--json", "-q");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();

        TrainingJob.Result result = TrainingJob.run(new TrainingJob.Request(new TrainingJob.CsvSource(task, null),
                "opcode-histogram", HEADS, "stratified:3", 7), ProgressMonitor.NONE, CvListener.NONE);
        TrainingJob.FinalHead expected = result.fitFinal(ProgressMonitor.NONE);

        assertEquals(expected.choice().name(), report.get("head").getAsString());
        assertEquals(expected.selectionScores().keySet(), report.getAsJsonObject("selection").keySet());
        expected.selectionScores().forEach((name, score) -> assertEquals(score,
                report.getAsJsonObject("selection").get(name).getAsDouble(), 1e-12, name));
        assertEquals(result.classification().accuracy(),
                report.getAsJsonObject("evaluation").get("accuracy").getAsDouble(), 1e-12);
        SavedHead saved = SavedHead.load(head);
        assertEquals(expected.saved().metrics(), saved.metrics());
        double[][] inputs = result.inputs().get(expected.choice().inputs());
        double[][] fromCli = saved.head().probabilities(inputs);
        double[][] fromJob = expected.saved().head().probabilities(inputs);
        for (int i = 0; i < inputs.length; i++) {
            assertArrayEquals(fromJob[i], fromCli[i], 1e-9, "row " + i);
        }

        // the Train panel: the same request, run and saved by its controller
        TrainModel panel = new TrainModel();
        panel.datasetProperty().set(TrainModel.DatasetChoice.CSV);
        panel.csvFileProperty().set(task);
        panel.embeddingProperty().set("opcode-histogram");
        panel.headsProperty().set(HEADS);
        panel.protocolProperty().set("stratified:3");
        panel.seedProperty().set(7);
        TrainController controller = new TrainController(panel, new DirectTaskExecutor());
        controller.train();
        assertEquals(result.classification().accuracy(), panel.resultProperty().get().classification().accuracy(),
                1e-12, panel.statusProperty().get());
        assertEquals(3, panel.folds().size(), "every fold reached the panel");
        Path windowHead = dir.resolve("window-head");
        controller.saveHead(windowHead);
        SavedHead fromWindow = SavedHead.load(windowHead);
        assertEquals(saved.spec().toString(), fromWindow.spec().toString());
        assertEquals(saved.metrics(), fromWindow.metrics());
        double[][] windowProbabilities = fromWindow.head().probabilities(inputs);
        for (int i = 0; i < inputs.length; i++) {
            assertArrayEquals(fromCli[i], windowProbabilities[i], 1e-9, "row " + i);
        }
    }

    @Test
    void predictOnTheCommandLineIsThePredictJob() throws Exception {
        Path head = dir.resolve("predict-head");
        CliTestSupport.Run train = CliTestSupport.mire("train", task.toString(), "--out", head.toString(),
                "--embedding", "opcode-histogram", "--head", "logreg", "--protocol", "none", "-q");
        assertEquals(0, train.exitCode(), train.err());
        List<Path> files = List.of(SAMPLES.resolve("crc32.O1.ll"), SAMPLES.resolve("matmul.O3.ll"),
                SAMPLES.resolve("saxpy.O0.ll"));
        List<String> args = new ArrayList<>(List.of("predict", "--head", head.toString(), "--json"));
        files.forEach(f -> args.add(f.toString()));
        CliTestSupport.Run run = CliTestSupport.mire(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        JsonArray rows = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("predictions");

        List<PredictionJob.Prediction> expected = PredictionJob.forFiles(SavedHead.load(head), files,
                ProgressMonitor.NONE);
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonObject row = rows.get(i).getAsJsonObject();
            assertEquals(expected.get(i).id(), row.get("file").getAsString());
            assertEquals(expected.get(i).label(), row.get("prediction").getAsString());
            assertEquals(expected.get(i).probability(), row.get("probability").getAsDouble(), 1e-12);
        }

        // the Predict panel
        PredictModel panel = new PredictModel();
        PredictController controller = new PredictController(panel, new DirectTaskExecutor());
        controller.loadHead(head);
        controller.addFiles(files);
        controller.predict();
        assertEquals(expected.size(), panel.predictions().size(), panel.statusProperty().get());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).file().toAbsolutePath().normalize(), panel.predictions().get(i).file());
            assertEquals(expected.get(i).label(), panel.predictions().get(i).prediction());
            assertEquals(expected.get(i).probability(), panel.predictions().get(i).probability(), 1e-12);
        }
    }

    @Test
    void encodeOnTheCommandLineIsTheEncodeJob() throws Exception {
        Path folder = dir.resolve("encode-input");
        Files.createDirectories(folder.resolve("sub"));
        Files.copy(SAMPLES.resolve("saxpy.O1.ll"), folder.resolve("saxpy.ll"));
        Files.copy(SAMPLES.resolve("crc32.O2.ll"), folder.resolve("sub/crc32.ll"));
        for (String level : List.of("module", "function")) {
            Path out = dir.resolve("encoded-" + level + ".csv");
            CliTestSupport.Run run = CliTestSupport.mire("encode", folder.toString(), "--out", out.toString(),
                    "--level", level, "--threads", "1");
            assertEquals(0, run.exitCode(), run.err());
            EmbeddingSet fromCli = EmbeddingFiles.read(out);

            EmbeddingSet expected;
            try (MirEncoderMethod method = EmbeddingChoice.encoder(MireHome.shippedModel(), Device.cpu(),
                    EmbeddingChoice.DEFAULT_BATCH)) {
                expected = new CorpusEncoder(IrLoader::load, null).encode(CorpusDefinition.open(folder), method,
                        CorpusEncoder.Level.of(level), ProgressMonitor.NONE).set();
            }
            assertEquals(expected.ids(), fromCli.ids(), level);
            assertEquals(expected.metadata(), fromCli.metadata(), level);
            assertEquals(expected.provenance().modelHash(), fromCli.provenance().modelHash());
            for (int i = 0; i < expected.size(); i++) {
                assertArrayEquals(expected.vectors()[i], fromCli.vectors()[i], 1e-6f, expected.ids().get(i));
            }
        }

        // the embedding explorer: open the folder as a corpus, encode with the shipped model
        EmbeddingExplorerInteractor explorer = new EmbeddingExplorerInteractor(
                new EncodingCache(dir.resolve("explorer-cache")), IrLoader::load);
        EmbeddingSet fromWindow = explorer.encode(explorer.openCorpus(folder),
                MethodCatalog.standard(MireHome.shippedModel()).find("mirencoder"), "cpu", ProgressMonitor.NONE).set();
        EmbeddingSet fromCli = EmbeddingFiles.read(dir.resolve("encoded-module.csv"));
        assertEquals(fromCli.ids(), fromWindow.ids());
        assertEquals(fromCli.metadata(), fromWindow.metadata());
        for (int i = 0; i < fromCli.size(); i++) {
            assertArrayEquals(fromCli.vectors()[i], fromWindow.vectors()[i], 1e-6f, fromCli.ids().get(i));
        }
    }

    @Test
    void graphScopesAndTheControlFlowGraphAreTheViewsCuts() throws Exception {
        Path file = SAMPLES.resolve("quicksort.O0.ll");
        IrProgram program = IrLoader.load(file);
        ProgramGraph full = program.graph();
        String function = "@quicksort";
        for (GraphScope scope : GraphScope.values()) {
            Path out = dir.resolve("graph-" + scope.key() + ".json");
            CliTestSupport.Run run = CliTestSupport.mire("graph", file.toString(), "--function", function,
                    "--scope", scope.key(), "-o", out.toString());
            assertEquals(0, run.exitCode(), run.err());
            ProgramGraph fromCli = NodeLinkJsonImporter.read(out);
            ProgramGraph expected = scope.cut(full, function);
            assertEquals(expected.nodes(), fromCli.nodes(), scope.key());
            assertEquals(expected.edges(), fromCli.edges(), scope.key());
        }
        assertTrue(GraphScope.FUNCTION_AND_CALLEES.cut(full, function).nodeCount()
                > GraphScope.FUNCTION.cut(full, function).nodeCount(), "quicksort calls partition");

        Path cfg = dir.resolve("cfg.json");
        CliTestSupport.Run run = CliTestSupport.mire("graph", file.toString(), "--function", "quicksort", "--cfg",
                "-o", cfg.toString());
        assertEquals(0, run.exitCode(), run.err());
        ControlFlowGraph expected = ControlFlowGraph.of(full, function, program.text());
        JsonObject json = JsonParser.parseString(Files.readString(cfg)).getAsJsonObject();
        JsonArray blocks = json.getAsJsonArray("nodes");
        assertEquals(expected.blocks().size(), blocks.size());
        for (int b = 0; b < blocks.size(); b++) {
            assertEquals(expected.blocks().get(b).label(), blocks.get(b).getAsJsonObject().get("label").getAsString());
        }
        JsonArray links = json.getAsJsonArray("links");
        assertEquals(expected.edges().size(), links.size());
        for (int e = 0; e < links.size(); e++) {
            JsonObject link = links.get(e).getAsJsonObject();
            ControlFlowGraph.BlockEdge edge = expected.edges().get(e);
            assertEquals(Map.of("source", edge.source(), "target", edge.target()), Map.of("source",
                    link.get("source").getAsInt(), "target", link.get("target").getAsInt()));
            assertEquals(edge.kind().name().toLowerCase(java.util.Locale.ROOT), link.get("kind").getAsString());
        }
    }
}
