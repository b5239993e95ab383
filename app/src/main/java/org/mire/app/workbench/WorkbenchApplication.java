package org.mire.app.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.mire.app.background.FxTaskExecutor;
import org.mire.app.document.DocumentLoader;
import org.mire.app.document.DocumentModel;
import org.mire.app.document.DocumentView;
import org.mire.app.graphexplorer.GraphExplorerController;
import org.mire.app.graphexplorer.GraphExplorerModel;
import org.mire.app.settings.SettingsStore;
import org.mire.graph.Node;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.graph.synthetic.SyntheticProgram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application behind {@code mire gui}: builds the workbench, restores the workspace (the one named by
 * {@code --workspace}, else the one open last, else {@code ~/.mire/workspace}), opens the files from the command line
 * (or, in an empty workspace, the first-start sample), and in screenshot mode waits until the graph is laid out and
 * drawn, writes a PNG of the window and exits (a workspace it shows is left unchanged).
 */
public final class WorkbenchApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApplication.class);
    private static volatile GuiOptions options = GuiOptions.window(java.util.List.of());
    private static final AtomicInteger EXIT_CODE = new AtomicInteger();
    private static volatile String written;

    private FxTaskExecutor executor;

    /** Starts JavaFX with these options and returns when the window closes; the result is the exit code. */
    public static int run(GuiOptions guiOptions) {
        options = guiOptions;
        EXIT_CODE.set(0);
        written = null;
        Application.launch(WorkbenchApplication.class);
        return EXIT_CODE.get();
    }

    /** What screenshot mode wrote ("file (WxH)"), or null. */
    public static String screenshotWritten() {
        return written;
    }

    @Override
    public void start(Stage stage) throws IOException {
        GuiOptions opts = options;
        executor = new FxTaskExecutor(2);
        // Screenshots must not depend on, or change, the user's remembered settings.
        SettingsStore store = opts.screenshotMode()
                ? new SettingsStore(Files.createTempDirectory("mire-screenshot").resolve("workbench.json"))
                : SettingsStore.forUser();
        WorkbenchModel model = new WorkbenchModel();
        WorkbenchController controller = new WorkbenchController(model, executor, DocumentLoader.IR_LOADER, store,
                Samples.find());
        if (opts.theme() != null) {
            model.themeProperty().set(opts.theme());
        }
        Workbench workbench = new Workbench(stage, controller, executor);
        if (opts.screenshotMode()) {
            stage.setWidth(opts.width());
            stage.setHeight(opts.height());
            workbench.scene().getRoot().resize(opts.width(), opts.height());
        }
        workbench.show();
        Path folder = workspaceFolder(opts, controller);
        if (folder == null) {
            afterWorkspace(workbench, controller, opts, false);
        } else {
            if (opts.screenshotMode()) {
                workbench.disableAutosave();
            }
            workbench.openWorkspace(folder, opened -> afterWorkspace(workbench, controller, opts,
                    opened && !workbench.controller().model().documents().isEmpty()));
        }
    }

    /** The workspace to open: the one asked for, else the one open last, else the default; none for screenshots. */
    private static Path workspaceFolder(GuiOptions opts, WorkbenchController controller) {
        if (opts.workspace() != null) {
            return opts.workspace();
        }
        if (opts.screenshotMode()) {
            return null;
        }
        String last = controller.settings().workspace();
        if (last != null && Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        return org.mire.app.settings.Workspace.defaultFolder();
    }

    /** Opens the command line's files (or the first-start sample) into the restored workspace, then the screenshot. */
    private static void afterWorkspace(Workbench workbench, WorkbenchController controller, GuiOptions opts,
                                       boolean restoredFiles) {
        WorkbenchModel model = controller.model();
        for (Path file : opts.files()) {
            controller.open(file);
        }
        if (opts.synthetic() > 0) {
            controller.show(SyntheticProgram.generate(opts.synthetic(), 1));
        }
        if (opts.files().isEmpty() && opts.synthetic() <= 0 && !restoredFiles) {
            if (opts.screenshotMode() && opts.workspace() == null) {
                controller.samples().firstStart().ifPresent(controller::open);
            } else if (!opts.screenshotMode()) {
                controller.openFirstStartSample();
            }
        }
        if (opts.screenshotMode()) {
            new ScreenshotRun(workbench, opts).start();
        } else if (!opts.files().isEmpty() || model.active() != null) {
            applyViewOptions(workbench, opts);
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
    }

    private static void applyViewOptions(Workbench workbench, GuiOptions opts) {
        DocumentModel document = workbench.controller().model().active();
        if (document == null) {
            return;
        }
        GraphExplorerModel explorer = document.explorer();
        if (opts.layout() != null) {
            explorer.layoutProperty().set(opts.layout());
        }
        if (opts.function() != null) {
            explorer.functionProperty().set(opts.function());
        }
        if (opts.view() != null) {
            explorer.viewModeProperty().set(opts.view());
        }
    }

    /**
     * Waits, pulse by pulse, for the document to load, the options to apply and the layout to finish, then writes
     * the window as PNG and exits. Gives up (exit code 1) after the timeout.
     */
    private static final class ScreenshotRun extends AnimationTimer {
        private enum Step { LOADING, LAYOUT, SELECT, SETTLE, DONE }

        private final Workbench workbench;
        private final GuiOptions opts;
        private final long deadline;
        private Step step = Step.LOADING;
        private int settlePulses;

        ScreenshotRun(Workbench workbench, GuiOptions opts) {
            this.workbench = workbench;
            this.opts = opts;
            this.deadline = System.nanoTime() + opts.timeoutSecs() * 1_000_000_000L;
        }

        @Override
        public void handle(long now) {
            if (System.nanoTime() > deadline) {
                LOG.error("screenshot: gave up after {} s ({})", opts.timeoutSecs(), step);
                finish(1);
                return;
            }
            DocumentModel document = workbench.controller().model().active();
            switch (step) {
                case LOADING -> {
                    if (document == null) {
                        step = Step.SETTLE;
                    } else if (document.state() == DocumentModel.State.FAILED) {
                        step = Step.SETTLE;
                    } else if (document.state() == DocumentModel.State.READY
                            && !document.explorer().busyProperty().get()) {
                        applyViewOptions(workbench, opts);
                        step = Step.LAYOUT;
                        settlePulses = 2;
                    }
                }
                case LAYOUT -> {
                    // Give changed options a pulse to start their layout, then wait for it.
                    if (settlePulses-- <= 0 && !document.explorer().busyProperty().get()) {
                        step = Step.SELECT;
                    }
                }
                case SELECT -> {
                    select(document);
                    step = Step.SETTLE;
                    settlePulses = 4;
                }
                case SETTLE -> {
                    if (settlePulses-- <= 0) {
                        step = Step.DONE;
                        write();
                    }
                }
                case DONE -> { }
            }
        }

        private void select(DocumentModel document) {
            if (opts.selectLine() <= 0) {
                return;
            }
            ProgramGraph graph = document.explorer().graphProperty().get();
            GraphExplorerController explorer = workbench.controller().controller(document).explorer();
            int chosen = -1;
            for (Node node : graph.nodes()) {
                if (node.irLine() == opts.selectLine() && (chosen < 0 || node.type() == NodeType.INSTRUCTION)) {
                    chosen = node.id();
                    if (node.type() == NodeType.INSTRUCTION) {
                        break;
                    }
                }
            }
            if (chosen >= 0) {
                explorer.selectNode(chosen, true);
                DocumentView view = workbench.viewOf(document);
                if (view != null) {
                    view.explorerView().graphView().reveal(chosen);
                }
            }
        }

        private void write() {
            try {
                WritableImage image = workbench.scene().snapshot(null);
                Path file = opts.screenshot().toAbsolutePath();
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
                written = file + " (" + (int) image.getWidth() + "x" + (int) image.getHeight() + ")";
                DocumentModel document = workbench.controller().model().active();
                finish(document != null && document.state() == DocumentModel.State.FAILED ? 1 : 0);
            } catch (IOException | RuntimeException e) {
                LOG.error("screenshot: cannot write {}: {}", opts.screenshot(), e.toString());
                finish(1);
            }
        }

        private void finish(int code) {
            stop();
            EXIT_CODE.set(code);
            Platform.exit();
        }
    }
}
