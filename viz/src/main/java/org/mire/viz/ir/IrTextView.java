package org.mire.viz.ir;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A read-only view of IR text: syntax colouring, line numbers, a fold toggle on every function header, a find bar
 * (Ctrl+F), marked lines (the lines of nodes selected elsewhere) and an error line. Reports the lines the caret or
 * selection covers, so that the caller can link them to other views.
 */
public class IrTextView extends BorderPane {
    /** Lines are 1-based and inclusive. */
    public record LineRange(int first, int last) {
        public boolean contains(int line) {
            return line >= first && line <= last;
        }
    }

    /** Texts longer than this are shown without colouring, which would cost seconds. */
    private static final int MAX_HIGHLIGHT_CHARS = 8 << 20;
    private static final String MARKED = "ir-marked";
    private static final String ERROR = "ir-error-line";

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private final ReadOnlyObjectWrapper<LineRange> selectedLines = new ReadOnlyObjectWrapper<>(this,
            "selectedLines", new LineRange(1, 1));
    private final HBox findBar = new HBox(6);
    private final TextField findField = new TextField();
    private final Label findStatus = new Label();
    private final Map<Integer, FunctionFolds.Region> foldsByHeader = new HashMap<>();
    private final Set<Integer> markedParagraphs = new HashSet<>();
    private final List<int[]> matches = new ArrayList<>();
    private String text = "";
    private int currentMatch = -1;
    private int errorParagraph = -1;
    private boolean settingText;

    public IrTextView() {
        getStyleClass().add("ir-text-view");
        getStylesheets().add(IrTextView.class.getResource("ir-text.css").toExternalForm());
        area.setEditable(false);
        area.setShowCaret(Caret.CaretVisibility.ON);
        area.getStyleClass().add("ir-code");
        area.setParagraphGraphicFactory(this::gutter);
        setCenter(scroll);
        buildFindBar();
        area.caretPositionProperty().addListener((obs, old, now) -> updateSelectedLines());
        area.selectionProperty().addListener((obs, old, now) -> updateSelectedLines());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                showFind();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && findBar.isVisible()) {
                hideFind();
                e.consume();
            }
        });
    }

    /** The text area, for tests and for callers that need RichTextFX directly. */
    public CodeArea codeArea() {
        return area;
    }

    public String getText() {
        return text;
    }

    /** Text with its colouring computed, ready to show; make it off the FX thread with {@link #prepare}. */
    public record PreparedText(String text, org.fxmisc.richtext.model.StyleSpans<Collection<String>> styles) {
    }

    /** Which colouring a text gets. */
    public enum Syntax {
        /** LLVM IR (and MLIR, whose values, types and comments it colours alike). */
        IR,
        /** C, C++ and OpenCL C source. */
        C
    }

    /** Colours IR text; pure computation, for a worker thread. */
    public static PreparedText prepare(String text) {
        return prepare(text, Syntax.IR);
    }

    /** Colours a text; pure computation, for a worker thread. */
    public static PreparedText prepare(String text, Syntax syntax) {
        String value = text == null ? "" : text;
        if (value.length() > MAX_HIGHLIGHT_CHARS || value.isEmpty()) {
            return new PreparedText(value, null);
        }
        return new PreparedText(value, syntax == Syntax.C ? CHighlighter.styles(value) : LlvmHighlighter.styles(value));
    }

    /** Replaces the text, colours it and finds its functions. */
    public void setText(String newText) {
        setText(prepare(newText));
    }

    /** Shows a prepared text (colouring already computed). */
    public void setText(PreparedText prepared) {
        String newText = prepared.text();
        settingText = true;
        try {
            text = newText == null ? "" : newText;
            markedParagraphs.clear();
            errorParagraph = -1;
            matches.clear();
            currentMatch = -1;
            foldsByHeader.clear();
            for (FunctionFolds.Region region : FunctionFolds.find(text)) {
                foldsByHeader.put(region.header(), region);
            }
            area.replaceText(text);
            if (prepared.styles() != null) {
                area.setStyleSpans(0, prepared.styles());
            }
            area.getUndoManager().forgetHistory();
            area.moveTo(0);
            area.showParagraphAtTop(0);
        } finally {
            settingText = false;
        }
        updateSelectedLines();
    }

    // ---- lines and linking

    /** The lines the caret or selection covers (1-based). */
    public ReadOnlyObjectProperty<LineRange> selectedLinesProperty() {
        return selectedLines.getReadOnlyProperty();
    }

    private void updateSelectedLines() {
        if (settingText) {
            return;
        }
        int start = area.getSelection().getStart();
        int end = area.getSelection().getEnd();
        int first = area.offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor();
        int last = area.offsetToPosition(Math.max(start, end - (end > start ? 1 : 0)), TwoDimensional.Bias.Forward)
                .getMajor();
        LineRange range = new LineRange(first + 1, last + 1);
        if (!range.equals(selectedLines.get())) {
            selectedLines.set(range);
        }
    }

    /** Selects a whole line (1-based) and scrolls it into the middle of the view, unfolding its function. */
    public void selectLine(int line) {
        int paragraph = line - 1;
        if (paragraph < 0 || paragraph >= area.getParagraphs().size()) {
            return;
        }
        unfoldAround(paragraph);
        area.selectRange(paragraph, 0, paragraph, area.getParagraphLength(paragraph));
        reveal(paragraph);
    }

    /** Scrolls a line (1-based) into the middle of the view, unfolding its function, without moving the caret. */
    public void revealLine(int line) {
        int paragraph = line - 1;
        if (paragraph < 0 || paragraph >= area.getParagraphs().size()) {
            return;
        }
        unfoldAround(paragraph);
        reveal(paragraph);
    }

    /** The lines (1-based) marked with {@link #setMarkedLines}, in order. */
    public List<Integer> markedLines() {
        return markedParagraphs.stream().sorted().map(p -> p + 1).toList();
    }

    /** The 1-based line the caret is on. */
    public int caretLine() {
        return area.getCurrentParagraph() + 1;
    }

    private void reveal(int paragraph) {
        if (area.getScene() == null || area.getHeight() <= 0) {
            return;
        }
        try {
            area.showParagraphAtCenter(paragraph);
        } catch (RuntimeException ignored) {
            // Not laid out yet: the selection is set; scrolling happens on the next request.
            area.requestFollowCaret();
        }
    }

    /** Tints these lines (1-based), e.g. the lines of the graph nodes selected in another view. */
    public void setMarkedLines(Collection<Integer> lines) {
        for (int paragraph : markedParagraphs) {
            setParagraphClass(paragraph, MARKED, false);
        }
        markedParagraphs.clear();
        for (int line : lines) {
            int paragraph = line - 1;
            if (paragraph >= 0 && paragraph < area.getParagraphs().size()) {
                setParagraphClass(paragraph, MARKED, true);
                markedParagraphs.add(paragraph);
            }
        }
    }

    /** Marks the line of a parse error (1-based) and puts the caret at its column; 0 clears. */
    public void showErrorAt(int line, int column) {
        if (errorParagraph >= 0) {
            setParagraphClass(errorParagraph, ERROR, false);
            errorParagraph = -1;
        }
        int paragraph = line - 1;
        if (paragraph < 0 || paragraph >= area.getParagraphs().size()) {
            return;
        }
        errorParagraph = paragraph;
        setParagraphClass(paragraph, ERROR, true);
        int col = Math.clamp(column - 1, 0, area.getParagraphLength(paragraph));
        area.moveTo(paragraph, col);
        reveal(paragraph);
    }

    private void setParagraphClass(int paragraph, String styleClass, boolean on) {
        Collection<String> current = area.getParagraph(paragraph).getParagraphStyle();
        boolean has = current.contains(styleClass);
        if (has == on) {
            return;
        }
        List<String> updated = new ArrayList<>(current);
        if (on) {
            updated.add(styleClass);
        } else {
            updated.remove(styleClass);
        }
        area.setParagraphStyle(paragraph, updated);
    }

    // ---- folding

    /** Number of foldable functions. */
    public int functionCount() {
        return foldsByHeader.size();
    }

    public boolean isFolded(int headerLine) {
        int header = headerLine - 1;
        return foldsByHeader.containsKey(header) && header + 1 < area.getParagraphs().size()
                && area.isFolded(header + 1);
    }

    /** Folds or unfolds the function whose header is on this line (1-based). */
    public void toggleFold(int headerLine) {
        int header = headerLine - 1;
        FunctionFolds.Region region = foldsByHeader.get(header);
        if (region == null) {
            return;
        }
        if (isFolded(headerLine)) {
            area.unfoldParagraphs(header);
        } else {
            area.foldParagraphs(header, region.end());
        }
        area.recreateParagraphGraphic(header);
    }

    public void foldAll() {
        for (FunctionFolds.Region region : foldsByHeader.values()) {
            if (!isFolded(region.header() + 1)) {
                area.foldParagraphs(region.header(), region.end());
                area.recreateParagraphGraphic(region.header());
            }
        }
    }

    public void unfoldAll() {
        for (FunctionFolds.Region region : foldsByHeader.values()) {
            if (isFolded(region.header() + 1)) {
                area.unfoldParagraphs(region.header());
                area.recreateParagraphGraphic(region.header());
            }
        }
    }

    private void unfoldAround(int paragraph) {
        for (FunctionFolds.Region region : foldsByHeader.values()) {
            if (paragraph > region.header() && paragraph <= region.end() && isFolded(region.header() + 1)) {
                area.unfoldParagraphs(region.header());
                area.recreateParagraphGraphic(region.header());
            }
        }
    }

    private Node gutter(int paragraph) {
        Label number = new Label(Integer.toString(paragraph + 1));
        number.getStyleClass().add("ir-lineno");
        int digits = Integer.toString(Math.max(1, area.getParagraphs().size())).length();
        number.setMinWidth(digits * 7.5 + 10);
        number.setAlignment(Pos.CENTER_RIGHT);
        Node fold;
        if (foldsByHeader.containsKey(paragraph)) {
            boolean folded = paragraph + 1 < area.getParagraphs().size() && area.isFolded(paragraph + 1);
            FontIcon icon = new FontIcon(folded ? "mdi2c-chevron-right" : "mdi2c-chevron-down");
            icon.getStyleClass().add("ir-fold-icon");
            Label toggle = new Label(null, icon);
            toggle.getStyleClass().add("ir-fold");
            toggle.setTooltip(new Tooltip(folded ? "Unfold function" : "Fold function"));
            toggle.setOnMouseClicked(e -> {
                toggleFold(paragraph + 1);
                e.consume();
            });
            fold = toggle;
        } else {
            Region blank = new Region();
            fold = blank;
        }
        ((Region) fold).setMinWidth(16);
        ((Region) fold).setPrefWidth(16);
        HBox box = new HBox(number, fold);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("ir-gutter");
        return box;
    }

    // ---- find

    private void buildFindBar() {
        findField.setPromptText("Find in IR");
        findField.getStyleClass().add("ir-find-field");
        HBox.setHgrow(findField, Priority.ALWAYS);
        Button previous = iconButton("mdi2c-chevron-up", "Previous match (Shift+Enter)");
        Button next = iconButton("mdi2c-chevron-down", "Next match (Enter)");
        Button close = iconButton("mdi2c-close", "Close (Esc)");
        previous.setOnAction(e -> findNext(false));
        next.setOnAction(e -> findNext(true));
        close.setOnAction(e -> hideFind());
        findField.textProperty().addListener((obs, old, now) -> search(now));
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                findNext(!e.isShiftDown());
                e.consume();
            }
        });
        findStatus.getStyleClass().add("ir-find-status");
        findBar.getChildren().addAll(new FontIcon("mdi2m-magnify"), findField, findStatus, previous, next, close);
        findBar.setAlignment(Pos.CENTER_LEFT);
        findBar.getStyleClass().add("ir-find-bar");
        findBar.setVisible(false);
        findBar.setManaged(false);
        setTop(findBar);
    }

    private static Button iconButton(String icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("button-icon", "flat");
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        return button;
    }

    /** Opens the find bar with the current selection as the query. */
    public void showFind() {
        findBar.setVisible(true);
        findBar.setManaged(true);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            findField.setText(selected);
        }
        findField.requestFocus();
        findField.selectAll();
    }

    public void hideFind() {
        findBar.setVisible(false);
        findBar.setManaged(false);
        area.requestFocus();
    }

    public boolean isFindVisible() {
        return findBar.isVisible();
    }

    /** Finds all (case-insensitive) occurrences and selects the first one after the caret; returns the count. */
    public int search(String query) {
        if (!findField.getText().equals(query == null ? "" : query)) {
            findField.setText(query == null ? "" : query);
            return matches.size();
        }
        matches.clear();
        currentMatch = -1;
        if (query == null || query.isEmpty()) {
            findStatus.setText("");
            return 0;
        }
        String haystack = text.toLowerCase(Locale.ROOT);
        String needle = query.toLowerCase(Locale.ROOT);
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + Math.max(1,
                needle.length()))) {
            matches.add(new int[] {at, at + needle.length()});
        }
        if (matches.isEmpty()) {
            findStatus.setText("No matches");
            return 0;
        }
        int caret = area.getSelection().getStart();
        currentMatch = 0;
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i)[0] >= caret) {
                currentMatch = i;
                break;
            }
        }
        selectMatch();
        return matches.size();
    }

    /** Moves to the next (or previous) match, wrapping around. */
    public void findNext(boolean forward) {
        if (matches.isEmpty()) {
            return;
        }
        currentMatch = Math.floorMod(currentMatch + (forward ? 1 : -1), matches.size());
        selectMatch();
    }

    private void selectMatch() {
        int[] match = matches.get(currentMatch);
        int paragraph = area.offsetToPosition(match[0], TwoDimensional.Bias.Forward).getMajor();
        unfoldAround(paragraph);
        area.selectRange(match[0], match[1]);
        reveal(paragraph);
        findStatus.setText((currentMatch + 1) + " of " + matches.size());
    }

    /** Whether long lines wrap at the view's width (off: they scroll sideways, as IR is usually read). */
    public boolean isWrapLines() {
        return area.isWrapText();
    }

    public void setWrapLines(boolean wrap) {
        area.setWrapText(wrap);
    }

    /** Switches the colours to the dark variant. */
    public void setDark(boolean dark) {
        if (dark) {
            if (!getStyleClass().contains("dark")) {
                getStyleClass().add("dark");
            }
        } else {
            getStyleClass().remove("dark");
        }
    }
}
