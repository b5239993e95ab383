package org.mire.app.document;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mire.app.graphexplorer.GraphExplorerModel;
import org.mire.graph.ProgramGraph;
import org.mire.graph.view.SourceLines;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.viz.ir.IrTextView;

/**
 * One opened file: its state while it loads, the program and graph once parsed, or the error, and the state of its
 * graph explorer. The text is kept on failure as well, so that the offending line can be shown in place.
 */
public final class DocumentModel {
    public enum State { LOADING, READY, FAILED }

    private final Path path;
    private final String title;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private final ObjectProperty<IrProgram> program = new SimpleObjectProperty<>(this, "program");
    private final ObjectProperty<LoadError> error = new SimpleObjectProperty<>(this, "error");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final GraphExplorerModel explorer = new GraphExplorerModel();
    private final StringProperty optLevel = new SimpleStringProperty(this, "optLevel",
            IrLoader.Options.DEFAULT.optLevel());
    private long loadNanos;
    private IrTextView.PreparedText preparedText;
    private IrTextView.PreparedText preparedSource;
    private SourceLines sourceLines;

    /**
     * @param path  the file, or null for a program that has no file (generated)
     * @param title what the tab says
     */
    public DocumentModel(Path path, String title) {
        this.path = path;
        this.title = title;
    }

    public Path path() {
        return path;
    }

    public String title() {
        return title;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    public ObjectProperty<IrProgram> programProperty() {
        return program;
    }

    public ObjectProperty<LoadError> errorProperty() {
        return error;
    }

    /** The IR text (after llvm-dis or clang), or on failure the file's text when it is readable. */
    public StringProperty textProperty() {
        return text;
    }

    /** What is happening, for the loading placeholder. */
    public StringProperty messageProperty() {
        return message;
    }

    public GraphExplorerModel explorer() {
        return explorer;
    }

    /** The IR text with its colouring, computed while loading; null before. */
    public IrTextView.PreparedText preparedText() {
        return preparedText;
    }

    /**
     * Whether the file is a source program (C, C++, OpenCL) that clang compiles: the document then shows the
     * source beside its IR and offers an -O level.
     */
    public boolean isSource() {
        if (path == null) {
            return false;
        }
        IrLoader.InputKind kind = IrLoader.InputKind.ofExtension(extension(path));
        return kind == IrLoader.InputKind.C || kind == IrLoader.InputKind.CXX || kind == IrLoader.InputKind.OPENCL;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** The -O level a source program is compiled at ({@code O0}..{@code O3}, {@code Os}, {@code Oz}). */
    public StringProperty optLevelProperty() {
        return optLevel;
    }

    /** The source text with its colouring, for a source program once loaded; else null. */
    public IrTextView.PreparedText preparedSource() {
        return preparedSource;
    }

    /** Source lines ↔ IR lines, for a source program once loaded; else null. */
    public SourceLines sourceLines() {
        return sourceLines;
    }

    /** Time from the start of loading to the parsed graph. */
    public long loadNanos() {
        return loadNanos;
    }

    void loading(String what) {
        state.set(State.LOADING);
        error.set(null);
        message.set(what);
    }

    void loaded(IrProgram loaded, ProgramGraph graph, IrTextView.PreparedText prepared, long nanos) {
        loaded(loaded, graph, prepared, null, null, nanos);
    }

    void loaded(IrProgram loaded, ProgramGraph graph, IrTextView.PreparedText prepared,
                IrTextView.PreparedText source, SourceLines lines, long nanos) {
        loadNanos = nanos;
        preparedText = prepared;
        preparedSource = source;
        sourceLines = lines;
        program.set(loaded);
        text.set(loaded.text());
        error.set(null);
        state.set(State.READY);
        explorer.irTextProperty().set(loaded.text());
        explorer.graphProperty().set(graph);
    }

    void failed(LoadError loadError, String fileText) {
        program.set(null);
        text.set(fileText == null ? "" : fileText);
        error.set(loadError);
        state.set(State.FAILED);
        explorer.graphProperty().set(null);
    }
}
