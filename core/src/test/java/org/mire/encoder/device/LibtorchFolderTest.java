package org.mire.encoder.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;

class LibtorchFolderTest {
    @TempDir
    Path temp;

    private Path libtorchZipLayout(String buildVersion) throws Exception {
        Path root = temp.resolve("libtorch");
        Files.createDirectories(root.resolve("lib"));
        Files.writeString(root.resolve("lib/libtorch_cpu.so"), "");
        Files.writeString(root.resolve("build-version"), buildVersion + "\n");
        return root;
    }

    private Path pipLayout(String version, String cuda) throws Exception {
        Path torch = temp.resolve("site-packages/torch");
        Files.createDirectories(torch.resolve("lib"));
        Files.writeString(torch.resolve("lib/libtorch_cpu.so"), "");
        Files.writeString(torch.resolve("version.py"), "__version__ = '" + version + "'\ndebug = False\ncuda: "
                + "Optional[str] = " + (cuda == null ? "None" : "'" + cuda + "'") + "\ngit_version = 'abc'\n");
        return torch.resolve("lib");
    }

    @Test
    void readsTheVersionOfALibtorchDistribution() throws Exception {
        LibtorchFolder folder = LibtorchFolder.inspect(libtorchZipLayout("2.7.1+cu128"));
        assertEquals("2.7.1", folder.version());
        assertEquals("cu128", folder.flavour());
        assertTrue(folder.library().endsWith("lib"));
        folder.requireVersion("2.7.1");
    }

    @Test
    void readsTheVersionOfAPipTorchLib() throws Exception {
        LibtorchFolder folder = LibtorchFolder.inspect(pipLayout("2.7.1+cu128", "12.8"));
        assertEquals("2.7.1", folder.version());
        assertEquals("cu128", folder.flavour());
        LibtorchFolder cpuOnly = LibtorchFolder.inspect(pipLayout("2.7.1", null));
        assertEquals("cpu", cpuOnly.flavour());
    }

    @Test
    void refusesAMismatchedVersionBeforeLoadingAnything() throws Exception {
        LibtorchFolder folder = LibtorchFolder.inspect(pipLayout("2.11.0+cu130", "13.0"));
        MireException e = assertThrows(MireException.class, () -> folder.requireVersion("2.7.1"));
        assertTrue(e.getMessage().contains("libtorch 2.11.0+cu130 does not match"), e.getMessage());
        assertTrue(e.getMessage().contains("needs libtorch 2.7.1"), e.getMessage());
    }

    @Test
    void refusesAFolderWithoutLibtorchOrWithoutAVersion() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThrows(MireException.class, () -> LibtorchFolder.inspect(empty));
        assertThrows(MireException.class, () -> LibtorchFolder.inspect(temp.resolve("missing")));
        Path noVersion = Files.createDirectories(temp.resolve("nover/lib"));
        Files.writeString(noVersion.resolve("libtorch_cpu.so"), "");
        MireException e = assertThrows(MireException.class, () -> LibtorchFolder.inspect(noVersion.getParent()));
        assertTrue(e.getMessage().contains("cannot tell the libtorch version"), e.getMessage());
        Path garbage = libtorchZipLayout("nightly");
        assertThrows(MireException.class, () -> LibtorchFolder.inspect(garbage));
    }
}
