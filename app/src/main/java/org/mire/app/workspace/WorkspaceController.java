package org.mire.app.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mire.MireException;
import org.mire.app.background.TaskExecutor;
import org.mire.progress.ProgressMonitor;
import org.mire.workspace.WorkspaceFolder;
import org.mire.workspace.WorkspaceState;

/**
 * The window's workspace: which folder it is, opening one (read in the background, then handed to the window to
 * restore), saving it (the window's state captured on the FX thread, written in the background by
 * {@link WorkspaceFolder}), Save As, New, and the autosave the window calls every few seconds and on quit. A
 * workspace that cannot be opened (a newer format, a damaged file) is reported and the current one stays, unsaved
 * over nothing: nothing is ever written into a folder this version could not read.
 */
public final class WorkspaceController {
    /** What the window does with the controller's news. */
    public interface Window {
        /** The window's state now (FX thread). */
        WorkspaceState capture();

        /** Replaces the window's state with a workspace's (FX thread). */
        void restore(WorkspaceState state);

        /** A line for the status bar. */
        void status(String line);

        /** Tells the user what could not be restored, or why a workspace could not be opened. */
        void problems(String title, List<String> lines);
    }

    private final TaskExecutor executor;
    private final Window window;
    private final ReadOnlyObjectWrapper<WorkspaceFolder> current = new ReadOnlyObjectWrapper<>(this, "current");
    private boolean saving;
    private boolean opening;

    public WorkspaceController(TaskExecutor executor, Window window) {
        this.executor = executor;
        this.window = window;
    }

    /** The open workspace, or null before one is opened (nothing is saved then). */
    public ReadOnlyObjectProperty<WorkspaceFolder> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public WorkspaceFolder current() {
        return current.get();
    }

    /**
     * Opens a workspace folder (a new, empty one when it holds none yet), after saving the current one; the window
     * restores it once it is read. {@code then} runs after the restore, with whether it worked.
     */
    public void open(Path folder, Consumer<Boolean> then) {
        if (opening) {
            return;
        }
        saveNow();
        opening = true;
        WorkspaceFolder chosen = new WorkspaceFolder(folder);
        window.status("Opening workspace " + chosen.folder() + "…");
        executor.submit("Open workspace " + chosen.name(), monitor -> chosen.open(monitor), opened -> {
            opening = false;
            current.set(chosen);
            window.restore(opened.state());
            window.status(opened.writtenBy() == null ? "New workspace " + chosen.folder()
                    : "Opened workspace " + chosen.folder() + (opened.problems().isEmpty() ? ""
                    : " (" + opened.problems().size() + " thing(s) could not be restored)"));
            if (!opened.problems().isEmpty()) {
                window.problems("Some of workspace " + chosen.name() + " could not be restored",
                        opened.problems());
            }
            then.accept(true);
        }, error -> {
            opening = false;
            String message = error instanceof MireException ? error.getMessage() : String.valueOf(error);
            window.status("Workspace not opened: " + message);
            window.problems("Cannot open workspace " + chosen.folder(), List.of(message));
            then.accept(false);
        });
    }

    /** Saves into the current workspace in the background (nothing when unchanged, or while a save runs). */
    public void save() {
        WorkspaceFolder folder = current.get();
        if (folder == null || saving || opening) {
            return;
        }
        WorkspaceState state = window.capture();
        saving = true;
        executor.submit("Save workspace " + folder.name(), monitor -> folder.save(state, monitor), written -> {
            saving = false;
            if (written) {
                window.status("Saved workspace " + folder.folder());
            }
        }, error -> {
            saving = false;
            window.status("Workspace not saved: " + (error instanceof MireException ? error.getMessage() : error));
        });
    }

    /**
     * Saves now, on the calling thread (quitting, or before another workspace replaces this one): the window's state
     * must be on disk before it goes. Usually only the manifest is left to write; autosave wrote the data.
     */
    public void saveNow() {
        WorkspaceFolder folder = current.get();
        if (folder == null || opening) {
            return;
        }
        try {
            folder.save(window.capture(), ProgressMonitor.NONE);
        } catch (MireException e) {
            window.problems("Workspace not saved", List.of(e.getMessage()));
        }
    }

    /**
     * Saves the window's state into another folder and makes it the current workspace; the sets and projections are
     * written there anew, so the new folder holds all it needs.
     */
    public void saveAs(Path folder) {
        WorkspaceFolder target = new WorkspaceFolder(folder);
        WorkspaceState state = window.capture();
        executor.submit("Save workspace as " + target.name(), monitor -> target.save(state, monitor), written -> {
            current.set(target);
            window.status("Saved workspace as " + target.folder());
        }, error -> window.problems("Workspace not saved", List.of(error instanceof MireException
                ? error.getMessage() : String.valueOf(error))));
    }

    /** Saves the current workspace and starts an empty one in {@code folder}. */
    public void newWorkspace(Path folder) {
        saveNow();
        WorkspaceFolder target = new WorkspaceFolder(folder);
        if (WorkspaceFolder.isWorkspace(target.folder())) {
            window.problems("Not a new workspace", List.of(target.folder() + " already holds a workspace; "
                    + "open it with File → Open Workspace…"));
            return;
        }
        window.restore(WorkspaceState.empty());
        current.set(target);
        save();
        window.status("New workspace " + target.folder());
    }

    /** The autosave: saves when something changed; called by the window's timer. */
    public void autosave() {
        save();
    }
}
