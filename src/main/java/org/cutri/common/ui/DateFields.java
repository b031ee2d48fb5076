package org.cutri.common.ui;

import java.time.LocalDate;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import org.cutri.common.text.DateText;

/**
 * Binds a date picker to the text a view-model keeps for a date (dd/MM/yyyy, read by {@link DateText}).
 * The view-model keeps the typed text, so a wrong date is explained instead of silently dropped: the
 * picker never wipes or rewrites what is being typed. When the field is left (or Enter is pressed) a
 * date it can read is written out in full: "28/11" becomes "28/11/2026" in the year of the context.
 */
public final class DateFields {

    private DateFields() {
    }

    /** A date that must be typed with its year. */
    public static void bind(DatePicker picker, StringProperty text) {
        bind(picker, text, null);
    }

    /** A date that may be typed without its year: {@code near} gives it (may hold null: year needed). */
    public static void bind(DatePicker picker, StringProperty text, ObservableValue<DateText.Near> near) {
        picker.setPromptText("dd/mm/yyyy");
        boolean[] fromText = {false};
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                // With no date read, show what was typed (a wrong date stays visible with its message).
                return date == null ? textOf(text) : DateText.format(date);
            }

            @Override
            public LocalDate fromString(String string) {
                return DateText.parse(string, contextOf(near)).orElse(null);
            }
        });
        picker.getEditor().setText(textOf(text));
        picker.setValue(DateText.parse(textOf(text), contextOf(near)).orElse(null));
        // Leaving the field (or pressing Enter) with a text that is no date: the picker's value becomes null, and its
        // skin then empties the field (it never asks the converter for null). The text typed is put back, so it
        // stays with its message and a save cannot take the blank for "no date" and wipe the stored date.
        String[] unreadable = {null};
        picker.getEditor().textProperty().addListener((obs, old, now) -> {
            if (now.isEmpty() && !fromText[0]) {
                String typed = unreadable[0] != null ? unreadable[0]
                        : !picker.isFocused() && DateText.parse(old, contextOf(near)).isEmpty() ? old : "";
                unreadable[0] = null;
                if (!typed.isBlank()) {
                    picker.getEditor().setText(typed);
                    return;
                }
            }
            if (!now.equals(text.get())) {
                text.set(now);
            }
        });
        picker.valueProperty().addListener((obs, old, now) -> {
            if (!fromText[0] && now == null && !textOf(text).isBlank()) {
                unreadable[0] = textOf(text);
                Platform.runLater(() -> unreadable[0] = null);
            }
            if (!fromText[0] && now != null && !DateText.format(now).equals(text.get())) {
                text.set(DateText.format(now));
            }
        });
        text.addListener((obs, old, now) -> {
            String value = now == null ? "" : now;
            if (value.equals(picker.getEditor().getText())) {
                // Typed in the field: the picker takes it over when the field is left or Enter is pressed.
                // Setting its value now would rewrite the text under the cursor ("28/11" to "28/11/2026").
                return;
            }
            fromText[0] = true;
            try {
                picker.getEditor().setText(value);
                picker.setValue(DateText.parse(value, contextOf(near)).orElse(null));
            } finally {
                fromText[0] = false;
            }
        });
    }

    private static String textOf(StringProperty text) {
        return text.get() == null ? "" : text.get();
    }

    private static DateText.Near contextOf(ObservableValue<DateText.Near> near) {
        return near == null ? null : near.getValue();
    }
}
