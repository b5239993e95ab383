package org.mire.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Checks what a label or button shows on screen, not what it holds: a text clipped to "…" fails. */
public final class RenderedText {
    private RenderedText() {
    }

    /**
     * The text the control's skin draws (its clipped form when it does not fit); a menu button's skin draws it in a
     * label of its own.
     */
    public static String shown(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Labeled inner && labeled.getText().equals(inner.getText())) {
                return shown(inner);
            }
        }
        return "";
    }

    /** The control draws its whole text, and its rendered bounds are at least as wide as it needs. */
    public static void assertWhole(Labeled labeled) {
        String text = labeled.getText();
        assertEquals(text, shown(labeled), "'" + text + "' (" + labeled.getId() + ") is drawn clipped, "
                + labeled.getWidth() + " px wide for " + labeled.prefWidth(-1));
        assertTrue(labeled.getWidth() + 0.5 >= labeled.prefWidth(-1), "'" + text + "' is " + labeled.getWidth()
                + " px wide but needs " + labeled.prefWidth(-1));
    }
}
