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
        StyleSpans<Collection<String>> spans = LlvmHighlighter.styles(text);
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
