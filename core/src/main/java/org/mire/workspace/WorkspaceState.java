package org.mire.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a workspace keeps, as the window hands it over and gets it back. Paths are absolute here;
 * {@link WorkspaceFolder} writes them relative to the workspace folder.
 *
 * @param files        the open files, in tab order, with their graph views
 * @param activeFile   the file whose tab was in front, or null
 * @param explorer     the embedding explorer, or null when it was not open
 * @param trainingRuns finished training runs, oldest first
 * @param predict      the Predict panel's head, inputs and predictions, or null when it was never used
 */
public record WorkspaceState(List<OpenFile> files, Path activeFile, ExplorerState explorer,
                             List<TrainingRun> trainingRuns, PredictState predict) {

    public WorkspaceState {
        files = files == null ? List.of() : List.copyOf(files);
        trainingRuns = trainingRuns == null ? List.of() : List.copyOf(trainingRuns);
    }

    /** A workspace with nothing in it. */
    public static WorkspaceState empty() {
        return new WorkspaceState(List.of(), null, null, List.of(), null);
    }

    public boolean isEmpty() {
        return files.isEmpty() && explorer == null && trainingRuns.isEmpty() && predict == null;
    }

    /** An open file and how its graph was shown (null: the defaults). */
    public record OpenFile(Path path, GraphViewState view) {
    }
}
