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
