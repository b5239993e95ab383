package org.mire.viz.graph;

import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import javafx.util.Duration;
import javafx.animation.PauseTransition;

/**
 * A graph canvas: draws a {@link GraphScene} with culling and level of detail, pans by dragging, zooms to the
 * cursor with the wheel or a pinch, fits on demand, and reports clicks on nodes (and on lines of text blocks) as
 * the caller's items. Knows nothing about programs: the caller builds the scene and maps items.
 */
public class GraphView extends Region {
    /** A click on a node: the scene node, the text-block line (or -1), and the caller's items for both. */
    public record NodeClick(int node, int line, int item, int lineItem, MouseButton button, int clickCount,
                            double screenX, double screenY) {
    }

    private static final double MAX_SCALE = 6;
    private static final double FIT_PADDING = 24;
    /** Space a fit leaves between the graph and a card floating over the view. */
    private static final double CARD_GAP = 12;
    private static final double DRAG_THRESHOLD = 3;
    /** The zoom at which node labels become legible; {@link #reveal} zooms in at least this far. */
    private static final double READABLE_SCALE = 0.9;

    /** Pixels drawn beyond each side of the view, so that panning can move the last picture instead of redrawing. */
    static final double MARGIN = 256;
    /** How long zooming must pause before the scaled picture is redrawn sharp. */
    private static final Duration SETTLE = Duration.millis(140);

    private final Canvas canvas = new Canvas();
    private final Canvas overlay = new Canvas();
    private final CanvasSurface surface = new CanvasSurface(canvas.getGraphicsContext2D());
    private final CanvasSurface overlaySurface = new CanvasSurface(overlay.getGraphicsContext2D());
    private final Affine pictureTransform = new Affine();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final Rectangle clip = new Rectangle();
    private final SceneRenderer renderer = new SceneRenderer();
    private final RenderState state = new RenderState();
    private final Label hoverTip = new Label();

    private final ObjectProperty<GraphScene> scene = new SimpleObjectProperty<>(this, "scene", GraphScene.empty());
    private final ObjectProperty<GraphPalette> palette = new SimpleObjectProperty<>(this, "palette",
            GraphPalette.LIGHT);
    private final BooleanProperty labels = new SimpleBooleanProperty(this, "labels", true);
    private final BooleanProperty positionLabels = new SimpleBooleanProperty(this, "positionLabels", false);
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ReadOnlyObjectWrapper<Rectangle2D> visibleWorld = new ReadOnlyObjectWrapper<>(this,
            "visibleWorld", Rectangle2D.EMPTY);

    private double translateX;
    private double translateY;
    /** The viewport of the last full drawing; the picture on the canvas shows the world as it was then. */
    private double renderScale = 1;
    private double renderTranslateX;
    private double renderTranslateY;
    private boolean pictureValid;
    private boolean redrawScheduled;
    private boolean marksScheduled;
    private boolean fitPending = true;
    private double pressX;
    private double pressY;
    private double pressTranslateX;
    private double pressTranslateY;
    private boolean panning;
    private int[] selectedItems = new int[0];
    private int[] highlightedItems = new int[0];
    private Consumer<NodeClick> onNodeClicked = click -> { };
    private Consumer<NodeClick> onContextMenu = click -> { };
    private IntFunction<String> hoverText = item -> null;
    private long lastDrawNanos;
    private long drawCount;
    private GraphScene lastDrawnScene;

    public GraphView() {
        getStyleClass().add("graph-view");
        setFocusTraversable(true);
        hoverTip.getStyleClass().add("graph-hover-tip");
        hoverTip.setManaged(false);
        hoverTip.setVisible(false);
        hoverTip.setMouseTransparent(true);
        canvas.getTransforms().add(pictureTransform);
        overlay.getTransforms().add(pictureTransform);
        overlay.setMouseTransparent(true);
        getChildren().addAll(canvas, overlay, hoverTip);
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        settle.setOnFinished(e -> requestRedraw());
        setMinSize(50, 50);
        setPrefSize(800, 600);

        scene.addListener((obs, old, now) -> {
            state.hovered = -1;
            applySelection();
            if (fitPending) {
                fit();
            }
            requestRedraw();
        });
        palette.addListener((obs, old, now) -> {
            state.palette = now;
            requestRedraw();
        });
        labels.addListener((obs, old, now) -> {
            state.labels = now;
            requestRedraw();
        });
        positionLabels.addListener((obs, old, now) -> {
            state.positionLabels = now;
            requestRedraw();
        });
        widthProperty().addListener((obs, old, now) -> sizeChanged(old.doubleValue(), getHeight()));
        heightProperty().addListener((obs, old, now) -> sizeChanged(getWidth(), old.doubleValue()));

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (panning) {
                setCursor(javafx.scene.Cursor.DEFAULT);
            }
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(-1, 0, 0));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    // ---- properties

    public ObjectProperty<GraphScene> graphSceneProperty() {
        return scene;
    }

    public GraphScene getGraphScene() {
        return scene.get();
    }

    /**
     * Shows a new scene. With {@code fit} the whole scene is fitted into the view (once the view has a size);
     * without it the current zoom and position stay, as when a filter changes.
     */
    public void setScene(GraphScene newScene, boolean fit) {
        fitPending = fit;
        scene.set(newScene);
        if (newScene == scene.get() && fit) {
            fit();
        }
        fitPending = false;
    }

    public ObjectProperty<GraphPalette> paletteProperty() {
        return palette;
    }

    public BooleanProperty labelsProperty() {
        return labels;
    }

    public BooleanProperty positionLabelsProperty() {
        return positionLabels;
    }

    /** Pixels per world unit. */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double getScale() {
        return scale.get();
    }

    /** The part of the world the view shows, for the overview. */
    public ReadOnlyObjectProperty<Rectangle2D> visibleWorldProperty() {
        return visibleWorld.getReadOnlyProperty();
    }

    public void setOnNodeClicked(Consumer<NodeClick> handler) {
        onNodeClicked = handler == null ? click -> { } : handler;
    }

    /** Called on a context-menu request; {@code node} is -1 on empty space. */
    public void setOnNodeContextMenu(Consumer<NodeClick> handler) {
        onContextMenu = handler == null ? click -> { } : handler;
    }

    /** What the hover tip says for an item (null for no tip). */
    public void setHoverText(IntFunction<String> text) {
        hoverText = text == null ? item -> null : text;
    }

    /** Marks these items as selected (ring, neighbourhood kept bright, the rest faded). */
    public void setSelectedItems(int... items) {
        selectedItems = items.clone();
        applySelection();
        requestRedraw();
    }

    /** Marks these items (search hits, nodes of the IR lines selected in the text). */
    public void setHighlightedItems(int... items) {
        highlightedItems = items.clone();
        applySelection();
        requestMarks();
    }

    private void applySelection() {
        GraphScene current = scene.get();
        ItemIndex index = current.items();
        java.util.List<Integer> nodes = new java.util.ArrayList<>();
        state.selectedLines.clear();
        state.highlightedLines.clear();
        for (int item : selectedItems) {
            index.forEach(item, (node, line) -> {
                if (line < 0) {
                    nodes.add(node);
                } else {
                    state.selectedLines.add(RenderState.lineKey(node, line));
                    nodes.add(node);
                }
            });
        }
        state.selected = nodes.stream().mapToInt(Integer::intValue).distinct().toArray();
        if (highlightedItems.length == 0) {
            state.highlighted = null;
        } else {
            boolean[] marked = new boolean[current.nodeCount()];
            for (int item : highlightedItems) {
                index.forEach(item, (node, line) -> {
                    if (line < 0) {
                        marked[node] = true;
                    } else {
                        state.highlightedLines.add(RenderState.lineKey(node, line));
                    }
                });
            }
            state.highlighted = marked;
        }
        state.updateRelated(current);
    }

    /** Scene nodes that show the item (as a node or as a line of a block). */
    public int[] nodesOfItem(int item) {
        java.util.List<Integer> nodes = new java.util.ArrayList<>();
        scene.get().items().forEach(item, (node, line) -> nodes.add(node));
        return nodes.stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    // ---- navigation

    /** Fits the whole scene into the view. */
    public void fit() {
        GraphScene current = scene.get();
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) {
            fitPending = true;
            return;
        }
        fitPending = false;
        fitRectangle(current.minX, current.minY, current.maxX, current.maxY, 1.5);
    }

    private void fitRectangle(double x0, double y0, double x1, double y1, double maxScale) {
        double w = getWidth();
        double h = getHeight();
        double bw = Math.max(1, x1 - x0);
        double bh = Math.max(1, y1 - y0);
        double[] free = freeArea(w, h, bw, bh);
        double s = Math.min((free[2] - free[0]) / bw, (free[3] - free[1]) / bh);
        s = Math.clamp(s, minScale(), Math.min(maxScale, MAX_SCALE));
        translateX = (free[0] + free[2]) / 2 - (x0 + x1) / 2 * s;
        translateY = (free[1] + free[3]) / 2 - (y0 + y1) / 2 * s;
        setScaleValue(s);
        viewChanged();
    }

    /**
     * Cards that float over the view (zoom buttons, the overview): a fit keeps the graph clear of them. Each card
     * sits in a corner and can be avoided by giving up a strip beside it or a band above or below it; the fit
     * takes the combination that leaves the graph largest.
     */
    public void keepClearWhenFitting(javafx.scene.Node... cards) {
        fitObstacles.addAll(java.util.List.of(cards));
    }

    private final java.util.List<javafx.scene.Node> fitObstacles = new java.util.ArrayList<>();

    /** The rectangle {x0, y0, x1, y1} of the view that a fitted graph of this size may use. */
    private double[] freeArea(double w, double h, double bw, double bh) {
        java.util.List<javafx.geometry.Bounds> cards = new java.util.ArrayList<>();
        for (javafx.scene.Node card : fitObstacles) {
            if (card.isVisible() && card.getScene() == getScene() && getScene() != null) {
                javafx.geometry.Bounds bounds = sceneToLocal(card.localToScene(card.getLayoutBounds()));
                if (bounds != null && bounds.getMaxX() > 0 && bounds.getMinX() < w && bounds.getMaxY() > 0
                        && bounds.getMinY() < h) {
                    cards.add(bounds);
                }
            }
        }
        double[] best = {FIT_PADDING, FIT_PADDING, w - FIT_PADDING, h - FIT_PADDING};
        double bestScale = -1;
        for (int sides = 0; sides < 1 << cards.size(); sides++) {
            double left = FIT_PADDING;
            double top = FIT_PADDING;
            double right = FIT_PADDING;
            double bottom = FIT_PADDING;
            for (int c = 0; c < cards.size(); c++) {
                javafx.geometry.Bounds card = cards.get(c);
                if ((sides >> c & 1) == 0) {
                    if (card.getCenterX() < w / 2) {
                        left = Math.max(left, card.getMaxX() + CARD_GAP);
                    } else {
                        right = Math.max(right, w - card.getMinX() + CARD_GAP);
                    }
                } else if (card.getCenterY() < h / 2) {
                    top = Math.max(top, card.getMaxY() + CARD_GAP);
                } else {
                    bottom = Math.max(bottom, h - card.getMinY() + CARD_GAP);
                }
            }
            double freeW = w - left - right;
            double freeH = h - top - bottom;
            if (freeW < 40 || freeH < 40) {
                continue;
            }
            double s = Math.min(freeW / bw, freeH / bh);
            if (s > bestScale) {
                bestScale = s;
                best = new double[] {left, top, w - right, h - bottom};
            }
        }
        return best;
    }

    private double minScale() {
        GraphScene current = scene.get();
        double extent = Math.max(current.maxX - current.minX, current.maxY - current.minY);
        double size = Math.max(100, Math.min(getWidth(), getHeight()));
        return Math.min(0.05, size / Math.max(1, extent) * 0.25);
    }

    /** Zooms by a factor, keeping the world point under (screenX, screenY) in place. */
    public void zoomAt(double factor, double screenX, double screenY) {
        double old = scale.get();
        double s = Math.clamp(old * factor, minScale(), MAX_SCALE);
        double wx = (screenX - translateX) / old;
        double wy = (screenY - translateY) / old;
        translateX = screenX - wx * s;
        translateY = screenY - wy * s;
        setScaleValue(s);
        viewChanged();
    }

    public void zoomIn() {
        zoomAt(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(0.8, getWidth() / 2, getHeight() / 2);
    }

    /** Moves the picture by screen pixels. */
    public void panBy(double dx, double dy) {
        translateX += dx;
        translateY += dy;
        updateVisibleWorld();
        viewChanged();
    }

    /** Centres the view on a world point. */
    public void centerOn(double worldX, double worldY) {
        translateX = getWidth() / 2 - worldX * scale.get();
        translateY = getHeight() / 2 - worldY * scale.get();
        updateVisibleWorld();
        viewChanged();
    }

    /** Centres on the scene nodes showing the item, zooming in until they are readable. */
    public void reveal(int item) {
        int[] nodes = nodesOfItem(item);
        if (nodes.length == 0) {
            return;
        }
        GraphScene current = scene.get();
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int node : nodes) {
            x0 = Math.min(x0, current.x[node] - current.width[node] / 2);
            x1 = Math.max(x1, current.x[node] + current.width[node] / 2);
            y0 = Math.min(y0, current.y[node] - current.height[node] / 2);
            y1 = Math.max(y1, current.y[node] + current.height[node] / 2);
        }
        double cx = (x0 + x1) / 2;
        double cy = (y0 + y1) / 2;
        if (scale.get() < READABLE_SCALE) {
            setScaleValue(READABLE_SCALE);
            centerOn(cx, cy);
            return;
        }
        Rectangle2D shown = visibleWorld.get();
        double marginX = shown.getWidth() * 0.1;
        double marginY = shown.getHeight() * 0.1;
        if (cx < shown.getMinX() + marginX || cx > shown.getMaxX() - marginX || cy < shown.getMinY() + marginY
                || cy > shown.getMaxY() - marginY) {
            centerOn(cx, cy);
        }
    }

    private void setScaleValue(double s) {
        scale.set(s);
        updateVisibleWorld();
    }

    private void updateVisibleWorld() {
        double s = scale.get();
        visibleWorld.set(new Rectangle2D(-translateX / s, -translateY / s, Math.max(0, getWidth() / s),
                Math.max(0, getHeight() / s)));
    }

    /** Converts a point in this view's coordinates to world coordinates. */
    public Point2D toWorld(double x, double y) {
        return new Point2D((x - translateX) / scale.get(), (y - translateY) / scale.get());
    }

    /** Converts a world point to this view's coordinates. */
    public Point2D toView(double worldX, double worldY) {
        return new Point2D(worldX * scale.get() + translateX, worldY * scale.get() + translateY);
    }

    // ---- drawing

    private void sizeChanged(double oldWidth, double oldHeight) {
        for (Canvas layer : new Canvas[] {canvas, overlay}) {
            layer.setWidth(Math.max(1, getWidth() + 2 * MARGIN));
            layer.setHeight(Math.max(1, getHeight() + 2 * MARGIN));
        }
        if (fitPending && getWidth() > 0 && getHeight() > 0) {
            fit();
        } else if (oldWidth > 0 && oldHeight > 0) {
            // Keep the centre in place when the view is resized.
            translateX += (getWidth() - oldWidth) / 2;
            translateY += (getHeight() - oldHeight) / 2;
        }
        updateVisibleWorld();
        requestRedraw();
    }

    /**
     * The view moved or zoomed. A pan within the margin moves the last picture; a zoom scales it for a preview
     * and draws it sharp once zooming pauses; anything else draws anew.
     */
    private void viewChanged() {
        if (!pictureValid) {
            requestRedraw();
            return;
        }
        double c = scale.get() / renderScale;
        double dx = translateX - c * renderTranslateX;
        double dy = translateY - c * renderTranslateY;
        if (Math.abs(c - 1) < 1e-9) {
            if (Math.abs(dx) <= MARGIN && Math.abs(dy) <= MARGIN) {
                // Whole pixels: the picture is copied instead of resampled, and stays sharp.
                translateX = renderTranslateX + Math.rint(dx);
                translateY = renderTranslateY + Math.rint(dy);
                updateVisibleWorld();
                setPictureTransform(1, Math.rint(dx), Math.rint(dy));
                return;
            }
            requestRedraw();
            return;
        }
        if (c < 0.5 || c > 2) {
            requestRedraw();
            return;
        }
        // Canvas pixel q shows screen point c * (q - MARGIN) + d; the canvas sits at -MARGIN.
        setPictureTransform(c, dx - c * MARGIN + MARGIN, dy - c * MARGIN + MARGIN);
        settle.playFromStart();
    }

    private void setPictureTransform(double c, double tx, double ty) {
        pictureTransform.setToTransform(c, 0, tx, 0, c, ty);
    }

    /** Schedules one full drawing; many requests in one event burst draw once. */
    public void requestRedraw() {
        pictureValid = false;
        if (!redrawScheduled) {
            redrawScheduled = true;
            Platform.runLater(this::redrawNow);
        }
    }

    /** Schedules a redraw of the marks only (hover, highlights): the picture under them stays. */
    private void requestMarks() {
        if (!marksScheduled && !redrawScheduled) {
            marksScheduled = true;
            Platform.runLater(this::redrawMarks);
        }
    }

    /** Draws now. Returns the nanoseconds spent issuing the frame (for the frame-time benchmark). */
    public long redrawNow() {
        redrawScheduled = false;
        settle.stop();
        long start = System.nanoTime();
        renderScale = scale.get();
        renderTranslateX = translateX;
        renderTranslateY = translateY;
        setPictureTransform(1, 0, 0);
        renderer.renderPicture(surface, scene.get(), pictureViewport(), state, false);
        redrawMarks();
        pictureValid = true;
        lastDrawNanos = System.nanoTime() - start;
        lastDrawnScene = scene.get();
        drawCount++;
        return lastDrawNanos;
    }

    private void redrawMarks() {
        marksScheduled = false;
        boolean any = state.selected.length > 0 || state.highlighted != null || state.hovered >= 0;
        // An empty overlay is hidden: blending a transparent layer the size of the view costs every frame.
        overlay.setVisible(any);
        if (any) {
            renderer.renderMarks(overlaySurface, scene.get(), pictureViewport(), state);
        }
    }

    /** How many frames the view has drawn. */
    public long drawCount() {
        return drawCount;
    }

    /** The scene of the last frame drawn (for "time to first drawn graph"). */
    public GraphScene lastDrawnScene() {
        return lastDrawnScene;
    }

    /** Nanoseconds the last frame took to issue on the FX thread. */
    public long lastDrawNanos() {
        return lastDrawNanos;
    }

    /** The viewport of the canvases: the view plus the margin on every side, as of the last full drawing. */
    private SceneRenderer.Viewport pictureViewport() {
        return new SceneRenderer.Viewport(renderScale, renderTranslateX + MARGIN, renderTranslateY + MARGIN,
                canvas.getWidth(), canvas.getHeight());
    }


    /**
     * A picture for export, taken now (on the FX thread) and drawn later on any thread.
     *
     * @param wholeGraph the whole graph at 100% zoom (else what the view shows, at its zoom)
     * @param legend     the legend to draw above the graph, or null
     * @param marks      whether to keep the selection, its fading of the rest, and the marked nodes
     */
    public GraphPicture picture(boolean wholeGraph, PictureLegend legend, boolean marks) {
        GraphScene current = scene.get().prepare();
        RenderState copy = new RenderState();
        copy.palette = state.palette;
        copy.labels = state.labels;
        copy.positionLabels = state.positionLabels;
        if (marks) {
            copy.selected = state.selected.clone();
            copy.highlighted = state.highlighted == null ? null : state.highlighted.clone();
            copy.highlightedLines.addAll(state.highlightedLines);
            copy.selectedLines.addAll(state.selectedLines);
            copy.updateRelated(current);
        }
        if (wholeGraph && current.nodeCount() > 0) {
            double pad = FIT_PADDING;
            return new GraphPicture(current, copy, current.minX - pad, current.minY - pad,
                    current.maxX - current.minX + 2 * pad, current.maxY - current.minY + 2 * pad, 1, legend);
        }
        double s = scale.get();
        return new GraphPicture(current, copy, -translateX / s, -translateY / s, Math.max(1, getWidth()) / s,
                Math.max(1, getHeight()) / s, s, legend);
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(-MARGIN, -MARGIN);
        overlay.relocate(-MARGIN, -MARGIN);
        if (hoverTip.isVisible()) {
            hoverTip.autosize();
        }
    }

    // ---- input

    private void pressed(MouseEvent e) {
        requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        pressTranslateX = translateX;
        pressTranslateY = translateY;
        panning = false;
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!panning && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
            return;
        }
        if (!panning) {
            panning = true;
            setCursor(javafx.scene.Cursor.CLOSED_HAND);
            setHovered(-1, 0, 0);
        }
        translateX = pressTranslateX + dx;
        translateY = pressTranslateY + dy;
        updateVisibleWorld();
        requestRedraw();
    }

    private NodeClick hit(double x, double y, MouseButton button, int clicks, double screenX, double screenY) {
        GraphScene current = scene.get();
        Point2D world = toWorld(x, y);
        int node = current.nodeAt(world.getX(), world.getY());
        int line = node < 0 ? -1 : current.lineAt(node, world.getY());
        return new NodeClick(node, line, node < 0 ? -1 : current.item(node),
                node < 0 ? -1 : current.lineItem(node, line), button, clicks, screenX, screenY);
    }

    private void clicked(MouseEvent e) {
        if (panning || !e.isStillSincePress()) {
            panning = false;
            return;
        }
        onNodeClicked.accept(hit(e.getX(), e.getY(), e.getButton(), e.getClickCount(), e.getScreenX(),
                e.getScreenY()));
    }

    private void contextMenu(ContextMenuEvent e) {
        onContextMenu.accept(hit(e.getX(), e.getY(), MouseButton.SECONDARY, 1, e.getScreenX(), e.getScreenY()));
        e.consume();
    }

    private void moved(MouseEvent e) {
        GraphScene current = scene.get();
        Point2D world = toWorld(e.getX(), e.getY());
        int node = current.nodeAt(world.getX(), world.getY());
        setHovered(node, e.getX(), e.getY());
    }

    private void setHovered(int node, double x, double y) {
        if (node != state.hovered) {
            state.hovered = node;
            requestMarks();
        }
        String text = node < 0 ? null : hoverText.apply(scene.get().item(node));
        if (node >= 0 && scene.get().shape(node) == NodeShape.TEXT_BLOCK) {
            text = null;
        }
        if (text == null) {
            hoverTip.setVisible(false);
            return;
        }
        hoverTip.setText(text);
        hoverTip.setVisible(true);
        hoverTip.autosize();
        double tipX = Math.min(x + 14, getWidth() - hoverTip.getWidth() - 4);
        double tipY = y + 18 + hoverTip.getHeight() > getHeight() ? y - hoverTip.getHeight() - 8 : y + 18;
        hoverTip.relocate(Math.max(4, tipX), Math.max(4, tipY));
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0 && e.getDeltaX() == 0) {
            return;
        }
        if (e.isShiftDown()) {
            panBy(e.getDeltaX() + e.getDeltaY(), 0);
        } else {
            zoomAt(Math.pow(1.005, e.getDeltaY()), e.getX(), e.getY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT -> panBy(80, 0);
            case RIGHT -> panBy(-80, 0);
            case UP -> panBy(0, 80);
            case DOWN -> panBy(0, -80);
            case PLUS, ADD, EQUALS -> zoomIn();
            case MINUS, SUBTRACT -> zoomOut();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
