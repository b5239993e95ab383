package org.mire.viz.scatter;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A 2-D scatter plot for up to a few hundred thousand points: the data, the view (centre and scale), colour, labels,
 * search, isolation and selection. Rendering is {@link ScatterRaster}'s (points rasterised into one image, so a frame
 * costs a few milliseconds at 100,000 points; labels, legend and tool overlays on top), the mouse is
 * {@link ScatterTools}' (hover, pan, box and lasso, zoom, click and double-click) and export is a
 * {@link ScatterPicture} or {@link #snapshotImage()}. Knows nothing about embeddings: it shows points and strings.
 */
public final class ScatterView extends Region {
    /** What a left-button drag does. */
    public enum Tool { PAN, BOX, LASSO }

    private final Canvas canvas = new Canvas();
    private final ScatterLegend legend = new ScatterLegend();
    private final Label caption = new Label();
    private static final double CAPTION_MARGIN = 10;
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(Tool.PAN);

    // read by the raster and the tools of this package
    float[] xs = new float[0];
    float[] ys = new float[0];
    int n;
    List<String> ids = List.of();
    Map<String, List<String>> columns = Map.of();
    BitSet highlighted = new BitSet();
    BitSet marked = new BitSet();
    private boolean dark;
    private double fittedLegendWidth = -1;
    private PointColouring colouring = PointColouring.none(0);
    private String labelColumn;
    private BitSet visible;
    private PointSelection selection = new PointSelection();
    private final Runnable selectionListener = this::requestRender;
    private double pointRadius = -1;

    private double centreX;
    private double centreY;
    private double scale = 1;
    /** Whether the user zoomed or panned; until then a resize refits the view. */
    private boolean userMoved;

    private final ScatterRaster raster = new ScatterRaster();
    private final ScatterTools tools;
    private boolean renderQueued;
    private long lastFrameNanos;

    private IntConsumer onPointClicked = i -> { };
    private IntConsumer onPointActivated = i -> { };

    public ScatterView() {
        getStyleClass().add("scatter-view");
        tools = new ScatterTools(this, canvas);
        getChildren().addAll(canvas, legend, caption, tools.tip());
        caption.setManaged(false);
        caption.setMouseTransparent(true);
        caption.setId("plot-caption");
        // a title wider than the plot (two plots side by side) wraps instead of running past the plot's edge
        caption.setWrapText(true);
        setDark(false);
        setMinSize(100, 100);
        setPrefSize(640, 480);
        selection.addListener(selectionListener);
    }

    // ---------------------------------------------------------------- data and appearance

    /**
     * Shows points (n × 2 or more; only the first two coordinates are drawn) with their row ids and metadata columns
     * (each one value per point). Keeps colour and label columns that still exist, clears search and isolation, and
     * fits the view when {@code fit} is true (false keeps the zoom, for live t-SNE updates).
     */
    public void setPoints(float[][] points, List<String> ids, Map<String, List<String>> columns, boolean fit) {
        int count = points.length;
        if (ids.size() != count) {
            throw new IllegalArgumentException(ids.size() + " ids for " + count + " points");
        }
        boolean sameRows = count == n && this.ids.equals(ids);
        float[] newX = new float[count];
        float[] newY = new float[count];
        for (int i = 0; i < count; i++) {
            newX[i] = points[i][0];
            newY[i] = points[i].length > 1 ? points[i][1] : 0;
        }
        xs = newX;
        ys = newY;
        n = count;
        this.ids = List.copyOf(ids);
        this.columns = new LinkedHashMap<>(columns);
        if (!sameRows) {
            highlighted = new BitSet();
            marked = new BitSet();
            visible = null;
            tools.reset();
            String colour = colouring.column();
            colouring = colour != null && columns.containsKey(colour) ? PointColouring.of(colour, columns.get(colour))
                    : PointColouring.none(count);
            if (labelColumn != null && !columns.containsKey(labelColumn)) {
                labelColumn = null;
            }
            updateLegend();
        }
        if (fit || !sameRows) {
            userMoved = false;
            fitView();
        }
        requestRender();
    }

    public int size() {
        return n;
    }

    public List<String> columnNames() {
        return new ArrayList<>(columns.keySet());
    }

    /** Colours points by a column (null: one colour). */
    public void colourBy(String column) {
        colouring = column == null || !columns.containsKey(column) ? PointColouring.none(n)
                : PointColouring.of(column, columns.get(column));
        updateLegend();
        requestRender();
    }

    public String colourColumn() {
        return colouring.column();
    }

    public PointColouring colouring() {
        return colouring;
    }

    /** Writes a column's value beside points when few enough are in view (null: no labels). */
    public void labelBy(String column) {
        labelColumn = column;
        requestRender();
    }

    public void setCaption(String text) {
        caption.setText(text == null ? "" : text);
        requestLayout();
    }

    public String caption() {
        return caption.getText();
    }

    /** Removes the points, the caption and the legend: nothing is shown until the next {@link #setPoints}. */
    public void clear(String message) {
        setPoints(new float[0][], List.of(), Map.of(), true);
        colourBy(null);
        setCaption(message);
    }

    /** Draws on a dark background (the dark theme), with text and legend to match. */
    public void setDark(boolean isDark) {
        dark = isDark;
        caption.setStyle("-fx-font-size: 12px; -fx-font-weight: bold; -fx-text-fill: "
                + (dark ? "#e6edf3;" : "#1f2328;"));
        legend.setDark(isDark);
        requestRender();
    }

    public boolean isDark() {
        return dark;
    }

    /**
     * Marks rows with a ring of their own (the selected point's neighbours), beside search hits and the selection;
     * null or empty: none.
     */
    public void setMarked(BitSet rows) {
        marked = rows == null ? new BitSet() : (BitSet) rows.clone();
        requestRender();
    }

    public BitSet marked() {
        return (BitSet) marked.clone();
    }

    /** Point radius in pixels; ≤ 0 picks one from the number of points. */
    public void setPointRadius(double radius) {
        pointRadius = radius;
        requestRender();
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    /** Uses a shared selection (linked views share one instance). */
    public void setSelection(PointSelection shared) {
        selection.removeListener(selectionListener);
        selection = shared;
        selection.addListener(selectionListener);
        requestRender();
    }

    public PointSelection selection() {
        return selection;
    }

    /** Called with the row index when a point is clicked (it is selected first). */
    public void setOnPointClicked(IntConsumer handler) {
        onPointClicked = handler;
    }

    /** Called with the row index when a point is double-clicked. */
    public void setOnPointActivated(IntConsumer handler) {
        onPointActivated = handler;
    }

    // ---------------------------------------------------------------- search, isolation, view

    /**
     * Highlights the plotted points (those not hidden by {@link #isolate}) where {@code regex} finds a match in
     * {@code column} (null: the id or any column) and returns how many matched; an empty pattern clears the
     * highlight.
     *
     * @throws java.util.regex.PatternSyntaxException for a bad pattern
     */
    public int search(String regex, String column) {
        highlighted = new BitSet();
        if (regex != null && !regex.isEmpty()) {
            Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            for (int i = 0; i < n; i++) {
                if (isVisible(i) && matches(pattern, column, i)) {
                    highlighted.set(i);
                }
            }
        }
        requestRender();
        return highlighted.cardinality();
    }

    private boolean matches(Pattern pattern, String column, int i) {
        if (column != null) {
            List<String> values = column.equals("id") ? ids : columns.get(column);
            return values != null && pattern.matcher(values.get(i)).find();
        }
        if (pattern.matcher(ids.get(i)).find()) {
            return true;
        }
        for (List<String> values : columns.values()) {
            if (pattern.matcher(values.get(i)).find()) {
                return true;
            }
        }
        return false;
    }

    public BitSet highlighted() {
        return (BitSet) highlighted.clone();
    }

    /** Shows only these points (e.g. the selection) and fits the view to them; null shows all. */
    public void isolate(BitSet rows) {
        visible = rows == null || rows.isEmpty() ? null : (BitSet) rows.clone();
        fitView();
        requestRender();
    }

    public boolean isIsolated() {
        return visible != null;
    }

    /** How many points are plotted (all, or those {@link #isolate} left). */
    public int plottedCount() {
        return visible == null ? n : visible.cardinality();
    }

    boolean isVisible(int i) {
        return visible == null || visible.get(i);
    }

    /**
     * Zooms and pans so every visible point is in view, clear of the caption above and the legend on the right (so
     * neither hides a point).
     */
    public void fitView() {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (isVisible(i)) {
                minX = Math.min(minX, xs[i]);
                maxX = Math.max(maxX, xs[i]);
                minY = Math.min(minY, ys[i]);
                maxY = Math.max(maxY, ys[i]);
            }
        }
        if (minX > maxX) {
            centreX = 0;
            centreY = 0;
            scale = 1;
            return;
        }
        double spanX = Math.max(maxX - minX, 1e-9);
        double spanY = Math.max(maxY - minY, 1e-9);
        double captionTop = 20 + (caption.getText().isEmpty() ? 0 : captionHeight() + 6);
        double left = 20;
        double bottom = 20;
        double right = 20;
        double top = captionTop;
        if (legend.isVisible()) {
            // the points beside the legend, or below it: whichever gives them more room (a narrow plot, below)
            double besideRight = right + legendWidth() + 8;
            double belowTop = Math.max(captionTop, legendTop() + legendHeight() + 12);
            double beside = Math.min((width() - left - besideRight) / spanX, (height() - captionTop - bottom) / spanY);
            double below = Math.min((width() - left - right) / spanX, (height() - belowTop - bottom) / spanY);
            if (beside >= below) {
                right = besideRight;
            } else {
                top = belowTop;
            }
        }
        double w = Math.max(1, width() - left - right);
        double h = Math.max(1, height() - top - bottom);
        scale = Math.min(w / spanX, h / spanY);
        // the data's middle at the middle of the free area, not of the whole plot
        centreX = (minX + maxX) / 2 - ((left + width() - right) / 2 - width() / 2) / scale;
        centreY = (minY + maxY) / 2 + ((top + height() - bottom) / 2 - height() / 2) / scale;
        fittedLegendWidth = legend.isVisible() ? legendWidth() : 0;
        requestRender();
    }

    private double legendWidth() {
        return legend.getWidth() > 0 ? legend.getWidth() : legend.prefWidth(-1);
    }

    private double legendHeight() {
        return legend.getHeight() > 0 ? legend.getHeight() : legend.prefHeight(-1);
    }

    /** Where the legend starts: below the caption, so a long title and the legend never overlap. */
    private double legendTop() {
        return caption.getText().isEmpty() ? 8 : 6 + captionHeight() + 6;
    }

    /** The caption's width: its text on one line, or the plot's width less the margins when that is narrower. */
    private double captionWidth() {
        return Math.max(0, Math.min(caption.prefWidth(-1), width() - 2 * CAPTION_MARGIN));
    }

    /** The caption's height at {@link #captionWidth()}: more lines when it wraps. */
    private double captionHeight() {
        return caption.prefHeight(captionWidth());
    }

    /** The view: data coordinates at the centre and pixels per data unit. */
    public record ViewState(double centreX, double centreY, double scale) {
    }

    public ViewState viewState() {
        return new ViewState(centreX, centreY, scale);
    }

    public void setViewState(ViewState state) {
        userMoved = true;
        centreX = state.centreX();
        centreY = state.centreY();
        scale = state.scale() > 0 ? state.scale() : scale;
        requestRender();
    }

    /** Zooms by {@code factor} around a screen position. */
    public void zoom(double factor, double screenX, double screenY) {
        double dataX = toDataX(screenX);
        double dataY = toDataY(screenY);
        scale *= factor;
        centreX = dataX - (screenX - width() / 2) / scale;
        centreY = dataY + (screenY - height() / 2) / scale;
        requestRender();
    }

    /** Data x of point {@code i}. */
    public double lastX(int i) {
        return xs[i];
    }

    /** Data y of point {@code i}. */
    public double lastY(int i) {
        return ys[i];
    }

    public double toScreenX(double x) {
        return (x - centreX) * scale + width() / 2;
    }

    public double toScreenY(double y) {
        return height() / 2 - (y - centreY) * scale;
    }

    private double toDataX(double sx) {
        return (sx - width() / 2) / scale + centreX;
    }

    private double toDataY(double sy) {
        return centreY - (sy - height() / 2) / scale;
    }

    private double width() {
        return canvas.getWidth() > 0 ? canvas.getWidth() : getPrefWidth();
    }

    private double height() {
        return canvas.getHeight() > 0 ? canvas.getHeight() : getPrefHeight();
    }

    /** The point drawn nearest to a screen position within {@code radius} pixels, or −1. */
    public int pointAt(double sx, double sy, double radius) {
        return raster.pointAt(sx, sy, radius);
    }

    /** Pans by a drag of (dx, dy) pixels. */
    void pan(double dx, double dy) {
        userMoved = true;
        centreX -= dx / scale;
        centreY += dy / scale;
    }

    /** Zooms as the wheel does: the view stays where the user put it on resize. */
    void userZoom(double factor, double screenX, double screenY) {
        userMoved = true;
        zoom(factor, screenX, screenY);
    }

    void pointClicked(int row) {
        onPointClicked.accept(row);
    }

    void pointActivated(int row) {
        onPointActivated.accept(row);
    }

    /** Milliseconds the last frame took to rasterise and draw. */
    public double lastFrameMillis() {
        return lastFrameNanos / 1e6;
    }

    // ---------------------------------------------------------------- layout and rendering

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            if (!userMoved) {
                fitView();
            }
            requestRender();
        }
        caption.resize(captionWidth(), captionHeight());
        caption.relocate(CAPTION_MARGIN, 6);
        legend.autosize();
        legend.relocate(Math.max(0, w - legend.getWidth() - 8), legendTop());
        double legendWidth = legend.isVisible() ? legend.getWidth() : 0;
        if (!userMoved && n > 0 && Math.abs(legendWidth - fittedLegendWidth) > 0.5) {
            fitView(); // the legend changed size: keep points out from under it
        }
    }

    /** Schedules one redraw on the FX thread (several requests in a pulse give one frame). */
    public void requestRender() {
        if (renderQueued) {
            return;
        }
        renderQueued = true;
        Platform.runLater(this::render);
    }

    /** Draws now (FX thread). */
    public void render() {
        renderQueued = false;
        long start = System.nanoTime();
        int w = (int) Math.ceil(canvas.getWidth());
        int h = (int) Math.ceil(canvas.getHeight());
        if (w <= 0 || h <= 0) {
            return;
        }
        double radius = radius();
        GraphicsContext g = canvas.getGraphicsContext2D();
        raster.draw(g, w, h, this, radius);
        drawLabels(g, radius);
        tools.drawOverlay(g, raster, radius);
        lastFrameNanos = System.nanoTime() - start;
    }

    private double radius() {
        return pointRadius > 0 ? pointRadius : Math.max(1.6, Math.min(5, 7 - 1.1 * Math.log10(Math.max(1, n))));
    }

    /** The label column's values beside the points in view (or beside the selection when too many are in view). */
    private void drawLabels(GraphicsContext g, double radius) {
        List<String> values = labelColumn == null ? null : labelColumn.equals("id") ? ids : columns.get(labelColumn);
        if (values == null) {
            return;
        }
        g.setFont(Font.font(11));
        List<Integer> toLabel = new ArrayList<>();
        if (raster.inView() <= 400) {
            for (int k = 0; k < raster.inView(); k++) {
                toLabel.add(raster.inView(k));
            }
        } else {
            for (int i : selection.indices()) {
                if (toLabel.size() < 300) {
                    toLabel.add(i);
                }
            }
        }
        g.setFill(dark ? Color.rgb(230, 237, 243, 0.92) : Color.rgb(40, 40, 40, 0.9));
        for (int i : toLabel) {
            if (raster.drawn(i)) {
                g.fillText(values.get(i), raster.screenX(i) + radius + 2, raster.screenY(i) + 4);
            }
        }
    }

    private void updateLegend() {
        legend.show(colouring, colour -> {
            // clicking a legend entry selects the visible points of that colour
            BitSet rows = new BitSet();
            for (int i = 0; i < n; i++) {
                if (colouring.rgb()[i] == colour && isVisible(i)) {
                    rows.set(i);
                }
            }
            selection.set(rows);
        });
        requestLayout();
    }

    // ---------------------------------------------------------------- selection by area

    /** Selects the visible points inside a screen rectangle ({@code add}: added to the selection). */
    public void selectBox(double x0, double y0, double x1, double y1, boolean add) {
        double minX = Math.min(x0, x1);
        double maxX = Math.max(x0, x1);
        double minY = Math.min(y0, y1);
        double maxY = Math.max(y0, y1);
        BitSet rows = add ? selection.copy() : new BitSet();
        for (int i = 0; i < n; i++) {
            if (raster.drawn(i) && raster.screenX(i) >= minX && raster.screenX(i) <= maxX
                    && raster.screenY(i) >= minY && raster.screenY(i) <= maxY) {
                rows.set(i);
            }
        }
        selection.set(rows);
    }

    /** Selects the visible points inside a screen polygon (even-odd rule). */
    public void selectPolygon(List<double[]> polygon, boolean add) {
        BitSet rows = add ? selection.copy() : new BitSet();
        if (polygon.size() >= 3) {
            double minX = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (double[] p : polygon) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
            for (int i = 0; i < n; i++) {
                if (!raster.drawn(i)) {
                    continue;
                }
                int sx = raster.screenX(i);
                int sy = raster.screenY(i);
                if (sx < minX || sx > maxX || sy < minY || sy > maxY) {
                    continue;
                }
                boolean inside = false;
                for (int a = 0, b = polygon.size() - 1; a < polygon.size(); b = a++) {
                    double[] pa = polygon.get(a);
                    double[] pb = polygon.get(b);
                    if ((pa[1] > sy) != (pb[1] > sy)
                            && sx < (pb[0] - pa[0]) * (sy - pa[1]) / (pb[1] - pa[1]) + pa[0]) {
                        inside = !inside;
                    }
                }
                if (inside) {
                    rows.set(i);
                }
            }
        }
        selection.set(rows);
    }

    // ---------------------------------------------------------------- export

    /** The plot as shown (points, labels, legend) as an image; FX thread ({@link org.mire.viz.ImageFiles} writes it). */
    public WritableImage snapshotImage() {
        return snapshot(null, null);
    }

    /** The points in view with their colours, the caption and the legend, for SVG export off the FX thread. */
    public ScatterPicture picture() {
        double w = width();
        double h = height();
        double radius = radius();
        boolean focus = !selection.isEmpty() || !highlighted.isEmpty();
        List<ScatterPicture.Point> plain = new ArrayList<>();
        List<ScatterPicture.Point> emphasised = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!isVisible(i)) {
                continue;
            }
            double sx = toScreenX(xs[i]);
            double sy = toScreenY(ys[i]);
            if (sx < -radius || sy < -radius || sx > w + radius || sy > h + radius) {
                continue;
            }
            boolean on = selection.contains(i) || highlighted.get(i);
            ScatterPicture.Point point = new ScatterPicture.Point(sx, sy, colouring.rgb()[i],
                    on || !focus ? (on ? 1.0 : 0.85) : 0.22, selection.contains(i), ids.get(i));
            (on ? emphasised : plain).add(point);
        }
        return new ScatterPicture(w, h, radius, ScatterPicture.ordered(plain, emphasised), caption.getText(),
                colouring.column(), colouring.column() == null ? Map.of() : new LinkedHashMap<>(colouring.legend()));
    }
}
