package org.mire.app.embeddingexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;
import org.mire.app.background.FxTaskExecutor;
import org.mire.embed.EmbeddingMethod;
import org.mire.embed.EmbeddingSet;
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

/**
 * The plots never show what the user moved on from (a new corpus, a set of another corpus, a corpus switch), the
 * search counts what is plotted, neighbours are ringed in the plot and say which embedding they are of, and a stopped
 * encoding keeps what it made.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerPlotsTest {
    @TempDir
    static Path dir;
    private EmbeddingExplorerController controller;
    private EmbeddingExplorerModel model;
    private final AtomicInteger encoded = new AtomicInteger();
    private volatile long millisPerFile;

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

    /** Two numbers per file from its text; as slow as the test asks, to stop it midway. */
    private final class TextLength implements EmbeddingMethod {
        @Override
        public String id() {
            return "text-length";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public String fingerprint() {
            return "text-length/" + System.identityHashCode(ExplorerPlotsTest.this);
        }

        @Override
        public Provenance provenance(String level) {
            return new Provenance(id(), "none", "none", "cpu", 0, level, "");
        }

        @Override
        public float[] embedModule(IrProgram program) throws MireException {
            try {
                Thread.sleep(millisPerFile);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            encoded.incrementAndGet();
            return new float[] {program.text().length(), program.text().split("\n").length};
        }

        @Override
        public List<float[]> embedFunctions(IrProgram program) {
            return List.of();
        }
    }

    @Start
    void start(Stage stage) {
        // the window's theme, whose fonts are larger than JavaFX's own (a column fitted to Modena's clipped there)
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());
        MethodChoice choice = new MethodChoice("text length", false, device -> new TextLength());
        EmbeddingExplorerInteractor interactor = new EmbeddingExplorerInteractor(new EncodingCache(dir.resolve(
                "cache-" + System.nanoTime())), file -> {
                    try {
                        return new TextProgram(file.getFileName().toString(), Files.readString(file));
                    } catch (java.io.IOException e) {
                        throw new MireException(file + ": " + e.getMessage(), e);
                    }
                });
        controller = new EmbeddingExplorerController(interactor, new FxTaskExecutor(2), List.of(choice), null,
                file -> { }, null, null);
        model = controller.model();
        model.projection.set(EmbeddingExplorerModel.Method.PCA);
        stage.setScene(new Scene(controller.view(), 1200, 760));
        stage.show();
    }

    /** A folder of {@code n} small IR files named {@code prefix<i>.ll}; opened as a corpus named after the folder. */
    private static Path corpus(String name, int n) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (int i = 0; i < n; i++) {
            Files.writeString(folder.resolve(name + i + ".ll"), "define i32 @f" + i + "() {\n  ret i32 " + i
                    + "\n}\n" + "; padding\n".repeat(i % 7));
        }
        return folder;
    }

    /** A set of random vectors for rows {@code prefix0..n-1}, as a set of the corpus {@code corpus}. */
    private static EmbeddingExplorerModel.LoadedSet set(String name, String corpus, String prefix, int n, long seed) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        float[][] vectors = new float[n][4];
        for (int i = 0; i < n; i++) {
            ids.add(prefix + i);
            groups.add(i % 2 == 0 ? "even" : "odd");
            for (int d = 0; d < 4; d++) {
                vectors[i][d] = (float) random.nextGaussian() + (i % 2) * 3;
            }
        }
        return new EmbeddingExplorerModel.LoadedSet(name, new EmbeddingSet(ids, vectors, Map.of("group", groups),
                new Provenance("test", "none", "none", "cpu", 0, "module", "")), "test", corpus);
    }

    /** Waits until what the last change scheduled (after the FX events in flight: they may schedule) is drawn. */
    private void waitForPlots() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.busy.get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(Path corpus) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> controller.openCorpus(corpus)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.corpus.get() != null
                && model.corpus.get().name().equals(corpus.getFileName().toString()));
        waitForPlots();
    }

    /** Encodes and waits for the result and its plot; returns the status line the result gave. */
    private String encode() throws Exception {
        List<String> statuses = new CopyOnWriteArrayList<>();
        javafx.beans.value.ChangeListener<String> listener = (o, a, b) -> statuses.add(b);
        WaitForAsyncUtils.asyncFx(() -> {
            model.status.addListener(listener);
            controller.encode();
        }).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> statuses.stream()
                .anyMatch(s -> s.matches("(Encoded|Stopped).*")));
        waitForPlots();
        WaitForAsyncUtils.asyncFx(() -> model.status.removeListener(listener)).get();
        return statuses.stream().filter(s -> s.matches("(Encoded|Stopped).*")).findFirst().orElseThrow();
    }

    /** Encoding a new corpus used to leave the old corpus's plot up; now the new set is plotted, alone. */
    @Test
    void aNewCorpusIsPlottedInPlaceOfTheOld(FxRobot robot) throws Exception {
        open(corpus("alpha", 12));
        encode();
        assertEquals(12, controller.leftView().size());
        open(corpus("beta", 9));
        assertEquals(0, controller.leftView().size(), "the old corpus's points are gone at once");
        assertTrue(controller.leftView().caption().contains("beta"), controller.leftView().caption());
        encode();
        assertEquals("text length · beta", model.left.get().name());
        assertFalse(model.compare.get(), "a set of another corpus is not compared with the old one");
        assertEquals(9, controller.leftView().size());
        assertTrue(controller.leftView().caption().startsWith("text length · beta"));

        // back to the first corpus: its set is shown again, not beta's
        open(dir.resolve("alpha"));
        assertEquals("text length · alpha", model.left.get().name());
        assertEquals(12, controller.leftView().size());
    }

    /**
     * Choosing a set while Compare pointed at a set of another corpus gave "no row id in common" and left the old plot
     * (and its title) up; now comparison turns off and the chosen set is plotted.
     */
    @Test
    void choosingASetOfAnotherCorpusWhileComparingShowsItAlone(FxRobot robot) throws Exception {
        robot.interact(() -> {
            controller.addSet(set("a1", "A", "a", 40, 1));
            controller.addSet(set("a2", "A", "a", 40, 2));
            controller.addSet(set("b1", "B", "b", 30, 3));
        });
        waitForPlots();
        assertEquals("b1", model.left.get().name(), "a set of another corpus replaces the plot");
        robot.interact(() -> {
            model.left.set(model.sets.getFirst());
            model.right.set(model.sets.get(1));
            model.compare.set(true);
        });
        waitForPlots();
        assertTrue(controller.rightView().caption().startsWith("a2"));

        robot.clickOn("#left-set").clickOn("b1 (30 × 4)");
        waitForPlots();
        assertFalse(model.compare.get());
        assertEquals(30, controller.leftView().size());
        assertTrue(controller.leftView().caption().startsWith("b1"), controller.leftView().caption());
        assertTrue(model.status.get().contains("share no row") || model.status.get().startsWith("b1"),
                model.status.get());

        // and when the two plots share no row anyway (compare forced on), neither keeps an old picture
        robot.interact(() -> {
            model.right.set(model.sets.getFirst());
            model.compare.set(true);
        });
        waitForPlots();
        assertEquals(0, controller.leftView().size());
        assertEquals(0, controller.rightView().size());
        assertNull(model.leftProjection.get());
        assertTrue(controller.leftView().caption().contains("no row id in common"), controller.leftView().caption());
    }

    /** The search count was of corpus rows; it counts the plotted points, and isolation changes what is plotted. */
    @Test
    void theSearchCountsPlottedPoints(FxRobot robot) throws Exception {
        robot.interact(() -> controller.addSet(set("s", "S", "row", 50, 4)));
        waitForPlots();
        robot.clickOn("#search").write("^row1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("11 of 50 plotted points match", robot.lookup("#search-result").queryAs(Label.class).getText());
        robot.interact(() -> {
            java.util.BitSet first = new java.util.BitSet();
            first.set(0, 15);
            controller.leftView().selection().set(first);
        });
        robot.clickOn("#isolate");
        assertEquals("6 of 15 plotted points match", model.searchResult.get());
    }

    /** Neighbours were not marked in the plot, and in compare mode it was unclear whose they were. */
    @Test
    void neighboursAreRingedAndSayWhichEmbeddingTheyAreOf(FxRobot robot) throws Exception {
        robot.interact(() -> {
            controller.addSet(set("left set", "C", "c", 60, 5));
            controller.addSet(set("right set", "C", "c", 60, 6));
        });
        waitForPlots();
        assertTrue(model.compare.get(), "two sets of one corpus are compared");
        ScatterView view = controller.leftView();
        Point2D point = WaitForAsyncUtils.asyncFx(() -> view.localToScreen(view.toScreenX(view.lastX(7)),
                view.toScreenY(view.lastY(7)))).get();
        robot.moveTo(point).clickOn();
        WaitForAsyncUtils.waitForFxEvents();
        int row = model.focusedRow.get();
        assertTrue(row >= 0);
        assertEquals(10, model.neighbours.size());
        assertEquals(10, view.marked().cardinality(), "the neighbours are ringed in the left plot");
        assertEquals(view.marked(), controller.rightView().marked(), "and the same rows in the right one");
        String id = model.left.get().set().ids().get(row);
        assertEquals("Neighbours of " + id + " in left set",
                robot.lookup("#neighbours-title").queryAs(Label.class).getText());
        List<String> inLeft = model.neighbours.stream().map(EmbeddingExplorerModel.NeighbourRow::id).toList();
        for (int pass = 0; pass < 3; pass++) {
            robot.interact(() -> {
                view.getScene().getRoot().applyCss();
                view.getScene().getRoot().layout();
            });
        }
        for (javafx.scene.Node header : robot.lookup("#neighbours").lookup(".column-header .label").queryAll()) {
            org.mire.app.RenderedText.assertWhole((Label) header);
        }

        robot.clickOn("#neighbours-right");
        assertEquals("Neighbours of " + id + " in right set", model.neighboursTitle.get());
        List<String> inRight = model.neighbours.stream().map(EmbeddingExplorerModel.NeighbourRow::id).toList();
        assertFalse(inLeft.equals(inRight), "two random embeddings have different neighbours");
        robot.interact(controller::clearSelection);
        assertEquals(0, view.marked().cardinality());
    }

    /**
     * Cancelling a long encoding used to drop every row it had encoded; now it stops and keeps them, and progress
     * gives the overall count of files.
     */
    @Test
    void cancellingAnEncodingKeepsTheRowsEncodedSoFar(FxRobot robot) throws Exception {
        Path many = corpus("many", 100);
        open(many);
        millisPerFile = 25;
        List<String> statuses = new CopyOnWriteArrayList<>();
        model.status.addListener((o, a, b) -> statuses.add(b));
        robot.clickOn("#encode");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> encoded.get() >= 40);
        robot.clickOn("#cancel");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> statuses.stream().anyMatch(s -> s.startsWith("Stopped")));
        waitForPlots();
        int kept = model.left.get().set().size();
        assertTrue(kept >= 32 && kept < 100, kept + " rows kept");
        assertEquals(kept, controller.leftView().size(), "the kept rows are plotted");
        String stopped = statuses.stream().filter(s -> s.startsWith("Stopped")).findFirst().orElseThrow();
        assertTrue(stopped.startsWith("Stopped: kept the " + kept + " of 100 rows"), stopped);
        assertTrue(statuses.stream().anyMatch(s -> s.matches("(files \\d+–\\d+ of 100|\\d+ of 100 files).*")),
                "progress names the overall count: " + statuses);

        millisPerFile = 0;
        int before = encoded.get();
        encode();
        assertEquals(100, model.left.get().set().size());
        assertTrue(encoded.get() - before <= 100 - 32, "encoding again goes on from the cache");
    }

    /**
     * Turning the comparison on with a set that has fewer rows left the left plot on all its rows, so the two plots
     * (which share one selection, row by row) showed different rows; both show the shared rows now.
     */
    @Test
    void comparedPlotsShowTheRowsBothSetsHave(FxRobot robot) throws Exception {
        robot.interact(() -> controller.addSet(set("all", "D", "d", 50, 7)));
        waitForPlots();
        assertEquals(50, controller.leftView().size());
        robot.interact(() -> controller.addSet(set("fewer", "D", "d", 30, 8)));
        waitForPlots();
        assertTrue(model.compare.get());
        assertEquals(30, controller.rightView().size());
        assertEquals(30, controller.leftView().size(), "the left plot shows the shared rows too");
        assertEquals(30, model.leftProjection.get().points().length);
        robot.interact(() -> model.compare.set(false));
        waitForPlots();
        assertEquals(50, controller.leftView().size(), "alone again, all its rows");
    }
    /**
     * In compare mode each plot is half as wide, and the right plot's title ran past the plot's edge ("— t-SNE" cut
     * off); both titles are drawn whole, inside their plot.
     */
    @Test
    void comparedPlotTitlesAreDrawnWholeInsideTheirPlots(FxRobot robot) throws Exception {
        String name = "MIREncoder (shipped model) on a corpus with a long name";
        robot.interact(() -> {
            controller.addSet(set(name + " one", "E", "e", 40, 9));
            controller.addSet(set(name + " two", "E", "e", 40, 10));
        });
        waitForPlots();
        assertTrue(model.compare.get());
        for (ScatterView view : List.of(controller.leftView(), controller.rightView())) {
            Label caption = (Label) view.lookup("#plot-caption");
            assertTrue(caption.getText().startsWith(name), caption.getText());
            assertTrue(caption.prefWidth(-1) > view.getWidth() - 20, "the title fits on one line anyway ("
                    + caption.prefWidth(-1) + " px in a " + view.getWidth() + " px plot): the test shows nothing");
            assertEquals(caption.getText(), org.mire.app.RenderedText.shown(caption), "the title is drawn clipped");
            javafx.geometry.Bounds plot = view.localToScene(view.getLayoutBounds());
            javafx.geometry.Bounds title = caption.localToScene(caption.getLayoutBounds());
            assertTrue(title.getMinX() >= plot.getMinX() && title.getMaxX() <= plot.getMaxX() + 0.5
                    && title.getMaxY() <= plot.getMaxY(), "title " + title + " outside its plot " + plot);
            assertTrue(caption.getHeight() + 0.5 >= caption.prefHeight(caption.getWidth()),
                    "the title's lines do not all fit: " + caption.getHeight() + " px for "
                            + caption.prefHeight(caption.getWidth()));
        }
    }
}
