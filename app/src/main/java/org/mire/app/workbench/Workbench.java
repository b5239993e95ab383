package org.mire.app.workbench;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mire.app.background.FxTaskExecutor;
import org.mire.app.background.TaskExecutor;
import org.mire.app.document.DocumentModel;
import org.mire.app.document.DocumentView;
import org.mire.app.graphexplorer.GraphExplorerController;
import org.mire.app.graphexplorer.GraphExplorerModel;
import org.mire.app.graphexplorer.NodeDetailsView;

/**
 * The main window: menus and toolbar, the workspace tree on the left, one tab per document in the middle (IR text
 * and graph explorer), the details of the selected node on the right, and the status bar with background tasks.
 * Files open by dialog, drag and drop, recent files, samples and the command line. Each menu is a small action class
 * ({@link FileMenuActions}, {@link EditMenuActions}, {@link ViewMenuActions}, {@link GraphMenuActions},
 * {@link TasksMenuActions}, {@link HelpMenuActions}) working through this window's package-private accessors.
 */
public final class Workbench {
    private static final String TITLE = "MIRE Workbench";

    private final Stage stage;
    private final WorkbenchController controller;
    private final WorkbenchModel model;
    private final FxTaskExecutor executor;
    private final TabPane tabs = new TabPane();
    private final Map<DocumentModel, Tab> tabOf = new HashMap<>();
    private final Map<DocumentModel, DocumentView> viewOf = new HashMap<>();
    private final NodeDetailsView details = new NodeDetailsView();
    private final StatusBar statusBar;
    private final WorkspaceTree tree;
    private final SplitPane main = new SplitPane();
    private final StackPane center = new StackPane();
    private final FileMenuActions fileMenu;
    private final Scene scene;
    /** The embedding explorer's tab and controller, while it is open. */
    private Tab embeddingTab;
    private org.mire.app.embeddingexplorer.EmbeddingExplorerController embeddings;

    public Workbench(Stage stage, WorkbenchController controller, FxTaskExecutor executor) {
        this.stage = stage;
        this.controller = controller;
        this.model = controller.model();
        this.executor = executor;
        this.statusBar = new StatusBar(executor);
        this.tree = new WorkspaceTree(model, controller.samples());

        BorderPane root = new BorderPane();
        root.getStyleClass().add("workbench");
        fileMenu = new FileMenuActions(this);
        MenuBar menuBar = new MenuBar(fileMenu.menu(), new EditMenuActions(this).menu(),
                new ViewMenuActions(this).menu(), new GraphMenuActions(this).menu(),
                new TasksMenuActions(this).menu(), new HelpMenuActions(stage).menu());
        menuBar.setUseSystemMenuBar(true);
        root.setTop(new VBox(menuBar, toolBar()));
        root.setCenter(main);
        root.setBottom(statusBar);

        tree.setOnOpen(controller::open);
        tree.setOnFunction(entry -> {
            model.activeProperty().set(entry.document());
            GraphExplorerController explorer = explorerOf(entry.document());
            if (explorer != null) {
                explorer.focusFunction(entry.function());
            }
        });
        VBox left = new VBox(sectionTitle("Workspace"), tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        left.getStyleClass().add("side-panel");
        details.setMinWidth(220);
        VBox right = new VBox(details);
        VBox.setVgrow(details, Priority.ALWAYS);
        right.getStyleClass().add("side-panel");

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        center.getChildren().setAll(welcome());
        main.getItems().addAll(left, center, right);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        var settings = controller.settings();
        main.setDividerPositions(settings.leftDivider(), settings.rightDivider());

        model.documents().addListener((ListChangeListener<DocumentModel>) this::documentsChanged);
        model.activeProperty().addListener((obs, old, now) -> activeChanged(now));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            // the embedding explorer's tab is no document: selecting it leaves no document active
            DocumentModel document = now != null && now.getUserData() instanceof DocumentModel d ? d : null;
            if (document != model.active()) {
                model.activeProperty().set(document);
            }
        });
        statusBar.message().textProperty().bind(model.statusProperty());

        scene = new Scene(root, settings.windowWidth(), settings.windowHeight());
        scene.getStylesheets().add(Workbench.class.getResource("workbench.css").toExternalForm());
        applyTheme(model.themeProperty().get());
        model.themeProperty().addListener((obs, old, now) -> applyTheme(now));
        enableDrop();

        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        if (!Double.isNaN(settings.windowX()) && !Double.isNaN(settings.windowY())) {
            stage.setX(settings.windowX());
            stage.setY(settings.windowY());
        }
        stage.setMaximized(settings.maximized());
        stage.setOnCloseRequest(e -> saveWindow());
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    public WorkbenchController controller() {
        return controller;
    }

    /** The view of a document, once it has a tab. */
    public DocumentView viewOf(DocumentModel document) {
        return viewOf.get(document);
    }

    public void show() {
        stage.show();
    }

    TaskExecutor executor() {
        return executor;
    }

    void quit() {
        saveWindow();
        Platform.exit();
    }

    private void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme.stylesheet());
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(theme.isDark() ? "theme-dark" : "theme-light");
    }

    private void saveWindow() {
        double[] dividers = main.getDividerPositions();
        DocumentView active = model.active() == null ? null : viewOf.get(model.active());
        controller.saveWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                dividers.length > 0 ? dividers[0] : 0.16, dividers.length > 1 ? dividers[1] : 0.78,
                active == null ? controller.settings().documentDivider() : active.dividerPosition());
    }

    // ---- documents and tabs

    private void documentsChanged(ListChangeListener.Change<? extends DocumentModel> change) {
        while (change.next()) {
            for (DocumentModel removed : change.getRemoved()) {
                Tab tab = tabOf.remove(removed);
                viewOf.remove(removed);
                if (tab != null) {
                    tabs.getTabs().remove(tab);
                }
            }
            for (DocumentModel added : change.getAddedSubList()) {
                addTab(added);
            }
        }
        showTabsOrWelcome();
    }

    private void showTabsOrWelcome() {
        center.getChildren().setAll(model.documents().isEmpty() && embeddingTab == null ? welcome() : tabs);
    }

    // ---- the embedding explorer

    /**
     * Opens the embedding explorer as a tab beside the documents (or selects it when open). Its background work runs
     * on the workbench's executor, so it shows in the status bar's task list, and opening a point's IR file goes
     * through the same path as File → Open, so a file that fails to load shows like any other.
     */
    public org.mire.app.embeddingexplorer.EmbeddingExplorerController openEmbeddingExplorer() {
        if (embeddingTab == null) {
            Path samples = controller.samples().folder();
            Path devMap = org.mire.task.dataset.DatasetLocations.defaultFolder("devmap").orElse(null);
            embeddings = org.mire.app.embeddingexplorer.EmbeddingExplorerController.standard(executor,
                    org.mire.app.embeddingexplorer.MethodCatalog.standard(org.mire.task.EmbeddingChoice.shippedModel()),
                    org.mire.app.settings.Workspace.defaultFolder(), controller::open,
                    samples, devMap);
            embeddingTab = new Tab("Embedding Explorer", embeddings.view());
            embeddingTab.setId("embedding-explorer-tab");
            embeddingTab.setGraphic(new FontIcon("mdi2s-scatter-plot-outline"));
            embeddingTab.setTooltip(new Tooltip("Embedding explorer: encode a corpus, project it, compare methods"));
            embeddingTab.setOnClosed(e -> {
                embeddings.close();
                embeddings = null;
                embeddingTab = null;
                showTabsOrWelcome();
            });
            tabs.getTabs().add(embeddingTab);
            showTabsOrWelcome();
        }
        tabs.getSelectionModel().select(embeddingTab);
        return embeddings;
    }

    /** The open embedding explorer, or null. */
    public org.mire.app.embeddingexplorer.EmbeddingExplorerController embeddingExplorer() {
        return embeddings;
    }

    private void addTab(DocumentModel document) {
        DocumentView view = new DocumentView(document, controller.controller(document),
                () -> controller.reload(document), controller.settings().documentDivider());
        view.explorerView().setExportHandler(format -> export(document, format));
        Tab tab = new Tab(document.title(), view);
        tab.setUserData(document);
        tab.setTooltip(new Tooltip(document.path() == null ? document.title() : document.path().toString()));
        FontIcon icon = new FontIcon("mdi2f-file-code-outline");
        tab.setGraphic(icon);
        document.stateProperty().addListener((obs, old, now) -> icon.setIconLiteral(
                now == DocumentModel.State.FAILED ? "mdi2f-file-alert-outline"
                        : now == DocumentModel.State.LOADING ? "mdi2f-file-clock-outline" : "mdi2f-file-code-outline"));
        tab.setOnClosed(e -> controller.close(document));
        tabOf.put(document, tab);
        viewOf.put(document, view);
        tabs.getTabs().add(tab);
    }

    private void activeChanged(DocumentModel document) {
        Tab tab = tabOf.get(document);
        if (tab != null && tabs.getSelectionModel().getSelectedItem() != tab) {
            tabs.getSelectionModel().select(tab);
        }
        GraphExplorerController explorer = document == null ? null : explorerOf(document);
        details.setExplorer(document == null ? null : document.explorer(), explorer);
        statusBar.summary().textProperty().unbind();
        statusBar.zoom().textProperty().unbind();
        if (document != null) {
            statusBar.summary().textProperty().bind(document.explorer().summaryProperty());
            DocumentView view = viewOf.get(document);
            if (view != null) {
                statusBar.zoom().textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                        "%.0f%%", view.explorerView().graphView().getScale() * 100),
                        view.explorerView().graphView().scaleProperty()));
            }
            stage.setTitle(document.title() + " — " + TITLE);
        } else {
            statusBar.summary().setText("");
            statusBar.zoom().setText("");
            stage.setTitle(TITLE);
        }
    }

    private GraphExplorerController explorerOf(DocumentModel document) {
        var documentController = controller.controller(document);
        return documentController == null ? null : documentController.explorer();
    }

    private Node welcome() {
        Label title = new Label(TITLE);
        title.getStyleClass().add(Styles.TITLE_1);
        Label subtitle = new Label("Open LLVM IR or MLIR to explore its program graph: instructions, values and "
                + "constants, with control, data and call flow.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        subtitle.setMaxWidth(520);
        Button open = new Button("Open file…", new FontIcon("mdi2f-folder-open-outline"));
        open.getStyleClass().add(Styles.ACCENT);
        open.setDefaultButton(true);
        open.setOnAction(e -> openDialog());
        VBox box = new VBox(14, title, subtitle, open);
        var first = controller.samples().firstStart();
        if (first.isPresent()) {
            Hyperlink sample = new Hyperlink("or open the sample " + controller.samples().label(first.get()));
            sample.setOnAction(e -> controller.open(first.get()));
            box.getChildren().add(sample);
        }
        Label drop = new Label("Drop .ll, .bc, .c, .cpp, .cl or .mlir files anywhere in this window.");
        drop.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        box.getChildren().add(drop);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("welcome");
        return box;
    }

    // ---- opening

    private void enableDrop() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean opened = false;
            if (e.getDragboard().hasFiles()) {
                for (File file : e.getDragboard().getFiles()) {
                    if (file.isFile()) {
                        controller.open(file.toPath());
                        opened = true;
                    }
                }
            }
            e.setDropCompleted(opened);
            e.consume();
        });
    }

    void openDialog() {
        fileMenu.openDialog();
    }

    // ---- export

    private void export(DocumentModel document, String format) {
        DocumentView view = viewOf.get(document);
        if (view == null || document.state() != DocumentModel.State.READY) {
            return;
        }
        String base = document.title().replaceAll("\\.[^.]*$", "");
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + format.toUpperCase(Locale.ROOT));
        chooser.setInitialFileName(base + ("png".equals(format) || "svg".equals(format) ? "-view." : ".")
                + format);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.toUpperCase(Locale.ROOT),
                "*." + format));
        String last = controller.settings().lastExportFolder();
        if (last != null && Files.isDirectory(Path.of(last))) {
            chooser.setInitialDirectory(new File(last));
        } else if (document.path() != null && document.path().getParent() != null) {
            chooser.setInitialDirectory(document.path().getParent().toFile());
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        controller.rememberExportFolder(file.getParent());
        model.statusProperty().set("Exporting " + file + "…");
        executor.submit("Export " + file.getFileName(), GraphExport.of(document.explorer(),
                view.explorerView().graphView(), format, file), written -> model.statusProperty().set("Exported "
                + written), error -> {
                    model.statusProperty().set("Export failed: " + error.getMessage());
                    Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage(), ButtonType.OK);
                    alert.setHeaderText("Export failed");
                    alert.initOwner(stage);
                    alert.show();
                });
    }

    // ---- toolbar and the menus' access to the active document

    private ToolBar toolBar() {
        Button open = new Button("Open", new FontIcon("mdi2f-folder-open-outline"));
        open.setTooltip(new Tooltip("Open an IR file (Ctrl+O)"));
        open.setOnAction(e -> openDialog());
        javafx.scene.control.MenuButton samples = new javafx.scene.control.MenuButton("Samples",
                new FontIcon("mdi2b-book-open-variant"));
        samples.getItems().setAll(fileMenu.samplesMenu().getItems());
        samples.setTooltip(new Tooltip("Open a bundled sample program"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button theme = new Button();
        theme.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        theme.setTooltip(new Tooltip("Switch between light and dark (Ctrl+Shift+D)"));
        Runnable themeIcon = () -> theme.setGraphic(new FontIcon(model.themeProperty().get() == Theme.DARK
                ? "mdi2w-white-balance-sunny" : "mdi2w-weather-night"));
        themeIcon.run();
        model.themeProperty().addListener((obs, old, now) -> themeIcon.run());
        theme.setOnAction(e -> controller.toggleTheme());
        Label brand = new Label("MIRE");
        brand.getStyleClass().add("brand");
        ToolBar bar = new ToolBar(brand, open, samples, spacer, theme);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    void exportActive(String format) {
        if (model.active() != null) {
            export(model.active(), format);
        }
    }

    void withView(java.util.function.Consumer<DocumentView> action) {
        DocumentModel active = model.active();
        DocumentView view = active == null ? null : viewOf.get(active);
        if (view != null) {
            action.accept(view);
        }
    }

    void withModel(java.util.function.Consumer<GraphExplorerModel> action) {
        if (model.active() != null) {
            action.accept(model.active().explorer());
        }
    }

    void withExplorer(java.util.function.Consumer<GraphExplorerController> action) {
        DocumentModel active = model.active();
        GraphExplorerController explorer = active == null ? null : explorerOf(active);
        if (explorer != null) {
            action.accept(explorer);
        }
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("side-title");
        label.setPadding(new Insets(10, 12, 6, 12));
        return label;
    }
}
