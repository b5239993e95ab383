package org.mire.app.train;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mire.task.TrainingJob;
import org.mire.workspace.TrainingRun;

/**
 * The Train panel's state as JavaFX properties: what to train (data set, embedding, heads, protocol), the run's
 * progress and learning curves as they arrive, its results, and the finished runs of this workspace (the panel shows
 * the one chosen). Changed on the FX thread only.
 */
public final class TrainModel {

    /** The data sets the panel offers. */
    public enum DatasetChoice {
        DEVMAP_AMD("DevMap · AMD Tahiti 7970"),
        DEVMAP_NVIDIA("DevMap · NVIDIA GTX 970"),
        COARSENING_CYPRESS("Thread coarsening · Cypress"),
        COARSENING_TAHITI("Thread coarsening · Tahiti"),
        COARSENING_FERMI("Thread coarsening · Fermi"),
        COARSENING_KEPLER("Thread coarsening · Kepler"),
        CSV("CSV file (file,label|target,…)");

        private final String label;

        DatasetChoice(String label) {
            this.label = label;
        }

        public boolean isDevMap() {
            return this == DEVMAP_AMD || this == DEVMAP_NVIDIA;
        }

        public boolean isCoarsening() {
            return name().startsWith("COARSENING");
        }

        @Override
        public String toString() {
            return label;
        }
    }

    // What to train
    final ObjectProperty<DatasetChoice> dataset = new SimpleObjectProperty<>(this, "dataset", DatasetChoice.DEVMAP_AMD);
    final ObjectProperty<Path> dataFolder = new SimpleObjectProperty<>(this, "dataFolder");
    final ObjectProperty<Path> csvFile = new SimpleObjectProperty<>(this, "csvFile");
    final StringProperty target = new SimpleStringProperty(this, "target", "");
    final StringProperty embedding = new SimpleStringProperty(this, "embedding", "opcode-histogram");
    final StringProperty heads = new SimpleStringProperty(this, "heads", "auto");
    final StringProperty protocol = new SimpleStringProperty(this, "protocol", "stratified");
    final LongProperty seed = new SimpleLongProperty(this, "seed", 204);
    /** Fine-tune the encoder ({@code mirencoder[:DIR]}) with its own head per fold, not heads on frozen vectors. */
    final BooleanProperty fineTune = new SimpleBooleanProperty(this, "fineTune");

    // The run shown: the one running, or the one chosen among the finished runs
    final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    final StringProperty status = new SimpleStringProperty(this, "status", "Choose a data set and press Train.");
    final ObservableList<TrainingRun.CurvePoint> curve = FXCollections.observableArrayList();
    final ObservableList<TrainingRun.Fold> folds = FXCollections.observableArrayList();
    /** The fold whose curves the chart draws, or {@link LossCurves#MEAN}. */
    final IntegerProperty curveFold = new SimpleIntegerProperty(this, "curveFold", LossCurves.MEAN);
    final ObjectProperty<TrainingRun.Confusion> confusion = new SimpleObjectProperty<>(this, "confusion");
    final ObservableList<TrainingRun.Bar> bars = FXCollections.observableArrayList();
    final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    final StringProperty savedHead = new SimpleStringProperty(this, "savedHead", "");

    /** The last run's full result (its inputs and folds, to fit and save the head); null for restored runs. */
    final ObjectProperty<TrainingJob.Result> result = new SimpleObjectProperty<>(this, "result");
    /** Finished runs, oldest first; saved with the workspace. */
    final ObservableList<TrainingRun> runs = FXCollections.observableArrayList();
    final ObjectProperty<TrainingRun> shownRun = new SimpleObjectProperty<>(this, "shownRun");

    public ObjectProperty<DatasetChoice> datasetProperty() {
        return dataset;
    }

    public ObjectProperty<Path> dataFolderProperty() {
        return dataFolder;
    }

    public ObjectProperty<Path> csvFileProperty() {
        return csvFile;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty embeddingProperty() {
        return embedding;
    }

    public StringProperty headsProperty() {
        return heads;
    }

    public StringProperty protocolProperty() {
        return protocol;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public BooleanProperty fineTuneProperty() {
        return fineTune;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<TrainingRun.CurvePoint> curve() {
        return curve;
    }

    public ObservableList<TrainingRun.Fold> folds() {
        return folds;
    }

    public IntegerProperty curveFoldProperty() {
        return curveFold;
    }

    public ObjectProperty<TrainingJob.Result> resultProperty() {
        return result;
    }

    public ObjectProperty<TrainingRun.Confusion> confusionProperty() {
        return confusion;
    }

    public ObservableList<TrainingRun.Bar> bars() {
        return bars;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty savedHeadProperty() {
        return savedHead;
    }

    /** The finished runs of this workspace, oldest first. */
    public ObservableList<TrainingRun> runs() {
        return runs;
    }

    /** The finished run shown, or null (nothing yet, or a run in progress). */
    public ObjectProperty<TrainingRun> shownRunProperty() {
        return shownRun;
    }
}
