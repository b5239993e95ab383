package org.mire.spark.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.mire.MireException;
import org.mire.corpus.Corpus;
import org.mire.corpus.CorpusEntry;

/**
 * Turns the job's INPUT arguments into the IR files to process, on any Hadoop file system (local, HDFS, S3A):
 * <ul>
 *   <li>a file: itself, recorded under the path as given (as {@code mire encode} does);</li>
 *   <li>a folder: its IR files ({@code .ll .bc .mlir .c .cpp .cl}) at any depth, sorted, recorded relative to it;</li>
 *   <li>a local corpus folder (with {@code manifest.csv}): its usable entries, under their corpus-relative names;</li>
 *   <li>a glob ({@code hdfs:///ir/*&#47;*.ll}): the matching files (and the IR files of matching folders), recorded
 *       relative to the glob's fixed leading folders;</li>
 *   <li>{@code @LIST}: a text file of inputs, one a line ({@code #} comments and blank lines skipped), each of which
 *       may be any of the above; relative entries are resolved against the list's folder, and a file is recorded
 *       under its entry as written.</li>
 * </ul>
 * A name met twice is kept once (the first), so that overlapping inputs are not encoded twice.
 */
public final class IrInputs {
    private static final List<String> EXTENSIONS = List.of(".ll", ".bc", ".mlir", ".c", ".cc", ".cpp", ".cxx", ".cl");

    private IrInputs() {
    }

    public static List<IrFile> expand(List<String> inputs, Configuration conf) throws MireException {
        Map<String, IrFile> files = new LinkedHashMap<>();
        for (String input : inputs) {
            expandOne(input, input, conf, files, 0);
        }
        return List.copyOf(files.values());
    }

    public static boolean isIr(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** {@code display}: the name a single file is recorded under (the input as the user wrote it). */
    private static void expandOne(String input, String display, Configuration conf, Map<String, IrFile> into,
                                  int depth) throws MireException {
        try {
            if (input.startsWith("@")) {
                if (depth > 4) {
                    throw new MireException(input + ": file lists nested more than 4 deep");
                }
                Path list = new Path(input.substring(1));
                FileSystem fs = list.getFileSystem(conf);
                Path parent = fs.makeQualified(list).getParent();
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(fs.open(list),
                        StandardCharsets.UTF_8))) {
                    String line;
                    int number = 0;
                    while ((line = reader.readLine()) != null) {
                        number++;
                        String entry = line.strip();
                        if (entry.isEmpty() || entry.startsWith("#")) {
                            continue;
                        }
                        Path path = new Path(entry);
                        boolean nested = entry.startsWith("@");
                        Path target = nested ? new Path(entry.substring(1)) : path;
                        String resolved = target.isAbsolute() || target.toUri().getScheme() != null ? entry
                                : (nested ? "@" : "") + new Path(parent, target.toString());
                        try {
                            expandOne(resolved, entry, conf, into, depth + 1);
                        } catch (MireException e) {
                            throw new MireException(list + ":" + number + ": " + e.getMessage(), e);
                        }
                    }
                }
                return;
            }
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            if (isGlob(input)) {
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new MireException(input + ": no file matches");
                }
                Path base = fs.makeQualified(fixedPrefix(path));
                List<FileStatus> sorted = new ArrayList<>(List.of(matches));
                sorted.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
                for (FileStatus match : sorted) {
                    if (match.isDirectory()) {
                        addFolder(fs, match.getPath(), base, into);
                    } else if (isIr(match.getPath().getName())) {
                        add(into, match.getPath(), relative(base, match.getPath()));
                    }
                }
                return;
            }
            if (!fs.exists(path)) {
                throw new MireException(input + ": no such file or folder");
            }
            FileStatus status = fs.getFileStatus(path);
            if (status.isDirectory()) {
                Path qualified = fs.makeQualified(path);
                if ("file".equals(qualified.toUri().getScheme()) && fs.exists(new Path(path, "manifest.csv"))) {
                    for (CorpusEntry entry : Corpus.open(java.nio.file.Path.of(qualified.toUri())).usableEntries()) {
                        add(into, new Path(entry.path().toUri()), entry.file());
                    }
                } else {
                    addFolder(fs, qualified, qualified, into);
                }
            } else {
                add(into, fs.makeQualified(path), display);
            }
        } catch (IOException e) {
            throw new MireException(input + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static void addFolder(FileSystem fs, Path folder, Path base, Map<String, IrFile> into) throws IOException {
        List<Path> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(folder, true);
        while (files.hasNext()) {
            LocatedFileStatus file = files.next();
            if (file.isFile() && isIr(file.getPath().getName())) {
                found.add(file.getPath());
            }
        }
        found.sort((a, b) -> a.toString().compareTo(b.toString()));
        for (Path file : found) {
            add(into, file, relative(base, file));
        }
    }

    private static void add(Map<String, IrFile> into, Path file, String name) {
        into.putIfAbsent(name, new IrFile(file.toUri().toString(), name));
    }

    private static String relative(Path base, Path file) {
        URI relative = base.toUri().relativize(file.toUri());
        return relative.getPath();
    }

    static boolean isGlob(String input) {
        return input.indexOf('*') >= 0 || input.indexOf('?') >= 0 || input.indexOf('[') >= 0
                || input.indexOf('{') >= 0;
    }

    /** The leading path components of a glob that contain no pattern characters. */
    static Path fixedPrefix(Path glob) {
        Path prefix = glob;
        while (prefix != null && isGlob(prefix.toString())) {
            prefix = prefix.getParent();
        }
        return prefix == null ? new Path(".") : prefix;
    }
}
