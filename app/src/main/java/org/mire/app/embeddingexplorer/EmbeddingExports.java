package org.mire.app.embeddingexplorer;

import java.nio.file.Path;
import javafx.scene.image.WritableImage;
import org.mire.MireException;
import org.mire.embed.EmbeddingFiles;
import org.mire.embed.EmbeddingSet;
import org.mire.embed.projection.Projection;
import org.mire.viz.ImageFiles;
import org.mire.viz.scatter.ScatterPair;
import org.mire.viz.scatter.ScatterPicture;

/**
 * The explorer's exports: the set as {@link EmbeddingFiles} writes it (CSV or NPY with their sidecars, or the
 * TensorBoard projector pair), the 2-D points, and the plot as PNG or SVG. Pictures are taken on the FX thread;
 * everything is encoded and written in the background.
 */
final class EmbeddingExports {
    /** The formats, as the export menu names them. */
    enum Format { PROJECTOR, CSV, NPY, POINTS, PNG, SVG }

    private final ExplorerTasks tasks;
    private final ScatterPair scatter;

    EmbeddingExports(ExplorerTasks tasks, ScatterPair scatter) {
        this.tasks = tasks;
        this.scatter = scatter;
    }

    /**
     * @param set        the rows shown (aligned with the right set when comparing)
     * @param projection the left plot's projection, or null while there is none
     * @param both       whether both plots are shown (a PNG then has both)
     */
    void export(Format format, Path target, EmbeddingSet set, Projection projection, boolean both) {
        String title = "Export " + target.getFileName();
        switch (format) {
            case PROJECTOR -> tasks.run(title, monitor -> {
                EmbeddingFiles.writeProjector(target, set, null);
                return target;
            }, this::written);
            case CSV, NPY -> tasks.run(title, monitor -> {
                EmbeddingFiles.write(target, set);
                return target;
            }, this::written);
            case POINTS -> {
                if (projection == null) {
                    tasks.run(title, monitor -> {
                        throw new MireException("no projection to export yet");
                    }, this::written);
                    return;
                }
                tasks.run(title, monitor -> {
                    EmbeddingFiles.writePoints(target, set, projection.points());
                    return target;
                }, this::written);
            }
            case PNG -> {
                WritableImage image = both ? scatter.snapshot(null, null) : scatter.left().snapshotImage();
                tasks.run(title, monitor -> {
                    ImageFiles.writePng(image, target);
                    return target;
                }, this::written);
            }
            case SVG -> {
                ScatterPicture picture = scatter.left().picture();
                tasks.run(title, monitor -> {
                    picture.writeSvg(target);
                    return target;
                }, this::written);
            }
        }
    }

    private void written(Path target) {
        tasks.status("Wrote " + target);
    }
}
