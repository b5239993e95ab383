package org.mire.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * A finished (or stopped) training run of the Train panel as it was shown: what was asked, the learning curves, the
 * per-fold table, the confusion matrix, the speedup bars, the summary, and the head saved from it.
 *
 * @param title      what the run trained ("DevMap amd (aux) · opcode-histogram · auto")
 * @param finishedAt ISO-8601 instant
 * @param status     the panel's last status line for the run
 * @param request    the choices it was started with
 * @param curve      loss per epoch, per series ("fold 3 train", "fold 3 validation")
 * @param folds      the per-fold table
 * @param confusion  the pooled confusion matrix, or null (regression)
 * @param bars       ours next to the published results (speedup), empty where the task has none
 * @param summary    the metrics as text
 * @param headFolder the head saved from this run, or null
 */
public record TrainingRun(String title, String finishedAt, String status, Request request, List<CurvePoint> curve,
                          List<Fold> folds, Confusion confusion, List<Bar> bars, String summary, Path headFolder) {

    public TrainingRun {
        curve = curve == null ? List.of() : List.copyOf(curve);
        folds = folds == null ? List.of() : List.copyOf(folds);
        bars = bars == null ? List.of() : List.copyOf(bars);
        summary = summary == null ? "" : summary;
    }

    public TrainingRun withHeadFolder(Path folder) {
        return new TrainingRun(title, finishedAt, status, request, curve, folds, confusion, bars, summary, folder);
    }

    /**
     * The Train panel's choices ({@code dataset} is the panel's data set choice by name). {@code fineTune}: the
     * encoder was fine-tuned with the default recipe ({@code heads} then unused); absent in workspaces saved before
     * the panel offered it, which read as false.
     */
    public record Request(String dataset, Path dataFolder, Path csv, String target, String embedding, String heads,
                         String protocol, long seed, boolean fineTune) {
    }

    /** One point of a learning curve. */
    public record CurvePoint(String series, int epoch, double value) {
    }

    /** A row of the per-fold table, as shown. */
    public record Fold(int fold, int trainRows, int testRows, String choice, String score, String seconds) {
    }

    /** Rows are actual classes, columns predicted ones. */
    public record Confusion(List<String> classes, int[][] counts) {
    }

    /** A bar of the comparison chart; {@code highlighted} is ours. */
    public record Bar(String label, double value, boolean highlighted) {
    }
}
