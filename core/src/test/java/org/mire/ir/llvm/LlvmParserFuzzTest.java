package org.mire.ir.llvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.mire.ir.IrParseException;

/**
 * Property: mutated valid IR (tokens, characters and lines deleted, duplicated, swapped, replaced; truncations)
 * either parses or raises IrParseException with a sane position; never any other exception or error.
 */
class LlvmParserFuzzTest {
    /** Characters that stress the lexer: sigils, brackets, quotes, escapes, controls, non-ASCII. */
    private static final String NASTY = "%@!#$^\"'\\{}[]()<>=,*:;|.-+0123456789xcei \n\t\r\u0000\u0001\u007f\u00e9\u4e2d\ud83d\ude00";
    private static final String[] FRAGMENTS = {"{", "}", "[", "]", "(", ")", "<", ">", "\"", "!{", "%0 = ", "%x = ",
        "label %", "define void @f() {", "}\n", "call void @f()", "i32", "ptr", "!dbg !0", "c\"", "/*", "...", "#0",
        "getelementptr (", "phi i32 [", "switch i32 0, label %a [", "%struct.S = type {", "; comment\n", "\n",
        "x ", "<vscale x 4 x i32>", "0xK", "-", "!DILocation(", "uselistorder", "^0 = ", "$c = comdat any\n"};

    private static final List<String> SEEDS = seeds();

    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>(List.of(TestIr.resource("all-features.ll"),
                TestIr.resource("typed-pointers.ll"), TestIr.resource("llvm22-syntax.ll")));
        // a few small real files when present (sample-ir/, the DevMap kernels)
        List<Path> real = new ArrayList<>(TestIr.sampleIr());
        real.addAll(TestIr.datasetKernels());
        int added = 0;
        for (Path p : real) {
            try {
                if (Files.size(p) < 20_000 && added < 12) {
                    seeds.add(Files.readString(p));
                    added++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    @Property(tries = 1500, shrinking = ShrinkingMode.BOUNDED)
    void mutatedIrParsesOrRaisesParseError(@ForAll("mutants") String text) {
        parseOrParseError(text);
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void randomTextParsesOrRaisesParseError(@ForAll("garbage") String text) {
        parseOrParseError(text);
    }

    private static void parseOrParseError(String text) {
        try {
            LlvmParser.parse(text, "fuzz.ll");
        } catch (IrParseException e) {
            int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
            assertTrue(e.line() >= 1 && e.line() <= lines, e.getMessage());
            assertTrue(e.column() >= 1, e.getMessage());
            assertTrue(e.getMessage().startsWith("fuzz.ll:"), e.getMessage());
            assertTrue(e.lineText().length() <= 246, "line text is shortened");
        }
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.strings().withChars(NASTY.toCharArray()).ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> mutants() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(seed, mutations).as((s, ms) -> {
            String text = s;
            for (Mutation m : ms) {
                text = m.apply(text);
            }
            return text;
        });
    }

    /** One edit, with positions as fractions of the text so that it applies to any seed. */
    record Mutation(int kind, double at, double other, int pick) {
        String apply(String text) {
            if (text.isEmpty()) {
                return FRAGMENTS[pick % FRAGMENTS.length];
            }
            int i = (int) (at * text.length());
            int j = (int) (other * text.length());
            return switch (kind) {
                case 0 -> text.substring(0, i); // truncate
                case 1 -> text.substring(0, i) + text.substring(Math.min(text.length(), i + 1)); // delete a char
                case 2 -> text.substring(0, i) + NASTY.charAt(pick % NASTY.length()) + text.substring(i); // insert
                case 3 -> text.substring(0, i) + NASTY.charAt(pick % NASTY.length())
                        + text.substring(Math.min(text.length(), i + 1)); // replace a char
                case 4 -> text.substring(0, i) + FRAGMENTS[pick % FRAGMENTS.length] + text.substring(i);
                case 5 -> editTokens(text, i, j, pick % 3);
                default -> editLines(text, i, j, pick % 3);
            };
        }

        private static String editTokens(String text, int i, int j, int op) {
            int[] a = tokenAt(text, i);
            int[] b = tokenAt(text, j);
            String ta = text.substring(a[0], a[1]);
            return switch (op) {
                case 0 -> text.substring(0, a[0]) + text.substring(a[1]); // delete
                case 1 -> text.substring(0, a[1]) + " " + ta + text.substring(a[1]); // duplicate
                default -> {
                    if (a[0] > b[0]) {
                        int[] t = a;
                        a = b;
                        b = t;
                    }
                    if (a[1] > b[0]) {
                        yield text;
                    }
                    yield text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[1], b[0])
                            + text.substring(a[0], a[1]) + text.substring(b[1]); // swap
                }
            };
        }

        /** [start, end) of the whitespace-separated token around offset i (possibly empty). */
        private static int[] tokenAt(String text, int i) {
            int s = Math.min(i, text.length());
            int e = s;
            while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
                s--;
            }
            while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
                e++;
            }
            return new int[] {s, e};
        }

        private static String editLines(String text, int i, int j, int op) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int a = (int) ((long) i * lines.size() / Math.max(1, text.length()));
            int b = (int) ((long) j * lines.size() / Math.max(1, text.length()));
            a = Math.min(a, lines.size() - 1);
            b = Math.min(b, lines.size() - 1);
            switch (op) {
                case 0 -> lines.remove(a);
                case 1 -> lines.add(a, lines.get(a));
                default -> {
                    String t = lines.get(a);
                    lines.set(a, lines.get(b));
                    lines.set(b, t);
                }
            }
            return String.join("\n", lines);
        }
    }

    private static Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 10_000)).as(Mutation::new);
    }
}
