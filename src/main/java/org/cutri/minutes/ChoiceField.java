package org.cutri.minutes;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;


/**
 * A text field that picks one of a list by a few letters typed without diacritics ("giao" → Giao thông,
 * "gt" too): while typing, a hint shows the best matches ("→ Giao thông · Giáo dục"); Tab, Enter or leaving
 * the field takes the best one. (No drop-down: a popup would take keys from a secretary typing fast.)
 * A text matching nothing is marked; Enter then offers it as a new entry when the list is editable.
 */
final class ChoiceField<T> {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final TextField field;
    private final Supplier<List<T>> choices;
    private final Function<T, String> label;
    private final ObjectProperty<T> value = new SimpleObjectProperty<>();
    private final String unknownHint;
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private boolean updating;

    /**
     * @param onUnknown called with the typed text when Enter is pressed on a text matching nothing; null when
     *     the list cannot grow
     */
    ChoiceField(TextField field, Supplier<List<T>> choices, Function<T, String> label, Consumer<String> onUnknown,
            String unknownHint) {
        this.field = field;
        this.choices = choices;
        this.label = label;
        value.addListener((obs, old, now) -> showValue());
        field.textProperty().addListener((obs, old, now) -> {
            if (!updating) {
                field.pseudoClassStateChanged(INVALID, false);
            }
        });
        field.textProperty().addListener((obs, old, now) -> showHint());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                resolve();
                hint.set("");
            }
        });
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                resolve();
            } else if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown()) {
                if (!resolve() && onUnknown != null && !field.getText().isBlank()) {
                    onUnknown.accept(field.getText().strip());
                    event.consume();
                }
            }
        });
        this.unknownHint = unknownHint;
    }

    /** Takes the best match of the typed text; false when the text matches nothing. */
    boolean resolve() {
        String typed = field.getText();
        if (typed == null || typed.isBlank()) {
            value.set(null);
            return true;
        }
        T current = value.get();
        if (current != null && label.apply(current).equals(typed)) {
            return true;
        }
        return ChoiceMatch.best(choices.get(), label, typed).map(found -> {
            if (found.equals(value.get())) {
                updating = true;
                field.setText(label.apply(found));
                updating = false;
            } else {
                value.set(found);
            }
            return true;
        }).orElseGet(() -> {
            field.pseudoClassStateChanged(INVALID, true);
            if (unknownHint != null) {
                field.setTooltip(new Tooltip(unknownHint));
            }
            return false;
        });
    }

    ObjectProperty<T> valueProperty() {
        return value;
    }

    /**
     * Shows the value's label in the field. Called when the value changes and when the field is bound to
     * another opinion: an equal value raises no change, yet the field must show it.
     */
    void showValue() {
        T now = value.get();
        updating = true;
        field.setText(now == null ? "" : label.apply(now));
        field.pseudoClassStateChanged(INVALID, false);
        field.setTooltip(null);
        updating = false;
    }

    /** The best matches of what is typed, while the field has the focus. */
    ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    TextField field() {
        return field;
    }

    private void showHint() {
        if (updating || !field.isFocused()) {
            hint.set("");
            return;
        }
        List<T> found = ChoiceMatch.matches(choices.get(), label, field.getText());
        if (field.getText() == null || field.getText().isBlank()) {
            hint.set("");
        } else if (found.isEmpty()) {
            hint.set(unknownHint == null ? "✗" : "✗ " + unknownHint);
        } else {
            hint.set("→ " + String.join(" · ", found.stream().limit(4).map(label).toList()));
        }
    }
}
