package org.mire.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mire gui --screenshot} in its own JVM, as users and the docs run it. */
class ScreenshotModeTest {
    @TempDir
    Path dir;

    @Test
    void writesAPictureOfTheWindowWithTheGraphAndExits() throws Exception {
        Path png = dir.resolve("window.png");
        Path sample = Path.of(System.getProperty("mire.repo.root", ".")).resolve("sample-ir/ll/quicksort.O1.ll");
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-Dglass.platform=Headless", "-Dprism.order=sw", "-Dmire.config.dir=" + dir.resolve("config"),
                "-cp", System.getProperty("java.class.path"), "org.mire.app.Launcher",
                "gui", sample.toString(), "--select-line", "25", "--theme", "dark",
                "--screenshot", png.toString(), "--size", "960x640"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "screenshot mode exits by itself");
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("wrote " + png), output);

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(960, image.getWidth());
        assertEquals(640, image.getHeight());
        // A real picture of the window, not an empty frame: many colours across it.
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 40, "distinct colours: " + colours.size());
        assertTrue(Files.size(png) > 20_000);
    }

    /** {@code mire gui --workspace DIR --screenshot}: the workspace's files come back in the picture; DIR is unchanged. */
    @Test
    void showsAWorkspaceAsRestoredAndLeavesItUnchanged() throws Exception {
        Path sample = Path.of(System.getProperty("mire.repo.root", ".")).resolve("sample-ir/ll/quicksort.O1.ll")
                .toAbsolutePath().normalize();
        Path folder = dir.resolve("project/workspace");
        new org.mire.workspace.WorkspaceFolder(folder).save(new org.mire.workspace.WorkspaceState(
                List.of(new org.mire.workspace.WorkspaceState.OpenFile(sample, null)), sample, null, List.of(), null),
                org.mire.progress.ProgressMonitor.NONE);
        byte[] manifest = Files.readAllBytes(folder.resolve(org.mire.workspace.WorkspaceFolder.MANIFEST));
        Path png = dir.resolve("restored.png");
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-Dglass.platform=Headless", "-Dprism.order=sw", "-Dmire.config.dir=" + dir.resolve("config"),
                "-cp", System.getProperty("java.class.path"), "org.mire.app.Launcher",
                "gui", "--workspace", folder.toString(), "--screenshot", png.toString(), "--size", "960x640"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "screenshot mode exits by itself");
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("wrote " + png), output);
        assertTrue(Files.size(png) > 20_000, "a picture of the restored graph");
        assertEquals(new String(manifest, StandardCharsets.UTF_8), Files.readString(folder.resolve(
                org.mire.workspace.WorkspaceFolder.MANIFEST)), "the workspace is left as it was");
    }
}
