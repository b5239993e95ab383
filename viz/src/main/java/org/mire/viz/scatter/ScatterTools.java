package org.mire.viz.scatter;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;

/**
 * The mouse tools of a {@link ScatterView}: hover shows a point's row, a left drag pans (or draws a selection box with
 * Shift or the box tool, a lasso with Alt or the lasso tool), the wheel zooms, a click selects (Ctrl toggles) and a
 * double-click activates a point. Draws its own overlay: the hover ring and the box or lasso being drawn.
 */
final class ScatterTools {
    private final ScatterView view;
    private final Label tip = new Label();
    private int hovered = -1;
    private double pressX;
    private double pressY;
    private double dragX;
    private double dragY;
    private boolean dragging;
    private ScatterView.Tool dragTool;
    private final List<double[]> lasso = new ArrayList<>();

    ScatterTools(ScatterView view, Canvas canvas) {
        this.view = view;
        tip.setVisible(false);
        tip.setMouseTransparent(true);
        tip.setStyle("-fx-background-color: rgba(255,255,255,0.95); -fx-border-color: #8a8a8a; -fx-padding: 4 6;"
                + " -fx-font-size: 11px; -fx-text-fill: #222;");
        tip.setManaged(false);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(-1, 0, 0));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
    }

    /** The hover tooltip, a child of the view. */
    Label tip() {
        return tip;
    }

    /** New rows: nothing is hovered any more. */
    void reset() {
        hovered = -1;
        tip.setVisible(false);
    }

    /** The hover ring and the box or lasso being drawn, over the last frame. */
    void drawOverlay(GraphicsContext g, ScatterRaster raster, double radius) {
        if (raster.drawn(hovered)) {
            g.setStroke(Color.rgb(20, 20, 20));
            g.setLineWidth(1.5);
            double r = radius + 3;
            g.strokeOval(raster.screenX(hovered) - r, raster.screenY(hovered) - r, 2 * r, 2 * r);
        }
        if (dragging && dragTool == ScatterView.Tool.BOX) {
            g.setStroke(Color.rgb(30, 90, 200));
            g.setFill(Color.rgb(30, 90, 200, 0.12));
            g.setLineWidth(1);
            double x = Math.min(pressX, dragX);
            double y = Math.min(pressY, dragY);
            g.fillRect(x, y, Math.abs(dragX - pressX), Math.abs(dragY - pressY));
            g.strokeRect(x, y, Math.abs(dragX - pressX), Math.abs(dragY - pressY));
        }
        if (dragging && dragTool == ScatterView.Tool.LASSO && lasso.size() > 1) {
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

    private void onMoved(MouseEvent e) {
        setHovered(view.pointAt(e.getX(), e.getY(), 8), e.getX(), e.getY());
    }

    private void setHovered(int index, double x, double y) {
        if (index != hovered) {
            hovered = index;
            view.requestRender();
        }
        if (index < 0) {
            tip.setVisible(false);
            return;
        }
        StringBuilder text = new StringBuilder(view.ids.get(index));
        int shown = 0;
        for (Map.Entry<String, List<String>> column : view.columns.entrySet()) {
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
        double tx = x + 14 + tip.getWidth() > view.getWidth() ? x - 14 - tip.getWidth() : x + 14;
        double ty = y + 14 + tip.getHeight() > view.getHeight() ? y - 14 - tip.getHeight() : y + 14;
        tip.relocate(Math.max(0, tx), Math.max(0, ty));
    }

    private void onPressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        dragX = pressX;
        dragY = pressY;
        dragging = false;
        if (e.getButton() != MouseButton.PRIMARY) {
            dragTool = ScatterView.Tool.PAN;
        } else if (e.isShiftDown() && !e.isAltDown()) {
            dragTool = ScatterView.Tool.BOX;
        } else if (e.isAltDown()) {
            dragTool = ScatterView.Tool.LASSO;
        } else {
            dragTool = view.toolProperty().get();
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
        if (dragTool == ScatterView.Tool.PAN) {
            view.pan(dx, dy);
        } else if (dragTool == ScatterView.Tool.LASSO) {
            lasso.add(new double[] {dragX, dragY});
        }
        tip.setVisible(false);
        view.requestRender();
    }

    private void onReleased(MouseEvent e) {
        if (dragging) {
            dragging = false;
            boolean add = e.isControlDown() || e.isMetaDown();
            if (dragTool == ScatterView.Tool.BOX) {
                view.selectBox(pressX, pressY, e.getX(), e.getY(), add);
            } else if (dragTool == ScatterView.Tool.LASSO) {
                lasso.add(new double[] {e.getX(), e.getY()});
                view.selectPolygon(lasso, add);
            }
            lasso.clear();
            view.requestRender();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        PointSelection selection = view.selection();
        int hit = view.pointAt(e.getX(), e.getY(), 8);
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
            view.pointActivated(hit);
        } else {
            view.pointClicked(hit);
        }
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            view.userZoom(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        }
    }
}
