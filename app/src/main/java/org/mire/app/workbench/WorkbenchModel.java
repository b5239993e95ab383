package org.mire.app.workbench;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mire.app.document.DocumentModel;

/** The window's state: open documents, the active one, recent files, theme and the status line. */
public final class WorkbenchModel {
    private final ObservableList<DocumentModel> documents = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentModel> active = new SimpleObjectProperty<>(this, "active");
    private final ObservableList<String> recentFiles = FXCollections.observableArrayList();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final StringProperty status = new SimpleStringProperty(this, "status", "Ready");
    private final javafx.beans.property.BooleanProperty wrapLines = new javafx.beans.property.SimpleBooleanProperty(
            this, "wrapLines");

    public ObservableList<DocumentModel> documents() {
        return documents;
    }

    public ObjectProperty<DocumentModel> activeProperty() {
        return active;
    }

    public DocumentModel active() {
        return active.get();
    }

    /** Most recent first. */
    public ObservableList<String> recentFiles() {
        return recentFiles;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Whether long IR and source lines wrap at the pane's width in every document. */
    public javafx.beans.property.BooleanProperty wrapLinesProperty() {
        return wrapLines;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
