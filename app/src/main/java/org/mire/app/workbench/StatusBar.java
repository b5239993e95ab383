package org.mire.app.workbench;

import atlantafx.base.controls.Popover;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.TaskProgressView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mire.app.background.FxTaskExecutor;

/**
 * The bottom line of the window: the last message, what the graph shows, the zoom, and the background tasks: the
 * newest task's progress with a cancel button, and a button that lists all of them (ControlsFX
 * {@link TaskProgressView}, each with its own cancel).
 */
final class StatusBar extends HBox {
    private final Label message = new Label();
    private final Label summary = new Label();
    private final Label zoom = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label taskMessage = new Label();
    private final Button cancel = new Button(null, new FontIcon("mdi2c-close-circle-outline"));
    private final Button tasksButton = new Button();
    private final TaskProgressView<Task<?>> taskView = new TaskProgressView<>();
    private Task<?> shown;

    StatusBar(FxTaskExecutor executor) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(14);
        setPadding(new Insets(3, 10, 3, 10));
        message.getStyleClass().add("status-message");
        message.setMinWidth(100);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        summary.getStyleClass().addAll("status-summary", Styles.TEXT_MUTED);
        zoom.getStyleClass().addAll("status-zoom", Styles.TEXT_MUTED);
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        progress.setPrefWidth(120);
        progress.setMaxHeight(8);
        taskMessage.getStyleClass().addAll(Styles.TEXT_SMALL);
        taskMessage.setMaxWidth(280);
        cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        cancel.setTooltip(new Tooltip("Cancel this task"));
        cancel.setOnAction(e -> {
            if (shown != null) {
                shown.cancel();
            }
        });
        tasksButton.setGraphic(new FontIcon("mdi2f-format-list-checks"));
        tasksButton.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        tasksButton.setTooltip(new Tooltip("Background tasks"));
        Bindings.bindContent(taskView.getTasks(), executor.running());
        taskView.setPrefSize(380, 220);
        Popover popover = new Popover(taskView);
        popover.setTitle("Background tasks");
        popover.setArrowLocation(Popover.ArrowLocation.BOTTOM_RIGHT);
        tasksButton.setOnAction(e -> {
            if (popover.isShowing()) {
                popover.hide();
            } else {
                popover.show(tasksButton);
            }
        });
        HBox taskBox = new HBox(6, progress, taskMessage, cancel);
        taskBox.setAlignment(Pos.CENTER_LEFT);
        taskBox.visibleProperty().bind(Bindings.isNotEmpty(executor.running()));
        taskBox.managedProperty().bind(taskBox.visibleProperty());
        tasksButton.textProperty().bind(Bindings.createStringBinding(() -> executor.running().isEmpty() ? "Idle"
                : executor.running().size() + (executor.running().size() == 1 ? " task" : " tasks"),
                executor.running()));
        getChildren().addAll(message, summary, zoom, taskBox, tasksButton);
        executor.running().addListener((ListChangeListener<Task<?>>) change -> showNewest(executor));
    }

    private void showNewest(FxTaskExecutor executor) {
        progress.progressProperty().unbind();
        taskMessage.textProperty().unbind();
        shown = executor.running().isEmpty() ? null : executor.running().getLast();
        if (shown != null) {
            progress.progressProperty().bind(shown.progressProperty());
            taskMessage.textProperty().bind(Bindings.createStringBinding(() -> {
                String text = shown.getMessage();
                return text == null || text.isBlank() ? shown.getTitle() : text;
            }, shown.messageProperty(), shown.titleProperty()));
        }
    }

    Label message() {
        return message;
    }

    Label summary() {
        return summary;
    }

    Label zoom() {
        return zoom;
    }
}
