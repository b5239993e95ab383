package org.mire.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mire.ir.llvm.LlvmModule;
import org.mire.ir.llvm.LlvmParser;

/**
 * The normalised form of real IR must not change by accident: each sample's normalised statements and module token
 * sequence are compared with a reviewed golden file. After an intended change of the rules (bump
 * {@link StatementNormaliser#VERSION}), regenerate the golden files with
 * {@code -Dmire.golden.update=true} and review the diff.
 */
class TokenGoldenTest {
    private static final Path REPO = Path.of(System.getProperty("mire.repo.root", "..")).toAbsolutePath().normalize();
    private static final Path GOLDEN = REPO.resolve("core/src/test/resources/org/mire/text/golden");
    private static final Path TYPED = REPO.resolve("core/src/test/resources/org/mire/text/typed");

    static Stream<Path> samples() {
        return Stream.of(
                REPO.resolve("sample-ir/ll/utf8_decode.O0.ll"),
                REPO.resolve("sample-ir/ll/hash_table.O2.ll"),
                REPO.resolve("sample-ir/ll/stack_vm.O1.ll"),
                REPO.resolve("sample-ir/ll/varargs_log.O1.g.ll"),
                REPO.resolve("sample-ir/ll/fft.O3.ll"),
                REPO.resolve("sample-ir/ll/histogram_atomic.O2.ll"),
                REPO.resolve("sample-ir/ll/saxpy_vec4.O2.ll"),
                TYPED.resolve("hash_table.typed.O1.ll"),
                TYPED.resolve("histogram_atomic.typed.O1.ll"));
    }

    static String render(NormalisedProgram program) {
        StringBuilder text = new StringBuilder("# normalisation ").append(program.normalisation()).append('\n');
        text.append("# sha256 ").append(program.sha256()).append('\n');
        for (NormalisedFunction function : program.functions()) {
            text.append("; ").append(function.name()).append('\n');
            for (NormalisedStatement statement : function.statements()) {
                text.append(statement.text()).append('\n');
            }
        }
        text.append("# tokens\n");
        text.append(String.join(" ", Tokeniser.moduleTokens(program))).append('\n');
        return text.toString();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void normalisedFormMatchesTheGoldenFile(Path sample) throws Exception {
        LlvmModule module = LlvmParser.parse(Files.readString(sample, StandardCharsets.UTF_8),
                sample.getFileName().toString());
        NormalisedProgram program = StatementNormaliser.normalise(module);
        String actual = render(program);
        Path golden = GOLDEN.resolve(sample.getFileName().toString().replace(".ll", ".golden.txt"));
        if (Boolean.getBoolean("mire.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(golden), golden + " is missing; run with -Dmire.golden.update=true and review it");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, sample.toString());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void statementsKeepNoNamesMetadataOrAlignment(Path sample) throws Exception {
        NormalisedProgram program = StatementNormaliser.normalise(LlvmParser.parse(
                Files.readString(sample, StandardCharsets.UTF_8), sample.getFileName().toString()));
        assertFalse(program.functions().isEmpty());
        for (NormalisedFunction function : program.functions()) {
            for (NormalisedStatement statement : function.statements()) {
                String text = statement.text();
                assertFalse(text.contains("!"), text);
                assertFalse(text.contains(" align "), text);
                assertFalse(text.contains("#"), text);
                assertFalse(text.matches(".*%(?!ID\\b|struct\\b|union\\b|class\\b|type\\b|opencl\\.)\\S+.*"), text);
                assertFalse(text.matches(".*\\bi\\d+\\*.*"), "typed pointers become ptr: " + text);
                for (String token : statement.tokens()) {
                    assertFalse(token.isBlank() || token.contains("\n"), "token '" + token + "' in " + text);
                    assertFalse(List.of(",", "=", "[", "]", "{", "}").contains(token), "punctuation token in " + text);
                }
            }
        }
    }
}
