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
import org.mire.workspace.PredictState;

/**
 * The Predict panel's state: the saved head and the extra features it needs, the inputs (IR files with a value per
 * feature), and the predictions, one row per input (a failed input carries its error). FX thread only.
 */
public final class PredictModel {

    /**
     * An input: the IR file and the head's extra features in its order (NaN: not given yet).
     *
     * @param features a copy is kept; do not change the array afterwards
     */
    public record Input(Path file, double[] features) {
        public Input {
            features = features.clone();
        }

        /** This input with one feature set. */
        public Input with(int feature, double value) {
            double[] changed = features.clone();
            changed[feature] = value;
            return new Input(file, changed);
        }
    }

    final ObjectProperty<Path> headFolder = new SimpleObjectProperty<>(this, "headFolder");
    final ObjectProperty<SavedHead> head = new SimpleObjectProperty<>(this, "head");
    final StringProperty headDescription = new SimpleStringProperty(this, "headDescription", "No head loaded.");
    final ObservableList<String> featureNames = FXCollections.observableArrayList();
    final ObservableList<Input> inputs = FXCollections.observableArrayList();
    final ObservableList<PredictState.Row> predictions = FXCollections.observableArrayList();
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

    /** The extra features the head needs besides the embedding ({@code transfer}, {@code wgsize} for DevMap). */
    public ObservableList<String> featureNames() {
        return featureNames;
    }

    /** The inputs to predict, in the list's order. */
    public ObservableList<Input> inputs() {
        return inputs;
    }

    public ObservableList<PredictState.Row> predictions() {
        return predictions;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The probability as the table shows it: empty for regression and failed rows. */
    static String probabilityText(PredictState.Row row) {
        return Double.isNaN(row.probability()) ? "" : String.format(java.util.Locale.ROOT, "%.3f", row.probability());
    }
}
