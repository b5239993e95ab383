package org.mire.app.settings;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mire.io.AtomicFiles;

/**
 * What the Train and Predict panels remember between runs, in {@code tasks.json} beside the workbench's settings:
 * the data set folder the user chose and the folder of the last head. Unreadable files give the defaults.
 *
 * @param dataFolder the folder that holds {@code devmap/} and {@code thread_coarsening/} (or one of them), or null
 * @param headFolder the last saved or loaded head, or null
 */
public record TaskSettings(String dataFolder, String headFolder) {
    private static final Gson GSON = new Gson();

    public static Path file() {
        return SettingsStore.configFolder().resolve("tasks.json");
    }

    public static TaskSettings load(Path file) {
        try {
            TaskSettings settings = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), TaskSettings.class);
            return settings == null ? new TaskSettings(null, null) : settings;
        } catch (IOException | JsonParseException e) {
            return new TaskSettings(null, null);
        }
    }

    /** Writes atomically; failures are ignored (remembering a folder is a convenience). */
    public void save(Path file) {
        try {
            AtomicFiles.writeString(file, GSON.toJson(this));
        } catch (IOException e) {
            // not worth an error dialog
        }
    }

    public TaskSettings withDataFolder(Path folder) {
        return new TaskSettings(folder == null ? null : folder.toString(), headFolder);
    }

    public TaskSettings withHeadFolder(Path folder) {
        return new TaskSettings(dataFolder, folder == null ? null : folder.toString());
    }
}
