package org.mire.app.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mire.app.background.TaskExecutor;
import org.mire.app.document.DocumentController;
import org.mire.app.document.DocumentLoader;
import org.mire.app.document.DocumentModel;
import org.mire.app.settings.SettingsStore;
import org.mire.app.settings.WorkbenchSettings;
import org.mire.ir.IrProgram;

/**
 * Opens, reloads and closes documents, keeps the recent-files list and the theme, and remembers them through the
 * {@link SettingsStore}. Independent of the window, so that it can be tested with a synchronous executor.
 */
public final class WorkbenchController {
    private final WorkbenchModel model;
    private final TaskExecutor executor;
    private final DocumentLoader loader;
    private final SettingsStore store;
    private final Samples samples;
    private final Map<DocumentModel, DocumentController> controllers = new HashMap<>();
    private WorkbenchSettings settings;

    public WorkbenchController(WorkbenchModel model, TaskExecutor executor, DocumentLoader loader,
                               SettingsStore store, Samples samples) {
        this.model = model;
        this.executor = executor;
        this.loader = loader;
        this.store = store;
        this.samples = samples;
        this.settings = store.load();
        model.recentFiles().setAll(settings.recentFiles());
        model.themeProperty().set(Theme.of(settings.theme()));
        model.themeProperty().addListener((obs, old, now) -> {
            settings = settings.withTheme(now.key());
            store.save(settings);
            for (DocumentModel document : model.documents()) {
                document.explorer().paletteProperty().set(now.palette());
            }
        });
    }

    public WorkbenchModel model() {
        return model;
    }

    public WorkbenchSettings settings() {
        return settings;
    }

    public Samples samples() {
        return samples;
    }

    public DocumentController controller(DocumentModel document) {
        return controllers.get(document);
    }

    /** Opens a file, or activates it when it is already open. Returns its document. */
    public DocumentModel open(Path file) {
        Path path = file.toAbsolutePath().normalize();
        for (DocumentModel document : model.documents()) {
            if (path.equals(document.path())) {
                model.activeProperty().set(document);
                return document;
            }
        }
        DocumentModel document = new DocumentModel(path, path.getFileName().toString());
        DocumentController controller = add(document);
        model.statusProperty().set("Opening " + path.getFileName() + "…");
        settings = settings.withFolders(path.getParent() == null ? null : path.getParent().toString(),
                settings.lastExportFolder());
        controller.load(this::loadFinished);
        return document;
    }

    /** Shows a program that has no file (generated programs for benchmarks and demos). */
    public DocumentModel show(IrProgram program) {
        DocumentModel document = new DocumentModel(null, program.sourceName());
        DocumentController controller = add(document);
        controller.show(program);
        model.statusProperty().set("Showing " + program.sourceName());
        return document;
    }

    private DocumentController add(DocumentModel document) {
        DocumentController controller = new DocumentController(document, executor, loader);
        controllers.put(document, controller);
        document.explorer().paletteProperty().set(model.themeProperty().get().palette());
        if (settings.layout() != null) {
            try {
                document.explorer().layoutProperty().set(
                        org.mire.viz.graph.layout.LayoutAlgorithm.valueOf(settings.layout()));
            } catch (IllegalArgumentException ignored) {
                // A layout from another version: keep the default.
            }
        }
        document.explorer().layoutProperty().addListener((obs, old, now) -> {
            settings = settings.withLayout(now.name());
            store.save(settings);
        });
        model.documents().add(document);
        model.activeProperty().set(document);
        return controller;
    }

    private void loadFinished(DocumentModel document) {
        switch (document.state()) {
            case READY -> {
                remember(document.path());
                model.statusProperty().set(String.format("Opened %s in %.2f s", document.title(),
                        document.loadNanos() / 1e9));
            }
            case FAILED -> model.statusProperty().set(document.errorProperty().get().summary());
            default -> { }
        }
    }

    private void remember(Path path) {
        if (path == null) {
            return;
        }
        settings = settings.withRecent(path.toString());
        model.recentFiles().setAll(settings.recentFiles());
        store.save(settings);
    }

    /** Opens a recent file, dropping it from the list when it no longer exists. */
    public DocumentModel openRecent(String file) {
        Path path = Path.of(file);
        if (!Files.exists(path)) {
            settings = settings.withoutRecent(file);
            model.recentFiles().setAll(settings.recentFiles());
            store.save(settings);
            model.statusProperty().set(file + ": no longer exists; removed from recent files");
            return null;
        }
        return open(path);
    }

    public void clearRecent() {
        for (String file : List.copyOf(settings.recentFiles())) {
            settings = settings.withoutRecent(file);
        }
        model.recentFiles().clear();
        store.save(settings);
    }

    public void reload(DocumentModel document) {
        DocumentController controller = controllers.get(document);
        if (controller != null && document.path() != null) {
            controller.load(this::loadFinished);
        }
    }

    public void close(DocumentModel document) {
        DocumentController controller = controllers.remove(document);
        if (controller != null) {
            controller.cancel();
        }
        int index = model.documents().indexOf(document);
        model.documents().remove(document);
        if (model.active() == document) {
            model.activeProperty().set(model.documents().isEmpty() ? null
                    : model.documents().get(Math.max(0, index - 1)));
        }
        // The status line may still tell of the closed file (its error, its loading time).
        model.statusProperty().set("Closed " + document.title());
    }

    /** Opens the first-start sample unless one was opened before; returns whether it did. */
    public boolean openFirstStartSample() {
        if (settings.firstStartDone()) {
            return false;
        }
        var sample = samples.firstStart();
        settings = settings.withFirstStartDone();
        store.save(settings);
        sample.ifPresent(this::open);
        return sample.isPresent();
    }

    public void toggleTheme() {
        model.themeProperty().set(model.themeProperty().get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
    }

    /** Saves window placement and split positions. */
    public void saveWindow(double x, double y, double width, double height, boolean maximized, double left,
                           double right, double document) {
        settings = settings.withWindow(x, y, width, height, maximized).withDividers(left, right, document);
        store.save(settings);
    }

    /** Remembers the open workspace, to restore it on the next start. */
    public void rememberWorkspace(Path folder) {
        settings = settings.withWorkspace(folder == null ? null : folder.toString());
        store.save(settings);
    }

    public void rememberExportFolder(Path folder) {
        settings = settings.withFolders(settings.lastOpenFolder(), folder == null ? null : folder.toString());
        store.save(settings);
    }
}
