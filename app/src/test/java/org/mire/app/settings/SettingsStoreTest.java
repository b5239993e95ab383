package org.mire.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void savedSettingsComeBack() {
        SettingsStore store = new SettingsStore(dir.resolve("mire/workbench.json"));
        WorkbenchSettings settings = WorkbenchSettings.defaults().withTheme("dark").withWindow(10, 20, 1200, 800, true)
                .withDividers(0.2, 0.7, 0.5).withRecent("/a.ll").withRecent("/b.ll").withLayout("CIRCULAR");
        store.save(settings);
        WorkbenchSettings loaded = store.load();
        assertEquals("dark", loaded.theme());
        assertEquals(1200, loaded.windowWidth());
        assertTrue(loaded.maximized());
        assertEquals(0.7, loaded.rightDivider());
        assertEquals(List.of("/b.ll", "/a.ll"), loaded.recentFiles());
        assertEquals("CIRCULAR", loaded.layout());
    }

    @Test
    void recentFilesAreUniqueAndBounded() {
        WorkbenchSettings settings = WorkbenchSettings.defaults();
        for (int i = 0; i < 30; i++) {
            settings = settings.withRecent("/f" + (i % 20) + ".ll");
        }
        assertEquals(WorkbenchSettings.MAX_RECENT, settings.recentFiles().size());
        assertEquals("/f9.ll", settings.recentFiles().getFirst());
        assertEquals(settings.recentFiles().size(), settings.recentFiles().stream().distinct().count());
    }

    @Test
    void anUnreadableFileGivesDefaultsAndIsSetAside() throws Exception {
        Path file = dir.resolve("workbench.json");
        Files.writeString(file, "{ this is not json");
        WorkbenchSettings loaded = new SettingsStore(file).load();
        assertEquals(WorkbenchSettings.defaults(), loaded);
        assertTrue(Files.exists(dir.resolve("workbench.json.bad")));
    }

    @Test
    void anOlderFileWithoutNewFieldsGetsDefaultsForThem() throws Exception {
        Path file = dir.resolve("workbench.json");
        Files.writeString(file, "{\"version\": 1, \"theme\": \"dark\"}");
        WorkbenchSettings loaded = new SettingsStore(file).load();
        assertEquals("dark", loaded.theme());
        assertEquals(1480, loaded.windowWidth());
        assertEquals(List.of(), loaded.recentFiles());
    }
}
