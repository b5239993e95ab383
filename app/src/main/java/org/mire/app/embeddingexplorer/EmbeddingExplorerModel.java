package org.mire.app.embeddingexplorer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mire.embed.CorpusDefinition;
import org.mire.embed.Distance;
import org.mire.embed.EmbeddingSet;
import org.mire.embed.projection.Projection;
import org.mire.workspace.ExplorerState;

/** The explorer's state as JavaFX properties (MVCI model): what is loaded, chosen, computed and shown. */
public final class EmbeddingExplorerModel {
    /** Projection methods offered. */
    public enum Method {
        TSNE("t-SNE"), PCA("PCA"), UMAP("UMAP");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * An embedding set in the explorer with the name shown for it, how it was made ({@code source}: the method, or
     * {@code imported}) and the corpus it belongs to (its name, or null for vectors imported without one).
     */
    public record LoadedSet(String name, EmbeddingSet set, String source, String corpus) {
        @Override
        public String toString() {
            return name + " (" + set.size() + " × " + set.dimension() + ")";
        }
    }

    /** One row of the neighbours table. */
    public record NeighbourRow(int rank, String id, double distance, String label, int row) {
    }

    /** One row of the metrics table. */
    public record MetricRow(String set, String label, double silhouette, double knnAccuracy, double trustworthiness) {
    }

    final ObjectProperty<CorpusDefinition> corpus = new SimpleObjectProperty<>();
    /** What was opened as the corpus (folder, labels CSV, DevMap folder), for the workspace. */
    final ObjectProperty<java.nio.file.Path> corpusSource = new SimpleObjectProperty<>();
    final ObservableList<LoadedSet> sets = FXCollections.observableArrayList();
    final ObjectProperty<LoadedSet> left = new SimpleObjectProperty<>();
    final ObjectProperty<LoadedSet> right = new SimpleObjectProperty<>();
    final BooleanProperty compare = new SimpleBooleanProperty(false);
    final ObservableList<MethodChoice> methods = FXCollections.observableArrayList();
    final ObjectProperty<MethodChoice> method = new SimpleObjectProperty<>();
    final StringProperty device = new SimpleStringProperty("cpu");

    final ObjectProperty<Method> projection = new SimpleObjectProperty<>(Method.TSNE);
    final DoubleProperty perplexity = new SimpleDoubleProperty(30);
    final DoubleProperty learningRate = new SimpleDoubleProperty(0);
    final IntegerProperty iterations = new SimpleIntegerProperty(750);
    final IntegerProperty seed = new SimpleIntegerProperty(42);
    final IntegerProperty umapNeighbours = new SimpleIntegerProperty(15);
    final DoubleProperty minDist = new SimpleDoubleProperty(0.1);
    final BooleanProperty paused = new SimpleBooleanProperty(false);

    final ObjectProperty<Projection> leftProjection = new SimpleObjectProperty<>();
    final ObjectProperty<Projection> rightProjection = new SimpleObjectProperty<>();
    final StringProperty leftInfo = new SimpleStringProperty("");
    final StringProperty rightInfo = new SimpleStringProperty("");

    final ObservableList<String> columns = FXCollections.observableArrayList();
    final StringProperty colourColumn = new SimpleStringProperty();
    final StringProperty labelColumn = new SimpleStringProperty();
    final StringProperty searchText = new SimpleStringProperty("");
    final StringProperty searchColumn = new SimpleStringProperty();
    final StringProperty searchResult = new SimpleStringProperty("");

    final ObjectProperty<Distance> distance = new SimpleObjectProperty<>(Distance.COSINE);
    final IntegerProperty k = new SimpleIntegerProperty(10);
    final IntegerProperty focusedRow = new SimpleIntegerProperty(-1);
    /** In compare mode: neighbours in the right plot's embedding rather than the left's. */
    final BooleanProperty neighboursInRight = new SimpleBooleanProperty(false);
    /** Which point, in which embedding, the neighbour list is for. */
    final StringProperty neighboursTitle = new SimpleStringProperty("No point selected.");
    final ObservableList<NeighbourRow> neighbours = FXCollections.observableArrayList();
    final ObservableList<MetricRow> metrics = FXCollections.observableArrayList();
    final StringProperty metricLabel = new SimpleStringProperty();

    final DoubleProperty progress = new SimpleDoubleProperty(0);
    final StringProperty status = new SimpleStringProperty("Load a corpus or import vectors to begin.");
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final ObservableList<ExplorerState.Bookmark> bookmarks = FXCollections.observableArrayList();

    public ObjectProperty<CorpusDefinition> corpusProperty() {
        return corpus;
    }

    public ObservableList<LoadedSet> sets() {
        return sets;
    }

    public ObjectProperty<LoadedSet> leftProperty() {
        return left;
    }

    public ObjectProperty<LoadedSet> rightProperty() {
        return right;
    }

    public BooleanProperty compareProperty() {
        return compare;
    }

    public ObjectProperty<Method> projectionProperty() {
        return projection;
    }

    public ObjectProperty<Projection> leftProjectionProperty() {
        return leftProjection;
    }

    public ObjectProperty<Projection> rightProjectionProperty() {
        return rightProjection;
    }

    public StringProperty colourColumnProperty() {
        return colourColumn;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<NeighbourRow> neighbours() {
        return neighbours;
    }

    public ObservableList<MetricRow> metrics() {
        return metrics;
    }

    public IntegerProperty iterationsProperty() {
        return iterations;
    }

    public DoubleProperty perplexityProperty() {
        return perplexity;
    }

    public ObservableList<MethodChoice> methods() {
        return methods;
    }

    public ObjectProperty<MethodChoice> methodProperty() {
        return method;
    }

    public StringProperty deviceProperty() {
        return device;
    }

    public ObservableList<ExplorerState.Bookmark> bookmarks() {
        return bookmarks;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public StringProperty searchResultProperty() {
        return searchResult;
    }

    public StringProperty neighboursTitleProperty() {
        return neighboursTitle;
    }

    public BooleanProperty neighboursInRightProperty() {
        return neighboursInRight;
    }

    /** The one selected row of the left plot, or -1. */
    public IntegerProperty focusedRowProperty() {
        return focusedRow;
    }
}
