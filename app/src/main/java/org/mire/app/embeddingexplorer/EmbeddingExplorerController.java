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
     * @param workspace where bookmarks are kept
     * @param openFile  opens an IR file in the workbench (the host decides how)
     * @param sampleIr  the bundled sample-ir folder, or null
     * @param devMap    the DevMap data set folder, or null when absent
     */
    public EmbeddingExplorerController(EmbeddingExplorerInteractor interactor, TaskExecutor executor, List<MethodChoice> methods,
                              Path workspace, Consumer<Path> openFile, Path sampleIr, Path devMap) {
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
        bookmarks = new BookmarkActions(model, new EmbeddingBookmarks(workspace), view.scatter(), this::aligned,
                projections::scheduleBoth);
        wire();
        bookmarks.loadAll();
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
            projections.schedule(true);
        });
        model.right.addListener((o, a, b) -> projections.schedule(false));
        model.compare.addListener((o, a, b) -> {
            if (b && model.right.get() == null && model.sets.size() > 1) {
                model.right.set(model.sets.stream().filter(s -> s != model.left.get()).findFirst().orElse(null));
            }
            projections.schedule(false);
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
        tasks.run("Opening " + path.getFileName(), monitor -> interactor.openCorpus(path), corpus -> {
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
        tasks.run("Encoding " + corpus.name() + " with " + choice.name(),
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
        tasks.run("Encoding " + corpus.name() + " with " + String.join(", ", choices.stream()
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
        tasks.run("Importing " + file.getFileName(), monitor -> interactor.importVectors(file, metadata, corpus),
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
    public void applyBookmark(EmbeddingBookmarks.Bookmark bookmark) {
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

    @Override
    public void cancel() {
        tasks.cancelAll();
        projections.cancel();
        model.progress.set(0);
        model.status.set("Cancelled.");
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
                        interactor.importVectors(file, null, corpus), "imported"));
            }
            return new Loaded(corpus, imported);
        }, loaded -> {
            if (loaded.corpus() != null) {
                model.corpus.set(loaded.corpus());
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
     * {@link MethodCatalog#standard}), the workspace's encoding cache, IR loaded by {@link org.mire.ir.IrLoader}.
     */
    public static EmbeddingExplorerController standard(TaskExecutor executor, MethodCatalog catalog, Path workspace,
                                              Consumer<Path> openFile, Path sampleIr, Path devMap) {
        return new EmbeddingExplorerController(new EmbeddingExplorerInteractor(org.mire.embed.EncodingCache.inWorkspace(workspace),
                org.mire.ir.IrLoader::load), executor, catalog.choices(), workspace, openFile, sampleIr, devMap);
    }

}
