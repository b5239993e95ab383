package org.mire.app.embeddingexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;
import org.mire.embed.EmbeddingMethod;
import org.mire.embed.EncodingCache;
import org.mire.embed.Provenance;
import org.mire.graph.ProgramGraph;
import org.mire.ir.IrLanguage;
import org.mire.ir.IrProgram;
import org.mire.viz.scatter.ScatterView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer end to end on real IR from sample-ir/: load a corpus, encode, project, colour, select, open. */
@ExtendWith(ApplicationExtension.class)
class EmbeddingExplorerTest {
    @TempDir
    static Path dir;

    private EmbeddingExplorerController controller;
    private final AtomicReference<Path> opened = new AtomicReference<>();
    private final AtomicInteger encodedFiles = new AtomicInteger();

    /** The program's text only: enough for a method that counts instruction keywords. */
    private record TextProgram(String sourceName, String text) implements IrProgram {
        @Override
        public IrLanguage language() {
            return IrLanguage.LLVM;
        }

        @Override
        public List<String> functionNames() {
            return List.of();
        }

        @Override
        public ProgramGraph graph() {
            throw new UnsupportedOperationException();
        }
    }

    /** How often each of a few LLVM instructions occurs, log-scaled: a stand-in for the real methods. */
    private final class InstructionCounts implements EmbeddingMethod {
        private static final String[] WORDS = {" = load ", "store ", " = add ", " = mul ", " = fadd ", " = fmul ",
            "br ", " = icmp ", " = phi ", " = getelementptr ", " = call ", "ret "};

        @Override
        public String id() {
            return "instruction-counts";
        }

        @Override
        public int dimension() {
            return WORDS.length;
        }

        @Override
        public String fingerprint() {
            return "instruction-counts/1";
        }

        @Override
        public Provenance provenance(String level) {
            return new Provenance(id(), "none", "none", "cpu", 0, level, "");
        }

        @Override
        public float[] embedModule(IrProgram program) {
            encodedFiles.incrementAndGet();
            float[] v = new float[WORDS.length];
            for (int w = 0; w < WORDS.length; w++) {
                v[w] = (float) Math.log1p(program.text().split(WORDS[w], -1).length - 1);
            }
            return v;
        }

        @Override
        public List<float[]> embedFunctions(IrProgram program) {
            return List.of();
        }
    }

    private static Path corpus() throws Exception {
        Path root = Path.of(System.getProperty("mire.repo.root", ".")).resolve("sample-ir/ll");
        List<Path> files;
        try (Stream<Path> list = Files.list(root)) {
            files = list.filter(p -> p.getFileName().toString().matches("[a-z_0-9]+\\.O[0-3]\\.ll")).sorted().toList();
        }
        StringBuilder csv = new StringBuilder("file,opt,program\n");
        for (Path file : files) {
            String[] parts = file.getFileName().toString().split("\\.");
            csv.append(file.toAbsolutePath()).append(',').append(parts[1]).append(',').append(parts[0]).append('\n');
        }
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, csv);
        return labels;
    }

    @Start
    void start(Stage stage) {
        MethodChoice choice = new MethodChoice("instruction counts", false, device -> new InstructionCounts());
        EmbeddingExplorerInteractor interactor = new EmbeddingExplorerInteractor(new EncodingCache(dir.resolve("cache")), file -> {
            try {
                return new TextProgram(file.getFileName().toString(), Files.readString(file));
            } catch (java.io.IOException e) {
                throw new MireException(file + ": " + e.getMessage(), e);
            }
        });
        controller = new EmbeddingExplorerController(interactor, new org.mire.app.background.FxTaskExecutor(2), List.of(choice),
                dir.resolve("workspace"), opened::set, null, null);
        stage.setScene(new Scene(controller.view(), 1000, 700));
        stage.show();
    }

    @Test
    void loadEncodeProjectColourSelectAndOpen(FxRobot robot) throws Exception {
        Path labels = corpus();
        WaitForAsyncUtils.asyncFx(() -> controller.openCorpus(labels)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> controller.model().corpus.get() != null);
        int rows = controller.model().corpus.get().size();
        assertTrue(rows >= 200, "sample-ir has O0..O3 IR of many programs, got " + rows);

        robot.clickOn("#encode");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> controller.model().leftProjection.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rows, encodedFiles.get(), "each file encoded once");
        assertEquals(rows, controller.leftView().size());
        assertTrue(controller.model().leftInfo.get().contains("KL"), controller.model().leftInfo.get());

        // colour by the optimisation level through the ChoiceBox
        robot.clickOn("#colour-by");
        robot.clickOn("opt");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("opt", controller.leftView().colourColumn());
        assertEquals(4, controller.leftView().colouring().legend().size());

        // click a point: it is selected and its neighbours are listed
        ScatterView view = controller.leftView();
        Point2D target = WaitForAsyncUtils.asyncFx(() -> view.localToScreen(view.toScreenX(view.lastX(7)),
                view.toScreenY(view.lastY(7)))).get();
        robot.moveTo(target).clickOn();
        WaitForAsyncUtils.waitForFxEvents();
        int focused = controller.model().focusedRow.get();
        assertTrue(focused >= 0, "a point is selected at " + target + " in " + WaitForAsyncUtils.asyncFx(
                () -> view.localToScreen(view.getBoundsInLocal()) + " status " + controller.model().status.get()).get());
        assertEquals(10, controller.model().neighbours().size());
        double previous = -1;
        for (EmbeddingExplorerModel.NeighbourRow row : controller.model().neighbours()) {
            assertTrue(row.distance() >= previous, "nearest first");
            previous = row.distance();
        }

        javafx.scene.control.TableView<?> table = robot.lookup("#neighbours").queryAs(javafx.scene.control.TableView.class);
        String firstId = controller.model().neighbours().getFirst().id();
        assertTrue(robot.from(table).lookup((javafx.scene.control.TableCell<?, ?> cell) -> firstId.equals(cell.getText()))
                .tryQuery().isPresent(), "the table shows the nearest neighbour's id");

        robot.clickOn("#open-file");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(opened.get(), "the IR file was opened");
        String expected = controller.model().left.get().set().metadata().get("file").get(focused);
        assertEquals(Path.of(expected), opened.get());
        assertTrue(Files.isRegularFile(opened.get()));

        // a parameter change re-projects in the background; the newest request wins
        var before = controller.model().leftProjection.get();
        WaitForAsyncUtils.asyncFx(() -> {
            controller.model().perplexityProperty().set(10);
            controller.model().perplexityProperty().set(12);
            controller.model().projectionProperty().set(EmbeddingExplorerModel.Method.PCA);
        }).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> controller.model().leftProjection.get() != before);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("pca", controller.model().leftProjection.get().parameters().method());
        assertTrue(controller.model().leftInfo.get().contains("of variance"), controller.model().leftInfo.get());

        // re-opening the same corpus reads every vector from the cache
        WaitForAsyncUtils.asyncFx(() -> controller.encode()).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> controller.model().status.get().contains("from the cache"));
        assertEquals(rows, encodedFiles.get(), "nothing encoded twice");
        assertTrue(controller.model().status.get().contains(rows + " from the cache"), controller.model().status.get());
        assertFalse(controller.model().sets().isEmpty());
    }

    @Test
    void aSampleFolderCanBeColouredByProgramLanguageAndOptLevel(FxRobot robot) throws Exception {
        Path samples = Path.of(System.getProperty("mire.repo.root", ".")).resolve("sample-ir");
        Path folder = dir.resolve("sample-folder");
        Files.createDirectories(folder.resolve("ll"));
        Files.createDirectories(folder.resolve("c"));
        for (String program : List.of("bfs", "binary_search")) {
            for (String level : List.of("O0", "O1", "O2", "O3")) {
                Files.copy(samples.resolve("ll/" + program + "." + level + ".ll"),
                        folder.resolve("ll/" + program + "." + level + ".ll"));
            }
            Files.copy(samples.resolve("c/" + program + ".c"), folder.resolve("c/" + program + ".c"));
        }
        WaitForAsyncUtils.asyncFx(() -> controller.openCorpus(folder)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> controller.model().corpus.get() != null
                && controller.model().corpus.get().size() == 10);
        robot.clickOn("#encode");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> controller.model().leftProjection.get() != null
                && controller.model().left.get().set().size() == 10);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.ChoiceBox<?> colourBy = robot.lookup("#colour-by").queryAs(javafx.scene.control.ChoiceBox.class);
        assertTrue(colourBy.getItems().containsAll(List.of("program", "language", "opt")), colourBy.getItems().toString());
        robot.clickOn("#colour-by");
        robot.clickOn("language");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("language", controller.leftView().colourColumn());
        // legend entries are "value  count"
        assertEquals(List.of("C  2", "LLVM IR  8"), controller.leftView().colouring().legend().keySet().stream().sorted().toList());
        robot.clickOn("#colour-by");
        robot.clickOn("program");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("bfs  5", "binary_search  5"),
                controller.leftView().colouring().legend().keySet().stream().sorted().toList());
        robot.clickOn("#colour-by");
        robot.clickOn("opt");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(controller.leftView().colouring().legend().keySet().containsAll(List.of("O0  2", "O1  2", "O2  2", "O3  2")),
                controller.leftView().colouring().legend().toString());
    }

    @Test
    void bookmarksAreSavedInTheWorkspaceAndReadBack() throws Exception {
        EmbeddingBookmarks store = new EmbeddingBookmarks(dir.resolve("ws2"));
        List<org.mire.workspace.ExplorerState.Bookmark> saved = new ArrayList<>();
        saved.add(new org.mire.workspace.ExplorerState.Bookmark("kernels", "a", "b", true, "TSNE", 30, 0, 750, 42, 15, 0.1, "opt",
                null, "^bfs", List.of("x.ll", "y.ll"), 1.5, -2, 40));
        store.save(saved);
        assertEquals(saved, store.load());
        Files.writeString(store.file(), "{\"version\": 99, \"bookmarks\": []}");
        MireException e = org.junit.jupiter.api.Assertions.assertThrows(MireException.class, store::load);
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }
}
