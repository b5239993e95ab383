package org.mire.app.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mire.app.background.FxTaskExecutor;
import org.mire.app.document.DocumentLoader;
import org.mire.app.document.DocumentModel;
import org.mire.app.embeddingexplorer.EmbeddingExplorerController;
import org.mire.app.embeddingexplorer.EmbeddingExplorerModel;
import org.mire.app.graphexplorer.GraphExplorerModel;
import org.mire.app.settings.SettingsStore;
import org.mire.embed.EmbeddingSet;
import org.mire.embed.Provenance;
import org.mire.workspace.TrainingRun;
import org.mire.workspace.WorkspaceFolder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the window and starting again finds everything: the open file with its view, the explorer's set, plot and
 * bookmark (nothing encoded or projected again), the training run and the Predict list. A workspace of a newer
 * version, or one whose files moved, says so.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceWindowTest {
    private final List<FxTaskExecutor> executors = new ArrayList<>();
    private Path temp;
    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        temp = Files.createTempDirectory("mire-workspace-window");
        System.setProperty("mire.config.dir", temp.toString()); // tasks.json
        workbench = workbench(stage, "first");
        stage.show();
    }

    private Workbench workbench(Stage stage, String settings) {
        FxTaskExecutor executor = new FxTaskExecutor(2);
        executors.add(executor);
        WorkbenchController controller = new WorkbenchController(new WorkbenchModel(), executor,
                DocumentLoader.IR_LOADER, new SettingsStore(temp.resolve(settings + ".json")), Samples.find());
        Workbench made = new Workbench(stage, controller, executor);
        stage.setWidth(1300);
        stage.setHeight(850);
        return made;
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        executors.forEach(FxTaskExecutor::close);
    }

    private static Path sample(String name) {
        return Path.of(System.getProperty("mire.repo.root", ".")).resolve("sample-ir/ll").resolve(name)
                .toAbsolutePath().normalize();
    }

    private static boolean open(Workbench bench, Path folder) throws Exception {
        AtomicReference<Boolean> opened = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> bench.openWorkspace(folder, opened::set)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> opened.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return opened.get();
    }

    /**
     * Closes the window as a user does (the close request saves the workspace), then opens the workspace in a new
     * window with settings of its own.
     */
    private Workbench closeAndRestart(FxRobot robot, Workbench workbench, Path folder) throws Exception {
        robot.interact(() -> workbench.stage().fireEvent(new WindowEvent(workbench.stage(),
                WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(WorkspaceFolder.isWorkspace(folder));
        Stage second = WaitForAsyncUtils.asyncFx(() -> new Stage()).get();
        Workbench restarted = WaitForAsyncUtils.asyncFx(() -> {
            workbench.stage().hide();
            Workbench made = workbench(second, "second");
            made.show();
            return made;
        }).get();
        assertTrue(open(restarted, folder));
        return restarted;
    }

    private static void until(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Six rows of the sample programs with 3-d vectors, as a set of the corpus "ll". */
    private static EmbeddingExplorerModel.LoadedSet set() {
        List<String> ids = List.of("bfs.O1.ll", "fft.O1.ll", "crc32.O1.ll", "bfs.O2.ll", "fft.O2.ll", "crc32.O2.ll");
        float[][] vectors = {{0, 1, 2}, {1, 0, 2}, {2, 2, 0}, {0, 1, 3}, {1, 1, 2}, {3, 2, 0}};
        List<String> opt = List.of("O1", "O1", "O1", "O2", "O2", "O2");
        return new EmbeddingExplorerModel.LoadedSet("opcode-histogram · ll", new EmbeddingSet(ids, vectors,
                Map.of("opt", opt), new Provenance("opcode-histogram", "abc", "none", "cpu", 0, "module", "")),
                "opcode-histogram", "ll");
    }

    @Test
    void everythingComesBackAfterARestart(FxRobot robot) throws Exception {
        Path folder = temp.resolve("my-workspace");
        assertTrue(open(workbench, folder), "a new, empty workspace");
        WorkbenchController controller = workbench.controller();

        // a file shown as the control-flow graph of one function
        Path file = sample("dijkstra.O1.ll");
        robot.interact(() -> controller.open(file));
        DocumentModel document = controller.model().active();
        until(() -> document.state() == DocumentModel.State.READY && !document.explorer().busyProperty().get());
        robot.interact(() -> {
            document.explorer().viewModeProperty().set(GraphExplorerModel.ViewMode.CONTROL_FLOW);
            document.explorer().functionProperty().set("@main");
        });
        until(() -> !document.explorer().busyProperty().get());

        // the explorer with a set, its PCA plot and a bookmark
        EmbeddingExplorerController explorer = WaitForAsyncUtils.asyncFx(() -> workbench.openEmbeddingExplorer()).get();
        EmbeddingExplorerModel model = explorer.model();
        robot.interact(() -> {
            model.projectionProperty().set(EmbeddingExplorerModel.Method.PCA);
            explorer.addSet(set());
        });
        until(() -> model.leftProjectionProperty().get() != null && !model.busyProperty().get());
        robot.interact(() -> explorer.saveBookmark("all of them"));
        float[][] points = model.leftProjectionProperty().get().points();

        // a finished training run and the Predict list
        TrainingRun run = new TrainingRun("a.csv · opcode-histogram · rf", "2026-12-07T10:00:00Z", "Done: 3 folds.",
                new TrainingRun.Request("CSV", null, temp.resolve("a.csv"), "", "opcode-histogram", "rf",
                        "stratified:3", 1, false), List.of(new TrainingRun.CurvePoint("fold 0 train", 1, 0.5)),
                List.of(new TrainingRun.Fold(0, 8, 4, "rf", "75.0%", "0.1")), null, List.of(), "accuracy: 75%",
                null);
        robot.interact(() -> {
            workbench.trainWindow().controller().restore(List.of(run));
            workbench.predictWindow().controller().addFiles(List.of(sample("bfs.O2.ll"), sample("fft.O0.ll")));
            controller.model().activeProperty().set(document);
        });

        // close the window (the close request saves), then start again in a new window
        Workbench restarted = closeAndRestart(robot, workbench, folder);
        WorkbenchController again = restarted.controller();
        assertEquals(1, again.model().documents().size());
        DocumentModel reopened = again.model().documents().getFirst();
        assertEquals(file, reopened.path());
        until(() -> reopened.state() == DocumentModel.State.READY && !reopened.explorer().busyProperty().get());
        assertEquals(GraphExplorerModel.ViewMode.CONTROL_FLOW, reopened.explorer().viewModeProperty().get());
        assertEquals("@main", reopened.explorer().functionProperty().get());
        assertEquals(reopened, again.model().active());

        EmbeddingExplorerController explorerAgain = restarted.embeddingExplorer();
        assertNotNull(explorerAgain, "the explorer tab is back");
        List<String> tabTitles = WaitForAsyncUtils.asyncFx(() -> restarted.stage().getScene().getRoot()
                .lookupAll(".tab-pane").stream().map(javafx.scene.control.TabPane.class::cast)
                .filter(pane -> pane.getTabs().stream().anyMatch(t -> "Embedding Explorer".equals(t.getText())))
                .findFirst().orElseThrow().getTabs().stream().map(javafx.scene.control.Tab::getText).toList()).get();
        assertEquals(List.of("dijkstra.O1.ll", "Embedding Explorer"), tabTitles, "tabs in the order they were opened");
        EmbeddingExplorerModel modelAgain = explorerAgain.model();
        assertEquals(List.of("opcode-histogram · ll"), modelAgain.sets().stream()
                .map(EmbeddingExplorerModel.LoadedSet::name).toList());
        assertNotNull(modelAgain.leftProjectionProperty().get(), "the plot is drawn from the stored coordinates");
        assertFalse(modelAgain.busyProperty().get(), "nothing is projected again");
        assertEquals(6, explorerAgain.leftView().size());
        for (int i = 0; i < points.length; i++) {
            assertArrayEquals(points[i], modelAgain.leftProjectionProperty().get().points()[i]);
        }
        assertEquals(List.of("all of them"), modelAgain.bookmarks().stream().map(b -> b.name()).toList());
        assertEquals(EmbeddingExplorerModel.Method.PCA, modelAgain.projectionProperty().get());

        assertEquals(List.of(run.title()), restarted.trainWindow().controller().model().runs().stream()
                .map(TrainingRun::title).toList());
        assertEquals(1, restarted.trainWindow().controller().model().folds().size());
        assertEquals("rf", restarted.trainWindow().controller().model().headsProperty().get(),
                "the form holds the restored run's choices");
        assertEquals(List.of(sample("bfs.O2.ll"), sample("fft.O0.ll")), restarted.predictWindow().controller()
                .model().inputs().stream().map(i -> i.file()).toList());
        assertTrue(restarted.stage().getTitle().endsWith("my-workspace"), restarted.stage().getTitle());
    }

    /**
     * The method combo showed the shipped MIREncoder after every restart, whatever was chosen; the method (a model
     * folder here, offered again), the device and the clicked point with its neighbour list come back.
     */
    @Test
    void theExplorersMethodDeviceAndClickedPointComeBack(FxRobot robot) throws Exception {
        Path folder = temp.resolve("explorer-choices");
        assertTrue(open(workbench, folder));
        EmbeddingExplorerController explorer = WaitForAsyncUtils.asyncFx(() -> workbench.openEmbeddingExplorer()).get();
        EmbeddingExplorerModel model = explorer.model();
        Path models = Path.of(System.getProperty("mire.repo.root", ".")).resolve("models").toAbsolutePath()
                .normalize();
        robot.interact(() -> {
            model.projectionProperty().set(EmbeddingExplorerModel.Method.PCA);
            explorer.addSet(set());
        });
        until(() -> model.leftProjectionProperty().get() != null && !model.busyProperty().get());
        robot.interact(() -> {
            explorer.addModelFolder(models);
            model.deviceProperty().set("gpu:0");
            explorer.focusRow(2);
        });
        String method = model.methodProperty().get().name();
        assertEquals("MIREncoder: models", method);
        String title = model.neighboursTitleProperty().get();
        assertEquals("Neighbours of crc32.O1.ll in opcode-histogram · ll", title);
        List<String> neighbours = model.neighbours().stream().map(n -> n.id()).toList();
        assertFalse(neighbours.isEmpty());

        Workbench restarted = closeAndRestart(robot, workbench, folder);
        EmbeddingExplorerModel again = restarted.embeddingExplorer().model();
        until(() -> again.leftProjectionProperty().get() != null && !again.busyProperty().get());
        assertEquals(method, again.methodProperty().get().name(), "the method chosen, not the first of the list");
        assertEquals(models, again.methodProperty().get().modelFolder());
        assertEquals("gpu:0", again.deviceProperty().get());
        assertEquals(2, again.focusedRowProperty().get(), "the clicked point is selected again");
        assertEquals(title, again.neighboursTitleProperty().get());
        assertEquals(neighbours, again.neighbours().stream().map(n -> n.id()).toList());
    }

    /** A workspace saved by a newer version is refused with a message, and the current workspace stays. */
    @Test
    void aNewerWorkspaceIsRefusedAndTheCurrentOneStays(FxRobot robot) throws Exception {
        Path current = temp.resolve("current");
        assertTrue(open(workbench, current));
        Path newer = Files.createDirectories(temp.resolve("newer"));
        Files.writeString(newer.resolve(WorkspaceFolder.MANIFEST), "{\"format\": 2, \"writtenBy\": "
                + "\"MIRE Workbench 3.0\", \"files\": []}");
        assertFalse(open(workbench, newer));
        assertEquals(current, workbench.workspace().current().folder());
        String text = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(text.contains("format 2") && text.contains("newer"), text);
        assertEquals("{\"format\": 2, \"writtenBy\": \"MIRE Workbench 3.0\", \"files\": []}",
                Files.readString(newer.resolve(WorkspaceFolder.MANIFEST)), "never written over");
    }

    /** A file that moved away is named in a message; the rest of the workspace comes back. */
    @Test
    void missingFilesAreNamedAndTheRestRestored(FxRobot robot) throws Exception {
        Path folder = temp.resolve("moved");
        assertTrue(open(workbench, folder));
        Path copy = Files.copy(sample("bfs.O1.ll"), temp.resolve("bfs-copy.ll"));
        robot.interact(() -> {
            workbench.controller().open(copy);
            workbench.controller().open(sample("fft.O1.ll"));
        });
        until(() -> workbench.controller().model().documents().stream()
                .allMatch(d -> d.state() == DocumentModel.State.READY));
        robot.interact(() -> workbench.workspace().saveNow());
        Files.delete(copy);

        Stage second = WaitForAsyncUtils.asyncFx(() -> new Stage()).get();
        Workbench restarted = WaitForAsyncUtils.asyncFx(() -> {
            Workbench made = workbench(second, "moved");
            made.show();
            return made;
        }).get();
        assertTrue(open(restarted, folder));
        assertEquals(List.of(sample("fft.O1.ll")), restarted.controller().model().documents().stream()
                .map(DocumentModel::path).toList());
        String text = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(text.contains("../bfs-copy.ll: no such file"), text);
    }

    /**
     * A change is saved by the autosave timer, without asking; Save As moves the window to a copy in another folder;
     * New starts empty (the old workspace saved first) and refuses a folder that already holds a workspace.
     */
    @Test
    void autosaveSaveAsAndNew(FxRobot robot) throws Exception {
        Path first = temp.resolve("first-ws");
        assertTrue(open(workbench, first));
        Path file = sample("bfs.O1.ll");
        robot.interact(() -> workbench.controller().open(file));
        until(() -> workbench.controller().model().documents().stream()
                .allMatch(d -> d.state() == DocumentModel.State.READY));
        WaitForAsyncUtils.waitFor((long) (2 * Workbench.AUTOSAVE_SECONDS + 10), TimeUnit.SECONDS,
                () -> filesIn(first).equals(List.of(file)));

        Path copy = temp.resolve("copy-ws");
        robot.interact(() -> workbench.workspace().saveAs(copy));
        until(() -> copy.equals(workbench.workspace().current().folder()));
        assertEquals(List.of(file), filesIn(copy));
        assertTrue(workbench.stage().getTitle().endsWith("copy-ws"), workbench.stage().getTitle());

        Path fresh = temp.resolve("fresh-ws");
        robot.interact(() -> workbench.workspace().newWorkspace(fresh));
        until(() -> WorkspaceFolder.isWorkspace(fresh));
        assertEquals(fresh, workbench.workspace().current().folder());
        assertEquals(List.of(), workbench.controller().model().documents());
        assertEquals(List.of(), filesIn(fresh));
        assertEquals(List.of(file), filesIn(copy), "the workspace left behind keeps its file");

        robot.interact(() -> workbench.workspace().newWorkspace(copy));
        String text = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(text.contains("already holds a workspace"), text);
        assertEquals(fresh, workbench.workspace().current().folder());
    }

    /** The open files a workspace folder holds on disk. */
    private static List<Path> filesIn(Path folder) throws Exception {
        if (!WorkspaceFolder.isWorkspace(folder)) {
            return List.of();
        }
        return new WorkspaceFolder(folder).open(org.mire.progress.ProgressMonitor.NONE).state().files().stream()
                .map(org.mire.workspace.WorkspaceState.OpenFile::path).toList();
    }

    /** The explorer's corpus is opened again after a restore, and the status line says so (it stayed "Opening …"). */
    @Test
    void theExplorersCorpusOpensAgainAndTheStatusSaysSo(FxRobot robot) throws Exception {
        Path corpus = sample("bfs.O1.ll").getParent();
        EmbeddingExplorerController explorer = WaitForAsyncUtils.asyncFx(() -> workbench.openEmbeddingExplorer()).get();
        robot.interact(() -> explorer.restore(new org.mire.workspace.ExplorerState(corpus, List.of(), null, null,
                false, "TSNE", 30, 0, 750, 42, 15, 0.1, null, null, "", null, List.of(), List.of())));
        until(() -> explorer.model().corpusProperty().get() != null && !explorer.model().busyProperty().get());
        String status = explorer.model().statusProperty().get();
        assertTrue(status.startsWith("Restored 0 embedding sets. Corpus ll: ") && status.endsWith(" rows."), status);
    }
}
