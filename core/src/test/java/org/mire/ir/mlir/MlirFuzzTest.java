package org.mire.ir.mlir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mire.ir.IrParseException;

/**
 * Mutations of the sample files (deleted, duplicated, swapped and replaced spans, random characters) either parse
 * or fail with an {@link IrParseException}; nothing else may escape the parser.
 */
class MlirFuzzTest {
    private static final List<String> SAMPLES = load();

    private static List<String> load() {
        try (Stream<Path> files = Stream.concat(Files.list(MlirSamplesTest.samples()),
                Files.list(MlirSamplesTest.samples().resolve("generic")))) {
            return files.filter(f -> f.toString().endsWith(".mlir")).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Mutation(int sample, int kind, double at, double length, String insert) {
        String apply() {
            String s = SAMPLES.get(sample % SAMPLES.size());
            int start = (int) (at * s.length());
            int end = Math.min(s.length(), start + 1 + (int) (length * Math.min(200, s.length())));
            return switch (kind) {
                case 0 -> s.substring(0, start) + s.substring(end);                       // delete a span
                case 1 -> s.substring(0, end) + s.substring(start, end) + s.substring(end); // duplicate it
                case 2 -> s.substring(0, start) + insert + s.substring(start);              // insert garbage
                case 3 -> s.substring(0, start) + insert + s.substring(end);                // replace a span
                default -> s.substring(0, start);                                           // truncate
            };
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<String> inserts = Arbitraries.oneOf(
                Arbitraries.strings().withChars("%^@#!\"(){}[]<>:,=-.0123456789xabcfi \n").ofMaxLength(12),
                Arbitraries.of("{", "}", "(", ")", "<", ">", "\"", "loc(", "^bb9:", "%0 = ", "-> ", " : ",
                        "\"x.y\"() : () -> ()", "scf.yield", "dense<", "!llvm.ptr<", "#map", "affine_map<(d0) -> (d0)>",
                        "{-#", "%x:0 = ", "%x#99", "\\", "\u0000", "\u00e9"));
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 4),
                        Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1), inserts)
                .as(Mutation::new);
    }

    @Property(tries = 3000)
    void mutatedSamplesParseOrFailWithParseException(@ForAll("mutations") Mutation mutation) {
        String text = mutation.apply();
        try {
            MlirModule module = MlirParser.parse(text, "fuzz.mlir");
            MlirGraphBuilder.build(module);   // whatever parses must also make a graph
        } catch (IrParseException expected) {
            if (expected.line() < 1 || expected.column() < 1 || expected.getMessage().contains("\n")) {
                throw new AssertionError("bad error position or multi-line message: " + expected.getMessage());
            }
        }
    }

    @Property(tries = 1000)
    void randomTextParsesOrFailsWithParseException(@ForAll("tokens") List<String> pieces) {
        try {
            MlirModule module = MlirParser.parse(String.join(" ", pieces), "random.mlir");
            MlirGraphBuilder.build(module);
        } catch (IrParseException expected) {
            // fine
        }
    }

    @Provide
    Arbitrary<List<String>> tokens() {
        return Arbitraries.of("%a", "%0", "%x:2", "%a#1", "=", ",", ":", "->", "(", ")", "{", "}", "[", "]", "<", ">",
                "^bb0", "^bb1", "\"t.op\"", "arith.addf", "scf.for", "func.func", "@f", "f32", "index",
                "memref<4xf32>", "i1", "to", "step", "iter_args", "ins", "outs", "1", "2.5", "-", "loc", "#map",
                "!t", "return", "affine.for", "scf.if", "else", "cf.br", "dense<1.0>", "linalg.map", "module")
                .list().ofMaxSize(60);
    }
}
