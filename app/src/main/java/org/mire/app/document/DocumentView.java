package org.mire.app.document;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mire.app.graphexplorer.GraphExplorerController;
import org.mire.app.graphexplorer.GraphExplorerModel;
import org.mire.app.graphexplorer.GraphExplorerView;
import org.mire.graph.ProgramGraph;
import org.mire.graph.view.SourceLines;
import org.mire.ir.IrLoader;
import org.mire.viz.ir.IrTextView;

/**
 * The content of a document tab: a spinner while the file loads; on failure the error (file:line:col, the
 * offending line with a caret under the column, and the text with that line marked); once loaded, the IR text and
 * the graph explorer side by side, linked both ways. A C, C++ or OpenCL document also shows its source, with an -O
 * level to compile it at, linked line by line to the IR through the instructions' debug locations.
 */
public final class DocumentView extends StackPane {
    private final DocumentModel model;
    private final DocumentController controller;
    private final IrTextView irView = new IrTextView();
    private final GraphExplorerView explorerView;
    private final SplitPane split = new SplitPane();
    private final Runnable reload;
    /** True while the text selection is being set from the graph, so that it is not linked back. */
    private boolean selectingFromGraph;
    private final IrTextView sourceView = new IrTextView();
    private final BorderPane sourcePane = new BorderPane();
    /** A source document's source and IR, one above the other. */
    private final SplitPane texts = new SplitPane();
    private final ComboBox<String> optLevels = new ComboBox<>();
    /** True while the source text is being replaced, so that its caret reset does not mark IR lines. */
    private boolean settingSource;
    private final javafx.beans.property.BooleanProperty wrapLines =
            new javafx.beans.property.SimpleBooleanProperty(this, "wrapLines");

    public DocumentView(DocumentModel model, DocumentController controller, Runnable reload, double divider) {
        this.model = model;
        this.controller = controller;
        this.reload = reload;
        this.explorerView = new GraphExplorerView(model.explorer(), controller.explorer());
        getStyleClass().add("document-view");
        if (model.isSource()) {
            // The source above the IR it became (each as wide as the column allows), the graph beside them.
            buildSourcePane();
            texts.setOrientation(javafx.geometry.Orientation.VERTICAL);
            texts.getItems().addAll(sourcePane, irView);
            texts.setDividerPositions(0.45);
            split.getItems().addAll(texts, explorerView);
            SplitPane.setResizableWithParent(texts, false);
        } else {
            split.getItems().addAll(irView, explorerView);
            SplitPane.setResizableWithParent(irView, false);
        }
        split.setDividerPositions(divider);
        link();
        linkSource();
        model.stateProperty().addListener((obs, old, now) -> show());
        model.explorer().paletteProperty().addListener((obs, old, now) -> {
            irView.setDark(now.dark());
            sourceView.setDark(now.dark());
        });
        irView.setDark(model.explorer().paletteProperty().get().dark());
        sourceView.setDark(model.explorer().paletteProperty().get().dark());
        wrapLines.addListener((obs, old, now) -> {
            irView.setWrapLines(now);
            sourceView.setWrapLines(now);
        });
        show();
    }

    /** The source text of a C, C++ or OpenCL document (empty for IR documents). */
    public IrTextView sourceView() {
        return sourceView;
    }

    /** The -O level chooser of a source document. */
    public ComboBox<String> optLevelChooser() {
        return optLevels;
    }

    private void buildSourcePane() {
        Label title = new Label(model.title(), new FontIcon("mdi2l-language-c"));
        title.getStyleClass().add("source-title");
        Label compiled = new Label();
        compiled.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        compiled.textProperty().bind(javafx.beans.binding.Bindings.concat("clang -", model.optLevelProperty(),
                " -gline-tables-only"));
        optLevels.getItems().setAll(IrLoader.Options.OPT_LEVELS);
        optLevels.setValue(model.optLevelProperty().get());
        optLevels.setId("opt-level");
        optLevels.setTooltip(new Tooltip("Optimisation level clang compiles the source at (mire graph --opt)"));
        optLevels.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.optLevelProperty().get())) {
                model.optLevelProperty().set(now);
                reload.run();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, compiled, spacer, new Label("-O"), optLevels);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("source-header");
        sourcePane.setTop(header);
        sourcePane.setCenter(sourceView);
        sourcePane.getStyleClass().add("source-pane");
    }

    /**
     * Source ↔ IR: the lines selected in the source mark the IR lines they became (and their graph nodes); the
     * lines selected in the IR, or a selected node, mark the source lines they came from.
     */
    private void linkSource() {
        if (!model.isSource()) {
            return;
        }
        sourceView.selectedLinesProperty().addListener((obs, old, now) -> {
            SourceLines lines = model.sourceLines();
            if (model.state() != DocumentModel.State.READY || lines == null || settingSource) {
                return;
            }
            int[] ir = lines.irLines(now.first(), now.last());
            // Each side marks the lines selected in it and the lines they map to on the other side.
            sourceView.setMarkedLines(range(now));
            irView.setMarkedLines(java.util.Arrays.stream(ir).boxed().toList());
            if (ir.length > 0) {
                irView.revealLine(ir[0]);
            }
            controller.explorer().irLinesSelected(ir);
        });
        irView.selectedLinesProperty().addListener((obs, old, now) -> {
            SourceLines lines = model.sourceLines();
            if (model.state() == DocumentModel.State.READY && lines != null && !selectingFromGraph) {
                irView.setMarkedLines(range(now));
                markSource(lines.sourceLines(now.first(), now.last()));
            }
        });
        model.explorer().selectedNodeProperty().addListener((obs, old, now) -> {
            ProgramGraph graph = model.explorer().graphProperty().get();
            SourceLines lines = model.sourceLines();
            int id = now.intValue();
            if (graph != null && lines != null && id >= 0 && graph.node(id).irLine() > 0) {
                markSource(lines.sourceLines(graph.node(id).irLine(), graph.node(id).irLine()));
            }
        });
    }

    private static List<Integer> range(IrTextView.LineRange lines) {
        return java.util.stream.IntStream.rangeClosed(lines.first(), lines.last()).boxed().toList();
    }

    private void markSource(int[] lines) {
        sourceView.setMarkedLines(java.util.Arrays.stream(lines).boxed().toList());
        if (lines.length > 0) {
            sourceView.revealLine(lines[0]);
        }
    }

    /** Whether long lines of the texts wrap. */
    public javafx.beans.property.BooleanProperty wrapLinesProperty() {
        return wrapLines;
    }

    public DocumentModel model() {
        return model;
    }

    public IrTextView irView() {
        return irView;
    }

    public GraphExplorerView explorerView() {
        return explorerView;
    }

    public double dividerPosition() {
        return split.getDividerPositions().length > 0 ? split.getDividerPositions()[0] : 0.5;
    }

    private void show() {
        switch (model.state()) {
            case LOADING -> getChildren().setAll(loading());
            case READY -> {
                if (!model.textProperty().get().equals(irView.getText())) {
                    if (model.preparedText() != null && model.preparedText().text().equals(model.textProperty().get())) {
                        irView.setText(model.preparedText());
                    } else {
                        irView.setText(model.textProperty().get());
                    }
                }
                irView.showErrorAt(0, 0);
                if (model.isSource() && model.preparedSource() != null) {
                    settingSource = true;
                    try {
                        sourceView.setText(model.preparedSource());
                    } finally {
                        settingSource = false;
                    }
                    optLevels.setValue(model.optLevelProperty().get());
                }
                SplitPane home = model.isSource() ? texts : split;
                if (!home.getItems().contains(irView)) {
                    // A failed load showed the text under its error; a reload that works puts it back.
                    double[] dividers = home.getDividerPositions();
                    home.getItems().add(model.isSource() ? 1 : 0, irView);
                    home.setDividerPositions(dividers.length > 0 ? dividers[0] : model.isSource() ? 0.45 : 0.5);
                }
                getChildren().setAll(split);
            }
            case FAILED -> getChildren().setAll(failure(model.errorProperty().get()));
        }
    }

    private VBox loading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(42, 42);
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> controller.cancel());
        VBox box = new VBox(14, spinner, message, cancel);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private BorderPane failure(LoadError error) {
        boolean missingTool = error.kind() == LoadError.Kind.TOOL_MISSING;
        FontIcon icon = new FontIcon(missingTool ? "mdi2w-wrench-outline" : "mdi2a-alert-circle-outline");
        Message message = new Message(error.title(), error.headline(), icon);
        message.getStyleClass().add(missingTool ? Styles.WARNING : Styles.DANGER);
        message.setId("load-error");

        VBox header = new VBox(10, message);
        header.setPadding(new Insets(14, 16, 10, 16));
        if (!error.toolOutput().isEmpty()) {
            // A compiler's own lines, as it printed them: its carets line up in a monospaced font.
            Label output = new Label(error.toolOutput());
            output.getStyleClass().add("error-tool-output");
            output.setId("error-tool-output");
            output.setWrapText(false);
            ScrollPane scroll = new ScrollPane(output);
            scroll.getStyleClass().add("error-tool-output-scroll");
            scroll.setFitToHeight(true);
            scroll.setMaxHeight(260);
            header.getChildren().add(scroll);
        } else if (!error.lineText().isEmpty()) {
            header.getChildren().add(snippet(error));
        }
        if (!error.hint().isEmpty()) {
            Label hint = new Label(error.hint());
            hint.getStyleClass().add("error-hint");
            hint.setWrapText(true);
            header.getChildren().add(hint);
        }
        Button retry = new Button("Reload", new FontIcon("mdi2r-refresh"));
        retry.setOnAction(e -> reload.run());
        HBox actions = new HBox(8, retry);
        if (error.line() > 0 && !model.textProperty().get().isEmpty()) {
            Button show = new Button("Show in text", new FontIcon("mdi2t-text-search"));
            show.setOnAction(e -> irView.showErrorAt(error.line(), Math.max(1, error.column())));
            actions.getChildren().add(show);
        }
        header.getChildren().add(actions);

        BorderPane pane = new BorderPane();
        pane.getStyleClass().add("load-failure");
        pane.setTop(header);
        String text = model.textProperty().get();
        if (!text.isEmpty()) {
            // the text of a source file that did not compile is source, coloured as such
            irView.setText(IrTextView.prepare(text, model.isSource() ? IrTextView.Syntax.C : IrTextView.Syntax.IR));
            pane.setCenter(irView);
            irView.showErrorAt(error.line(), Math.max(1, error.column()));
        }
        return pane;
    }

    /** The offending line with its number and a caret under the column, as a compiler prints it. */
    private static VBox snippet(LoadError error) {
        String number = Integer.toString(error.line());
        String line = error.lineText();
        if (line.length() > 200) {
            int from = Math.max(0, Math.min(error.column() - 100, line.length() - 200));
            line = (from > 0 ? "…" : "") + line.substring(from, Math.min(line.length(), from + 200));
        }
        Label code = new Label(number + " | " + line.replace('\t', ' '));
        code.getStyleClass().add("error-snippet-line");
        code.setId("error-line");
        VBox box = new VBox(code);
        if (error.column() > 0) {
            Label caret = new Label(" ".repeat(number.length()) + " | " + " ".repeat(Math.max(0,
                    Math.min(error.column() - 1, 200))) + "^");
            caret.getStyleClass().add("error-snippet-caret");
            box.getChildren().add(caret);
        }
        box.getStyleClass().add("error-snippet");
        return box;
    }

    /** Graph → text: a selected node selects its line. Text → graph: the caret's lines mark their nodes. */
    private void link() {
        GraphExplorerModel explorer = model.explorer();
        GraphExplorerController explorerController = controller.explorer();
        explorer.revealLineProperty().addListener((obs, old, now) -> {
            if (now == null) {
                return;
            }
            selectingFromGraph = true;
            try {
                irView.selectLine(now.value());
            } finally {
                selectingFromGraph = false;
            }
        });
        explorer.selectedNodeProperty().addListener((obs, old, now) -> {
            ProgramGraph graph = explorer.graphProperty().get();
            int id = now.intValue();
            if (graph == null || id < 0 || graph.node(id).irLine() <= 0) {
                irView.setMarkedLines(List.of());
            } else {
                irView.setMarkedLines(List.of(graph.node(id).irLine()));
            }
        });
        irView.selectedLinesProperty().addListener((obs, old, now) -> {
            if (model.state() != DocumentModel.State.READY) {
                return;
            }
            explorerController.linesSelected(now.first(), now.last());
            if (!selectingFromGraph) {
                int[] nodes = explorer.linkedNodesProperty().get();
                if (nodes.length > 0) {
                    followCaret(explorer, nodes[0]);
                }
            }
        });
    }

    /** The caret moved in the text by the user: bring the first of its nodes into view (switching CFG function). */
    private void followCaret(GraphExplorerModel explorer, int node) {
        ProgramGraph graph = explorer.graphProperty().get();
        if (graph == null) {
            return;
        }
        int function = graph.node(node).function();
        if (explorer.viewModeProperty().get() == GraphExplorerModel.ViewMode.CONTROL_FLOW && function >= 0) {
            String name = graph.functions().get(function);
            if (!name.equals(explorer.functionProperty().get())) {
                explorer.functionProperty().set(name);
                return;
            }
        }
        explorerView.graphView().reveal(node);
    }
}
