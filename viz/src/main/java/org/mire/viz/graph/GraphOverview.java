package org.mire.viz.graph;

import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The bird's-eye view of a {@link GraphView}: the whole scene in miniature with the visible part outlined. Press or
 * drag to move the main view there. The miniature is drawn only when the scene, palette or size changes; panning
 * redraws just the outline.
 */
public class GraphOverview extends Region {
    private final GraphView view;
    private final Canvas picture = new Canvas();
    private final Canvas frame = new Canvas();
    private final SceneRenderer renderer = new SceneRenderer();
    private final RenderState state = new RenderState();
    private double scale = 1;
    private double translateX;
    private double translateY;

    public GraphOverview(GraphView view) {
        this.view = view;
        getStyleClass().add("graph-overview");
        getChildren().addAll(picture, frame);
        setPrefSize(220, 150);
        setMinSize(60, 40);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        state.labels = false;
        view.graphSceneProperty().addListener((obs, old, now) -> redrawPicture());
        view.paletteProperty().addListener((obs, old, now) -> redrawPicture());
        view.visibleWorldProperty().addListener((obs, old, now) -> redrawFrame());
        widthProperty().addListener((obs, old, now) -> redrawPicture());
        heightProperty().addListener((obs, old, now) -> redrawPicture());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveView);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveView);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, getWidth() - snappedLeftInset() - snappedRightInset());
        double h = Math.max(1, getHeight() - snappedTopInset() - snappedBottomInset());
        for (Canvas canvas : new Canvas[] {picture, frame}) {
            canvas.relocate(snappedLeftInset(), snappedTopInset());
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
    }

    private void redrawPicture() {
        layoutChildren();
        GraphScene scene = view.getGraphScene();
        double w = picture.getWidth();
        double h = picture.getHeight();
        double bw = Math.max(1, scene.maxX - scene.minX);
        double bh = Math.max(1, scene.maxY - scene.minY);
        scale = Math.min((w - 8) / bw, (h - 8) / bh);
        translateX = w / 2 - (scene.minX + scene.maxX) / 2 * scale;
        translateY = h / 2 - (scene.minY + scene.maxY) / 2 * scale;
        GraphPalette palette = view.paletteProperty().get();
        state.palette = palette;
        GraphicsContext gc = picture.getGraphicsContext2D();
        renderer.render(new CanvasSurface(gc), scene, new SceneRenderer.Viewport(scale, translateX, translateY, w, h),
                state);
        redrawFrame();
    }

    private void redrawFrame() {
        GraphicsContext gc = frame.getGraphicsContext2D();
        gc.clearRect(0, 0, frame.getWidth(), frame.getHeight());
        Rectangle2D shown = view.visibleWorldProperty().get();
        if (shown == null || shown.getWidth() <= 0) {
            return;
        }
        int accent = view.paletteProperty().get().accent();
        Color color = Color.rgb((accent >> 16) & 0xff, (accent >> 8) & 0xff, accent & 0xff);
        double x = shown.getMinX() * scale + translateX;
        double y = shown.getMinY() * scale + translateY;
        double w = shown.getWidth() * scale;
        double h = shown.getHeight() * scale;
        gc.setFill(color.deriveColor(0, 1, 1, 0.12));
        gc.fillRect(x, y, w, h);
        gc.setStroke(color);
        gc.setLineWidth(1.5);
        gc.strokeRect(x, y, w, h);
    }

    private void moveView(MouseEvent e) {
        double wx = (e.getX() - snappedLeftInset() - translateX) / scale;
        double wy = (e.getY() - snappedTopInset() - translateY) / scale;
        view.centerOn(wx, wy);
        e.consume();
    }
}
