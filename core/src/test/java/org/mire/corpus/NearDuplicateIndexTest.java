package org.mire.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mire.ir.llvm.LlvmParser;
import org.mire.text.NormalisedFunction;
import org.mire.text.NormalisedProgram;
import org.mire.text.NormalisedStatement;
import org.mire.text.StatementNormaliser;

/** Near-duplicate detection on real IR from sample-ir/. */
class NearDuplicateIndexTest {
    private static final Path REPO = Path.of(System.getProperty("mire.repo.root", "..")).toAbsolutePath().normalize();

    private static NormalisedProgram program(String name) throws Exception {
        Path file = REPO.resolve("sample-ir/ll").resolve(name);
        return StatementNormaliser.normalise(LlvmParser.parse(Files.readString(file), name));
    }

    /** The longest function of a sample (the kernel or algorithm, not main's helpers). */
    private static NormalisedFunction longest(String name) throws Exception {
        NormalisedFunction best = null;
        for (NormalisedFunction f : program(name).functions()) {
            if (best == null || f.statements().size() > best.statements().size()) {
                best = f;
            }
        }
        return best;
    }

    private static NormalisedFunction edited(NormalisedFunction function, int at, String statement) {
        List<NormalisedStatement> statements = new ArrayList<>(function.statements());
        statements.add(at, new NormalisedStatement(statement, List.of(statement.split(" "))));
        return new NormalisedFunction("@edited", statements);
    }

    @Test
    void jaccardIsExactOnSortedSets() {
        assertEquals(1.0, NearDuplicateIndex.jaccard(new long[] {1, 2, 3}, new long[] {1, 2, 3}));
        assertEquals(0.5, NearDuplicateIndex.jaccard(new long[] {1, 2, 3}, new long[] {2, 3, 4}));
        assertEquals(0.0, NearDuplicateIndex.jaccard(new long[] {1}, new long[] {2}));
        assertEquals(0.0, NearDuplicateIndex.jaccard(new long[0], new long[0]));
    }

    @Test
    void shinglesCountRepeatsAndIgnoreNames() throws Exception {
        NormalisedFunction matmul = longest("matmul.O0.ll");
        NormalisedFunction renamed = new NormalisedFunction("@other", matmul.statements());
        long[] a = NearDuplicateIndex.shingles(matmul);
        assertEquals(1.0, NearDuplicateIndex.jaccard(a, NearDuplicateIndex.shingles(renamed)));
        assertEquals(matmul.statements().size() - NearDuplicateIndex.SHINGLE + 1, a.length,
                "a repeated shingle (frequent at -O0) counts once per occurrence");
        // The same code twice shares only half of its shingles with the code once.
        List<NormalisedStatement> twice = new ArrayList<>(matmul.statements());
        twice.addAll(matmul.statements());
        double half = NearDuplicateIndex.jaccard(a, NearDuplicateIndex.shingles(new NormalisedFunction("@t", twice)));
        assertTrue(half > 0.45 && half < 0.55, "similarity " + half);
    }

    @Test
    void findsAKernelWithAStatementAddedButNotOtherCode() throws Exception {
        NearDuplicateIndex index = new NearDuplicateIndex(0.7, 8);
        NormalisedFunction matmul = longest("matmul.O0.ll");
        assertTrue(matmul.statements().size() >= 30, "a realistic kernel size: " + matmul.statements().size());
        index.add("matmul.O0.ll @matmul", matmul);
        index.add("jacobi.O0.ll", longest("jacobi.O0.ll"));
        assertEquals(2, index.size());

        NearDuplicateIndex.Match same = index.nearest(new NormalisedFunction("@copy", matmul.statements()));
        assertNotNull(same);
        assertEquals(1.0, same.similarity());
        assertEquals("matmul.O0.ll @matmul", same.reference());

        NormalisedFunction oneMore = edited(matmul, matmul.statements().size() / 2, "%ID = add nsw i32 %ID, <INT>");
        NearDuplicateIndex.Match near = index.nearest(oneMore);
        assertNotNull(near, "one added statement is still a near-duplicate");
        assertEquals("matmul.O0.ll @matmul", near.reference());
        assertTrue(near.similarity() >= 0.7 && near.similarity() < 1, "similarity " + near.similarity());

        // Other programs, and the same program optimised, are not near-duplicates of it.
        for (String other : List.of("quicksort.O0.ll", "dijkstra.O0.ll", "edit_distance.O0.ll", "matmul.O2.ll")) {
            assertNull(index.nearest(longest(other)), other);
        }
    }

    @Test
    void shortFunctionsAreNeitherIndexedNorMatched() throws Exception {
        NearDuplicateIndex index = new NearDuplicateIndex(0.7, 8);
        NormalisedFunction matmul = longest("matmul.O0.ll");
        NormalisedFunction tiny = new NormalisedFunction("@tiny", matmul.statements().subList(0, 5));
        index.add("tiny", tiny);
        assertEquals(0, index.size());
        index.add("matmul", matmul);
        assertNull(index.nearest(tiny));
    }

    @Test
    void shingleSetsRoundTripThroughTheCacheForm() throws Exception {
        NearDuplicateIndex index = new NearDuplicateIndex(0.7, 8);
        index.add("matmul", longest("matmul.O0.ll"));
        NearDuplicateIndex copy = new NearDuplicateIndex(0.7, 8);
        index.entries().forEach(e -> copy.add(e.getKey(), e.getValue()));
        assertEquals(1.0, copy.nearest(longest("matmul.O0.ll")).similarity());
    }

    @Test
    void rejectsThresholdsOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> new NearDuplicateIndex(0, 8));
        assertThrows(IllegalArgumentException.class, () -> new NearDuplicateIndex(1.5, 8));
    }
}
