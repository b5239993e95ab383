package org.mire.embed.projection;

import org.mire.MireException;
import org.mire.embed.EmbeddingSet;

/** The one entry point the CLI and the explorer call: runs the requested projection of a set's vectors. */
public final class Projections {
    private Projections() {
    }

    public static Projection project(EmbeddingSet set, ProjectionParameters parameters, TsneController controller)
            throws MireException {
        return project(set.vectors(), parameters, controller);
    }

    public static Projection project(float[][] vectors, ProjectionParameters parameters, TsneController controller)
            throws MireException {
        if (vectors.length == 0) {
            throw new MireException("nothing to project: the embedding set is empty");
        }
        for (int i = 0; i < vectors.length; i++) {
            for (float v : vectors[i]) {
                if (!Float.isFinite(v)) {
                    throw new MireException("row " + (i + 1) + " has a non-finite value (" + v
                            + "); projections need finite vectors");
                }
            }
        }
        return switch (parameters) {
            case ProjectionParameters.Pca pca -> Pca.project(vectors, pca.dimensions());
            case ProjectionParameters.Umap umap -> Umap.project(vectors, umap);
            case ProjectionParameters.Tsne tsne -> tsne.algorithm() == ProjectionParameters.TsneAlgorithm.EXACT
                    ? ExactTsne.project(vectors, tsne, controller)
                    : BarnesHutTsne.project(vectors, tsne, controller);
        };
    }
}
