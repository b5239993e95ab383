package org.mire.viz;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.mire.io.AtomicFiles;

/**
 * Writes pictures of views. Taking the picture ({@code snapshot}) must happen on the FX thread; encoding and writing
 * it here may run on any thread, so exports keep the UI responsive.
 */
public final class ImageFiles {
    private ImageFiles() {
    }

    /** Writes a PNG (to a temporary name, then renamed into place). */
    public static void writePng(Image image, Path file) throws IOException {
        writePng(SwingFXUtils.fromFXImage(image, null), file);
    }

    /** Writes a PNG of an image drawn off the FX thread (to a temporary name, then renamed into place). */
    public static void writePng(BufferedImage buffered, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException(file + ": no PNG writer available");
            }
        });
    }
}
