package org.mire.app.embeddingexplorer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mire.MireException;
import org.mire.embed.EmbeddingSet;
import org.mire.viz.scatter.ScatterPair;
import org.mire.viz.scatter.ScatterView;
import org.mire.workspace.ExplorerState;

/**
 * Bookmarks of the embedding explorer: save what is shown (sets, projection parameters, columns, search, selection and
 * the left plot's view) and restore it; the view and the selection are applied once the left plot has its new
 * projection. In the workbench the bookmarks are saved with the workspace; the standalone explorer keeps them in an
 * {@link EmbeddingBookmarks} file.
 */
final class BookmarkActions {
    private final EmbeddingExplorerModel model;
    private final EmbeddingBookmarks store;
    private final ScatterPair scatter;
    private final PlotProjections.Aligned aligned;
    private final Runnable reproject;
    private ScatterView.ViewState pendingView;
    private List<String> pendingSelection;

    /** @param store the bookmarks file, or null when the host's workspace keeps them */
    BookmarkActions(EmbeddingExplorerModel model, EmbeddingBookmarks store, ScatterPair scatter,
                    PlotProjections.Aligned aligned, Runnable reproject) {
        this.model = model;
        this.store = store;
        this.scatter = scatter;
        this.aligned = aligned;
        this.reproject = reproject;
    }

    /** Reads the bookmarks file, when there is one (the standalone explorer). */
    void loadAll() {
        if (store == null) {
            return;
        }
        try {
            model.bookmarks.setAll(store.load());
        } catch (MireException e) {
            model.status.set(e.getMessage());
        }
    }

    /** Saves the current view as a bookmark (replacing one of the same name). */
    void save(String name) {
        EmbeddingExplorerModel.LoadedSet left = model.left.get();
        ScatterView.ViewState state = scatter.left().viewState();
        List<String> selected = new ArrayList<>();
        if (left != null) {
            try {
                EmbeddingSet set = aligned.sets()[0];
                for (int i : scatter.selection().indices()) {
                    selected.add(set.ids().get(i));
                }
            } catch (MireException e) {
                model.status.set(e.getMessage());
            }
        }
        ExplorerState.Bookmark bookmark = new ExplorerState.Bookmark(name,
                left == null ? null : left.name(), model.right.get() == null ? null : model.right.get().name(),
                model.compare.get(), model.projection.get().name(), model.perplexity.get(), model.learningRate.get(),
                model.iterations.get(), model.seed.get(), model.umapNeighbours.get(), model.minDist.get(),
                model.colourColumn.get(), model.labelColumn.get(), model.searchText.get(), selected,
                state.centreX(), state.centreY(), state.scale());
        model.bookmarks.removeIf(b -> b.name().equals(name));
        model.bookmarks.add(bookmark);
        if (store == null) {
            model.status.set("Saved bookmark '" + name + "' (kept with the workspace)");
            return;
        }
        try {
            store.save(model.bookmarks);
            model.status.set("Saved bookmark '" + name + "' in " + store.file());
        } catch (MireException e) {
            model.status.set(e.getMessage());
        }
    }

    /** Restores a bookmark: sets, parameters and columns now; view and selection once the left plot is projected. */
    void apply(ExplorerState.Bookmark bookmark) {
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
        reproject.run();
    }

    /** Selects the rows of {@code ids} in the left plot: now when it shows {@code shown}, else once it is projected. */
    void selectWhenProjected(List<String> ids, EmbeddingSet shown) {
        if (shown != null) {
            selectIds(shown, ids);
        } else {
            pendingSelection = ids;
        }
    }

    private void selectIds(EmbeddingSet set, List<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        BitSet rows = new BitSet();
        for (int i = 0; i < set.size(); i++) {
            if (wanted.contains(set.ids().get(i))) {
                rows.set(i);
            }
        }
        scatter.selection().set(rows);
    }

    /** The left plot shows {@code set} now: apply a restored bookmark's view and selection. */
    void projected(EmbeddingSet set) {
        if (pendingView != null) {
            scatter.left().setViewState(pendingView);
            pendingView = null;
        }
        if (pendingSelection != null) {
            selectIds(set, pendingSelection);
            pendingSelection = null;
        }
    }
}
