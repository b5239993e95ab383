package org.mire.viz.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class IrTextSupportTest {
    private static final String IR = """
            ; a comment
            @g = global i32 0, align 4
            define i32 @f(i32 %a) {
            entry:
              %x = add nsw i32 %a, 42, !dbg !7
              %s = getelementptr inbounds { i32, i32 }, ptr @g, i64 0, i32 1
              ret i32 %x
            }
            declare void @ext()
            """;

    private static List<String> styled(String text, String style) {
        return styled(LlvmHighlighter.styles(text), text, style);
    }

    private static List<String> styled(StyleSpans<Collection<String>> spans, String text, String style) {
        List<String> found = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (span.getStyle().contains(style)) {
                found.add(text.substring(at, at + span.getLength()));
            }
            at += span.getLength();
        }
        return found;
    }

    @Test
    void highlighterClassifiesIrTokens() {
        assertEquals(List.of("; a comment"), styled(IR, "ir-comment"));
        assertTrue(styled(IR, "ir-opcode").containsAll(List.of("add", "getelementptr", "ret")));
        assertTrue(styled(IR, "ir-keyword").containsAll(List.of("global", "define", "nsw", "inbounds", "declare")));
        assertTrue(styled(IR, "ir-type").containsAll(List.of("i32", "ptr", "i64", "void")));
        assertTrue(styled(IR, "ir-global").containsAll(List.of("@g", "@f", "@ext")));
        assertTrue(styled(IR, "ir-local").containsAll(List.of("%a", "%x", "%s")));
        assertEquals(List.of("entry:"), styled(IR, "ir-label"));
        assertEquals(List.of("!dbg", "!7"), styled(IR, "ir-metadata"));
        assertTrue(styled(IR, "ir-number").contains("42"));
        assertEquals(IR.length(), LlvmHighlighter.styles(IR).length());
    }

    @Test
    void cSourceIsColouredAsC() {
        String c = """
                #include <stdio.h>
                /* a block
                   comment */
                static int count(const char *s) { // a line comment
                    int n = 0x1F;
                    while (*s++) n += 'a' - 96;
                    return n * 2.5f;
                }
                __kernel void k(__global float4 *v) { v[0] = 1; }
                """;
        StyleSpans<Collection<String>> spans = CHighlighter.styles(c);
        assertEquals(c.length(), spans.length());
        assertEquals(List.of("/* a block\n   comment */", "// a line comment"), styled(spans, c, "ir-comment"));
        assertEquals(List.of("#include <stdio.h>"), styled(spans, c, "ir-attribute"));
        assertTrue(styled(spans, c, "ir-keyword").containsAll(List.of("static", "const", "while", "return",
                "__kernel", "__global")));
        assertTrue(styled(spans, c, "ir-type").containsAll(List.of("int", "char", "void", "float4")));
        assertEquals(List.of("'a'"), styled(spans, c, "ir-string"));
        assertTrue(styled(spans, c, "ir-number").containsAll(List.of("0", "0x1F", "96", "2.5f", "1")));
    }

    @Test
    void functionBodiesAreFoldableFromHeaderToClosingBrace() {
        List<FunctionFolds.Region> folds = FunctionFolds.find(IR);
        assertEquals(List.of(new FunctionFolds.Region(2, 7)), folds);
    }

    @Test
    void mlirFunctionsFoldAcrossNestedRegions() {
        String mlir = """
                module {
                  func.func @f(%a: index) -> index {
                    %c = scf.for %i = %a to %a step %a iter_args(%x = %a) -> (index) {
                      scf.yield %x : index
                    }
                    return %c : index
                  }
                }
                """;
        assertEquals(List.of(new FunctionFolds.Region(1, 6)), FunctionFolds.find(mlir));
    }
}
