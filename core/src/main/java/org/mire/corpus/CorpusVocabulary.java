package org.mire.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mire.MireException;
import org.mire.ir.IrLoader;
import org.mire.ir.llvm.LlvmParser;
import org.mire.progress.CancelledException;
import org.mire.progress.ProgressMonitor;
import org.mire.text.NormalisedFunction;
import org.mire.text.NormalisedProgram;
import org.mire.text.StatementNormaliser;
import org.mire.text.Tokeniser;
import org.mire.text.Vocabulary;

/** Builds the text encoder's vocabulary from a corpus split ({@code mire vocab build}). */
public final class CorpusVocabulary {
    private CorpusVocabulary() {
    }

    /** The counts behind a vocabulary, for reporting. */
    public record Result(Vocabulary vocabulary, long files, long tokens, long distinctTokens, long unknownTokens) {
    }

    /**
     * Counts the tokens of every function of the split's files (the graph-only tokens are always reserved) and
     * keeps those seen at least {@code minCount} times, at most {@code maxSize} ids in all.
     */
    public static Result build(Corpus corpus, Split split, int minCount, int maxSize, int jobs,
                               ProgressMonitor monitor) throws MireException {
        List<CorpusEntry> entries = corpus.entries(split);
        if (entries.isEmpty()) {
            throw new MireException(corpus.dir() + ": the corpus has no usable " + split.key() + " files");
        }
        Vocabulary.Builder builder = Vocabulary.builder().reserve(Tokeniser.graphTokens());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        java.util.Deque<Future<List<List<String>>>> window = new java.util.ArrayDeque<>();
        int windowLimit = Math.max(1, jobs) * 4;
        try {
            long total = 0;
            int next = 0;
            for (int i = 0; i < entries.size(); i++) {
                while (next < entries.size() && window.size() < windowLimit) {
                    CorpusEntry entry = entries.get(next++);
                    window.add(pool.submit(() -> tokens(entry, monitor)));
                }
                monitor.checkCancelled();
                for (List<String> sequence : window.removeFirst().get()) {
                    builder.add(sequence);
                    total += sequence.size();
                }
                monitor.progress(i + 1, entries.size(), "counting tokens of " + entries.get(i).file());
            }
            Vocabulary vocabulary = builder.build(minCount, maxSize);
            long unknown = 0;
            for (var count : builder.counts().entrySet()) {
                if (!vocabulary.contains(count.getKey())) {
                    unknown += count.getValue();
                }
            }
            return new Result(vocabulary, entries.size(), total, builder.counts().size(), unknown);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MireException mire) {
                throw mire;
            }
            if (e.getCause() instanceof CancelledException cancelled) {
                throw cancelled;
            }
            throw new IllegalStateException("vocabulary worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<List<String>> tokens(CorpusEntry entry, ProgressMonitor monitor) throws MireException {
        monitor.checkCancelled();
        try {
            // MLIR files enter a corpus as given (see CorpusBuilder); their ops are tokenised like statements.
            NormalisedProgram program = entry.file().endsWith(".mlir")
                    ? NormalisedProgram.of(IrLoader.load(entry.path()))
                    : StatementNormaliser.normalise(LlvmParser.parse(
                            IrLoader.decode(entry.path(), Files.readAllBytes(entry.path())), entry.file()));
            List<List<String>> out = new ArrayList<>();
            for (NormalisedFunction function : program.functions()) {
                out.add(Tokeniser.functionTokens(function));
            }
            return out;
        } catch (IOException e) {
            throw new MireException(entry.path() + ": cannot read: " + e.getMessage(), e);
        }
    }
}
