package org.mire.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mire.app.background.FxTaskExecutor;
import org.mire.app.document.DocumentLoader;
import org.mire.app.document.DocumentModel;
import org.mire.app.embeddingexplorer.EmbeddingExplorerController;
import org.mire.app.embeddingexplorer.EmbeddingExplorerModel;
import org.mire.app.embeddingexplorer.MethodCatalog;
import org.mire.app.settings.SettingsStore;
import org.mire.viz.scatter.ScatterView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The embedding explorer inside the workbench: opened from the Tasks menu as a tab, it encodes a small sample-ir
 * corpus with the opcode histogram on the workbench's executor, projects it with PCA, and opening a selected point
 * adds that IR file as a document tab.
 */
@ExtendWith(ApplicationExtension.class)
class EmbeddingExplorerTabTest {
    private Workbench workbench;
    private WorkbenchController controller;
    private FxTaskExecutor executor;
    private Path temp;

    @Start
    void start(Stage stage) throws Exception {
        temp = Files.createTempDirectory("mire-embedding-tab");
        System.setProperty("mire.config.dir", temp.toString());
        System.setProperty("mire.workspace", temp.resolve("workspace").toString()); // cache and bookmarks
        executor = new FxTaskExecutor(2);
        controller = new WorkbenchController(new WorkbenchModel(), executor, DocumentLoader.IR_LOADER,
                new SettingsStore(temp.resolve("workbench.json")), Samples.find());
        workbench = new Workbench(stage, controller, executor);
        stage.setWidth(1400);
        stage.setHeight(900);
        workbench.show();
    }

    @AfterEach
    void stop() {
        System.clearProperty("mire.workspace");
        executor.close();
    }

    /** The O1 IR of a dozen sample programs, labelled by program, as a labels CSV. */
    private Path corpus() throws Exception {
        Path ll = Path.of(System.getProperty("mire.repo.root", ".")).resolve("sample-ir/ll").toAbsolutePath();
        List<Path> files;
        try (Stream<Path> list = Files.list(ll)) {
            files = list.filter(p -> p.getFileName().toString().matches("[a-z_0-9]+\\.O1\\.ll")).sorted().limit(12)
                    .toList();
        }
        StringBuilder csv = new StringBuilder("file,program\n");
        for (Path file : files) {
            csv.append(file).append(',').append(file.getFileName().toString().split("\\.")[0]).append('\n');
        }
        Path labels = temp.resolve("labels.csv");
        Files.writeString(labels, csv);
        return labels;
    }

    @Test
    void pointsOfTheExplorerTabOpenAsWorkbenchDocuments(FxRobot robot) throws Exception {
        robot.clickOn("Tasks").clickOn("Embedding Explorer");
        WaitForAsyncUtils.waitForFxEvents();
        EmbeddingExplorerController explorer = workbench.embeddingExplorer();
        assertNotNull(explorer, "the menu opened the explorer");
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("Embedding Explorer", tabs.getSelectionModel().getSelectedItem().getText());
        assertFalse(workbench.detailsShown(), "the node details panel gives the explorer its room");
        // the toolbar wraps: Export and Bookmarks were hidden behind an overflow », the tables' headers cut short
        for (double width : new double[] {1400, 1000}) {
            robot.interact(() -> workbench.stage().setWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
            for (String id : List.of("#open-corpus", "#encode", "#import-vectors", "#export", "#bookmarks")) {
                javafx.scene.control.Labeled button = robot.lookup(id).queryAs(javafx.scene.control.Labeled.class);
                assertTrue(button.isVisible() && button.getScene() != null, id);
                org.mire.app.RenderedText.assertWhole(button);
                javafx.geometry.Bounds bounds = button.localToScene(button.getBoundsInLocal());
                assertTrue(bounds.getMinX() >= 0 && bounds.getMaxX() <= button.getScene().getWidth() + 0.5,
                        id + " lies inside the window at width " + width + ": " + bounds);
            }
            for (javafx.scene.Node header : robot.lookup("#neighbours").lookup(".column-header .label").queryAll()) {
                org.mire.app.RenderedText.assertWhole((javafx.scene.control.Label) header);
            }
        }
        robot.interact(() -> workbench.stage().setWidth(1400));
        EmbeddingExplorerModel model = explorer.model();

        Path labels = corpus();
        WaitForAsyncUtils.asyncFx(() -> explorer.openCorpus(labels)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.corpusProperty().get() != null);
        assertEquals(12, model.corpusProperty().get().size());

        robot.clickOn("#method").clickOn(MethodCatalog.OPCODE_HISTOGRAM);
        assertEquals(MethodCatalog.OPCODE_HISTOGRAM, model.methodProperty().get().name());
        robot.clickOn("#projection").clickOn("PCA");
        assertEquals(EmbeddingExplorerModel.Method.PCA, model.projectionProperty().get());
        robot.clickOn("#encode");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.leftProjectionProperty().get() != null
                && !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("pca", model.leftProjectionProperty().get().parameters().method());
        assertEquals(12, explorer.leftView().size());
        assertTrue(model.statusProperty().get().contains("opcode-histogram"), model.statusProperty().get());

        ScatterView view = explorer.leftView();
        Point2D point = WaitForAsyncUtils.asyncFx(() -> view.localToScreen(view.toScreenX(view.lastX(3)),
                view.toScreenY(view.lastY(3)))).get();
        robot.moveTo(point).clickOn();
        WaitForAsyncUtils.waitForFxEvents();
        int row = model.focusedRowProperty().get();
        assertTrue(row >= 0, "a point is selected");
        Path file = Path.of(model.leftProperty().get().set().metadata().get("file").get(row));

        robot.clickOn("#open-file");
        WaitForAsyncUtils.waitForFxEvents();
        DocumentModel document = controller.model().documents().stream()
                .filter(d -> file.toAbsolutePath().normalize().equals(d.path())).findFirst().orElse(null);
        assertNotNull(document, "the point's IR file opened as a workbench document");
        Tab tab = tabs.getTabs().stream().filter(t -> t.getUserData() == document).findFirst().orElseThrow();
        assertEquals(file.getFileName().toString(), tab.getText());
        assertEquals(tab, tabs.getSelectionModel().getSelectedItem(), "the document's tab is shown");
        assertTrue(workbench.detailsShown(), "a document has node details again");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> document.state() == DocumentModel.State.READY);
        assertTrue(tabs.getTabs().stream().anyMatch(t -> "Embedding Explorer".equals(t.getText())),
                "the explorer tab stays open beside the document");

        // the dark theme darkens the plots too (they stayed white)
        robot.interact(controller::toggleTheme);
        assertTrue(explorer.leftView().isDark());
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            view.render();
            return view.snapshotImage();
        }).get();
        assertTrue(image.getPixelReader().getColor(2, (int) image.getHeight() - 3).getBrightness() < 0.2);
        robot.interact(controller::toggleTheme);
        assertFalse(explorer.leftView().isDark());
    }
}
