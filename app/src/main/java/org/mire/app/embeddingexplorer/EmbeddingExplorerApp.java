package org.mire.app.embeddingexplorer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.mire.MireException;
import org.mire.app.background.FxTaskExecutor;
import org.mire.task.EmbeddingChoice;

/**
 * The embedding explorer as its own window ({@code mire explore}); the workbench hosts the same controller in a tab
 * (View → Embedding Explorer). Opening a point's IR file shows it in a text window here; inside the workbench it
 * opens as a document tab.
 */
public final class EmbeddingExplorerApp extends Application {
    /** What to show at start, set by the command before launch. */
    public record Options(Path corpus, List<Path> vectors, List<Path> models, List<String> encode, String device,
                          String projection, String colour, boolean compare, String search, String focus,
                          Path screenshot, Path workspace, Path sampleIr, Path devMap, int width, int height) {
    }

    /** How a run ended: exit code and a one-line message for the command line (empty when none). */
    public record Outcome(int exitCode, String message) {
    }

    private static volatile Options options;
    private FxTaskExecutor executor;
    private static final CompletableFuture<Outcome> EXIT = new CompletableFuture<>();

    public static Outcome run(Options given) {
        options = given;
        Application.launch(EmbeddingExplorerApp.class);
        return EXIT.getNow(new Outcome(0, ""));
    }

    @Override
    public void start(Stage stage) {
        Options o = options;
        executor = new FxTaskExecutor(2);
        MethodCatalog catalog = MethodCatalog.standard(EmbeddingChoice.shippedModel());
        List<MethodChoice> encode = new ArrayList<>();
        try {
            for (Path model : o.models()) {
                catalog.register(MethodCatalog.modelFolder(model));
            }
            for (String name : o.encode()) {
                encode.add(catalog.find(name));
            }
        } catch (MireException e) {
            EXIT.complete(new Outcome(2, e.getMessage()));
            Platform.exit();
            return;
        }
        EmbeddingExplorerController controller = EmbeddingExplorerController.standard(executor, catalog, o.workspace(),
                file -> showFile(stage, file), o.sampleIr(), o.devMap());
        if (o.device() != null) {
            controller.model().device.set(o.device());
        }
        Scene scene = new Scene(controller.view(), o.width(), o.height());
        stage.setTitle("MIRE Workbench — Embedding explorer");
        stage.setScene(scene);
        stage.setOnHidden(e -> controller.close());
        stage.show();
        EmbeddingExplorerModel model = controller.model();
        if (o.projection() != null) {
            model.projection.set(EmbeddingExplorerModel.Method.valueOf(o.projection()));
        }
        if (o.colour() != null) {
            model.colourColumn.set(o.colour());
        }
        if (o.search() != null) {
            model.searchText.set(o.search());
        }
        // compare as soon as a second set is there (imported now or encoded later)
        model.sets.addListener((javafx.collections.ListChangeListener<EmbeddingExplorerModel.LoadedSet>) change ->
                model.compare.set(o.compare() && model.sets.size() > 1));
        // the corpus is opened and the vectors are read in the background; the window is up meanwhile
        controller.load(new EmbeddingExplorerController.StartUp(o.corpus(), o.vectors(), encode), message -> {
            if (o.screenshot() != null) {
                EXIT.complete(new Outcome(1, message));
                Platform.exit();
            }
        });
        if (o.screenshot() != null) {
            waitThenShoot(controller, scene, o.screenshot(), o.focus(), 0);
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
    }

    /** Waits until encoding and projections are done (at most ~30 minutes), lets a frame render, then writes the PNG and exits. */
    private static void waitThenShoot(EmbeddingExplorerController controller, Scene scene, Path file, String focus,
                                      int waited) {
        PauseTransition pause = new PauseTransition(Duration.millis(500));
        pause.setOnFinished(e -> {
            EmbeddingExplorerModel model = controller.model();
            boolean leftDone = model.left.get() == null || model.leftProjection.get() != null;
            boolean rightDone = !model.compare.get() || model.rightProjection.get() != null;
            if ((model.busy.get() || !leftDone || !rightDone) && waited < 3600) {
                waitThenShoot(controller, scene, file, focus, waited + 1);
                return;
            }
            if (focus != null && model.left.get() != null) {
                java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(focus);
                List<String> ids = controller.leftView().size() == model.left.get().set().size()
                        ? model.left.get().set().ids() : List.of();
                for (int i = 0; i < ids.size(); i++) {
                    if (pattern.matcher(ids.get(i)).find()) {
                        controller.focusRow(i);
                        break;
                    }
                }
            }
            PauseTransition settle = new PauseTransition(Duration.millis(400));
            settle.setOnFinished(x -> {
                // the picture on the FX thread; encoding and writing it on a worker, then exit
                javafx.scene.image.WritableImage image = scene.getRoot().snapshot(null, null);
                controller.executor().submit("Screenshot " + file.getFileName(), monitor -> {
                    org.mire.viz.ImageFiles.writePng(image, file);
                    return file;
                }, written -> {
                    EXIT.complete(new Outcome(0, written + ": screenshot of the explorer"));
                    Platform.exit();
                }, error -> {
                    EXIT.complete(new Outcome(1, file + ": " + error.getMessage()));
                    Platform.exit();
                });
            });
            settle.play();
        });
        pause.play();
    }

    private static void showFile(Stage owner, Path file) {
        TextArea text = new TextArea();
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        try {
            text.setText(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            text.setText(file + ": cannot read: " + e.getMessage());
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(file.getFileName().toString());
        stage.setScene(new Scene(text, 800, 600));
        stage.show();
    }

    static List<Path> list(List<Path> paths) {
        return paths == null ? new ArrayList<>() : paths;
    }
}
