package org.cutri.common.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.cutri.common.text.TextIn;

/**
 * Keeps control characters out of what is typed or pasted into the program's text fields ({@link TextIn}: a
 * pasted right-to-left override, NUL or escape never reaches the field, so never the database or a report).
 * {@link Views#load} installs it on every field of every screen; the services clean the text again before
 * storing it.
 *
 * <p>A listener on the text, not a {@link javafx.scene.control.TextFormatter}: a text field with a formatter
 * takes the Escape key for itself (it cancels its own edit and consumes the key), so the form's "Esc: drop the
 * changes" never heard it.
 */
public final class TypedText {

    private TypedText() {
    }

    /**
     * Removes control characters from the field's text whenever they come in, keeping the caret where it was. In a
     * text area Tab is no character either: it moves on to the next field (Shift+Tab to the one before), as in every
     * other field of the form.
     */
    public static void clean(TextInputControl field) {
        if (field instanceof TextArea area) {
            tabMovesOn(area);
        }
        field.textProperty().addListener((obs, old, now) -> {
            if (now == null || field.textProperty().isBound()) {
                return;
            }
            String clean = TextIn.typed(now);
            if (!clean.equals(now)) {
                int caret = field.getCaretPosition();
                field.setText(clean);
                field.positionCaret(Math.max(0, Math.min(clean.length(), caret - (now.length() - clean.length()))));
            }
        });
    }

    /**
     * Tab (with or without Shift) becomes Ctrl+Tab, the text area's own key for moving to the next (previous) field,
     * unless a screen already took the key for a move of its own.
     */
    private static void tabMovesOn(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.TAB || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                    || event.isConsumed()) {
                return;
            }
            event.consume();
            area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, event.getCharacter(), event.getText(), KeyCode.TAB,
                    event.isShiftDown(), true, false, false));
        });
    }

    /** Installs the filter on every text field and area under {@code root}. */
    public static void cleanAll(Node root) {
        if (root instanceof TextInputControl field) {
            clean(field);
        }
        if (root instanceof Parent parent && !(root instanceof TextInputControl)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                cleanAll(child);
            }
        }
        if (root instanceof SplitPane split) {
            split.getItems().forEach(TypedText::cleanAll);
        }
        if (root instanceof ScrollPane scroll && scroll.getContent() != null) {
            cleanAll(scroll.getContent());
        }
        if (root instanceof TabPane tabs) {
            tabs.getTabs().stream().filter(t -> t.getContent() != null).forEach(t -> cleanAll(t.getContent()));
        }
        if (root instanceof TitledPane titled && titled.getContent() != null) {
            cleanAll(titled.getContent());
        }
        if (root instanceof ToolBar bar) {
            bar.getItems().forEach(TypedText::cleanAll);
        }
    }
}
