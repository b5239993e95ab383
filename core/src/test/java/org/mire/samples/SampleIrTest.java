package org.mire.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code sample-ir/} consistent: every source has its generated IR, the IR was generated from the current
 * sources, and the README table lists every program. Fails when someone adds or edits a source without running
 * {@code sample-ir/build.sh}.
 */
class SampleIrTest {

    private static final List<String> LEVELS = List.of("O0", "O1", "O2", "O3");
    private static final Pattern SOURCE_FILENAME = Pattern.compile("(?m)^source_filename = \"([^\"]+)\"$");
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `([^`]+)` \\|");

    private static Path samples;
    /** Program name to source path relative to sample-ir/, for c/, opencl/ and large/. */
    private static Map<String, String> sources;

    @BeforeAll
    static void findSamples() throws IOException {
        String root = System.getProperty("mire.repo.root");
        assertNotNull(root, "system property mire.repo.root is not set (Maven's surefire configuration sets it)");
        samples = Path.of(root, "sample-ir");
        assertTrue(Files.isDirectory(samples), "no sample-ir/ folder under " + root);
        sources = new TreeMap<>();
        for (String dir : List.of("c", "opencl", "large")) {
            for (Path source : list(samples.resolve(dir))) {
                String file = source.getFileName().toString();
                if (!file.endsWith(".c") && !file.endsWith(".cl")) continue;
                String name = file.substring(0, file.lastIndexOf('.'));
                String previous = sources.put(name, dir + "/" + file);
                if (previous != null) fail("program name " + name + " is used twice: " + previous + " and " + dir + "/" + file);
            }
        }
    }

    @Test
    void containsAtLeastFortyProgramsIncludingTenOpenClKernelFiles() {
        long c = sources.values().stream().filter(s -> s.startsWith("c/")).count();
        long opencl = sources.values().stream().filter(s -> s.startsWith("opencl/")).count();
        assertTrue(c + opencl >= 40, "only " + (c + opencl) + " small programs");
        assertTrue(opencl >= 10, "only " + opencl + " OpenCL files");
        assertTrue(sources.values().stream().anyMatch(s -> s.startsWith("large/")), "no program in sample-ir/large/");
    }

    @Test
    void everySourceHasItsIrAtEveryOptimisationLevel() throws IOException {
        List<String> problems = new ArrayList<>();
        for (var entry : sources.entrySet()) {
            String name = entry.getKey(), source = entry.getValue();
            boolean large = source.startsWith("large/");
            List<String> variants = new ArrayList<>(LEVELS);
            if (!large) variants.add("O1.g"); // one -g variant per small program, for debug locations
            for (String variant : variants) {
                Path ll = samples.resolve(large ? "large" : "ll").resolve(name + "." + variant + ".ll");
                if (!Files.isRegularFile(ll)) {
                    problems.add(samples.relativize(ll) + " is missing");
                    continue;
                }
                Matcher m = SOURCE_FILENAME.matcher(Files.readString(ll, StandardCharsets.UTF_8));
                if (!m.find() || !m.group(1).equals(source))
                    problems.add(samples.relativize(ll) + " was not generated from " + source);
            }
        }
        assertTrue(problems.isEmpty(), "run sample-ir/build.sh: " + String.join("; ", problems));
    }

    @Test
    void everyIrFileHasItsSource() throws IOException {
        Pattern generated = Pattern.compile("(.+)\\.O[0-3](\\.g)?\\.ll");
        List<String> orphans = new ArrayList<>();
        for (String dir : List.of("ll", "large")) {
            for (Path ll : list(samples.resolve(dir))) {
                String file = ll.getFileName().toString();
                if (!file.endsWith(".ll")) continue;
                Matcher m = generated.matcher(file);
                if (!m.matches() || !sources.containsKey(m.group(1))) orphans.add(dir + "/" + file);
            }
        }
        assertTrue(orphans.isEmpty(), "IR without a source (delete it or run sample-ir/build.sh): " + orphans);
    }

    @Test
    void irWasGeneratedFromTheCurrentSources() throws IOException {
        Map<String, String> recorded = new TreeMap<>();
        for (String line : Files.readAllLines(samples.resolve("sources.sha256"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            String[] parts = line.split(" [ *]", 2); // sha256sum format: HASH, two spaces (or " *"), path
            recorded.put(parts[1], parts[0]);
        }
        assertSameNames(new TreeSet<>(sources.values()), recorded.keySet(), "sources.sha256");
        for (String source : sources.values())
            assertEquals(recorded.get(source), sha256(samples.resolve(source)),
                    source + " changed since its IR was generated; run sample-ir/build.sh");
    }

    @Test
    void readmeTableListsEveryProgramAndNothingElse() throws IOException {
        String readme = Files.readString(samples.resolve("README.md"), StandardCharsets.UTF_8);
        int begin = readme.indexOf("<!-- BEGIN GENERATED"), end = readme.indexOf("<!-- END GENERATED -->");
        assertTrue(begin >= 0 && end > begin, "sample-ir/README.md lacks the generated-table markers");
        TreeSet<String> rows = new TreeSet<>();
        Matcher m = TABLE_ROW.matcher(readme.substring(begin, end));
        while (m.find()) rows.add(m.group(1));
        assertSameNames(sources.keySet(), rows, "the README table");
    }

    @Test
    void everySourceStartsWithItsNameAndWhatItComputes() throws IOException {
        for (var entry : sources.entrySet()) {
            String first = Files.readAllLines(samples.resolve(entry.getValue()), StandardCharsets.UTF_8).getFirst();
            assertTrue(first.startsWith("// " + entry.getKey() + ": ") && first.length() > entry.getKey().length() + 15,
                    entry.getValue() + ":1 must be a comment '// " + entry.getKey() + ": what it computes'");
        }
    }

    @Test
    void debugVariantsCarrySourceLocations() throws IOException {
        for (var entry : sources.entrySet()) {
            if (entry.getValue().startsWith("large/")) continue;
            Path debug = samples.resolve("ll").resolve(entry.getKey() + ".O1.g.ll");
            if (!Files.isRegularFile(debug)) continue; // reported by everySourceHasItsIrAtEveryOptimisationLevel
            String ir = Files.readString(debug, StandardCharsets.UTF_8);
            assertTrue(ir.contains(", !dbg !") && ir.contains("!DILocation(line: "),
                    entry.getKey() + ".O1.g.ll has no debug locations");
        }
    }

    private static void assertSameNames(Set<String> expected, Set<String> actual, String where) {
        Set<String> missing = new TreeSet<>(expected), extra = new TreeSet<>(actual);
        missing.removeAll(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(),
                where + " is out of date (missing " + missing + ", unknown " + extra + "); run sample-ir/build.sh");
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("the JDK lacks SHA-256", e);
        }
    }
}
