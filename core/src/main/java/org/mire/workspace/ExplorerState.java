package org.mire.workspace;

import java.nio.file.Path;
import java.util.List;
import org.mire.embed.EmbeddingSet;
import org.mire.embed.projection.ProjectionParameters;

/**
 * The embedding explorer: its corpus, the embedding sets it holds (kept as files in the workspace, so reopening
 * encodes nothing), which sets the plots show, the projection parameters and the projections themselves (their
 * coordinates, so reopening projects nothing), the display choices and the bookmarks.
 *
 * @param corpus       what was opened as the corpus (folder, labels CSV, DevMap folder), or null
 * @param sets         the embedding sets, in the order the explorer lists them
 * @param left         the name of the set in the left plot, or null
 * @param right        the name of the set compared with it, or null
 * @param compare      whether the two plots are shown side by side
 * @param projection   {@code TSNE}, {@code PCA} or {@code UMAP}
 * @param colourColumn column colouring the points, or null
 * @param labelColumn  column labelling the points, or null
 * @param search       the search pattern
 * @param searchColumn the column searched, or null for all
 * @param projections  the plots' projections (at most one per plot)
 * @param bookmarks    saved views
 * @param method       the method chosen for encoding (its menu name), or null for the first one (the shipped model)
 * @param modelFolder  the model folder of a method chosen with "MIREncoder from folder…", else null
 * @param device       the device chosen for encoding ({@code cpu}, {@code gpu:N}), or null for {@code cpu}
 * @param selected     the row id of the clicked point (the neighbour list is for it), or null
 * @param neighboursInRight in compare mode, whether the neighbour list is in the right plot's embedding
 */
public record ExplorerState(Path corpus, List<StoredSet> sets, String left, String right, boolean compare,
                            String projection, double perplexity, double learningRate, int iterations, int seed,
                            int umapNeighbours, double minDist, String colourColumn, String labelColumn,
                            String search, String searchColumn, List<StoredProjection> projections,
                            List<Bookmark> bookmarks, String method, Path modelFolder, String device,
                            String selected, boolean neighboursInRight) {

    /** A state without the method, device and selection (as workspaces before them were written). */
    public ExplorerState(Path corpus, List<StoredSet> sets, String left, String right, boolean compare,
                         String projection, double perplexity, double learningRate, int iterations, int seed,
                         int umapNeighbours, double minDist, String colourColumn, String labelColumn,
                         String search, String searchColumn, List<StoredProjection> projections,
                         List<Bookmark> bookmarks) {
        this(corpus, sets, left, right, compare, projection, perplexity, learningRate, iterations, seed,
                umapNeighbours, minDist, colourColumn, labelColumn, search, searchColumn, projections, bookmarks,
                null, null, null, null, false);
    }

    public ExplorerState {
        sets = sets == null ? List.of() : List.copyOf(sets);
        projections = projections == null ? List.of() : List.copyOf(projections);
        bookmarks = bookmarks == null ? List.of() : List.copyOf(bookmarks);
        search = search == null ? "" : search;
    }

    /**
     * An embedding set. In memory {@code set} holds the vectors; in the workspace's {@code workspace.json} only
     * {@code file} is written (the set's own files, {@code embeddings/NAME.npy} with its metadata and provenance
     * beside it).
     *
     * @param name   the name the explorer shows
     * @param source how it was made: the method's name, or {@code imported}
     * @param corpus the corpus it was encoded from (its name), or null
     * @param file   its vectors file, relative to the workspace folder; null until first saved
     * @param set    the vectors, ids, metadata and provenance (null in the file, filled when read)
     */
    public record StoredSet(String name, String source, String corpus, String file, EmbeddingSet set) {
        StoredSet withFile(String stored) {
            return new StoredSet(name, source, corpus, stored, set);
        }

        StoredSet withSet(EmbeddingSet loaded) {
            return new StoredSet(name, source, corpus, file, loaded);
        }
    }

    /**
     * A plot's projection.
     *
     * @param plot              {@code left} or {@code right}
     * @param set               the projected set's name
     * @param comparedWith      the set it was aligned with (its rows are those both share), or null
     * @param parameters        what computed it
     * @param explainedVariance PCA's explained variance per component, else empty
     * @param klDivergence      t-SNE's final KL divergence, else NaN
     * @param millis            how long it took
     * @param file              the coordinates' file (ids and points), relative to the workspace folder; null until
     *                          first saved
     * @param points            the coordinates as a set of 2-D vectors with the projected rows' ids (null in the file)
     */
    public record StoredProjection(String plot, String set, String comparedWith, ProjectionSettings parameters,
                                   double[] explainedVariance, double klDivergence, long millis, String file,
                                   EmbeddingSet points) {
        StoredProjection withFile(String stored) {
            return new StoredProjection(plot, set, comparedWith, parameters, explainedVariance, klDivergence, millis,
                    stored, points);
        }

        StoredProjection withPoints(EmbeddingSet loaded) {
            return new StoredProjection(plot, set, comparedWith, parameters, explainedVariance, klDivergence, millis,
                    file, loaded);
        }
    }

    /** Projection parameters as one flat record (JSON has no sealed types); {@link #parameters()} rebuilds them. */
    public record ProjectionSettings(String method, int dimensions, double perplexity, double learningRate,
                                     int iterations, long seed, double theta, int pcaDimensions, String algorithm,
                                     int neighbours, double minDist, int epochs) {

        public static ProjectionSettings of(ProjectionParameters parameters) {
            return switch (parameters) {
                case ProjectionParameters.Tsne t -> new ProjectionSettings("tsne", t.dimensions(), t.perplexity(),
                        t.learningRate(), t.iterations(), t.seed(), t.theta(), t.pcaDimensions(),
                        t.algorithm().name(), 0, 0, 0);
                case ProjectionParameters.Pca p -> new ProjectionSettings("pca", p.dimensions(), 0, 0, 0, 0, 0, 0,
                        null, 0, 0, 0);
                case ProjectionParameters.Umap u -> new ProjectionSettings("umap", u.dimensions(), 0, 0, 0, u.seed(),
                        0, 0, null, u.neighbours(), u.minDist(), u.epochs());
            };
        }

        /** The parameters; an unknown method (a later version's) is an {@link IllegalArgumentException}. */
        public ProjectionParameters parameters() {
            return switch (method) {
                case "tsne" -> new ProjectionParameters.Tsne(dimensions, perplexity, learningRate, iterations, seed,
                        theta, pcaDimensions, ProjectionParameters.TsneAlgorithm.valueOf(algorithm));
                case "pca" -> new ProjectionParameters.Pca(dimensions);
                case "umap" -> new ProjectionParameters.Umap(dimensions, neighbours, minDist, epochs, seed);
                default -> throw new IllegalArgumentException("unknown projection method " + method);
            };
        }
    }

    /** A saved view of the explorer: sets, projection, display, search, selection (by row id) and zoom. */
    public record Bookmark(String name, String left, String right, boolean compare, String projection,
                           double perplexity, double learningRate, int iterations, int seed, int umapNeighbours,
                           double minDist, String colourColumn, String labelColumn, String search,
                           List<String> selectedIds, double centreX, double centreY, double scale) {
        @Override
        public String toString() {
            return name;
        }
    }
}
