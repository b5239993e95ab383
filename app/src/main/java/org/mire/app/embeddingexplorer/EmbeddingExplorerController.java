package org.mire.app.embeddingexplorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.PatternSyntaxException;
import javafx.beans.Observable;
import javafx.scene.layout.Region;
import org.mire.MireException;
import org.mire.app.background.TaskExecutor;
import org.mire.embed.CorpusDefinition;
import org.mire.embed.CorpusEncoder;
import org.mire.embed.EmbeddingSet;
import org.mire.embed.projection.Projection;
import org.mire.progress.ProgressMonitor;
import org.mire.viz.scatter.ScatterView;
import org.mire.workspace.ExplorerState;

/**
 * The embedding explorer (MVCI controller): owns the model, the view and the interactor, and turns user actions and
 * model changes into background work on the host's {@link TaskExecutor} (in the workbench it appears in the status
 * bar's task list) through {@link ExplorerTasks}; the plots' projections are {@link PlotProjections}', the exports
 * {@link EmbeddingExports}'. Encoding is the encode job of {@code mire encode} ({@link CorpusEncoder}).
 */
public final class EmbeddingExplorerController implements EmbeddingExplorerView.Actions, AutoCloseable {
    private final EmbeddingExplorerModel model = new EmbeddingExplorerModel();
    private final EmbeddingExplorerInteractor interactor;
    private final EmbeddingExplorerView view;
    private final Region node;
    private final Consumer<Path> openFile;
    private final Path sampleIr;
    private final Path devMap;
    private final ExplorerTasks tasks;
    private final PlotProjections projections;
    private final EmbeddingExports exports;
    private final BookmarkActions bookmarks;

    /**
     * @param executor  runs the background work (encoding, projections, metrics); the host's
     * @param bookmarks the folder whose {@code explorer/bookmarks.json} keeps the bookmarks, or null when the host's
     *                  workspace keeps them (the workbench)
     * @param openFile  opens an IR file in the workbench (the host decides how)
     * @param sampleIr  the bundled sample-ir folder, or null
     * @param devMap    the DevMap data set folder, or null when absent
     */
    public EmbeddingExplorerController(EmbeddingExplorerInteractor interactor, TaskExecutor executor,
                                       List<MethodChoice> methods, Path bookmarks, Consumer<Path> openFile,
                                       Path sampleIr, Path devMap) {
        this.interactor = interactor;
        this.tasks = new ExplorerTasks(executor, model);
        this.openFile = openFile;
        this.sampleIr = sampleIr;
        this.devMap = devMap;
        model.methods.setAll(methods);
        if (!methods.isEmpty()) {
            model.method.set(methods.getFirst());
        }
        view = new EmbeddingExplorerView(model, this);
        node = view.build();
        projections = new PlotProjections(model, tasks, leftView(), rightView(), this::aligned, this::projected);
        exports = new EmbeddingExports(tasks, view.scatter());
        this.bookmarks = new BookmarkActions(model, bookmarks == null ? null : new EmbeddingBookmarks(bookmarks),
                view.scatter(), this::aligned, projections::scheduleBoth);
        wire();
        this.bookmarks.loadAll();
    }

    public Region view() {
        return node;
    }

    public EmbeddingExplorerModel model() {
        return model;
    }

    /** Where the explorer's background work runs (the host's). */
    public TaskExecutor executor() {
        return tasks.executor();
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
            if (b != null && model.compare.get() && model.right.get() != null && !shareRows(b, model.right.get())) {
                // comparing with a set of another corpus would fail: show the chosen set alone
                model.status.set(b.name() + " and " + model.right.get().name() + " share no row: comparison "
                        + "turned off.");
                model.compare.set(false);
            }
            clearSelection();
            projections.scheduleBoth();
        });
        // both plots show the rows the two sets share: a change of the right set or of comparing can change the
        // left plot's rows too (it is projected again only when they did)
        model.right.addListener((o, a, b) -> projections.scheduleBoth());
        model.compare.addListener((o, a, b) -> {
            if (b && model.right.get() == null && model.sets.size() > 1) {
                model.right.set(model.sets.stream().filter(s -> s != model.left.get() && shareRows(s,
                        model.left.get())).findFirst().orElse(null));
            }
            projections.scheduleBoth();
            updateNeighbours();
        });
        for (Observable parameter : List.of(model.projection, model.perplexity, model.learningRate, model.iterations,
                model.seed, model.umapNeighbours, model.minDist)) {
            parameter.addListener(o -> {
                projections.scheduleBoth();
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
        model.neighboursInRight.addListener(o -> updateNeighbours());
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

    /**
     * Opens a corpus. The plots then show a set of this corpus (the first one the explorer holds), or nothing until
     * one is encoded or imported: never the sets of the corpus before.
     */
    @Override
    public void openCorpus(Path path) {
        tasks.run("Opening " + path.getFileName(), monitor -> interactor.openCorpus(path), corpus -> {
            model.corpus.set(corpus);
            model.corpusSource.set(path.toAbsolutePath().normalize());
            EmbeddingExplorerModel.LoadedSet ofCorpus = model.sets.stream()
                    .filter(s -> corpus.name().equals(s.corpus())).findFirst().orElse(null);
            if (model.left.get() == null || !corpus.name().equals(model.left.get().corpus())) {
                model.compare.set(false);
                model.right.set(null);
                model.left.set(ofCorpus);
            }
            if (model.left.get() == null) {
                view.scatter().left().setCaption("Corpus " + corpus.name() + ": encode it or import vectors");
            }
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
        tasks.runStoppable("Encoding " + corpus.name() + " with " + choice.name(),
                monitor -> interactor.encode(corpus, choice, device, monitor), result -> {
                    String note = result.failures().isEmpty() ? "" : "; " + result.failures().size()
                            + " files failed (first: " + result.failures().getFirst() + ")";
                    if (result.set().size() > 0) {
                        addSet(new EmbeddingExplorerModel.LoadedSet(choice.name() + " · " + corpus.name(),
                                result.set(), choice.name(), corpus.name()));
                    }
                    model.status.set((result.stopped() ? "Stopped: kept the " + result.set().size() + " of "
                            + corpus.size() + " rows encoded so far (Encode again goes on from there"
                            : "Encoded " + result.set().size() + " rows with " + choice.name() + " (")
                            + (result.stopped() ? "; " : "") + result.encoded() + " files encoded, " + result.cached()
                            + " from the cache)" + note);
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
        tasks.runStoppable("Encoding " + corpus.name() + " with " + String.join(", ", choices.stream()
                .map(MethodChoice::name).toList()), monitor -> {
                    List<CorpusEncoder.Result> results = new ArrayList<>();
                    for (int i = 0; i < choices.size() && !monitor.isCancelled(); i++) {
                        results.add(interactor.encode(corpus, choices.get(i), device,
                                slice(monitor, i, choices.size())));
                    }
                    return results;
                }, results -> {
                    StringBuilder status = new StringBuilder();
                    for (int i = 0; i < results.size(); i++) {
                        CorpusEncoder.Result result = results.get(i);
                        if (result.set().size() == 0) {
                            continue;
                        }
                        addSet(new EmbeddingExplorerModel.LoadedSet(choices.get(i).name() + " · " + corpus.name(),
                                result.set(), choices.get(i).name(), corpus.name()));
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
        tasks.run("Importing " + file.getFileName(), monitor -> interactor.importVectors(file, metadata, corpus),
                set -> {
                    addSet(new EmbeddingExplorerModel.LoadedSet(file.getFileName().toString(), set, "imported",
                            corpus == null ? null : corpus.name()));
                    model.status.set("Imported " + set.size() + " vectors of dimension " + set.dimension() + " from "
                            + file.getFileName());
                });
    }

    /**
     * Adds an embedding set (for hosts and tests that made one themselves) and shows it: beside the left plot's set
     * when both belong to the same corpus (they share rows), else alone in place of what was shown, so a plot never
     * keeps showing a corpus the user has moved on from. A set replaces one of the same name.
     */
    public void addSet(EmbeddingExplorerModel.LoadedSet set) {
        int at = -1;
        for (int i = 0; i < model.sets.size(); i++) {
            if (model.sets.get(i).name().equals(set.name())) {
                at = i;
            }
        }
        EmbeddingExplorerModel.LoadedSet left = model.left.get();
        EmbeddingExplorerModel.LoadedSet right = model.right.get();
        if (at >= 0) {
            model.sets.set(at, set);
        } else {
            model.sets.add(set);
        }
        if (left == null || left.name().equals(set.name()) || !shareRows(left, set)) {
            if (left == null || !left.name().equals(set.name()) || (right != null && !shareRows(right, set))) {
                model.compare.set(false);
                model.right.set(null);
            }
            model.left.set(set);
        } else if (right == null || !model.compare.get() || right.name().equals(set.name())) {
            model.right.set(set);
            model.compare.set(true);
        }
    }

    /** Whether two sets have a row id in common (the condition for comparing them side by side). */
    static boolean shareRows(EmbeddingExplorerModel.LoadedSet a, EmbeddingExplorerModel.LoadedSet b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.corpus() != null && b.corpus() != null && !a.corpus().equals(b.corpus())) {
            return false;
        }
        java.util.Set<String> ids = new java.util.HashSet<>(a.set().ids());
        for (String id : b.set().ids()) {
            if (ids.contains(id)) {
                return true;
            }
        }
        return false;
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

    /** After a plot shows a new projection: the search, and a bookmark's view and selection waiting for it. */
    private void projected(boolean left, EmbeddingSet set) {
        if (!model.searchText.get().isEmpty()) {
            search();
        }
        if (left) {
            bookmarks.projected(set);
        }
    }

    @Override
    public void togglePause() {
        projections.togglePause();
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
            int plotted = leftView().plottedCount();
            model.searchResult.set(text.isEmpty() ? "" : found + " of " + plotted + " plotted point"
                    + (plotted == 1 ? "" : "s") + " match");
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
        search();
    }

    @Override
    public void showAll() {
        leftView().isolate(null);
        rightView().isolate(null);
        search();
    }

    @Override
    public void clearSelection() {
        view.scatter().selection().clear();
    }

    @Override
    public void focusRow(int row) {
        view.scatter().selection().select(row);
    }

    /**
     * The selected point's nearest rows in the original space of the left embedding, or of the right one in compare
     * mode when chosen; they are ringed in both plots (the plots show the same rows in the same order).
     */
    private void updateNeighbours() {
        int row = model.focusedRow.get();
        EmbeddingExplorerModel.LoadedSet set = model.left.get();
        if (row < 0 || set == null) {
            model.neighbours.clear();
            markNeighbours(null);
            model.neighboursTitle.set("No point selected.");
            return;
        }
        try {
            EmbeddingSet[] both = aligned();
            boolean right = model.neighboursInRight.get() && both[1] != null;
            EmbeddingSet space = right ? both[1] : both[0];
            String name = right ? model.right.get().name() : set.name();
            if (row < space.size()) {
                model.neighbours.setAll(EmbeddingExplorerInteractor.neighbours(space, row, model.k.get(),
                        model.distance.get(), model.colourColumn.get()));
                BitSet rows = new BitSet();
                model.neighbours.forEach(n -> rows.set(n.row()));
                markNeighbours(rows);
                model.neighboursTitle.set("Neighbours of " + space.ids().get(row) + " in " + name);
            }
        } catch (MireException e) {
            model.neighbours.clear();
            markNeighbours(null);
            model.status.set(e.getMessage());
        }
    }

    private void markNeighbours(BitSet rows) {
        leftView().setMarked(rows);
        rightView().setMarked(rows);
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
        sets.add(new EmbeddingExplorerModel.LoadedSet(model.left.get().name(), aligned[0], "", null));
        projections.add(model.leftProjection.get());
        if (aligned[1] != null) {
            sets.add(new EmbeddingExplorerModel.LoadedSet(model.right.get().name(), aligned[1], "", null));
            projections.add(model.rightProjection.get());
        }
        tasks.run("Computing metrics", monitor -> {
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

    // ---------------------------------------------------------------- export and bookmarks (BookmarkActions)

    @Override
    public void export(String format, Path target) {
        if (model.left.get() == null) {
            return;
        }
        try {
            exports.export(EmbeddingExports.Format.valueOf(format.toUpperCase(Locale.ROOT)), target, aligned()[0],
                    model.leftProjection.get(), model.compare.get());
        } catch (MireException e) {
            model.status.set(e.getMessage());
        }
    }

    @Override
    public void saveBookmark(String name) {
        bookmarks.save(name);
    }

    @Override
    public void applyBookmark(ExplorerState.Bookmark bookmark) {
        bookmarks.apply(bookmark);
    }

    // ---------------------------------------------------------------- background work

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

    /** Cancels what runs; an encoding is asked to stop and keeps the rows it encoded so far. */
    @Override
    public void cancel() {
        tasks.cancelAll();
        projections.cancel();
        model.progress.set(0);
        if (!model.status.get().startsWith("Stopping")) {
            model.status.set("Cancelled.");
        }
    }

    /** Draws the plots for the dark or the light theme. */
    public void setDark(boolean dark) {
        leftView().setDark(dark);
        rightView().setDark(dark);
    }

    // ---------------------------------------------------------------- the workspace

    /** What the workspace keeps of the explorer: corpus, sets, plots with their projections, display, bookmarks. */
    public ExplorerState state() {
        List<ExplorerState.StoredSet> sets = new ArrayList<>();
        for (EmbeddingExplorerModel.LoadedSet set : model.sets) {
            sets.add(new ExplorerState.StoredSet(set.name(), set.source(), set.corpus(), null, set.set()));
        }
        List<ExplorerState.StoredProjection> plots = new ArrayList<>();
        for (boolean left : new boolean[] {true, false}) {
            PlotProjections.Shown shown = projections.shown(left);
            if (shown != null) {
                Projection p = shown.projection();
                plots.add(new ExplorerState.StoredProjection(left ? "left" : "right", shown.set(),
                        shown.comparedWith(), ExplorerState.ProjectionSettings.of(p.parameters()),
                        p.explainedVariance(), p.klDivergence(), p.millis(), null, shown.points()));
            }
        }
        MethodChoice method = model.method.get();
        return new ExplorerState(model.corpusSource.get(), sets, model.left.get() == null ? null
                : model.left.get().name(), model.right.get() == null ? null : model.right.get().name(),
                model.compare.get(), model.projection.get().name(), model.perplexity.get(), model.learningRate.get(),
                model.iterations.get(), model.seed.get(), model.umapNeighbours.get(), model.minDist.get(),
                model.colourColumn.get(), model.labelColumn.get(), model.searchText.get(), model.searchColumn.get(),
                plots, List.copyOf(model.bookmarks), method == null ? null : method.name(),
                method == null ? null : method.modelFolder(), model.device.get(), selectedId(),
                model.neighboursInRight.get());
    }

    /** The row id of the clicked point (the one the neighbour list is for), or null. */
    private String selectedId() {
        int row = model.focusedRow.get();
        if (row < 0 || model.left.get() == null) {
            return null;
        }
        try {
            EmbeddingSet rows = aligned()[0];
            return row < rows.size() ? rows.ids().get(row) : null;
        } catch (MireException e) {
            return null;
        }
    }

    /**
     * The method and device a workspace chose; a model folder is offered again.
     *
     * @return what went wrong (a model folder that is gone), or ""
     */
    private String restoreMethod(ExplorerState state) {
        if (state.device() != null) {
            model.device.set(state.device());
        }
        if (state.modelFolder() != null) {
            addModelFolder(state.modelFolder());
            return state.modelFolder().equals(methodFolder()) ? "" : " " + model.status.get();
        }
        if (state.method() != null) {
            model.methods.stream().filter(m -> m.name().equals(state.method()) && !m.asksForFolder()).findFirst()
                    .ifPresent(model.method::set);
        }
        return "";
    }

    /**
     * Puts a workspace's explorer back as it was: sets, parameters and display at once, the projections the plots
     * showed drawn from their stored coordinates (nothing is encoded or projected again), and the corpus opened
     * again in the background. A plot whose projection was not stored is projected.
     */
    public void restore(ExplorerState state) {
        cancel();
        List<EmbeddingExplorerModel.LoadedSet> sets = new ArrayList<>();
        for (ExplorerState.StoredSet stored : state.sets()) {
            sets.add(new EmbeddingExplorerModel.LoadedSet(stored.name(), stored.set(), stored.source(),
                    stored.corpus()));
        }
        java.util.Map<String, EmbeddingExplorerModel.LoadedSet> byName = new java.util.HashMap<>();
        sets.forEach(set -> byName.put(set.name(), set));
        projections.hold(() -> {
            try {
                model.projection.set(EmbeddingExplorerModel.Method.valueOf(state.projection()));
            } catch (IllegalArgumentException | NullPointerException e) {
                model.projection.set(EmbeddingExplorerModel.Method.TSNE);
            }
            model.perplexity.set(state.perplexity());
            model.learningRate.set(state.learningRate());
            model.iterations.set(state.iterations());
            model.seed.set(state.seed());
            model.umapNeighbours.set(state.umapNeighbours());
            model.minDist.set(state.minDist());
            model.sets.setAll(sets);
            model.left.set(byName.get(state.left()));
            model.right.set(byName.get(state.right()));
            model.compare.set(state.compare() && model.right.get() != null);
            model.colourColumn.set(state.colourColumn());
            model.labelColumn.set(state.labelColumn());
            model.searchColumn.set(state.searchColumn());
            model.bookmarks.setAll(state.bookmarks());
            model.neighboursInRight.set(state.neighboursInRight());
        });
        String methodProblem = restoreMethod(state);
        boolean[] missing = {model.left.get() != null, model.compare.get()};
        for (ExplorerState.StoredProjection stored : state.projections()) {
            boolean left = stored.plot().equals("left");
            EmbeddingExplorerModel.LoadedSet set = left ? model.left.get() : model.right.get();
            if (set == null || !set.name().equals(stored.set()) || (left ? !missing[0] : !missing[1])) {
                continue;
            }
            try {
                EmbeddingSet rows = aligned()[left ? 0 : 1];
                if (rows == null || !rows.ids().equals(stored.points().ids())) {
                    continue; // other rows than when it was projected: project again
                }
                Projection projection = new Projection(stored.points().vectors(), stored.parameters().parameters(),
                        stored.explainedVariance(), stored.klDivergence(), stored.millis());
                projections.show(left, stored.set(), stored.comparedWith(), rows, projection, stored.points());
                missing[left ? 0 : 1] = false;
            } catch (MireException | IllegalArgumentException e) {
                // projected again below
            }
        }
        if (missing[0]) {
            projections.schedule(true);
        }
        if (missing[1]) {
            projections.schedule(false);
        }
        if (state.selected() != null && model.left.get() != null) {
            try {
                bookmarks.selectWhenProjected(List.of(state.selected()), missing[0] ? null : aligned()[0]);
            } catch (MireException e) {
                // the left plot has no rows to select in; nothing was selected
            }
        }
        model.searchText.set(state.search());
        search();
        String restored = "Restored " + sets.size() + " embedding set" + (sets.size() == 1 ? "" : "s")
                + (state.projections().isEmpty() ? "." : " and their plots.")
                + methodProblem;
        model.status.set(restored);
        Path corpus = state.corpus();
        if (corpus != null) {
            // the task's "Opening …" line stood until the next action: say what came back once the corpus is open
            tasks.run("Opening " + corpus.getFileName(), monitor -> interactor.openCorpus(corpus), opened -> {
                model.corpus.set(opened);
                model.corpusSource.set(corpus);
                model.status.set(restored + " Corpus " + opened.name() + ": " + opened.size() + " rows.");
            }, message -> model.status.set(restored + " The corpus did not open again: " + message));
        }
    }

    private Path methodFolder() {
        return model.method.get() == null ? null : model.method.get().modelFolder();
    }

    @Override
    public void close() {
        cancel();
    }

    /** What a host (the {@code mire explore} command) asks the explorer to show at start. */
    public record StartUp(Path corpus, List<Path> vectors, List<MethodChoice> encode) {
        public StartUp {
            vectors = List.copyOf(vectors);
            encode = List.copyOf(encode);
        }
    }

    /**
     * Opens the corpus and imports the vectors in one background task, shows them, then encodes the corpus with each
     * method ({@link #encode(List)}). A failure goes to the status line and to {@code onFailure}.
     */
    public void load(StartUp startUp, Consumer<String> onFailure) {
        if (!startUp.encode().isEmpty() && startUp.corpus() == null) {
            model.status.set("--encode needs --corpus");
            onFailure.accept(model.status.get());
            return;
        }
        tasks.run("Opening " + (startUp.corpus() != null ? startUp.corpus().getFileName() : "vectors"), monitor -> {
            CorpusDefinition corpus = startUp.corpus() == null ? null : interactor.openCorpus(startUp.corpus());
            List<EmbeddingExplorerModel.LoadedSet> imported = new ArrayList<>();
            for (Path file : startUp.vectors()) {
                monitor.checkCancelled();
                imported.add(new EmbeddingExplorerModel.LoadedSet(file.getFileName().toString(),
                        interactor.importVectors(file, null, corpus), "imported",
                        corpus == null ? null : corpus.name()));
            }
            return new Loaded(corpus, imported);
        }, loaded -> {
            if (loaded.corpus() != null) {
                model.corpus.set(loaded.corpus());
                model.corpusSource.set(startUp.corpus().toAbsolutePath().normalize());
            }
            loaded.sets().forEach(this::addSet);
            model.status.set(loaded.corpus() == null ? "Imported " + loaded.sets().size() + " vector set(s)."
                    : "Corpus " + loaded.corpus().name() + ": " + loaded.corpus().size() + " rows.");
            if (!startUp.encode().isEmpty()) {
                encode(startUp.encode());
            }
        }, onFailure);
    }

    private record Loaded(CorpusDefinition corpus, List<EmbeddingExplorerModel.LoadedSet> sets) {
    }

    /**
     * The explorer as the workbench and {@code mire explore} build it: the catalog's methods (usually
     * {@link MethodCatalog#standard}), the per-user encoding cache every panel shares, IR loaded by
     * {@link org.mire.ir.IrLoader}.
     */
    public static EmbeddingExplorerController standard(TaskExecutor executor, MethodCatalog catalog, Path bookmarks,
                                                       Consumer<Path> openFile, Path sampleIr, Path devMap) {
        return new EmbeddingExplorerController(new EmbeddingExplorerInteractor(
                org.mire.embed.EncodingCache.userDefault(), org.mire.ir.IrLoader::load), executor, catalog.choices(),
                bookmarks, openFile, sampleIr, devMap);
    }

}
