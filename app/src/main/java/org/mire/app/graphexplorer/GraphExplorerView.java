package org.mire.app.graphexplorer;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mire.graph.Flow;
import org.mire.graph.GraphScope;
import org.mire.graph.NodeType;
import org.mire.graph.ProgramGraph;
import org.mire.viz.graph.GraphLegend;
import org.mire.viz.graph.GraphOverview;
import org.mire.viz.graph.GraphPalette;
import org.mire.viz.graph.GraphView;
import org.mire.viz.graph.layout.LayoutAlgorithm;

/**
 * The graph half of a document: a toolbar (view, scope, function, layout, search, labels, zoom, export), the
 * canvas with its legend and bird's-eye overview, and a busy chip while a layout runs. Binds to an
 * {@link GraphExplorerModel} and sends user actions to its {@link GraphExplorerController}.
 */
public final class GraphExplorerView extends BorderPane {
    private final GraphExplorerModel model;
    private final GraphExplorerController controller;
    private final GraphView graphView = new GraphView();
    private final GraphOverview overview = new GraphOverview(graphView);
    private final GraphLegend legend = new GraphLegend();
    private final FlowPane controlFlowLegend = new FlowPane(12, 2);
    private final ComboBox<String> functions = new ComboBox<>();
    private final ComboBox<GraphScope> scope = new ComboBox<>(FXCollections.observableArrayList(GraphScope.values()));
    private final ComboBox<LayoutAlgorithm> layout = new ComboBox<>(
            FXCollections.observableArrayList(LayoutAlgorithm.values()));
    private final CustomTextField search = new CustomTextField();
    private final Label searchCount = new Label();
    private final MenuButton exportMenu = new MenuButton();
    private final VBox zoomControls = new VBox(2);
    private final HBox searchCard = new HBox(4);
    private final ToggleButton programView = new ToggleButton("Program graph");
    private final ToggleButton controlFlowView = new ToggleButton("Control flow");
    private Consumer<String> exportHandler = format -> { };

    public GraphExplorerView(GraphExplorerModel model, GraphExplorerController controller) {
        this.model = model;
        this.controller = controller;
        getStyleClass().add("explorer-view");
        FlowPane toolbar = toolbar();
        setCenter(canvasArea());
        // The node search sits in the tool row and the legend in a bar above the canvas, never over the graph.
        setTop(new VBox(toolbar, legendBar()));
        bindGraphView();
    }

    public GraphView graphView() {
        return graphView;
    }

    public ComboBox<LayoutAlgorithm> layoutChooser() {
        return layout;
    }

    public ComboBox<String> functionChooser() {
        return functions;
    }

    public CustomTextField searchField() {
        return search;
    }

    /** Called with "png", "svg", "json", "graphml", "gexf" or "dot" when the user picks an export. */
    public void setExportHandler(Consumer<String> handler) {
        exportHandler = handler;
    }

    // ---- toolbar

    /** A tool row that wraps onto a second line when the graph pane is narrow, instead of hiding tools. */
    private FlowPane toolbar() {
        ToggleGroup views = new ToggleGroup();
        programView.setToggleGroup(views);
        controlFlowView.setToggleGroup(views);
        programView.setText("Graph");
        controlFlowView.setText("CFG");
        programView.setGraphic(new FontIcon("mdi2g-graph-outline"));
        controlFlowView.setGraphic(new FontIcon("mdi2s-sitemap-outline"));
        programView.getStyleClass().add(Styles.LEFT_PILL);
        controlFlowView.getStyleClass().add(Styles.RIGHT_PILL);
        programView.setTooltip(new Tooltip("ProGraML program graph: instructions, values, constants (Ctrl+1)"));
        controlFlowView.setTooltip(new Tooltip("Basic blocks of one function, like Compiler Explorer (Ctrl+2)"));
        programView.setSelected(model.viewMode.get() == GraphExplorerModel.ViewMode.PROGRAM_GRAPH);
        controlFlowView.setSelected(!programView.isSelected());
        views.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            model.viewMode.set(now == controlFlowView ? GraphExplorerModel.ViewMode.CONTROL_FLOW
                    : GraphExplorerModel.ViewMode.PROGRAM_GRAPH);
        });
        model.viewMode.addListener((obs, old, now) -> {
            programView.setSelected(now == GraphExplorerModel.ViewMode.PROGRAM_GRAPH);
            controlFlowView.setSelected(now == GraphExplorerModel.ViewMode.CONTROL_FLOW);
        });
        HBox viewSwitch = new HBox(programView, controlFlowView);

        scope.valueProperty().bindBidirectional(model.scope);
        scope.setPrefWidth(165);
        scope.setTooltip(new Tooltip("How much of the program to show"));
        scope.disableProperty().bind(model.viewMode.isEqualTo(GraphExplorerModel.ViewMode.CONTROL_FLOW));

        functions.setPromptText("Function");
        functions.setTooltip(new Tooltip("The function to show (scopes and control flow)"));
        functions.setPrefWidth(150);
        functions.setVisibleRowCount(20);
        model.graph.addListener((obs, old, now) -> functions.getItems().setAll(
                now == null ? java.util.List.of() : now.definedFunctions()));
        if (model.graph.get() != null) {
            functions.getItems().setAll(model.graph.get().definedFunctions());
        }
        functions.setValue(model.function.get());
        model.function.addListener((obs, old, now) -> functions.setValue(now));
        functions.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.function.get())) {
                controller.focusFunction(now);
            }
        });

        layout.valueProperty().bindBidirectional(model.layout);
        layout.setPrefWidth(205);
        layout.setTooltip(new Tooltip("Graph layout (runs in the background; Ctrl+L lays out again)"));
        layout.disableProperty().bind(model.viewMode.isEqualTo(GraphExplorerModel.ViewMode.CONTROL_FLOW));

        search.setPromptText("Find nodes");
        search.setLeft(new FontIcon("mdi2m-magnify"));
        search.setRight(searchCount);
        search.setPrefWidth(190);
        searchCount.getStyleClass().add("search-count");
        search.textProperty().bindBidirectional(model.searchQuery);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                controller.nextSearchHit(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                graphView.requestFocus();
                e.consume();
            }
        });
        search.setTooltip(new Tooltip("Find nodes by text or full text; Enter goes to the next hit (Ctrl+K)"));
        model.searchHits.addListener((obs, old, now) -> searchCount.setText(
                model.searchQuery.get() == null || model.searchQuery.get().isBlank() ? ""
                        : now.length == 0 ? "none" : String.format(Locale.ROOT, "%,d", now.length)));

        ToggleButton labels = iconToggle("mdi2f-format-text", "Node labels when zoomed in");
        labels.setId("toggle-labels");
        labels.selectedProperty().bindBidirectional(model.labels);
        ToggleButton positions = iconToggle("mdi2n-numeric", "ProGraML position labels on edges");
        positions.setId("toggle-positions");
        positions.selectedProperty().bindBidirectional(model.positionLabels);

        Button fit = iconButton("mdi2f-fit-to-screen-outline", "Fit the graph into the view (Ctrl+0)");
        fit.setOnAction(e -> graphView.fit());
        Button zoomOut = iconButton("mdi2m-magnify-minus-outline", "Zoom out (Ctrl+-)");
        zoomOut.setOnAction(e -> graphView.zoomOut());
        Button zoomIn = iconButton("mdi2m-magnify-plus-outline", "Zoom in (Ctrl+=)");
        zoomIn.setOnAction(e -> graphView.zoomIn());
        Button relayout = iconButton("mdi2r-refresh", "Lay out again (Ctrl+L)");
        relayout.setOnAction(e -> controller.scheduleStructure());
        zoomControls.getChildren().setAll(zoomIn, zoomOut, fit, spacerLine(), labels, positions);

        exportMenu.setGraphic(new FontIcon("mdi2e-export-variant"));
        exportMenu.setTooltip(new Tooltip("Export the view or the graph"));
        exportMenu.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        exportMenu.getItems().addAll(
                exportItem("View as PNG image…", "png"),
                exportItem("View as SVG drawing…", "svg"),
                new SeparatorMenuItem(),
                exportItem("Graph as ProGraML JSON…", "json"),
                exportItem("Graph as GraphML…", "graphml"),
                exportItem("Graph as GEXF…", "gexf"),
                exportItem("Graph as DOT…", "dot"));

        Button previousHit = iconButton("mdi2c-chevron-up", "Previous hit (Shift+Enter)");
        previousHit.setOnAction(e -> controller.nextSearchHit(false));
        Button nextHit = iconButton("mdi2c-chevron-down", "Next hit (Enter)");
        nextHit.setOnAction(e -> controller.nextSearchHit(true));
        searchCard.getChildren().setAll(search, previousHit, nextHit);
        searchCard.setAlignment(Pos.CENTER_LEFT);

        searchCard.getStyleClass().add("graph-search");
        FlowPane bar = new FlowPane(6, 6, viewSwitch, scope, functions, layout, relayout, exportMenu, searchCard);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("explorer-toolbar");
        return bar;
    }

    private MenuItem exportItem(String text, String format) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> exportHandler.accept(format));
        return item;
    }

    private static Node spacerLine() {
        Region line = new Region();
        line.getStyleClass().add("controls-gap");
        line.setMinHeight(6);
        return line;
    }

    private static Button iconButton(String icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    private static ToggleButton iconToggle(String icon, String tip) {
        ToggleButton button = new ToggleButton(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    // ---- canvas and overlays

    private HBox legendBar() {
        HBox.setHgrow(legend, Priority.ALWAYS);
        HBox.setHgrow(controlFlowLegend, Priority.ALWAYS);
        legend.setMinWidth(0);
        controlFlowLegend.setMinWidth(0);
        HBox bar = new HBox(10, legend, controlFlowLegend);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("graph-legend-bar");
        return bar;
    }

    /** The bar above the canvas with the legend (for tests and screenshots). */
    public Region legendArea() {
        return (Region) ((VBox) getTop()).getChildren().get(1);
    }

    /** The legend of the view shown: node types and flows, or the control-flow graph's branch colours. */
    public Region visibleLegend() {
        return model.viewMode.get() == GraphExplorerModel.ViewMode.CONTROL_FLOW ? controlFlowLegend : legend;
    }

    /** The cards that float over the canvas: the zoom buttons and the bird's-eye overview. */
    public java.util.List<Region> floatingCards() {
        return java.util.List.of(zoomControls, overview);
    }

    private StackPane canvasArea() {
        for (NodeType type : new NodeType[] {NodeType.INSTRUCTION, NodeType.VARIABLE, NodeType.CONSTANT}) {
            legend.typeVisibleProperty(type).bindBidirectional(model.typeVisible.get(type));
        }
        for (Flow flow : new Flow[] {Flow.CONTROL, Flow.DATA, Flow.CALL}) {
            legend.flowVisibleProperty(flow).bindBidirectional(model.flowVisible.get(flow));
        }
        model.statistics.addListener((obs, old, now) -> legend.setCounts(now == null ? null : now.nodesByType(),
                now == null ? null : now.edgesByFlow()));
        legend.visibleProperty().bind(model.viewMode.isEqualTo(GraphExplorerModel.ViewMode.PROGRAM_GRAPH));
        legend.managedProperty().bind(legend.visibleProperty());

        buildControlFlowLegend();

        overview.getStyleClass().add("graph-card");

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label busyLabel = new Label("Laying out…");
        HBox busy = new HBox(8, spinner, busyLabel);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.getStyleClass().addAll("graph-card", "graph-busy");
        busy.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        busy.visibleProperty().bind(model.busy);
        busy.setMouseTransparent(true);

        Label problem = new Label();
        problem.getStyleClass().addAll("graph-card", "graph-problem");
        problem.textProperty().bind(model.problem);
        problem.visibleProperty().bind(model.problem.isNotNull());
        problem.setWrapText(true);
        problem.setMaxWidth(420);

        Label empty = new Label("No function with a body to show");
        empty.getStyleClass().add("graph-empty");
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.scene.get().nodeCount() == 0
                && !model.busy.get() && model.graph.get() != null, model.scene, model.busy, model.graph));
        empty.setMouseTransparent(true);

        zoomControls.getStyleClass().addAll("graph-card", "graph-controls");
        zoomControls.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        zoomControls.setAlignment(Pos.CENTER);

        StackPane stack = new StackPane(graphView, empty, zoomControls, overview, busy, problem);
        // The cards float over a canvas that changes every frame while panning: cache their shadows as bitmaps.
        for (Node card : new Node[] {zoomControls, overview}) {
            card.setCache(true);
        }
        graphView.keepClearWhenFitting(zoomControls, overview);
        // The overview takes at most about a third of a small canvas, so that it never covers the graph's middle.
        overview.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.clamp(stack.getWidth() * 0.3, 60,
                220), stack.widthProperty()));
        overview.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.clamp(stack.getHeight() * 0.28, 40,
                150), stack.heightProperty()));
        StackPane.setAlignment(zoomControls, Pos.BOTTOM_LEFT);
        StackPane.setAlignment(overview, Pos.BOTTOM_RIGHT);
        StackPane.setAlignment(busy, Pos.TOP_CENTER);
        StackPane.setAlignment(problem, Pos.BOTTOM_CENTER);
        Insets margin = new Insets(10);
        for (Node node : new Node[] {zoomControls, overview, busy, problem}) {
            StackPane.setMargin(node, margin);
        }
        stack.getStyleClass().add("graph-area");
        return stack;
    }

    private void buildControlFlowLegend() {
        controlFlowLegend.getStyleClass().add("cfg-legend");
        controlFlowLegend.setPadding(new Insets(4, 4, 4, 4));
        controlFlowLegend.setAlignment(Pos.CENTER_LEFT);
        controlFlowLegend.visibleProperty().bind(model.viewMode.isEqualTo(GraphExplorerModel.ViewMode.CONTROL_FLOW));
        controlFlowLegend.managedProperty().bind(controlFlowLegend.visibleProperty());
        Runnable paint = () -> {
            GraphPalette palette = model.palette.get();
            controlFlowLegend.getChildren().setAll(
                    swatch(palette.branchTrue(), "true"),
                    swatch(palette.branchFalse(), "false"),
                    swatch(palette.branchAlways(), "unconditional"),
                    swatch(palette.flow(Flow.CONTROL), "switch / other"));
        };
        model.palette.addListener((obs, old, now) -> paint.run());
        paint.run();
    }

    private static Label swatch(int argb, String text) {
        Line line = new Line(0, 0, 18, 0);
        line.setStrokeWidth(2.5);
        line.setStroke(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
        Label label = new Label(text, line);
        label.getStyleClass().add("cfg-legend-entry");
        return label;
    }

    // ---- wiring to the canvas

    private void bindGraphView() {
        graphView.paletteProperty().bind(model.palette);
        graphView.labelsProperty().bind(model.labels);
        graphView.positionLabelsProperty().bind(model.positionLabels);
        model.palette.addListener((obs, old, now) -> legend.setPalette(now));
        legend.setPalette(model.palette.get());
        graphView.setScene(model.scene.get(), true);
        model.scene.addListener((obs, old, now) -> graphView.setScene(now, model.sceneIsNew.get()));
        model.selectedNode.addListener((obs, old, now) -> graphView.setSelectedItems(
                now.intValue() < 0 ? new int[0] : new int[] {now.intValue()}));
        Runnable highlight = () -> graphView.setHighlightedItems(IntStream.concat(
                Arrays.stream(model.linkedNodes.get()), Arrays.stream(model.searchHits.get())).distinct().toArray());
        model.linkedNodes.addListener((obs, old, now) -> highlight.run());
        model.searchHits.addListener((obs, old, now) -> highlight.run());
        model.scene.addListener((obs, old, now) -> {
            highlight.run();
            int selected = model.selectedNode.get();
            graphView.setSelectedItems(selected < 0 ? new int[0] : new int[] {selected});
        });
        model.revealItem.addListener((obs, old, now) -> {
            if (now != null) {
                graphView.reveal(now.value());
            }
        });
        graphView.setOnNodeClicked(click -> {
            if (click.button() != MouseButton.PRIMARY) {
                return;
            }
            if (click.lineItem() >= 0) {
                controller.selectNode(click.lineItem(), false);
            } else {
                controller.itemClicked(click.item(), click.clickCount());
            }
        });
        graphView.setHoverText(this::hoverText);
        graphView.setOnNodeContextMenu(click -> {
            ContextMenu menu = contextMenu(click.item());
            if (menu != null) {
                menu.show(graphView, click.screenX(), click.screenY());
            }
        });
    }

    private String hoverText(int item) {
        ProgramGraph graph = model.graph.get();
        if (graph == null || item < 0) {
            return null;
        }
        if (item >= graph.nodeCount()) {
            int function = item - graph.nodeCount();
            return graph.functions().get(function) + " (collapsed; double-click to expand)";
        }
        org.mire.graph.Node node = graph.node(item);
        String text = node.fullText();
        if (text.length() > 140) {
            text = text.substring(0, 139) + "…";
        }
        return node.type().key() + " · " + text;
    }

    private ContextMenu contextMenu(int item) {
        ProgramGraph graph = model.graph.get();
        if (graph == null) {
            return null;
        }
        ContextMenu menu = new ContextMenu();
        int function = item < 0 ? -1 : item >= graph.nodeCount() ? item - graph.nodeCount()
                : graph.node(item).function();
        if (function >= 0) {
            String name = graph.functions().get(function);
            boolean collapsed = model.collapsed.contains(function);
            MenuItem collapse = new MenuItem(collapsed ? "Expand " + name : "Collapse " + name,
                    new FontIcon(collapsed ? "mdi2a-arrow-expand" : "mdi2a-arrow-collapse"));
            collapse.setOnAction(e -> {
                if (collapsed) {
                    controller.expand(function);
                } else {
                    controller.collapse(function);
                }
            });
            MenuItem only = new MenuItem("Show only " + name, new FontIcon("mdi2f-filter-outline"));
            only.setOnAction(e -> {
                model.function.set(name);
                model.scope.set(GraphScope.FUNCTION);
                model.viewMode.set(GraphExplorerModel.ViewMode.PROGRAM_GRAPH);
            });
            MenuItem callees = new MenuItem("Show " + name + " and its callees",
                    new FontIcon("mdi2f-file-tree-outline"));
            callees.setOnAction(e -> {
                model.function.set(name);
                model.scope.set(GraphScope.FUNCTION_AND_CALLEES);
                model.viewMode.set(GraphExplorerModel.ViewMode.PROGRAM_GRAPH);
            });
            MenuItem cfg = new MenuItem("Control-flow graph of " + name, new FontIcon("mdi2s-sitemap-outline"));
            cfg.setOnAction(e -> {
                model.function.set(name);
                model.viewMode.set(GraphExplorerModel.ViewMode.CONTROL_FLOW);
            });
            MenuItem others = new MenuItem("Collapse all other functions");
            others.setOnAction(e -> controller.collapseAllExcept(function));
            menu.getItems().addAll(collapse, others, new SeparatorMenuItem(), only, callees, cfg);
        }
        MenuItem expandAll = new MenuItem("Expand all functions");
        expandAll.setOnAction(e -> controller.expandAll());
        expandAll.setDisable(model.collapsed.isEmpty());
        MenuItem fit = new MenuItem("Fit to view", new FontIcon("mdi2f-fit-to-screen-outline"));
        fit.setOnAction(e -> graphView.fit());
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().addAll(expandAll, fit);
        return menu;
    }

    /** The toolbar's export menu, for the main menu to mirror. */
    public MenuButton exportMenu() {
        return exportMenu;
    }

    /** Puts the keyboard focus into the node search. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
