package org.mire.viz.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class IrTextViewTest {
    private static final String IR = String.join("\n",
            "; ModuleID = 'm'",
            "define i32 @f(i32 %a) {",
            "  %x = add i32 %a, 1",
            "  ret i32 %x",
            "}",
            "",
            "define i32 @g() {",
            "  %y = call i32 @f(i32 2)",
            "  ret i32 %y",
            "}",
            "");

    private IrTextView view;

    @Start
    void start(Stage stage) {
        view = new IrTextView();
        view.setText(IR);
        stage.setScene(new Scene(view, 600, 400));
        stage.show();
    }

    @Test
    void selectingALineSelectsItsWholeTextAndReportsIt(FxRobot robot) {
        robot.interact(() -> view.selectLine(8));
        assertEquals("  %y = call i32 @f(i32 2)", view.codeArea().getSelectedText());
        assertEquals(new IrTextView.LineRange(8, 8), view.selectedLinesProperty().get());
    }

    @Test
    void functionsFoldAndUnfoldAndSelectingAFoldedLineUnfoldsIt(FxRobot robot) {
        assertEquals(2, view.functionCount());
        robot.interact(() -> view.toggleFold(2));
        assertTrue(view.isFolded(2));
        robot.interact(() -> view.selectLine(3));
        assertFalse(view.isFolded(2));
        robot.interact(view::foldAll);
        assertTrue(view.isFolded(2) && view.isFolded(7));
        robot.interact(view::unfoldAll);
        assertFalse(view.isFolded(7));
    }

    @Test
    void anErrorLineAndMarkedLinesArePaintedAcrossTheView(FxRobot robot) {
        robot.interact(() -> {
            view.showErrorAt(4, 3);
            view.setMarkedLines(java.util.List.of(8));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        for (String styleClass : new String[] {"ir-error-line", "ir-marked"}) {
            javafx.scene.layout.Region line = robot.lookup("." + styleClass).queryAs(javafx.scene.layout.Region.class);
            assertTrue(line.getBackground() != null && !line.getBackground().getFills().isEmpty(),
                    styleClass + " has a background");
            assertTrue(line.getWidth() > 400, styleClass + " spans the view: " + line.getWidth());
        }
        assertEquals(4, view.caretLine());
    }

    @Test
    void longLinesWrapWhenAsked(FxRobot robot) throws Exception {
        String longLine = "  %z = getelementptr inbounds %struct.very_long_type_name, ptr %p, i64 0, i32 1".repeat(3);
        robot.interact(() -> view.setText(IR + longLine + "\n"));
        assertFalse(view.isWrapLines());
        int last = 10;
        robot.interact(() -> view.codeArea().showParagraphAtTop(last));
        assertEquals(1, (int) org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> view.codeArea().getParagraphLinesCount(last)).get());
        robot.interact(() -> view.setWrapLines(true));
        robot.interact(() -> view.codeArea().showParagraphAtTop(last));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> view.codeArea().getParagraphLinesCount(last))
                .get() > 1, "the long line wraps");
    }

    @Test
    void findCountsMatchesAndStepsThroughThem(FxRobot robot) {
        int[] count = new int[1];
        robot.interact(() -> {
            view.showFind();
            count[0] = view.search("ret");
        });
        assertEquals(2, count[0]);
        assertEquals("ret", view.codeArea().getSelectedText());
        int first = view.caretLine();
        robot.interact(() -> view.findNext(true));
        assertTrue(view.caretLine() > first);
        robot.interact(() -> view.findNext(true));
        assertEquals(first, view.caretLine(), "wraps around");
    }
}
