package org.mire.encoder.shard;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mire.MireException;
import org.mire.corpus.Corpus;
import org.mire.corpus.CorpusEntry;
import org.mire.corpus.Split;
import org.mire.encoder.EncoderInput;
import org.mire.encoder.Featuriser;
import org.mire.encoder.ModelDirectory;
import org.mire.encoder.NormalisedText;
import org.mire.io.AtomicFiles;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.progress.ProgressMonitor;

/**
 * {@code mire corpus export}: featurises a corpus (or IR files) with a vocabulary into training shards for the
 * Python trainer — the Java featuriser is the only one; Python never parses IR. Functions of one source at all its
 * optimisation levels go into one group (the contrastive positives) and into the same shard; a variant whose token
 * sequence and graph size equal another level's adds nothing and is left out. Sources are taken in a seeded random
 * order, so a size limit gives a random sample of whole sources; shards are at most {@code shardMib} MiB each.
 * Writes {@code shard-NNNNN.npz}, {@code vocab.txt} and {@code manifest.json} (every shard's SHA-256 and counts).
 */
public final class ShardExport {
    public static final String MANIFEST = "manifest.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();
    private static final Pattern LEVEL = Pattern.compile("\\.(O[0-3])(\\.g)?\\.(ll|bc)$");

    /**
     * @param maxNodes          functions with larger graphs are left out (0: none)
     * @param maxFunctionTokens tokens kept per function, its first ones (0: all)
     * @param shardMib          most MiB per shard file
     * @param limitMib          stop once the shards take this many MiB in all (0: no limit)
     * @param split             which corpus split (ignored for IR files)
     * @param seed              order of the sources
     * @param jobs              parser threads
     * @param nodeTokens        token ids kept per node text (the model's {@code nodeTokens})
     * @param excludePackages   corpus packages left out (e.g. {@code sample-ir}, which {@code mire check-model}
     *                          evaluates on)
     * @param skipSources       sources skipped at the start of the seeded order: the rest of a corpus after an
     *                          export limited by size took the first ones (its manifest's {@code summary.sources})
     */
    public record Options(int maxNodes, int maxFunctionTokens, double shardMib, double limitMib, Split split,
                          long seed, int jobs, int nodeTokens, java.util.Set<String> excludePackages,
                          int skipSources) {
        public Options(int maxNodes, int maxFunctionTokens, double shardMib, double limitMib, Split split, long seed,
                       int jobs, int nodeTokens) {
            this(maxNodes, maxFunctionTokens, shardMib, limitMib, split, seed, jobs, nodeTokens, java.util.Set.of(), 0);
        }

        public Options {
            excludePackages = java.util.Set.copyOf(excludePackages);
            if (shardMib <= 0 || shardMib > 60) {
                throw new IllegalArgumentException("shard size " + shardMib + " MiB: choose 0 < size <= 60");
            }
            if (maxNodes < 0 || maxFunctionTokens < 0 || limitMib < 0 || jobs < 1 || nodeTokens < 1 || skipSources < 0) {
                throw new IllegalArgumentException("negative limits or no jobs");
            }
        }
    }

    /** What was written. */
    public record Summary(int shards, long bytes, int sources, int files, int functions, int leftOutLarge,
                         int leftOutDuplicate, int failedFiles, long tokens, long nodes, long edges) {
    }

    /** One input IR file with the source it was compiled from and its level (-1: unknown). */
    record Input(Path path, String name, String source, int opt) {
    }

    private ShardExport() {
    }

    public static Summary run(List<Path> inputs, Path vocabFile, Path out, Options options, ProgressMonitor monitor,
                              Consumer<String> log) throws MireException {
        List<String> vocabulary = ModelDirectory.readVocabulary(vocabFile);
        List<Input> files = inputs(inputs, options.split(), options.excludePackages());
        if (files.isEmpty()) {
            throw new MireException(inputs + ": no IR files to export");
        }
        List<List<Input>> sources = bySource(files, options.seed());
        sources = sources.subList(Math.min(options.skipSources(), sources.size()), sources.size());
        int nodeTokens = options.nodeTokens();
        Featuriser featuriser = new Featuriser(new NormalisedText(), vocabulary, nodeTokens);
        try {
            Files.createDirectories(out);
            try (Stream<Path> old = Files.list(out)) {
                for (Path p : old.filter(p -> p.getFileName().toString().matches("shard-\\d+\\.npz")).toList()) {
                    Files.delete(p);
                }
            }
            Files.copy(vocabFile, out.resolve("vocab.txt"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new MireException(out + ": cannot write: " + e.getMessage(), e);
        }
        String vocabSha = ModelDirectory.sha256(vocabFile);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("vocabSha256", vocabSha);
        meta.put("maxNodes", options.maxNodes());
        meta.put("maxFunctionTokens", options.maxFunctionTokens());
        meta.put("split", options.split().key());

        long shardBytes = (long) (options.shardMib() * 1024 * 1024);
        long limitBytes = (long) (options.limitMib() * 1024 * 1024);
        List<Map<String, Object>> written = new ArrayList<>();
        long[] totals = new long[3];
        int[] counts = new int[5];
        long totalBytes = 0;
        TrainingShard shard = new TrainingShard(vocabulary.size(), nodeTokens);
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs());
        int done = 0;
        boolean full = false;
        try {
            ArrayDeque<Future<List<TrainingShard.Function>>> window = new ArrayDeque<>();
            int next = 0;
            for (int s = 0; s < sources.size() && !full; s++) {
                while (next < sources.size() && window.size() < options.jobs() * 4) {
                    List<Input> source = sources.get(next++);
                    window.add(pool.submit(() -> featurise(source, featuriser, options, counts, log)));
                }
                monitor.checkCancelled();
                List<TrainingShard.Function> functions = window.removeFirst().get();
                counts[0]++;
                for (TrainingShard.Function f : functions) {
                    shard.add(f);
                }
                done += sources.get(s).size();
                monitor.progress(done, files.size(), "featurised " + sources.get(s).get(0).source());
                // Raw arrays compress about threefold; a shard that still comes out too large is split in two.
                long budget = limitBytes > 0 ? Math.min(shardBytes, limitBytes - totalBytes) : shardBytes;
                if (shard.rawBytes() >= 2.5 * budget) {
                    totalBytes += flush(shard, out, meta, budget, written, totals, counts);
                    shard = new TrainingShard(vocabulary.size(), nodeTokens);
                    full = limitBytes > 0 && totalBytes >= limitBytes * 0.97;
                }
            }
            if (shard.size() > 0) {
                long budget = limitBytes > 0 ? Math.max(1, Math.min(shardBytes, limitBytes - totalBytes)) : shardBytes;
                totalBytes += flush(shard, out, meta, budget, written, totals, counts);
            }
        } catch (ExecutionException e) {
            throw new MireException("export failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MireException("interrupted");
        } catch (IOException e) {
            throw new MireException(out + ": cannot write a shard: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        Summary summary = new Summary(written.size(), totalBytes, counts[0], done, counts[4], counts[1], counts[2],
                counts[3], totals[0], totals[1], totals[2]);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", TrainingShard.FORMAT);
        manifest.put("vocabSha256", vocabSha);
        manifest.put("vocabularySize", vocabulary.size());
        manifest.put("inputs", inputs.stream().map(Path::toString).toList());
        manifest.put("options", options);
        manifest.put("summary", summary);
        manifest.put("shards", written);
        try {
            AtomicFiles.writeString(out.resolve(MANIFEST), GSON.toJson(manifest));
        } catch (IOException e) {
            throw new MireException(out + ": cannot write " + MANIFEST + ": " + e.getMessage(), e);
        }
        log.accept(String.format(Locale.ROOT, "%d shards, %.1f MiB: %d functions of %d sources (%d files); left out "
                        + "%d over %d nodes, %d repeated levels; %d files unreadable", summary.shards(),
                totalBytes / 1048576.0, summary.functions(), summary.sources(), done, summary.leftOutLarge(),
                options.maxNodes(), summary.leftOutDuplicate(), summary.failedFiles()));
        return summary;
    }

    /** Writes the shard (split in halves until each fits the budget) and returns the bytes written. */
    private static long flush(TrainingShard shard, Path out, Map<String, Object> meta, long budget,
                              List<Map<String, Object>> written, long[] totals, int[] counts) throws IOException {
        byte[] bytes = shard.toNpz(meta);
        if (bytes.length > budget && shard.size() > 1) {
            int half = groupBoundary(shard);
            return flush(shard.slice(0, half), out, meta, budget, written, totals, counts)
                    + flush(shard.slice(half, shard.size()), out, meta, budget, written, totals, counts);
        }
        String name = String.format(Locale.ROOT, "shard-%05d.npz", written.size());
        AtomicFiles.writeBytes(out.resolve(name), bytes);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", name);
        entry.put("bytes", bytes.length);
        entry.put("functions", shard.size());
        entry.put("sha256", sha256(bytes));
        written.add(entry);
        for (TrainingShard.Function f : shard.functions()) {
            totals[0] += f.input().tokens().length;
            totals[1] += f.input().graph().nodeCount();
            totals[2] += f.input().graph().edgeCount();
        }
        counts[4] += shard.size();
        return bytes.length;
    }

    /** Where to cut a shard in two without separating the levels of one function group. */
    private static int groupBoundary(TrainingShard shard) {
        List<TrainingShard.Function> functions = shard.functions();
        int half = functions.size() / 2;
        for (int i = half; i < functions.size(); i++) {
            if (functions.get(i).group() != functions.get(i - 1).group()) {
                return i;
            }
        }
        for (int i = half; i > 0; i--) {
            if (functions.get(i).group() != functions.get(i - 1).group()) {
                return i;
            }
        }
        return half;
    }

    /** The functions of one source at all its levels, grouped by name, repeated variants left out. */
    private static List<TrainingShard.Function> featurise(List<Input> levels, Featuriser featuriser, Options options,
                                                          int[] counts, Consumer<String> log) {
        List<TrainingShard.Function> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Input input : levels) {
            IrProgram program;
            List<EncoderInput> functions;
            try {
                program = IrLoader.load(input.path());
                synchronized (featuriser) {
                    functions = featuriser.functions(program);
                }
            } catch (MireException | RuntimeException e) {
                synchronized (counts) {
                    counts[3]++;
                }
                log.accept("skipped " + input.name() + ": " + e.getMessage());
                continue;
            }
            List<String> names = program.functionNames();
            for (int f = 0; f < functions.size(); f++) {
                EncoderInput function = functions.get(f);
                int nodes = function.graph().nodeCount();
                if (nodes == 0 || options.maxNodes() > 0 && nodes > options.maxNodes()) {
                    synchronized (counts) {
                        counts[1]++;
                    }
                    continue;
                }
                int[] tokens = function.tokens();
                if (options.maxFunctionTokens() > 0 && tokens.length > options.maxFunctionTokens()) {
                    tokens = java.util.Arrays.copyOf(tokens, options.maxFunctionTokens());
                }
                String variant = names.get(f) + "\u0000" + java.util.Arrays.hashCode(tokens) + ":" + tokens.length
                        + ":" + nodes + ":" + function.graph().edgeCount();
                if (!seen.add(variant)) {
                    synchronized (counts) {
                        counts[2]++;
                    }
                    continue;
                }
                long group = EncoderInput.groupOf(input.source(), names.get(f));
                out.add(new TrainingShard.Function(input.name(), names.get(f), group, input.opt(),
                        new EncoderInput(tokens, function.graph(), group)));
            }
        }
        out.sort(java.util.Comparator.comparingLong(TrainingShard.Function::group));
        return out;
    }

    /** The IR files of the inputs: a corpus folder's entries of the split, or .ll/.bc files and folders of them. */
    static List<Input> inputs(List<Path> inputs, Split split, Set<String> excludePackages) throws MireException {
        List<Input> files = new ArrayList<>();
        for (Path path : inputs) {
            if (Files.isRegularFile(path.resolve("manifest.csv"))) {
                for (CorpusEntry entry : Corpus.open(path).entries(split)) {
                    if (excludePackages.contains(entry.packageName())) {
                        continue;
                    }
                    files.add(new Input(entry.path(), entry.file(), entry.source(), level(entry.opt())));
                }
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path p : walk.filter(Files::isRegularFile).filter(ShardExport::isIr).sorted().toList()) {
                        files.add(loose(p, path.relativize(p).toString()));
                    }
                } catch (IOException e) {
                    throw new MireException(path + ": cannot list: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(loose(path, path.toString()));
            } else {
                throw new MireException(path + ": no such file or folder");
            }
        }
        return files;
    }

    private static boolean isIr(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".ll") || name.endsWith(".bc");
    }

    private static Input loose(Path path, String name) {
        Matcher m = LEVEL.matcher(name);
        return m.find() ? new Input(path, name, name.substring(0, m.start()), level(m.group(1)))
                : new Input(path, name, name, -1);
    }

    private static int level(String opt) {
        return opt != null && opt.matches("O[0-3]") ? opt.charAt(1) - '0' : -1;
    }

    /** Inputs grouped by source (all levels together, in level order), sources in a seeded random order. */
    private static List<List<Input>> bySource(List<Input> files, long seed) {
        Map<String, List<Input>> groups = new LinkedHashMap<>();
        for (Input input : files) {
            groups.computeIfAbsent(input.source(), k -> new ArrayList<>()).add(input);
        }
        List<List<Input>> sources = new ArrayList<>(groups.values());
        for (List<Input> levels : sources) {
            levels.sort(java.util.Comparator.comparingInt(Input::opt).thenComparing(Input::name));
        }
        Collections.shuffle(sources, new Random(seed));
        return sources;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
