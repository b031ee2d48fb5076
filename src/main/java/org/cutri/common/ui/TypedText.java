package org.cutri.common.ui;

import java.util.function.UnaryOperator;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;

import org.cutri.common.text.TextIn;

/**
 * Keeps control characters out of what is typed or pasted into the program's text fields ({@link TextIn}: a
 * pasted right-to-left override, NUL or escape never reaches the field, so never the database or a report).
 * {@link Views#load} installs it on every field of every screen; the services clean the text again before
 * storing it.
 */
public final class TypedText {

    /** The filter: the inserted text without control characters (CR as LF). */
    static final UnaryOperator<TextFormatter.Change> FILTER = change -> {
        if (change.isContentChange()) {
            String text = change.getText();
            String clean = TextIn.stripControls(text);
            if (!clean.equals(text)) {
                int caret = change.getRangeStart() + clean.length();
                change.setText(clean);
                change.selectRange(caret, caret);
            }
        }
        return change;
    };

    private TypedText() {
    }

    /** Installs the filter on the field unless it already has a formatter of its own. */
    public static void clean(TextInputControl field) {
        if (field.getTextFormatter() == null) {
            field.setTextFormatter(new TextFormatter<>(FILTER));
        }
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
