package org.mire.app.settings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.mire.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link WorkbenchSettings} in {@code workbench.json} under the user's configuration folder: the system
 * property {@code mire.config.dir} when set (tests, portable installs), else {@code $XDG_CONFIG_HOME/mire},
 * {@code %APPDATA%\mire} on Windows, {@code ~/.config/mire} otherwise. Written atomically (write, then rename); an
 * unreadable file is set aside as {@code workbench.json.bad} and defaults are used, never a failed start.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .create();

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The store in the user's configuration folder. */
    public static SettingsStore forUser() {
        return new SettingsStore(configFolder().resolve("workbench.json"));
    }

    public static Path configFolder() {
        String override = System.getProperty("mire.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "mire");
        }
        String appData = System.getenv("APPDATA");
        if (appData != null && !appData.isBlank() && System.getProperty("os.name", "").startsWith("Windows")) {
            return Path.of(appData, "mire");
        }
        return Path.of(System.getProperty("user.home"), ".config", "mire");
    }

    public Path file() {
        return file;
    }

    public WorkbenchSettings load() {
        if (!Files.isRegularFile(file)) {
            return WorkbenchSettings.defaults();
        }
        try {
            WorkbenchSettings loaded = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8),
                    WorkbenchSettings.class);
            if (loaded == null) {
                return WorkbenchSettings.defaults();
            }
            // The compact constructor fills in what an older file lacks.
            return new WorkbenchSettings(loaded.version(), loaded.theme(), loaded.windowX(), loaded.windowY(),
                    loaded.windowWidth(), loaded.windowHeight(), loaded.maximized(), loaded.leftDivider(),
                    loaded.rightDivider(), loaded.documentDivider(), loaded.recentFiles(), loaded.lastOpenFolder(),
                    loaded.lastExportFolder(), loaded.firstStartDone(), loaded.layout(), loaded.workspace());
        } catch (IOException | JsonParseException | IllegalStateException e) {
            LOG.warn("{}: unreadable settings ({}); using defaults and keeping the file as {}.bad", file,
                    e.getMessage(), file.getFileName());
            try {
                Files.move(file, file.resolveSibling(file.getFileName() + ".bad"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // Defaults are used either way.
            }
            return WorkbenchSettings.defaults();
        }
    }

    /** Saves the settings; a failure is logged, not thrown: losing preferences must not stop the user. */
    public void save(WorkbenchSettings settings) {
        try {
            AtomicFiles.writeString(file, GSON.toJson(settings));
        } catch (IOException e) {
            LOG.warn("{}: cannot save settings: {}", file, e.getMessage());
        }
    }
}
