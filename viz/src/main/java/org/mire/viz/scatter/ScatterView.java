package org.mire.viz.scatter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;

/**
 * A 2-D scatter plot for up to a few hundred thousand points: points are rasterised into an ARGB buffer (one
 * anti-aliased stamp per point) and drawn as one image, so a frame costs a few milliseconds at 100,000 points;
 * overlays (selection outlines, labels, lasso, legend) are drawn on top. Colour and labels come from metadata columns;
 * hover shows a point's row, drag pans (or selects with the box/lasso tool, or with Shift/Alt), the wheel zooms,
 * click selects and double-click activates a point. Knows nothing about embeddings: it shows points and strings.
 */
public final class ScatterView extends Region {
    /** What a left-button drag does. */
    public enum Tool { PAN, BOX, LASSO }

    private static final int BACKGROUND = 0xfffcfcfd;
    private static final int CELL = 8;

    private final Canvas canvas = new Canvas();
    private final Label tip = new Label();
    private final VBox legend = new VBox(2);
    private final Label caption = new Label();
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(Tool.PAN);

    private float[] xs = new float[0];
    private float[] ys = new float[0];
    private int n;
    private List<String> ids = List.of();
    private Map<String, List<String>> columns = Map.of();
    private PointColouring colouring = PointColouring.none(0);
    private String labelColumn;
    private BitSet highlighted = new BitSet();
    private BitSet visible;
    private PointSelection selection = new PointSelection();
    private final Runnable selectionListener = this::requestRender;
    private int hovered = -1;
    private double pointRadius = -1;

    private double centreX;
    private double centreY;
    private double scale = 1;
    /** Whether the user zoomed or panned; until then a resize refits the view. */
    private boolean userMoved;

    private WritableImage image;
    private int[] pixels = new int[0];
    private int[] cellStart = new int[0];
    private int[] cellPoints = new int[0];
    private int cellsX;
    private int cellsY;
    private int[] screenX = new int[0];
    private int[] screenY = new int[0];
    private boolean renderQueued;
    private long lastFrameNanos;

    private double pressX;
    private double pressY;
    private double dragX;
    private double dragY;
    private boolean dragging;
    private Tool dragTool;
    private final List<double[]> lasso = new ArrayList<>();

    private IntConsumer onPointClicked = i -> { };
    private IntConsumer onPointActivated = i -> { };

    public ScatterView() {
        getStyleClass().add("scatter-view");
        getChildren().addAll(canvas, legend, caption, tip);
        tip.setVisible(false);
        tip.setMouseTransparent(true);
        tip.setStyle("-fx-background-color: rgba(255,255,255,0.95); -fx-border-color: #8a8a8a; -fx-padding: 4 6;"
                + " -fx-font-size: 11px; -fx-text-fill: #222;");
        tip.setManaged(false);
        legend.setManaged(false);
        legend.setPadding(new Insets(6, 8, 6, 8));
        legend.setStyle("-fx-background-color: rgba(255,255,255,0.9); -fx-border-color: #d0d0d0;"
                + " -fx-border-radius: 3; -fx-background-radius: 3;");
        legend.setVisible(false);
        caption.setManaged(false);
        caption.setMouseTransparent(true);
        caption.setStyle("-fx-font-size: 12px; -fx-text-fill: #333; -fx-font-weight: bold;");
        setMinSize(100, 100);
        setPrefSize(640, 480);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(-1, 0, 0));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
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
            visible = null;
            hovered = -1;
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
     * Highlights the points where {@code regex} finds a match in {@code column} (null: the id or any column) and
     * returns how many matched; an empty pattern clears the highlight.
     *
     * @throws java.util.regex.PatternSyntaxException for a bad pattern
     */
    public int search(String regex, String column) {
        highlighted = new BitSet();
        if (regex != null && !regex.isEmpty()) {
            Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            for (int i = 0; i < n; i++) {
                if (matches(pattern, column, i)) {
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

    private boolean isVisible(int i) {
        return visible == null || visible.get(i);
    }

    /** Zooms and pans so every visible point is in view. */
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
        centreX = (minX + maxX) / 2;
        centreY = (minY + maxY) / 2;
        double w = Math.max(1, width() - 40);
        double h = Math.max(1, height() - 40);
        double spanX = Math.max(maxX - minX, 1e-9);
        double spanY = Math.max(maxY - minY, 1e-9);
        scale = Math.min(w / spanX, h / spanY);
        requestRender();
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
        if (cellsX == 0 || n == 0) {
            return -1;
        }
        int cx = (int) (sx / CELL);
        int cy = (int) (sy / CELL);
        int reach = (int) Math.ceil(radius / CELL);
        int best = -1;
        double bestD = radius * radius;
        for (int gy = Math.max(0, cy - reach); gy <= Math.min(cellsY - 1, cy + reach); gy++) {
            for (int gx = Math.max(0, cx - reach); gx <= Math.min(cellsX - 1, cx + reach); gx++) {
                int cell = gy * cellsX + gx;
                for (int s = cellStart[cell]; s < cellStart[cell + 1]; s++) {
                    int i = cellPoints[s];
                    double dx = screenX[i] - sx;
                    double dy = screenY[i] - sy;
                    double d = dx * dx + dy * dy;
                    if (d <= bestD) {
                        bestD = d;
                        best = i;
                    }
                }
            }
        }
        return best;
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
        legend.autosize();
        legend.relocate(Math.max(0, w - legend.getWidth() - 8), 8);
        caption.autosize();
        caption.relocate(10, 6);
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
        if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
            image = new WritableImage(w, h);
            pixels = new int[w * h];
        }
        if (screenX.length != n) {
            screenX = new int[n];
            screenY = new int[n];
        }
        double radius = pointRadius > 0 ? pointRadius : Math.max(1.6, Math.min(5, 7 - 1.1 * Math.log10(Math.max(1, n))));
        Stamp stamp = Stamp.of(radius);
        Stamp ring = Stamp.of(radius + 1.6);
        boolean focus = !selection.isEmpty() || !highlighted.isEmpty();
        int[] rgb = colouring.rgb();
        double halfW = w / 2.0;
        double halfH = h / 2.0;
        for (int i = 0; i < n; i++) {
            if (!isVisible(i)) {
                screenX[i] = Integer.MIN_VALUE;
                continue;
            }
            screenX[i] = (int) Math.round((xs[i] - centreX) * scale + halfW);
            screenY[i] = (int) Math.round(halfH - (ys[i] - centreY) * scale);
        }
        int[] emphasised = focus ? emphasisedRows() : new int[0];
        BitSet selected = selection.copy();
        // horizontal bands drawn in parallel; within a band points keep their order, so frames are deterministic
        int bands = n < 20_000 ? 1 : Math.min(8, Runtime.getRuntime().availableProcessors() * 2);
        int[] px = pixels;
        java.util.stream.IntStream.range(0, bands).parallel().forEach(band -> {
            int from = band * h / bands;
            int to = (band + 1) * h / bands;
            java.util.Arrays.fill(px, from * w, to * w, BACKGROUND);
            for (int i = 0; i < n; i++) {
                int sx = screenX[i];
                if (sx == Integer.MIN_VALUE || (focus && (selected.get(i) || highlighted.get(i)))) {
                    continue;
                }
                stamp.draw(px, w, from, to, sx, screenY[i], rgb.length > i ? rgb[i] : Palette.DEFAULT,
                        focus ? 0.22 : 0.85);
            }
            for (int i : emphasised) {
                if (screenX[i] == Integer.MIN_VALUE) {
                    continue;
                }
                ring.draw(px, w, from, to, screenX[i], screenY[i], selected.get(i) ? 0x202020 : 0xff8c00, 1.0);
                stamp.draw(px, w, from, to, screenX[i], screenY[i], rgb[i], 1.0);
            }
        });
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.drawImage(image, 0, 0);
        buildScreenIndex(w, h);
        drawOverlays(g, radius);
        lastFrameNanos = System.nanoTime() - start;
    }

    /** Highlighted rows then selected rows (selected drawn last, on top). */
    private int[] emphasisedRows() {
        BitSet onlyHighlighted = (BitSet) highlighted.clone();
        BitSet selected = selection.copy();
        onlyHighlighted.andNot(selected);
        int[] a = onlyHighlighted.stream().filter(i -> i < n).toArray();
        int[] b = selected.stream().filter(i -> i < n).toArray();
        int[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private void buildScreenIndex(int w, int h) {
        cellsX = (w + CELL - 1) / CELL;
        cellsY = (h + CELL - 1) / CELL;
        int cells = cellsX * cellsY;
        if (cellStart.length != cells + 1) {
            cellStart = new int[cells + 1];
        } else {
            java.util.Arrays.fill(cellStart, 0);
        }
        int inView = 0;
        for (int i = 0; i < n; i++) {
            int sx = screenX[i];
            int sy = screenY[i];
            if (sx >= 0 && sy >= 0 && sx < w && sy < h) {
                cellStart[(sy / CELL) * cellsX + sx / CELL + 1]++;
                inView++;
            }
        }
        for (int c = 0; c < cells; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        if (cellPoints.length < inView) {
            cellPoints = new int[inView];
        }
        int[] fill = java.util.Arrays.copyOf(cellStart, cells);
        for (int i = 0; i < n; i++) {
            int sx = screenX[i];
            int sy = screenY[i];
            if (sx >= 0 && sy >= 0 && sx < w && sy < h) {
                cellPoints[fill[(sy / CELL) * cellsX + sx / CELL]++] = i;
            }
        }
    }

    private void drawOverlays(GraphicsContext g, double radius) {
        g.setFont(Font.font(11));
        if (labelColumn != null) {
            List<String> values = labelColumn.equals("id") ? ids : columns.get(labelColumn);
            if (values != null) {
                int total = cellStart[cellStart.length - 1];
                List<Integer> toLabel = new ArrayList<>();
                if (total <= 400) {
                    for (int s = 0; s < total; s++) {
                        toLabel.add(cellPoints[s]);
                    }
                } else {
                    for (int i : selection.indices()) {
                        if (toLabel.size() < 300) {
                            toLabel.add(i);
                        }
                    }
                }
                g.setFill(Color.rgb(40, 40, 40, 0.9));
                for (int i : toLabel) {
                    if (i < n && screenX[i] != Integer.MIN_VALUE) {
                        g.fillText(values.get(i), screenX[i] + radius + 2, screenY[i] + 4);
                    }
                }
            }
        }
        if (hovered >= 0 && hovered < n && screenX[hovered] != Integer.MIN_VALUE) {
            g.setStroke(Color.rgb(20, 20, 20));
            g.setLineWidth(1.5);
            double r = radius + 3;
            g.strokeOval(screenX[hovered] - r, screenY[hovered] - r, 2 * r, 2 * r);
        }
        if (dragging && dragTool == Tool.BOX) {
            g.setStroke(Color.rgb(30, 90, 200));
            g.setFill(Color.rgb(30, 90, 200, 0.12));
            g.setLineWidth(1);
            double x = Math.min(pressX, dragX);
            double y = Math.min(pressY, dragY);
            g.fillRect(x, y, Math.abs(dragX - pressX), Math.abs(dragY - pressY));
            g.strokeRect(x, y, Math.abs(dragX - pressX), Math.abs(dragY - pressY));
        }
        if (dragging && dragTool == Tool.LASSO && lasso.size() > 1) {
            g.setStroke(Color.rgb(30, 90, 200));
            g.setFill(Color.rgb(30, 90, 200, 0.12));
            g.setLineWidth(1.2);
            g.beginPath();
            g.moveTo(lasso.getFirst()[0], lasso.getFirst()[1]);
            for (double[] p : lasso) {
                g.lineTo(p[0], p[1]);
            }
            g.closePath();
            g.fill();
            g.stroke();
        }
    }

    private void updateLegend() {
        legend.getChildren().clear();
        if (colouring.column() == null) {
            legend.setVisible(false);
            return;
        }
        Label title = new Label(colouring.column());
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 11px;");
        legend.getChildren().add(title);
        if (colouring.gradient()) {
            List<Map.Entry<String, Integer>> ends = new ArrayList<>(colouring.legend().entrySet());
            javafx.scene.shape.Rectangle bar = new javafx.scene.shape.Rectangle(120, 10);
            List<javafx.scene.paint.Stop> stops = new ArrayList<>();
            for (int s = 0; s <= 8; s++) {
                stops.add(new javafx.scene.paint.Stop(s / 8.0, Palette.color(Palette.gradient(s / 8.0))));
            }
            bar.setFill(new javafx.scene.paint.LinearGradient(0, 0, 1, 0, true, javafx.scene.paint.CycleMethod.NO_CYCLE,
                    stops));
            Label low = new Label(ends.getFirst().getKey());
            Label high = new Label(ends.getLast().getKey());
            low.setStyle("-fx-font-size: 10px;");
            high.setStyle("-fx-font-size: 10px;");
            HBox row = new HBox(4, low, bar, high);
            row.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(row);
        } else {
            List<String> values = columns.get(colouring.column());
            for (Map.Entry<String, Integer> entry : colouring.legend().entrySet()) {
                Circle swatch = new Circle(5, Palette.color(entry.getValue()));
                Label text = new Label(entry.getKey());
                text.setStyle("-fx-font-size: 11px;");
                HBox row = new HBox(6, swatch, text);
                row.setAlignment(Pos.CENTER_LEFT);
                int colour = entry.getValue();
                // clicking a legend entry selects the points of that colour
                row.setOnMouseClicked(e -> {
                    BitSet rows = new BitSet();
                    for (int i = 0; i < n; i++) {
                        if (colouring.rgb()[i] == colour && isVisible(i)) {
                            rows.set(i);
                        }
                    }
                    if (values != null) {
                        selection.set(rows);
                    }
                });
                row.setStyle("-fx-cursor: hand;");
                legend.getChildren().add(row);
            }
        }
        legend.setVisible(true);
        requestLayout();
    }

    // ---------------------------------------------------------------- interaction

    private void onMoved(MouseEvent e) {
        int found = pointAt(e.getX(), e.getY(), 8);
        setHovered(found, e.getX(), e.getY());
    }

    private void setHovered(int index, double x, double y) {
        if (index != hovered) {
            hovered = index;
            requestRender();
        }
        if (index < 0) {
            tip.setVisible(false);
            return;
        }
        StringBuilder text = new StringBuilder(ids.get(index));
        int shown = 0;
        for (Map.Entry<String, List<String>> column : columns.entrySet()) {
            if (shown++ == 6) {
                break;
            }
            String value = column.getValue().get(index);
            if (value.length() > 80) {
                value = "…" + value.substring(value.length() - 79);
            }
            text.append('\n').append(column.getKey()).append(": ").append(value);
        }
        tip.setText(text.toString());
        tip.setVisible(true);
        tip.autosize();
        double tx = x + 14 + tip.getWidth() > getWidth() ? x - 14 - tip.getWidth() : x + 14;
        double ty = y + 14 + tip.getHeight() > getHeight() ? y - 14 - tip.getHeight() : y + 14;
        tip.relocate(Math.max(0, tx), Math.max(0, ty));
    }

    private void onPressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        dragX = pressX;
        dragY = pressY;
        dragging = false;
        if (e.getButton() != MouseButton.PRIMARY) {
            dragTool = Tool.PAN;
        } else if (e.isShiftDown() && !e.isAltDown()) {
            dragTool = Tool.BOX;
        } else if (e.isAltDown()) {
            dragTool = Tool.LASSO;
        } else {
            dragTool = tool.get();
        }
        lasso.clear();
        lasso.add(new double[] {pressX, pressY});
    }

    private void onDragged(MouseEvent e) {
        double dx = e.getX() - dragX;
        double dy = e.getY() - dragY;
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < 3) {
            return;
        }
        dragging = true;
        dragX = e.getX();
        dragY = e.getY();
        if (dragTool == Tool.PAN) {
            userMoved = true;
            centreX -= dx / scale;
            centreY += dy / scale;
        } else if (dragTool == Tool.LASSO) {
            lasso.add(new double[] {dragX, dragY});
        }
        tip.setVisible(false);
        requestRender();
    }

    private void onReleased(MouseEvent e) {
        if (dragging) {
            dragging = false;
            boolean add = e.isControlDown() || e.isMetaDown();
            if (dragTool == Tool.BOX) {
                selectBox(pressX, pressY, e.getX(), e.getY(), add);
            } else if (dragTool == Tool.LASSO) {
                lasso.add(new double[] {e.getX(), e.getY()});
                selectPolygon(lasso, add);
            }
            lasso.clear();
            requestRender();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int hit = pointAt(e.getX(), e.getY(), 8);
        if (hit < 0) {
            if (!e.isControlDown() && !e.isShiftDown()) {
                selection.clear();
            }
            return;
        }
        if (e.isControlDown() || e.isMetaDown()) {
            BitSet rows = selection.copy();
            rows.flip(hit);
            selection.set(rows);
        } else {
            selection.select(hit);
        }
        if (e.getClickCount() >= 2) {
            onPointActivated.accept(hit);
        } else {
            onPointClicked.accept(hit);
        }
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        userMoved = true;
        zoom(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
    }

    /** Selects the visible points inside a screen rectangle ({@code add}: added to the selection). */
    public void selectBox(double x0, double y0, double x1, double y1, boolean add) {
        double minX = Math.min(x0, x1);
        double maxX = Math.max(x0, x1);
        double minY = Math.min(y0, y1);
        double maxY = Math.max(y0, y1);
        BitSet rows = add ? selection.copy() : new BitSet();
        for (int i = 0; i < n; i++) {
            if (screenX[i] != Integer.MIN_VALUE && screenX[i] >= minX && screenX[i] <= maxX && screenY[i] >= minY
                    && screenY[i] <= maxY) {
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
                int sx = screenX[i];
                int sy = screenY[i];
                if (sx == Integer.MIN_VALUE || sx < minX || sx > maxX || sy < minY || sy > maxY) {
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

    /** The plot as shown (points, overlays, legend) as a PNG. */
    public void writePng(Path file) throws IOException {
        WritableImage snapshot = snapshot(null, null);
        java.awt.image.BufferedImage buffered = javafx.embed.swing.SwingFXUtils.fromFXImage(snapshot, null);
        if (!javax.imageio.ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException(file + ": no PNG writer");
        }
    }

    /** The visible points in the current view as SVG circles, with the caption and legend. */
    public void writeSvg(Path file) throws IOException {
        double w = width();
        double h = height();
        double radius = pointRadius > 0 ? pointRadius : Math.max(1.6, Math.min(5, 7 - 1.1 * Math.log10(Math.max(1, n))));
        boolean focus = !selection.isEmpty() || !highlighted.isEmpty();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                    + " viewBox=\"0 0 %.0f %.0f\">%n", w, h, w, h));
            out.write(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#fcfcfd\"/>%n", w, h));
            StringBuilder emphasised = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (!isVisible(i)) {
                    continue;
                }
                double sx = toScreenX(xs[i]);
                double sy = toScreenY(ys[i]);
                if (sx < -radius || sy < -radius || sx > w + radius || sy > h + radius) {
                    continue;
                }
                String fill = Palette.hex(colouring.rgb()[i]);
                boolean on = selection.contains(i) || highlighted.get(i);
                String circle = String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\""
                        + " fill-opacity=\"%.2f\"%s><title>%s</title></circle>%n", sx, sy, radius, fill,
                        on || !focus ? (on ? 1.0 : 0.85) : 0.22,
                        selection.contains(i) ? " stroke=\"#202020\" stroke-width=\"1.2\"" : "", escape(ids.get(i)));
                if (on) {
                    emphasised.append(circle);
                } else {
                    out.write(circle);
                }
            }
            out.write(emphasised.toString());
            if (!caption.getText().isEmpty()) {
                out.write(String.format(Locale.ROOT, "<text x=\"10\" y=\"20\" font-family=\"sans-serif\" font-size=\"12\""
                        + " font-weight=\"bold\">%s</text>%n", escape(caption.getText())));
            }
            if (colouring.column() != null) {
                double y = 24;
                double x = w - 200;
                out.write(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-family=\"sans-serif\" font-size=\"11\""
                        + " font-weight=\"bold\">%s</text>%n", x, y, escape(colouring.column())));
                for (Map.Entry<String, Integer> entry : colouring.legend().entrySet()) {
                    y += 16;
                    out.write(String.format(Locale.ROOT, "<circle cx=\"%.0f\" cy=\"%.0f\" r=\"5\" fill=\"%s\"/>"
                            + "<text x=\"%.0f\" y=\"%.0f\" font-family=\"sans-serif\" font-size=\"11\">%s</text>%n",
                            x + 5, y - 4, Palette.hex(entry.getValue()), x + 16, y, escape(entry.getKey())));
                }
            }
            out.write("</svg>\n");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A pre-computed anti-aliased disc: per-pixel coverage around a centre pixel, with each row's covered span. */
    private record Stamp(int reach, float[] coverage, int[] spanFrom, int[] spanTo) {
        private static final Map<Long, Stamp> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static Stamp of(double radius) {
            return CACHE.computeIfAbsent(Math.round(radius * 100), key -> {
                int reach = (int) Math.ceil(radius + 0.5);
                int size = 2 * reach + 1;
                float[] coverage = new float[size * size];
                int[] from = new int[size];
                int[] to = new int[size];
                for (int y = -reach; y <= reach; y++) {
                    from[y + reach] = 1;
                    to[y + reach] = 0;
                    for (int x = -reach; x <= reach; x++) {
                        double d = Math.sqrt(x * x + y * y);
                        float c = (float) Math.max(0, Math.min(1, radius + 0.5 - d));
                        coverage[(y + reach) * size + x + reach] = c;
                        if (c > 0) {
                            from[y + reach] = Math.min(from[y + reach] == 1 && to[y + reach] == 0 ? x : from[y + reach], x);
                            to[y + reach] = x;
                        }
                    }
                }
                return new Stamp(reach, coverage, from, to);
            });
        }

        /** Blends the disc at (cx, cy) into rows [bandFrom, bandTo) of the w × h buffer. */
        void draw(int[] pixels, int w, int bandFrom, int bandTo, int cx, int cy, int rgb, double alpha) {
            if (cx < -reach || cx >= w + reach || cy < bandFrom - reach || cy >= bandTo + reach) {
                return;
            }
            int size = 2 * reach + 1;
            int r = (rgb >> 16) & 0xff;
            int g = (rgb >> 8) & 0xff;
            int b = rgb & 0xff;
            int solid = 0xff000000 | (rgb & 0xffffff);
            boolean opaque = alpha >= 0.999;
            int yFrom = Math.max(-reach, bandFrom - cy);
            int yTo = Math.min(reach, bandTo - 1 - cy);
            for (int y = yFrom; y <= yTo; y++) {
                int row = (cy + y) * w;
                int base = (y + reach) * size + reach;
                int xFrom = Math.max(spanFrom[y + reach], -cx);
                int xTo = Math.min(spanTo[y + reach], w - 1 - cx);
                for (int x = xFrom; x <= xTo; x++) {
                    float c = coverage[base + x];
                    int index = row + cx + x;
                    if (opaque && c >= 1f) {
                        pixels[index] = solid;
                        continue;
                    }
                    int a = (int) (c * alpha * 256);
                    int dst = pixels[index];
                    int dr = (dst >> 16) & 0xff;
                    int dg = (dst >> 8) & 0xff;
                    int db = dst & 0xff;
                    dr += ((r - dr) * a) >> 8;
                    dg += ((g - dg) * a) >> 8;
                    db += ((b - db) * a) >> 8;
                    pixels[index] = 0xff000000 | dr << 16 | dg << 8 | db;
                }
            }
        }
    }
}
