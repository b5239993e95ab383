package org.mire.app.train;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mire.task.TrainingJob;
import org.mire.viz.chart.ComparisonBarChart;

/**
 * The Train panel's state as JavaFX properties: what to train (data set, embedding, heads, protocol), the run's
 * progress and learning curves as they arrive, and its results. Changed on the FX thread only.
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

    /** One point of a learning curve: series name (fold and loss kind), epoch, value. */
    public record CurvePoint(String series, int epoch, double value) {
    }

    /** A row of the per-fold table. */
    public record FoldRow(int fold, int trainRows, int testRows, String choice, String score, String seconds) {
    }

    /** The confusion matrix to show. */
    public record Confusion(java.util.List<String> classes, int[][] counts) {
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

    // The run
    final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    final StringProperty status = new SimpleStringProperty(this, "status", "Choose a data set and press Train.");
    final ObservableList<CurvePoint> curve = FXCollections.observableArrayList();
    final ObservableList<FoldRow> folds = FXCollections.observableArrayList();

    // Results
    final ObjectProperty<TrainingJob.Result> result = new SimpleObjectProperty<>(this, "result");
    final ObjectProperty<Confusion> confusion = new SimpleObjectProperty<>(this, "confusion");
    final ObservableList<ComparisonBarChart.Bar> bars = FXCollections.observableArrayList();
    final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    final StringProperty savedHead = new SimpleStringProperty(this, "savedHead", "");

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

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<CurvePoint> curve() {
        return curve;
    }

    public ObservableList<FoldRow> folds() {
        return folds;
    }

    public ObjectProperty<TrainingJob.Result> resultProperty() {
        return result;
    }

    public ObjectProperty<Confusion> confusionProperty() {
        return confusion;
    }

    public ObservableList<ComparisonBarChart.Bar> bars() {
        return bars;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty savedHeadProperty() {
        return savedHead;
    }
}
