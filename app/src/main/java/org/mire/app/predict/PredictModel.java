package org.mire.app.predict;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mire.task.SavedHead;

/** The Predict panel's state: the saved head, the IR files to apply it to, and the predictions. FX thread only. */
public final class PredictModel {

    /** One prediction: the file, the predicted label or value, and its probability (NaN for regression). */
    public record Prediction(String file, String prediction, double probability, String probabilities) {
        /** The probability as shown, empty for regression. */
        public String probabilityText() {
            return Double.isNaN(probability) ? "" : String.format(java.util.Locale.ROOT, "%.3f", probability);
        }
    }

    final ObjectProperty<Path> headFolder = new SimpleObjectProperty<>(this, "headFolder");
    final ObjectProperty<SavedHead> head = new SimpleObjectProperty<>(this, "head");
    final StringProperty headDescription = new SimpleStringProperty(this, "headDescription", "No head loaded.");
    final ObservableList<Path> files = FXCollections.observableArrayList();
    final ObservableList<Prediction> predictions = FXCollections.observableArrayList();
    final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    final StringProperty status = new SimpleStringProperty(this, "status", "Load a head saved by Train or `mire train`.");

    public ObjectProperty<Path> headFolderProperty() {
        return headFolder;
    }

    public ObjectProperty<SavedHead> headProperty() {
        return head;
    }

    public StringProperty headDescriptionProperty() {
        return headDescription;
    }

    /** The IR files to predict; the workbench puts its open files here. */
    public ObservableList<Path> files() {
        return files;
    }

    public ObservableList<Prediction> predictions() {
        return predictions;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
