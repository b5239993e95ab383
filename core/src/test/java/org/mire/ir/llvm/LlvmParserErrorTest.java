package org.mire.ir.llvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mire.ir.IrParseException;

/** Bad input of every kind ends in an IrParseException that says where and what, never in anything else. */
class LlvmParserErrorTest {

    static Stream<Arguments> badInputs() {
        return Stream.of(
                // name, input, line, column, expected (fragment), found (fragment)
                bad("garbage", "hello world\n", 1, 1, "a top-level entity", "'hello'"),
                bad("control character", "\u0001\u0002define", 1, 1, "a token", "control character U+0001"),
                bad("bell inside a body", "define void @f() {\n  ret void\u0007\n}\n", 2, 11, "a token",
                        "control character U+0007"),
                bad("unterminated string", "source_filename = \"abc\n", 1, 19, "'\"' closing the string",
                        "end of file"),
                bad("unterminated block comment", "define void @f() {\n  ret void\n}\n/* open", 4, 1,
                        "'*/' closing the comment", "end of file"),
                bad("undefined local", "define i32 @f() {\n  ret i32 %x\n}\n", 2, 11, "a defined value",
                        "undefined value %x"),
                bad("undefined label", "define void @f() {\n  br label %nowhere\n}\n", 2, 12,
                        "a basic block of @f", "undefined label %nowhere"),
                bad("duplicate value", "define void @f(i32 %x) {\n  %x = add i32 1, 2\n  ret void\n}\n", 2, 3,
                        "a new value name", "redefinition of %x"),
                bad("duplicate argument", "define void @f(i32 %x, i32 %x) {\n  ret void\n}\n", 1, 28,
                        "a new name", "'%x'"),
                bad("block and value share a name", "define void @f() {\nx:\n  %x = add i32 1, 2\n  ret void\n}\n",
                        2, 1, "distinct names for blocks and values", "%x naming both"),
                bad("duplicate block", "define void @f() {\na:\n  br label %a\na:\n  ret void\n}\n", 4, 1,
                        "a new block label", "redefinition of %a"),
                bad("duplicate function", "define void @f() {\n  ret void\n}\ndeclare void @f()\n", 4, 14,
                        "a new global name", "redefinition of @f"),
                bad("undefined global", "define void @f() {\n  call void @g()\n  ret void\n}\n", 2, 13,
                        "a defined global value", "undefined value @g"),
                bad("misnumbered value", "define void @f() {\n  %0 = add i32 1, 2\n  ret void\n}\n", 2, 3,
                        "numbered %1 or greater", "'%0'"),
                bad("misnumbered argument", "define void @f(i32 %1, i32 %0) {\n  ret void\n}\n", 1, 28,
                        "an argument numbered %2 or greater", "'%0'"),
                bad("misnumbered label", "define void @f() {\n  br label %0\n0:\n  ret void\n}\n", 3, 1,
                        "label numbered 1 or greater", "'0:'"),
                bad("named void instruction", "define void @f() {\n  %x = call void @f()\n  ret void\n}\n", 2, 3,
                        "no name on an instruction that returns void", "'%x ='"),
                bad("missing terminator", "define void @f() {\n  %x = add i32 1, 2\n}\n", 3, 1, "an instruction",
                        "'}'"),
                bad("empty body", "define void @f() {\n}\n", 2, 1, "at least one basic block", "'}'"),
                bad("unknown opcode", "define void @f() {\n  frobnicate i32 1\n  ret void\n}\n", 2, 3,
                        "an instruction opcode", "'frobnicate'"),
                bad("opcode missing after name", "define void @f() {\n  %x = \n}\n", 3, 1,
                        "an instruction after '%x ='", "'}'"),
                bad("integer width too large", "define i99999999 @f() {\n  ret void\n}\n", 1, 8,
                        "an integer width between 1 and 8388608", "'i99999999'"),
                bad("count overflow", "@g = global [99999999999999999999 x i8] zeroinitializer\n", 1, 14,
                        "a number that fits in 64 bits", "'99999999999999999999'"),
                bad("value number overflow", "define void @f() {\n  %99999999999 = add i32 1, 2\n  ret void\n}\n",
                        2, 4, "a number below 2^31", "'99999999999'"),
                bad("undefined metadata", "define void @f() {\n  ret void, !dbg !7\n}\n", 2, 18,
                        "a definition of metadata !7", "undefined metadata !7"),
                bad("undefined function metadata", "define void @f() !dbg !3 {\n  ret void\n}\n", 1, 23,
                        "a definition of metadata !3", "undefined metadata !3"),
                bad("undefined type", "define void @f(%T* %p) {\n  ret void\n}\n", 1, 16, "a definition of type %T",
                        "undefined type %T"),
                bad("redefined type", "%T = type { i32 }\n%T = type { i8 }\n", 2, 1, "a new type name",
                        "redefinition of type %T"),
                bad("redefined metadata", "!0 = !{}\n!0 = !{}\n", 2, 1, "a new metadata number", "redefinition of !0"),
                bad("truncated instruction", "define i32 @f(i32 %x) {\nentry:\n  %y = add i32 %x,", 3, 19,
                        "a value of type i32", "end of file"),
                bad("truncated body", "define i32 @f(i32 %x) {\nentry:\n  ret i32 %x\n", 4, 1, "'}' closing the body",
                        "end of file"),
                bad("mismatched bracket", "@g = global [2 x i32] [i32 1, i32 2)\n", 1, 36, "']'", "')'"),
                bad("unclosed bracket", "@g = global [2 x i32] [i32 1, i32 2\n", 2, 1, "']' closing the bracket",
                        "end of file"),
                bad("instruction at top level", "ret void\n", 1, 1, "a top-level entity", "'ret'"),
                bad("missing equals", "@g global i32 0\n", 1, 4, "'=' after the global name", "'global'"),
                bad("not a type", "define void @f() {\n  %x = add i32 1, 2\n  %y = mul 7, 2\n  ret void\n}\n",
                        3, 12, "a type", "'7'"),
                bad("pointer to void", "@g = external global void*\n", 1, 26, "a type that can be pointed to",
                        "'*'"),
                bad("variable struct index", "%S = type { i32 }\ndefine void @f(%S* %p, i32 %i) {\n"
                        + "  %q = getelementptr %S, %S* %p, i64 0, i32 %i\n  ret void\n}\n", 3, 8,
                        "a constant integer index into %S", "%i"),
                bad("extractvalue out of range", "define void @f({ i32 } %s) {\n  %x = extractvalue { i32 } %s, 3\n"
                        + "  ret void\n}\n", 2, 8, "a field index below 1", "3"),
                bad("extractvalue without index", "define void @f({ i32 } %s) {\n  %x = extractvalue { i32 } %s\n"
                        + "  ret void\n}\n", 3, 3, "',' and an index", "'ret'"),
                bad("extractelement of a scalar", "define void @f(i32 %s) {\n  %x = extractelement i32 %s, i32 0\n"
                        + "  ret void\n}\n", 2, 8, "a vector operand of extractelement", "i32"),
                bad("bad hex float", "define double @f() {\n  ret double 0xZZ\n}\n", 2, 14, "hexadecimal digits", "'Z'"),
                bad("lonely minus", "define i32 @f() {\n  ret i32 - 1\n}\n", 2, 11, "a number after '-'", "' '"),
                bad("plus without fraction", "@g = global double +1\n", 1, 20, "a floating-point number", "'+1'"),
                bad("empty global name", "@ = global i32 0\n", 1, 1, "a name after '@'", "' '"),
                bad("bad comdat", "$c = comdat\n", 2, 1, "a comdat selection kind", "end of file"),
                bad("attribute group without keyword", "#0 = { nounwind }\n", 1, 1, "'attributes #N = {...}'",
                        "'#0'"),
                bad("target without kind", "target foo = \"x\"\n", 1, 8, "'datalayout' or 'triple'", "'foo'"),
                bad("source_filename without string", "source_filename = foo\n", 1, 19, "the source file name",
                        "'foo'"),
                bad("unknown global property", "@g = global i32 0, sparkly\n", 1, 20, "section, partition, comdat",
                        "'sparkly'"),
                bad("unknown global keyword", "@g = shiny global i32 0\n", 1, 6, "'global', 'constant', 'alias'",
                        "'shiny'"),
                bad("call without arguments", "declare void @g()\ndefine void @f() {\n  call void @g\n  ret void\n}\n",
                        4, 3, "'(' starting the call arguments", "'ret'"),
                bad("invoke without unwind", "declare void @g()\ndefine void @f() {\n  invoke void @g() to label %a\n"
                        + "a:\n  ret void\n}\n", 4, 1, "'unwind'", "'a:'"),
                bad("phi without brackets", "define i32 @f() {\n  %p = phi i32 0, %x\n  ret i32 %p\n}\n", 2, 16,
                        "'[' starting a phi incoming pair", "'0'"),
                bad("branch condition without labels", "define void @f(i1 %c) {\n  br i1 %c, %a, %b\n}\n", 2, 13,
                        "'label'", "'%a'"),
                bad("store without pointer", "define void @f() {\n  store i32 1\n  ret void\n}\n", 3, 3,
                        "',' after the stored value", "'ret'"),
                bad("load with junk", "define void @f(ptr %p) {\n  %x = load i32, ptr %p, sparkly 4\n  ret void\n}\n",
                        2, 26, "align or a metadata attachment", "'sparkly'"),
                bad("cast without to", "define void @f(i32 %x) {\n  %y = zext i32 %x i64\n  ret void\n}\n", 2, 20,
                        "'to'", "'i64'"),
                bad("metadata value junk", "!0 = !(\n", 1, 7, "'{' or a string after '!'", "'('"),
                bad("value of wrong shape", "define void @f() {\n  ret i32 ]\n}\n", 2, 11, "a value of type i32",
                        "']'"),
                bad("constant expression without operands", "@g = global ptr bitcast @h\n", 1, 25,
                        "'(' starting the operands of bitcast", "'@h'"),
                bad("inline asm without constraints", "define void @f() {\n  call void asm \"nop\"()\n  ret void\n}\n",
                        2, 22, "',' after the inline assembly string", "'('"),
                bad("catchswitch without handlers", "define void @f() {\n  %c = catchswitch within none []"
                        + " unwind to caller\n}\n", 2, 33, "'label'", "']'"),
                bad("summary without kind", "^0 = (\n", 1, 6, "a summary entry kind", "'('"),
                bad("debug record without arguments", "define void @f() {\n  #dbg_value\n  ret void\n}\n", 3, 3,
                        "'(' after a debug record", "'ret'"),
                bad("number too large for a type", "@g = external global <99999999999999999999 x i8>\n", 1, 23,
                        "a number that fits in 64 bits", "'99999999999999999999'"),
                bad("vector without x", "@g = external global <4 i8>\n", 1, 25, "'x'", "'i8'"));
    }

    private static Arguments bad(String name, String input, int line, int column, String expected, String found) {
        return Arguments.of(name, input, line, column, expected, found);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void reportsWhereAndWhatForBadInput(String name, String input, int line, int column, String expected,
                                        String found) {
        IrParseException e = assertThrows(IrParseException.class, () -> LlvmParser.parse(input, "bad.ll"));
        String where = e.getMessage();
        assertEquals("bad.ll", e.file(), where);
        assertEquals(line, e.line(), where);
        assertEquals(column, e.column(), where);
        assertTrue(e.expected().contains(expected), where);
        assertTrue(e.found().contains(found), where);
        assertTrue(where.startsWith("bad.ll:" + line + ":" + column + ": expected "), where);
        String[] lines = input.split("\n", -1);
        String expectedLine = line - 1 < lines.length ? lines[line - 1] : "";
        assertEquals(expectedLine, e.lineText(), "the offending line");
    }

    @Test
    void boundsTheNestingOfTypesInsteadOfOverflowingTheStack() throws InterruptedException {
        StringBuilder text = new StringBuilder("@g = external global ");
        text.append("{ ".repeat(100_000)).append("i8").append(" }".repeat(100_000)).append('\n');
        Throwable[] thrown = new Throwable[1];
        // a thread with a small stack: the bound must hold where the default stack is smallest
        Thread parse = new Thread(null, () -> {
            try {
                LlvmParser.parse(text.toString(), "deep.ll");
            } catch (Throwable t) {
                thrown[0] = t;
            }
        }, "deep-parse", 512 * 1024);
        parse.start();
        parse.join();
        IrParseException e = assertInstanceOfParseError(thrown[0]);
        assertTrue(e.expected().contains("nested"), e.getMessage());
        assertTrue(e.lineText().length() < 300, "a huge line is cut around the column");
    }

    @Test
    void acceptsTypesNestedAsDeepAsTheBoundAllows() throws IrParseException {
        int depth = AsmParser.MAX_TYPE_DEPTH - 1;
        String text = "@g = external global " + "[1 x ".repeat(depth) + "i8" + "]".repeat(depth) + "\n";
        assertEquals(1, LlvmParser.parse(text, "deep.ll").globals().size());
    }

    @Test
    void boundsTheNestingOfConstantsAndMetadata() {
        String constant = "@g = global [1 x i8] " + "[".repeat(20_000) + "\n";
        IrParseException e = assertThrows(IrParseException.class, () -> LlvmParser.parse(constant, "c.ll"));
        assertTrue(e.expected().contains("nested at most"), e.getMessage());
        String metadata = "!0 = !" + "{!".repeat(20_000) + "\n";
        assertThrows(IrParseException.class, () -> LlvmParser.parse(metadata, "m.ll"));
    }

    @Test
    void parsesDeeplyNestedConstantsWithinTheBound() throws IrParseException {
        String nested = "[1 x ".repeat(100) + "i8" + "]".repeat(100);
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            value.append("[").append("[1 x ".repeat(99 - i)).append("i8").append("]".repeat(99 - i)).append(" ");
        }
        value.append("zeroinitializer").append("]".repeat(100));
        LlvmModule m = LlvmParser.parse("@g = global " + nested + " " + value + "\n", "n.ll");
        assertEquals(nested, m.globals().getFirst().valueType());
    }

    @Test
    void reportsAHugeGarbageLineWithAShortenedLineText() {
        String text = "define void @f() {\n  ret void\n}\n" + "x".repeat(5_000_000) + "\n";
        IrParseException e = assertThrows(IrParseException.class, () -> LlvmParser.parse(text, "huge.ll"));
        assertEquals(4, e.line());
        assertEquals(1, e.column());
        assertTrue(e.lineText().length() <= 246, "line text is cut: " + e.lineText().length());
        assertTrue(e.getMessage().length() < 400);
    }

    @Test
    void parsesAHugeValidLine() throws IrParseException {
        StringBuilder text = new StringBuilder("@big = global [200000 x i32] [");
        for (int i = 0; i < 200_000; i++) {
            text.append(i == 0 ? "" : ", ").append("i32 ").append(i);
        }
        text.append("]\n");
        assertEquals("[200000 x i32]", LlvmParser.parse(text.toString(), "big.ll").globals().getFirst().valueType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"all-features.ll", "typed-pointers.ll", "llvm22-syntax.ll"})
    void rejectsOrAcceptsEveryTruncationOfAValidFile(String resource) {
        String text = TestIr.resource(resource);
        List<Integer> cuts = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                cuts.add(i);                     // at the end of every line
                int previous = text.lastIndexOf('\n', i - 1) + 1;
                cuts.add(previous + (i - previous) / 2); // and in the middle of it
            }
        }
        int rejected = 0;
        for (int cut : cuts) {
            String prefix = text.substring(0, cut);
            try {
                LlvmParser.parse(prefix, resource);
            } catch (IrParseException e) {
                rejected++;
                int lines = (int) prefix.chars().filter(c -> c == '\n').count() + 1;
                assertTrue(e.line() >= 1 && e.line() <= lines, "line within the text: " + e.getMessage());
                assertTrue(e.column() >= 1, e.getMessage());
            } catch (RuntimeException | StackOverflowError unexpected) {
                fail("truncated at " + cut + ": " + unexpected, unexpected);
            }
        }
        assertTrue(rejected > cuts.size() / 2, "most truncations inside functions are errors: " + rejected);
    }

    private static IrParseException assertInstanceOfParseError(Throwable t) {
        if (t instanceof IrParseException e) {
            return e;
        }
        throw new AssertionError("expected IrParseException but got " + t, t);
    }
}
