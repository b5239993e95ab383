package org.mire.app.embeddingexplorer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.mire.MireException;
import org.mire.app.background.LatestTask;
import org.mire.app.background.UiFeed;
import org.mire.embed.EmbeddingSet;
import org.mire.embed.projection.Projection;
import org.mire.embed.projection.ProjectionParameters;
import org.mire.embed.projection.TsneController;
import org.mire.viz.scatter.ScatterView;

/**
 * The projections of the explorer's two plots: a parameter change recomputes a plot 250 ms after the last change
 * (debounced), through a {@link LatestTask} per plot so only the newest request finishes; t-SNE shows its points while
 * it runs (snapshots through a feed) and can be paused. A plot never shows something stale: when its set goes, or the
 * two sets share no row, it is cleared with a line that says why, and it shows what a workspace restored as it was.
 */
final class PlotProjections {
    private static final Duration DEBOUNCE = Duration.millis(250);

    /** The rows both plots show: the left set, and the right one aligned to it (null when not comparing). */
    @FunctionalInterface
    interface Aligned {
        EmbeddingSet[] sets() throws MireException;
    }

    /** What else to do once a plot shows its new projection. */
    @FunctionalInterface
    interface Projected {
        void shown(boolean left, EmbeddingSet set);
    }

    /**
     * What a plot shows: its set (by name) and the one it was aligned with, the rows drawn, their projection, and
     * the points as a set of their own (the same object for as long as the plot shows them, so a workspace stores
     * them once).
     */
    record Shown(String set, String comparedWith, EmbeddingSet rows, Projection projection, EmbeddingSet points) {
    }

    /** One plot's state. */
    private final class Plot {
        final boolean left;
        final ScatterView view;
        final LatestTask task;
        final PauseTransition delay = new PauseTransition(DEBOUNCE);
        boolean pending;
        volatile TsneController tsne;
        long generation;
        Shown shown;

        Plot(boolean left, ScatterView view) {
            this.left = left;
            this.view = view;
            this.task = new LatestTask(tasks.executor());
            delay.setOnFinished(e -> project(this));
        }

        boolean wanted() {
            return model.left.get() != null && (left || (model.compare.get() && model.right.get() != null));
        }
    }

    private final EmbeddingExplorerModel model;
    private final ExplorerTasks tasks;
    private final Aligned aligned;
    private final Projected projected;
    private final Plot left;
    private final Plot right;
    private boolean held;

    PlotProjections(EmbeddingExplorerModel model, ExplorerTasks tasks, ScatterView leftView, ScatterView rightView,
                    Aligned aligned, Projected projected) {
        this.model = model;
        this.tasks = tasks;
        this.aligned = aligned;
        this.projected = projected;
        this.left = new Plot(true, leftView);
        this.right = new Plot(false, rightView);
        tasks.countProjections(() -> left.pending || right.pending);
    }

    /** Recomputes a plot's projection once no further change came in for 250 ms; clears a plot with nothing to show. */
    void schedule(boolean isLeft) {
        if (held) {
            return;
        }
        Plot plot = isLeft ? left : right;
        if (!plot.wanted()) {
            stop(plot);
            clear(plot, isLeft ? "" : null);
            tasks.updateBusy();
            return;
        }
        plot.pending = true;
        plot.delay.playFromStart();
        tasks.updateBusy();
    }

    void scheduleBoth() {
        schedule(true);
        schedule(false);
    }

    /** Runs {@code changes} (a workspace being restored) without starting any projection. */
    void hold(Runnable changes) {
        held = true;
        try {
            changes.run();
        } finally {
            held = false;
        }
    }

    private void stop(Plot plot) {
        plot.delay.stop();
        plot.task.cancel();
        plot.generation++;
        plot.pending = false;
    }

    /** Empties a plot; {@code caption} says why (null: nothing). */
    private void clear(Plot plot, String caption) {
        plot.shown = null;
        (plot.left ? model.leftProjection : model.rightProjection).set(null);
        (plot.left ? model.leftInfo : model.rightInfo).set("");
        plot.view.clear(caption);
    }

    /** Stops both plots' work. */
    void cancel() {
        stop(left);
        stop(right);
        tasks.updateBusy();
    }

    /** Pauses or resumes running t-SNE optimisations (and those started while paused). */
    void togglePause() {
        boolean pause = !model.paused.get();
        model.paused.set(pause);
        for (Plot plot : List.of(left, right)) {
            TsneController controller = plot.tsne;
            if (controller != null) {
                if (pause) {
                    controller.pause();
                } else {
                    controller.resume();
                }
            }
        }
    }

    /** What a plot shows, or null. */
    Shown shown(boolean isLeft) {
        return (isLeft ? left : right).shown;
    }

    /** Shows a projection a workspace kept, as computed before: nothing is projected again. */
    void show(boolean isLeft, String setName, String comparedWith, EmbeddingSet rows, Projection projection,
              EmbeddingSet points) {
        Plot plot = isLeft ? left : right;
        stop(plot);
        display(plot, new Shown(setName, comparedWith, rows, projection, points));
    }

    private void project(Plot plot) {
        if (!plot.wanted()) {
            done(plot);
            return;
        }
        EmbeddingSet[] sets;
        try {
            sets = aligned.sets();
        } catch (MireException e) {
            // the two sets share no row: neither plot may go on showing what it showed before
            done(plot);
            stop(left);
            stop(right);
            clear(left, model.left.get().name() + ": " + e.getMessage());
            clear(right, model.right.get() == null ? null : model.right.get().name());
            model.status.set(e.getMessage() + " — choose sets of the same corpus to compare them.");
            tasks.updateBusy();
            return;
        }
        if (plot.left && sets[1] != null && sets[1].size() != model.left.get().set().size()) {
            model.status.set("Comparing the " + sets[0].size() + " rows both sets have.");
        }
        EmbeddingSet set = plot.left ? sets[0] : sets[1];
        String name = plot.left ? model.left.get().name() : model.right.get().name();
        String other = sets[1] == null ? null : plot.left ? model.right.get().name() : model.left.get().name();
        ProjectionParameters parameters = EmbeddingExplorerInteractor.parameters(model.projection.get(),
                model.perplexity.get(), model.learningRate.get(), model.iterations.get(), model.seed.get(),
                model.umapNeighbours.get(), model.minDist.get(), set.size());
        if (plot.shown != null && plot.shown.set().equals(name) && plot.shown.rows().ids().equals(set.ids())
                && plot.shown.projection().parameters().equals(parameters)) {
            done(plot); // the plot shows this already (the other plot's set changed, not its rows)
            return;
        }
        long mine = ++plot.generation;
        if (plot.shown == null || !plot.shown.rows().ids().equals(set.ids())) {
            // other rows than shown: do not leave the old picture up while the new one is computed
            plot.view.clear(name + " — projecting…");
        }
        // t-SNE's intermediate points, at most about 8 frames a second; a newer request's plot ignores them
        UiFeed<float[][]> snapshots = tasks.executor().feed(120, frames -> {
            if (mine == plot.generation) {
                plot.view.setPoints(frames.getLast(), set.ids(), set.metadata(), true);
                plot.view.setCaption(name + " — " + model.projection.get() + " (running)");
                plot.view.colourBy(model.colourColumn.get());
            }
        });
        model.progress.set(-1);
        plot.task.submit("Projecting " + name + " (" + model.projection.get() + ")", monitor -> {
            TsneController controller = new TsneController(monitor, snapshot -> snapshots.publish(snapshot.points()),
                    10);
            if (model.paused.get()) {
                controller.pause();
            }
            plot.tsne = controller;
            return EmbeddingExplorerInteractor.project(set, parameters, controller);
        }, tasks.progress(), projection -> {
            plot.generation++; // snapshots still on their way are older than this result
            done(plot);
            display(plot, new Shown(name, other, set, projection, new EmbeddingSet(set.ids(), projection.points(),
                    Map.of(), set.provenance())));
            model.status.set(name + ": " + projection.parameters().describe() + String.format(Locale.ROOT,
                    " (%.1f s)", projection.millis() / 1000.0));
        }, error -> {
            done(plot);
            model.status.set(ExplorerTasks.message(error));
        });
    }

    private void display(Plot plot, Shown shown) {
        plot.shown = shown;
        (plot.left ? model.leftProjection : model.rightProjection).set(shown.projection());
        plot.view.setPoints(shown.projection().points(), shown.rows().ids(), shown.rows().metadata(), true);
        plot.view.setCaption(shown.set() + " — " + methodName(shown.projection()));
        plot.view.colourBy(model.colourColumn.get());
        plot.view.labelBy(model.labelColumn.get());
        (plot.left ? model.leftInfo : model.rightInfo).set(describe(shown.set(), shown.projection()));
        projected.shown(plot.left, shown.rows());
    }

    private static String methodName(Projection projection) {
        return switch (projection.parameters().method()) {
            case "tsne" -> "t-SNE";
            case "pca" -> "PCA";
            case "umap" -> "UMAP";
            default -> projection.parameters().method();
        };
    }

    private void done(Plot plot) {
        // a newer request still waiting out its delay keeps the plot pending
        plot.pending = plot.delay.getStatus() == Animation.Status.RUNNING;
        tasks.updateBusy();
    }

    static String describe(String name, Projection projection) {
        StringBuilder text = new StringBuilder(name).append(": ");
        if (projection.explainedVariance().length > 0) {
            double[] v = projection.explainedVariance();
            text.append(String.format(Locale.ROOT, "PC1 %.1f%%, PC2 %.1f%% of variance", 100 * v[0],
                    v.length > 1 ? 100 * v[1] : 0));
        } else if (!Double.isNaN(projection.klDivergence())) {
            text.append(String.format(Locale.ROOT, "KL %.3f", projection.klDivergence()));
        } else {
            text.append(projection.parameters().method().toUpperCase(Locale.ROOT));
        }
        return text.append(String.format(Locale.ROOT, ", %.1f s", projection.millis() / 1000.0)).toString();
    }
}
