package org.mire.encoder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mire.MireException;
import org.mire.corpus.Corpus;
import org.mire.corpus.CorpusEntry;
import org.mire.corpus.Split;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.progress.ProgressMonitor;

/**
 * The functions of a corpus as training items. A corpus may keep growing while a model trains, so the files a
 * run uses are fixed in a snapshot ({@code corpus-snapshot.txt}: split, then file, per line) written at the start
 * and read again on resume.
 */
public final class CorpusItems {
    public static final String SNAPSHOT = "corpus-snapshot.txt";

    /** The files of a run by split, and their functions as items. */
    public record Loaded(List<String> trainFiles, List<String> validationFiles, List<EncoderInput> train,
                         List<EncoderInput> validation, int failedFiles) {
    }

    private CorpusItems() {
    }

    /**
     * Reads the snapshot in {@code out} (on resume) or takes one of the corpus now (first at most {@code maxFiles}
     * usable files of each split in manifest order; 0 = all) and loads the items.
     */
    public static Loaded load(Path corpusDir, Path out, boolean resume, int maxFiles, Featuriser featuriser,
                              int jobs, ProgressMonitor monitor, java.util.function.Consumer<String> log)
            throws MireException {
        Corpus corpus = Corpus.open(corpusDir);
        Path snapshot = out.resolve(SNAPSHOT);
        List<String> train = new ArrayList<>();
        List<String> validation = new ArrayList<>();
        if (resume && Files.exists(snapshot)) {
            try {
                for (String line : Files.readAllLines(snapshot, StandardCharsets.UTF_8)) {
                    String[] cells = line.split("\t", 2);
                    if (cells.length == 2) {
                        (cells[0].equals(Split.VALIDATION.key()) ? validation : train).add(cells[1]);
                    }
                }
            } catch (IOException e) {
                throw new MireException(snapshot + ": cannot read: " + e.getMessage(), e);
            }
        } else {
            for (CorpusEntry entry : corpus.usableEntries()) {
                List<String> list = splitOf(entry) == Split.VALIDATION ? validation : train;
                if (maxFiles <= 0 || list.size() < maxFiles) {
                    list.add(entry.file());
                }
            }
            StringBuilder text = new StringBuilder();
            train.forEach(f -> text.append(Split.TRAIN.key()).append('\t').append(f).append('\n'));
            validation.forEach(f -> text.append(Split.VALIDATION.key()).append('\t').append(f).append('\n'));
            try {
                Files.createDirectories(out);
                ModelDirectory.writeAtomically(snapshot, text.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new MireException(snapshot + ": cannot write: " + e.getMessage(), e);
            }
        }
        int[] failed = new int[1];
        List<EncoderInput> trainItems = items(corpus.dir(), train, featuriser, jobs, monitor, log, failed);
        List<EncoderInput> validationItems = items(corpus.dir(), validation, featuriser, jobs, monitor, log, failed);
        return new Loaded(train, validation, trainItems, validationItems, failed[0]);
    }

    private static final java.util.regex.Pattern LEVEL_SUFFIX =
            java.util.regex.Pattern.compile("\\.O[0-3sz](\\.g)?\\.(ll|bc)$");

    /**
     * The entry's split, except for IR that entered the corpus as given files named {@code X.O<n>.ll}: the builder
     * splits those by their own path, which would put one source's levels on both sides; here all levels of X go
     * where X goes (the corpus's rule for compiled sources). Likewise every {@code P.*.mlir} goes where P goes.
     */
    static Split splitOf(CorpusEntry entry) {
        if (org.mire.corpus.CorpusBuilder.GIVEN.equals(entry.opt()) && entry.source().endsWith(".mlir")) {
            // MLIR variants are named <program>.<pipeline>.mlir (sample-ir/mlir: variants/, generic/): all forms of
            // a program, in any folder, go where the program goes.
            String name = entry.source().substring(entry.source().lastIndexOf('/') + 1);
            return Split.ofSource("mlir:" + name.substring(0, name.indexOf('.')));
        }
        if (org.mire.corpus.CorpusBuilder.GIVEN.equals(entry.opt())) {
            return Split.ofSource(LEVEL_SUFFIX.matcher(entry.source()).replaceFirst(""));
        }
        return entry.split();
    }

    /**
     * The source a corpus file was compiled from: its path without the optimisation-level suffix, so that the same
     * function at -O0..-O3 falls into one contrastive group.
     */
    static String sourceOf(String file) {
        return LEVEL_SUFFIX.matcher(file).replaceFirst("");
    }

    private static List<EncoderInput> items(Path root, List<String> files, Featuriser featuriser, int jobs,
                                            ProgressMonitor monitor, java.util.function.Consumer<String> log,
                                            int[] failed) throws MireException {
        List<EncoderInput> items = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        try {
            // Parse in parallel (a bounded window ahead), featurise in file order: the featuriser is not thread-safe
            // and the item order must not depend on timing.
            java.util.ArrayDeque<Future<IrProgram>> window = new java.util.ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < files.size(); i++) {
                while (next < files.size() && window.size() < Math.max(1, jobs) * 4) {
                    Path path = root.resolve(files.get(next++));
                    window.add(pool.submit(() -> IrLoader.load(path)));
                }
                monitor.checkCancelled();
                try {
                    IrProgram program = window.removeFirst().get();
                    List<EncoderInput> functions = featuriser.functions(program);
                    List<String> names = program.functionNames();
                    String source = sourceOf(files.get(i));
                    for (int f = 0; f < functions.size(); f++) {
                        items.add(functions.get(f).inGroup(EncoderInput.groupOf(source, names.get(f))));
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    failed[0]++;
                    log.accept("skipped " + files.get(i) + ": " + e.getCause().getMessage());
                } catch (MireException e) {
                    failed[0]++;
                    log.accept("skipped " + files.get(i) + ": " + e.getMessage());
                }
                monitor.progress(i + 1, files.size(), "read " + files.get(i));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MireException("interrupted while reading the corpus");
        } finally {
            pool.shutdownNow();
        }
        return items;
    }
}
