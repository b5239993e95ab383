package org.mire.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mire.MireException;

/**
 * A corpus made by {@link CorpusBuilder} ({@code mire corpus build}): its folder holds {@code manifest.csv},
 * {@code corpus.json}, {@code build.log} and the IR files under {@code ir/}.
 * <pre>{@code
 * Corpus corpus = Corpus.open(Path.of("../scratch/corpus"));
 * for (CorpusEntry entry : corpus.entries(Split.TRAIN)) {
 *     LlvmModule module = (LlvmModule) IrLoader.load(entry.path());
 * }
 * }</pre>
 */
public final class Corpus {
    private final Path dir;
    private final List<CorpusEntry> entries;

    private Corpus(Path dir, List<CorpusEntry> entries) {
        this.dir = dir;
        this.entries = List.copyOf(entries);
    }

    /** Reads the corpus's manifest; a missing or malformed manifest is a {@link MireException} naming file and line. */
    public static Corpus open(Path dir) throws MireException {
        if (!Files.isDirectory(dir)) {
            throw new MireException(dir + ": no such corpus folder");
        }
        Path absolute = dir.toAbsolutePath().normalize();
        return new Corpus(absolute, Manifest.read(absolute));
    }

    /** The corpus folder (absolute). */
    public Path dir() {
        return dir;
    }

    /** Every manifest row, in manifest order, whatever its status. */
    public List<CorpusEntry> entries() {
        return entries;
    }

    /** The usable ({@code ok}) entries of one split, in manifest order. */
    public List<CorpusEntry> entries(Split split) {
        return entries.stream().filter(e -> e.status() == CorpusEntry.Status.OK && e.split() == split).toList();
    }

    /** The usable ({@code ok}) entries of both splits. */
    public List<CorpusEntry> usableEntries() {
        return entries.stream().filter(e -> e.status() == CorpusEntry.Status.OK).toList();
    }

    @Override
    public String toString() {
        return "Corpus[" + dir + ", " + entries.size() + " entries]";
    }
}
