package org.mire.app.embeddingexplorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.PatternSyntaxException;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.scene.layout.Region;
import org.mire.MireException;
import org.mire.embed.CorpusDefinition;
import org.mire.embed.CorpusEncoder;
import org.mire.embed.EmbeddingFiles;
import org.mire.embed.EmbeddingSet;
import org.mire.embed.projection.Projection;
import org.mire.embed.projection.ProjectionParameters;
import org.mire.embed.projection.TsneController;
import org.mire.app.background.LatestTask;
import org.mire.app.background.TaskExecutor;
import org.mire.app.background.TaskHandle;
import org.mire.app.background.Work;
import org.mire.progress.ProgressMonitor;
import org.mire.viz.scatter.ScatterView;

/**
 * The embedding explorer (MVCI controller): owns the model, the view and the interactor, turns user actions and model
 * changes into background work, and copies results into the model and the scatter views on the FX thread. Work runs
 * on the host's {@link TaskExecutor} (in the workbench it appears in the status bar's task list). Parameter changes
 * recompute a projection 250 ms after the last change, through a {@link LatestTask} per plot, so only the newest
 * request finishes.
 */
public final class EmbeddingExplorerController implements EmbeddingExplorerView.Actions, AutoCloseable {
    private final EmbeddingExplorerModel model = new EmbeddingExplorerModel();
    private final EmbeddingExplorerInteractor interactor;
    private final EmbeddingExplorerView view;
    private final Region node;
    private final Consumer<Path> openFile;
    private final EmbeddingBookmarks bookmarkStore;
    private final Path sampleIr;
    private final Path devMap;
    private static final javafx.util.Duration DEBOUNCE = javafx.util.Duration.millis(250);

    private final TaskExecutor executor;
    private final LatestTask leftTask;
    private final LatestTask rightTask;
    private final PauseTransition leftDelay = new PauseTransition(DEBOUNCE);
    private final PauseTransition rightDelay = new PauseTransition(DEBOUNCE);
    private final Set<TaskHandle> backgroundTasks = new HashSet<>();
    private boolean leftPending;
    private boolean rightPending;
    private volatile TsneController leftTsne;
    private volatile TsneController rightTsne;
    private ScatterView.ViewState pendingView;
    private List<String> pendingSelection;

    /**
     * @param executor  runs the background work (encoding, projections, metrics); the host's
     * @param workspace where bookmarks are kept
     * @param openFile  opens an IR file in the workbench (the host decides how)
     * @param sampleIr  the bundled sample-ir folder, or null
     * @param devMap    the DevMap data set folder, or null when absent
     */
    public EmbeddingExplorerController(EmbeddingExplorerInteractor interactor, TaskExecutor executor, List<MethodChoice> methods,
                              Path workspace, Consumer<Path> openFile, Path sampleIr, Path devMap) {
        this.interactor = interactor;
        this.executor = executor;
        this.leftTask = new LatestTask(executor);
        this.rightTask = new LatestTask(executor);
        leftDelay.setOnFinished(e -> project(true));
        rightDelay.setOnFinished(e -> project(false));
        this.openFile = openFile;
        this.sampleIr = sampleIr;
        this.devMap = devMap;
        this.bookmarkStore = new EmbeddingBookmarks(workspace);
        model.methods.setAll(methods);
        if (!methods.isEmpty()) {
            model.method.set(methods.getFirst());
        }
        view = new EmbeddingExplorerView(model, this);
        node = view.build();
        wire();
        try {
            model.bookmarks.setAll(bookmarkStore.load());
        } catch (MireException e) {
            model.status.set(e.getMessage());
        }
    }

    public Region view() {
        return node;
    }

    public EmbeddingExplorerModel model() {
        return model;
    }

    public ScatterView leftView() {
        return view.scatter().left();
    }

    public ScatterView rightView() {
        return view.scatter().right();
    }

    private void wire() {
        model.left.addListener((o, a, b) -> {
            updateColumns();
            scheduleProjection(true);
        });
        model.right.addListener((o, a, b) -> scheduleProjection(false));
        model.compare.addListener((o, a, b) -> {
            if (b && model.right.get() == null && model.sets.size() > 1) {
                model.right.set(model.sets.stream().filter(s -> s != model.left.get()).findFirst().orElse(null));
            }
            scheduleProjection(false);
        });
        for (Observable parameter : List.of(model.projection, model.perplexity, model.learningRate, model.iterations,
                model.seed, model.umapNeighbours, model.minDist)) {
            parameter.addListener(o -> {
                scheduleProjection(true);
                scheduleProjection(false);
            });
        }
        model.colourColumn.addListener((o, a, b) -> view.scatter().colourBy(b));
        model.labelColumn.addListener((o, a, b) -> {
            leftView().labelBy(b);
            rightView().labelBy(b);
        });
        model.searchText.addListener(o -> search());
        model.searchColumn.addListener(o -> search());
        view.scatter().selection().addListener(() -> {
            int[] selected = view.scatter().selection().indices();
            model.focusedRow.set(selected.length == 1 ? selected[0] : -1);
            updateNeighbours();
        });
        model.k.addListener(o -> updateNeighbours());
        model.distance.addListener(o -> updateNeighbours());
        leftView().setOnPointActivated(this::openRow);
        rightView().setOnPointActivated(this::openRow);
    }

    // ---------------------------------------------------------------- loading

    @Override
    public Path sampleIrFolder() {
        return sampleIr;
    }

    @Override
    public Path devMapFolder() {
        return devMap;
    }

    @Override
    public void openCorpus(Path path) {
        background("Opening " + path.getFileName(), monitor -> interactor.openCorpus(path), corpus -> {
            model.corpus.set(corpus);
            model.status.set("Corpus " + corpus.name() + ": " + corpus.size() + " rows, " + corpus.files().size()
                    + " files, labels " + String.join(", ", corpus.columns())
                    + (model.method.get() == null ? ". Import vectors for it, or pick a method and Encode."
                    : ". Pick a method and press Encode."));
        });
    }

    @Override
    public void encode() {
        CorpusDefinition corpus = model.corpus.get();
        MethodChoice choice = model.method.get();
        String device = model.device.get();
        if (corpus == null || choice == null) {
            return;
        }
        background("Encoding " + corpus.name() + " with " + choice.name(),
                monitor -> interactor.encode(corpus, choice, device, monitor), result -> {
                    String note = result.failures().isEmpty() ? "" : "; " + result.failures().size()
                            + " files failed (first: " + result.failures().getFirst() + ")";
                    addSet(new EmbeddingExplorerModel.LoadedSet(choice.name() + " · " + corpus.name(), result.set(),
                            choice.name()));
                    model.status.set("Encoded " + result.set().size() + " rows with " + choice.name() + " ("
                            + result.encoded() + " files encoded, " + result.cached() + " from the cache)" + note);
                });
    }

    /**
     * Encodes the corpus with each method in turn, in one background task, and shows the sets in this order (the
     * first on the left): for hosts and the command line ({@code mire explore --encode}).
     */
    public void encode(List<MethodChoice> choices) {
        CorpusDefinition corpus = model.corpus.get();
        String device = model.device.get();
        if (corpus == null || choices.isEmpty()) {
            return;
        }
        background("Encoding " + corpus.name() + " with " + String.join(", ", choices.stream()
                .map(MethodChoice::name).toList()), monitor -> {
                    List<CorpusEncoder.Result> results = new ArrayList<>();
                    for (int i = 0; i < choices.size(); i++) {
                        results.add(interactor.encode(corpus, choices.get(i), device,
                                slice(monitor, i, choices.size())));
                    }
                    return results;
                }, results -> {
                    StringBuilder status = new StringBuilder();
                    for (int i = 0; i < choices.size(); i++) {
                        CorpusEncoder.Result result = results.get(i);
                        addSet(new EmbeddingExplorerModel.LoadedSet(choices.get(i).name() + " · " + corpus.name(),
                                result.set(), choices.get(i).name()));
                        status.append(i == 0 ? "Encoded " : "; ").append(result.set().size()).append(" rows with ")
                                .append(choices.get(i).name()).append(" (").append(result.cached())
                                .append(" from the cache");
                        if (!result.failures().isEmpty()) {
                            status.append(", ").append(result.failures().size()).append(" files failed");
                        }
                        status.append(')');
                    }
                    model.status.set(status.toString());
                });
    }

    @Override
    public void importVectors(Path file, Path metadata) {
        CorpusDefinition corpus = model.corpus.get();
        background("Importing " + file.getFileName(), monitor -> interactor.importVectors(file, metadata, corpus),
                set -> {
                    addSet(new EmbeddingExplorerModel.LoadedSet(file.getFileName().toString(), set, "imported"));
                    model.status.set("Imported " + set.size() + " vectors of dimension " + set.dimension() + " from "
                            + file.getFileName());
                });
    }

    /** Adds an embedding set (for hosts and tests that made one themselves) and shows it. */
    public void addSet(EmbeddingExplorerModel.LoadedSet set) {
        model.sets.removeIf(s -> s.name().equals(set.name()));
        model.sets.add(set);
        if (model.left.get() == null) {
            model.left.set(set);
        } else if (model.right.get() == null || !model.compare.get()) {
            model.right.set(set);
            model.compare.set(true);
        }
    }

    private void updateColumns() {
        EmbeddingExplorerModel.LoadedSet set = model.left.get();
        if (set == null) {
            model.columns.clear();
            return;
        }
        List<String> columns = new ArrayList<>();
        columns.add("id");
        columns.addAll(set.set().columnNames());
        model.columns.setAll(columns);
        if (model.colourColumn.get() == null || !columns.contains(model.colourColumn.get())) {
            model.colourColumn.set(defaultColourColumn(set.set()));
        }
        if (model.metricLabel.get() == null || !columns.contains(model.metricLabel.get())) {
            model.metricLabel.set(model.colourColumn.get());
        }
    }

    /** A label-like column: "label", then an oracle, then the first column with 2–20 values (not the file). */
    static String defaultColourColumn(EmbeddingSet set) {
        for (String name : set.columnNames()) {
            if (name.equalsIgnoreCase("label")) {
                return name;
            }
        }
        for (String name : set.columnNames()) {
            if (name.toLowerCase(Locale.ROOT).startsWith("oracle")) {
                return name;
            }
        }
        for (String name : set.columnNames()) {
            long distinct = set.metadata().get(name).stream().distinct().count();
            if (!name.equals("file") && distinct >= 2 && distinct <= 20) {
                return name;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- projections

    private EmbeddingSet[] aligned() throws MireException {
        EmbeddingSet left = model.left.get().set();
        if (!model.compare.get() || model.right.get() == null) {
            return new EmbeddingSet[] {left, null};
        }
        return EmbeddingExplorerInteractor.align(left, model.right.get().set());
    }

    /** Recomputes a plot's projection once no further change came in for 250 ms. */
    private void scheduleProjection(boolean left) {
        if (model.left.get() == null || (!left && (!model.compare.get() || model.right.get() == null))) {
            if (!left) {
                rightDelay.stop();
                rightTask.cancel();
                rightPending = false;
                updateBusy();
            }
            return;
        }
        if (left) {
            leftPending = true;
            leftDelay.playFromStart();
        } else {
            rightPending = true;
            rightDelay.playFromStart();
        }
        updateBusy();
    }

    private void project(boolean left) {
        if (model.left.get() == null || (!left && (!model.compare.get() || model.right.get() == null))) {
            projectionDone(left);
            return;
        }
        EmbeddingSet[] sets;
        try {
            sets = aligned();
        } catch (MireException e) {
            projectionDone(left);
            model.status.set(e.getMessage());
            return;
        }
        if (left && sets[1] != null && sets[1].size() != model.left.get().set().size()) {
            model.status.set("Comparing the " + sets[0].size() + " rows both sets have.");
        }
        EmbeddingSet set = left ? sets[0] : sets[1];
        ScatterView target = left ? leftView() : rightView();
        String name = left ? model.left.get().name() : model.right.get().name();
        ProjectionParameters parameters = EmbeddingExplorerInteractor.parameters(model.projection.get(),
                model.perplexity.get(), model.learningRate.get(), model.iterations.get(), model.seed.get(),
                model.umapNeighbours.get(), model.minDist.get(), set.size());
        LatestTask task = left ? leftTask : rightTask;
        long[] lastSnapshot = {0};
        model.progress.set(-1);
        task.submit("Projecting " + name + " (" + model.projection.get() + ")", taskMonitor -> {
            ProgressMonitor monitor = mirrored(taskMonitor);
            TsneController controller = new TsneController(monitor, snapshot -> {
                long now = System.nanoTime();
                if (now - lastSnapshot[0] < 120_000_000L) {
                    return;
                }
                lastSnapshot[0] = now;
                Platform.runLater(() -> {
                    if (!monitor.isCancelled()) {
                        target.setPoints(snapshot.points(), set.ids(), set.metadata(), true);
                    }
                });
            }, 10);
            if (model.paused.get()) {
                controller.pause();
            }
            if (left) {
                leftTsne = controller;
            } else {
                rightTsne = controller;
            }
            return interactor.project(set, parameters, controller);
        }, projection -> {
            projectionDone(left);
            (left ? model.leftProjection : model.rightProjection).set(projection);
            target.setPoints(projection.points(), set.ids(), set.metadata(), true);
            target.setCaption(name + " — " + model.projection.get());
            target.colourBy(model.colourColumn.get());
            target.labelBy(model.labelColumn.get());
            if (!model.searchText.get().isEmpty()) {
                search();
            }
            (left ? model.leftInfo : model.rightInfo).set(describe(name, projection));
            if (left && pendingView != null) {
                target.setViewState(pendingView);
                pendingView = null;
            }
            if (left && pendingSelection != null) {
                selectIds(set, pendingSelection);
                pendingSelection = null;
            }
            model.status.set(name + ": " + projection.parameters().describe() + String.format(Locale.ROOT, " (%.1f s)",
                    projection.millis() / 1000.0));
        }, error -> {
            projectionDone(left);
            model.status.set(message(error));
        });
    }

    private void projectionDone(boolean left) {
        // a newer request still waiting out its delay keeps the plot pending
        if (left) {
            leftPending = leftDelay.getStatus() == javafx.animation.Animation.Status.RUNNING;
        } else {
            rightPending = rightDelay.getStatus() == javafx.animation.Animation.Status.RUNNING;
        }
        updateBusy();
    }

    private static String describe(String name, Projection projection) {
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

    @Override
    public void togglePause() {
        boolean pause = !model.paused.get();
        model.paused.set(pause);
        for (TsneController controller : new TsneController[] {leftTsne, rightTsne}) {
            if (controller != null) {
                if (pause) {
                    controller.pause();
                } else {
                    controller.resume();
                }
            }
        }
    }

    // ---------------------------------------------------------------- selection, search, neighbours

    private void search() {
        String text = model.searchText.get();
        String column = model.searchColumn.get();
        try {
            int found = leftView().search(text, column);
            if (model.compare.get()) {
                rightView().search(text, column);
            }
            model.searchResult.set(text.isEmpty() ? "" : found + " match" + (found == 1 ? "" : "es"));
        } catch (PatternSyntaxException e) {
            model.searchResult.set("not a regular expression: " + e.getDescription());
        }
    }

    @Override
    public void isolateSelection() {
        BitSet rows = view.scatter().selection().copy();
        if (rows.isEmpty()) {
            rows = leftView().highlighted();
        }
        leftView().isolate(rows);
        rightView().isolate(rows);
    }

    @Override
    public void showAll() {
        leftView().isolate(null);
        rightView().isolate(null);
    }

    @Override
    public void clearSelection() {
        view.scatter().selection().clear();
    }

    @Override
    public void focusRow(int row) {
        view.scatter().selection().select(row);
    }

    private void updateNeighbours() {
        int row = model.focusedRow.get();
        EmbeddingExplorerModel.LoadedSet set = model.left.get();
        if (row < 0 || set == null) {
            model.neighbours.clear();
            return;
        }
        try {
            EmbeddingSet aligned = aligned()[0];
            if (row < aligned.size()) {
                model.neighbours.setAll(EmbeddingExplorerInteractor.neighbours(aligned, row, model.k.get(),
                        model.distance.get(), model.colourColumn.get()));
            }
        } catch (MireException e) {
            model.status.set(e.getMessage());
        }
    }

    @Override
    public void openRow(int row) {
        EmbeddingExplorerModel.LoadedSet set = model.left.get();
        if (set == null || row < 0) {
            return;
        }
        try {
            EmbeddingSet aligned = aligned()[0];
            List<String> files = aligned.metadata().get("file");
            if (files == null || row >= files.size() || files.get(row).isBlank()) {
                model.status.set(aligned.ids().get(row) + ": no IR file is known for this row");
                return;
            }
            Path file = Path.of(files.get(row));
            if (!Files.isRegularFile(file)) {
                model.status.set(file + ": no such file");
                return;
            }
            openFile.accept(file);
        } catch (MireException e) {
            model.status.set(e.getMessage());
        }
    }

    @Override
    public void addModelFolder(Path folder) {
        MethodChoice choice;
        try {
            choice = MethodCatalog.modelFolder(folder);
        } catch (MireException e) {
            model.status.set(e.getMessage());
            model.method.set(model.methods.stream().filter(m -> !m.asksForFolder()).findFirst().orElse(null));
            return;
        }
        model.methods.removeIf(m -> m.name().equals(choice.name()));
        int folderEntry = model.methods.indexOf(model.methods.stream().filter(MethodChoice::asksForFolder)
                .findFirst().orElse(null));
        model.methods.add(folderEntry < 0 ? model.methods.size() : folderEntry, choice);
        model.method.set(choice);
        model.status.set("Model folder " + folder + " added as '" + choice.name() + "'.");
    }

    // ---------------------------------------------------------------- metrics

    @Override
    public void computeMetrics() {
        String label = model.metricLabel.get();
        var distance = model.distance.get();
        int k = model.k.get();
        List<EmbeddingExplorerModel.LoadedSet> sets = new ArrayList<>();
        List<Projection> projections = new ArrayList<>();
        EmbeddingSet[] aligned;
        try {
            aligned = aligned();
        } catch (MireException e) {
            model.status.set(e.getMessage());
            return;
        }
        sets.add(new EmbeddingExplorerModel.LoadedSet(model.left.get().name(), aligned[0], ""));
        projections.add(model.leftProjection.get());
        if (aligned[1] != null) {
            sets.add(new EmbeddingExplorerModel.LoadedSet(model.right.get().name(), aligned[1], ""));
            projections.add(model.rightProjection.get());
        }
        background("Computing metrics", monitor -> {
            List<EmbeddingExplorerModel.MetricRow> rows = new ArrayList<>();
            for (int i = 0; i < sets.size(); i++) {
                rows.add(EmbeddingExplorerInteractor.metrics(sets.get(i).name(), sets.get(i).set(), label, distance, k,
                        projections.get(i), monitor));
            }
            return rows;
        }, rows -> {
            model.metrics.setAll(rows);
            model.status.set("Metrics by " + label + " (" + distance.name().toLowerCase(Locale.ROOT) + ", k = " + k + ")");
        });
    }

    // ---------------------------------------------------------------- export and bookmarks

    @Override
    public void export(String format, Path target) {
        EmbeddingExplorerModel.LoadedSet left = model.left.get();
        if (left == null) {
            return;
        }
        try {
            EmbeddingSet set = aligned()[0];
            switch (format) {
                case "projector" -> EmbeddingFiles.writeProjector(target, set, null);
                case "csv", "npy" -> EmbeddingFiles.write(target, set);
                case "points" -> {
                    Projection projection = model.leftProjection.get();
                    if (projection == null) {
                        throw new MireException("no projection to export yet");
                    }
                    EmbeddingFiles.writePoints(target, set, projection.points());
                }
                case "png" -> {
                    if (model.compare.get()) {
                        writePng(view.scatter(), target);
                    } else {
                        leftView().writePng(target);
                    }
                }
                case "svg" -> leftView().writeSvg(target);
                default -> throw new IllegalArgumentException(format);
            }
            model.status.set("Wrote " + target);
        } catch (MireException e) {
            model.status.set(e.getMessage());
        } catch (java.io.IOException e) {
            model.status.set(target + ": cannot write: " + e.getMessage());
        }
    }

    static void writePng(javafx.scene.Node node, Path target) throws java.io.IOException {
        var image = node.snapshot(null, null);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", target.toFile());
    }

    @Override
    public void saveBookmark(String name) {
        EmbeddingExplorerModel.LoadedSet left = model.left.get();
        ScatterView.ViewState state = leftView().viewState();
        List<String> selected = new ArrayList<>();
        if (left != null) {
            try {
                EmbeddingSet set = aligned()[0];
                for (int i : view.scatter().selection().indices()) {
                    selected.add(set.ids().get(i));
                }
            } catch (MireException e) {
                model.status.set(e.getMessage());
            }
        }
        EmbeddingBookmarks.Bookmark bookmark = new EmbeddingBookmarks.Bookmark(name,
                left == null ? null : left.name(), model.right.get() == null ? null : model.right.get().name(),
                model.compare.get(), model.projection.get().name(), model.perplexity.get(), model.learningRate.get(),
                model.iterations.get(), model.seed.get(), model.umapNeighbours.get(), model.minDist.get(),
                model.colourColumn.get(), model.labelColumn.get(), model.searchText.get(), selected,
                state.centreX(), state.centreY(), state.scale());
        model.bookmarks.removeIf(b -> b.name().equals(name));
        model.bookmarks.add(bookmark);
        try {
            bookmarkStore.save(model.bookmarks);
            model.status.set("Saved bookmark '" + name + "' in " + bookmarkStore.file());
        } catch (MireException e) {
            model.status.set(e.getMessage());
        }
    }

    @Override
    public void applyBookmark(EmbeddingBookmarks.Bookmark bookmark) {
        Map<String, EmbeddingExplorerModel.LoadedSet> byName = new HashMap<>();
        for (EmbeddingExplorerModel.LoadedSet set : model.sets) {
            byName.put(set.name(), set);
        }
        if (bookmark.left() != null && !byName.containsKey(bookmark.left())) {
            model.status.set("Bookmark '" + bookmark.name() + "' needs the embedding '" + bookmark.left()
                    + "': encode or import it first");
            return;
        }
        pendingView = new ScatterView.ViewState(bookmark.centreX(), bookmark.centreY(), bookmark.scale());
        pendingSelection = bookmark.selectedIds();
        model.projection.set(EmbeddingExplorerModel.Method.valueOf(bookmark.projection()));
        model.perplexity.set(bookmark.perplexity());
        model.learningRate.set(bookmark.learningRate());
        model.iterations.set(bookmark.iterations());
        model.seed.set(bookmark.seed());
        model.umapNeighbours.set(bookmark.umapNeighbours());
        model.minDist.set(bookmark.minDist());
        model.left.set(byName.get(bookmark.left()));
        model.right.set(bookmark.right() == null ? null : byName.get(bookmark.right()));
        model.compare.set(bookmark.compare() && model.right.get() != null);
        model.colourColumn.set(bookmark.colourColumn());
        model.labelColumn.set(bookmark.labelColumn());
        model.searchText.set(bookmark.search() == null ? "" : bookmark.search());
        scheduleProjection(true);
        scheduleProjection(false);
    }

    private void selectIds(EmbeddingSet set, List<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        BitSet rows = new BitSet();
        for (int i = 0; i < set.size(); i++) {
            if (wanted.contains(set.ids().get(i))) {
                rows.set(i);
            }
        }
        view.scatter().selection().set(rows);
    }

    // ---------------------------------------------------------------- background work

    private <T> void background(String title, Work<T> work, Consumer<T> onSuccess) {
        model.progress.set(-1);
        model.status.set(title + "…");
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = executor.submit(title, monitor -> work.run(mirrored(monitor)), result -> {
            backgroundTasks.remove(handle[0]);
            updateBusy();
            onSuccess.accept(result);
        }, error -> {
            backgroundTasks.remove(handle[0]);
            updateBusy();
            model.status.set(message(error));
        });
        if (!handle[0].isDone()) {
            backgroundTasks.add(handle[0]);
        }
        updateBusy();
    }

    /** Progress goes to the executor's task (the workbench's task list) and to the explorer's own status line. */
    private ProgressMonitor mirrored(ProgressMonitor monitor) {
        long[] last = {0};
        return new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
                monitor.progress(fraction, message);
                long now = System.nanoTime();
                if (now - last[0] < 50_000_000L && fraction < 1) {
                    return; // at most 20 updates a second reach the FX thread
                }
                last[0] = now;
                Platform.runLater(() -> {
                    if (model.busy.get() && !monitor.isCancelled()) {
                        model.progress.set(fraction);
                        if (message != null && !message.isBlank()) {
                            model.status.set(message);
                        }
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
    }

    /** Part {@code index} of {@code parts} equal parts of the monitor's range. */
    private static ProgressMonitor slice(ProgressMonitor monitor, int index, int parts) {
        return new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
                monitor.progress(fraction < 0 ? fraction : (index + fraction) / parts, message);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
    }

    /** The user-facing line of a failure: the first MireException's message, else the error itself. */
    private static String message(Throwable error) {
        Throwable cause = error;
        while (!(cause instanceof MireException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (!(cause instanceof MireException)) {
            cause = error;
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    private void updateBusy() {
        model.busy.set(!backgroundTasks.isEmpty() || leftPending || rightPending);
    }

    @Override
    public void cancel() {
        for (TaskHandle handle : List.copyOf(backgroundTasks)) {
            handle.cancel();
        }
        backgroundTasks.clear();
        leftDelay.stop();
        rightDelay.stop();
        leftTask.cancel();
        rightTask.cancel();
        leftPending = false;
        rightPending = false;
        updateBusy();
        model.progress.set(0);
        model.status.set("Cancelled.");
    }

    @Override
    public void close() {
        cancel();
    }

    /** Metadata of a set as the scatter view wants it. */
    static Map<String, List<String>> columns(EmbeddingSet set) {
        return new LinkedHashMap<>(set.metadata());
    }

    /** Reads a corpus's companion vectors file, for hosts that pass one on the command line. */
    public void importNow(Path file, Path metadata) throws MireException {
        EmbeddingSet set = interactor.importVectors(file, metadata, model.corpus.get());
        addSet(new EmbeddingExplorerModel.LoadedSet(file.getFileName().toString(), set, "imported"));
    }

    /** Opens a corpus synchronously (for hosts, tests and the command line). */
    public void openCorpusNow(Path path) throws MireException {
        CorpusDefinition corpus = interactor.openCorpus(path);
        model.corpus.set(corpus);
    }

    static EmbeddingSet read(Path file) throws MireException {
        return EmbeddingFiles.read(file);
    }

    /**
     * Where bookmarks and the encoding cache live unless a workspace is given: {@code -Dmire.workspace}, else
     * {@code ~/.mire/workspace}.
     */
    public static Path defaultWorkspace() {
        String property = System.getProperty("mire.workspace");
        return property != null && !property.isBlank() ? Path.of(property)
                : Path.of(System.getProperty("user.home"), ".mire", "workspace");
    }

    /**
     * The explorer as the workbench and {@code mire explore} build it: the catalog's methods (usually
     * {@link MethodCatalog#standard}), the workspace's encoding cache, IR loaded by {@link org.mire.ir.IrLoader}.
     */
    public static EmbeddingExplorerController standard(TaskExecutor executor, MethodCatalog catalog, Path workspace,
                                              Consumer<Path> openFile, Path sampleIr, Path devMap) {
        return new EmbeddingExplorerController(new EmbeddingExplorerInteractor(org.mire.embed.EncodingCache.inWorkspace(workspace),
                defaultLoader()), executor, catalog.choices(), workspace, openFile, sampleIr, devMap);
    }

    static CorpusEncoder.ProgramLoader defaultLoader() {
        return org.mire.ir.IrLoader::load;
    }
}
