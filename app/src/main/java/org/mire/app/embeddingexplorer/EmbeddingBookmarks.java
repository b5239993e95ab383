package org.mire.app.embeddingexplorer;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mire.MireException;
import org.mire.io.AtomicFiles;
import org.mire.workspace.ExplorerState;

/**
 * Saved view states of the standalone explorer ({@code mire explore}), kept as {@code explorer/bookmarks.json} in
 * its folder (format version 1, written to a temporary file and renamed). In the workbench, bookmarks belong to the
 * workspace ({@code workspace.json}).
 */
public final class EmbeddingBookmarks {
    static final int VERSION = 1;

    private record Stored(int version, List<ExplorerState.Bookmark> bookmarks) {
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .create();

    private final Path file;

    public EmbeddingBookmarks(Path workspace) {
        this.file = workspace.resolve("explorer").resolve("bookmarks.json");
    }

    public Path file() {
        return file;
    }

    public List<ExplorerState.Bookmark> load() throws MireException {
        if (!Files.isRegularFile(file)) {
            return new ArrayList<>();
        }
        try {
            Stored stored = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Stored.class);
            if (stored == null || stored.bookmarks() == null) {
                return new ArrayList<>();
            }
            if (stored.version() > VERSION) {
                throw new MireException(file + ": bookmarks format version " + stored.version()
                        + " is newer than this workbench reads (" + VERSION + ")");
            }
            return new ArrayList<>(stored.bookmarks());
        } catch (IOException e) {
            throw new MireException(file + ": cannot read: " + e.getMessage(), e);
        } catch (JsonParseException e) {
            throw new MireException(file + ": not a bookmarks file: " + e.getMessage(), e);
        }
    }

    public void save(List<ExplorerState.Bookmark> bookmarks) throws MireException {
        try {
            AtomicFiles.writeString(file, GSON.toJson(new Stored(VERSION, List.copyOf(bookmarks))));
        } catch (IOException e) {
            throw new MireException(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
