package org.cutri.common.ui;

import java.time.LocalDate;

import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import org.cutri.common.text.DateText;

/**
 * Date entry as dd/MM/yyyy. The view-model keeps the typed text (so a wrong date can be shown as an
 * error instead of being silently dropped); the picker's calendar writes the same text.
 */
public final class DateFields {

    private DateFields() {
    }

    public static void bind(DatePicker picker, StringProperty text) {
        picker.setPromptText("dd/mm/yyyy");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return DateText.format(date);
            }

            @Override
            public LocalDate fromString(String string) {
                return DateText.parse(string).orElse(null);
            }
        });
        picker.getEditor().setText(text.get());
        picker.getEditor().textProperty().addListener((obs, old, now) -> {
            if (!now.equals(text.get())) {
                text.set(now);
            }
        });
        picker.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !DateText.format(now).equals(text.get())) {
                text.set(DateText.format(now));
            }
        });
        text.addListener((obs, old, now) -> {
            String value = now == null ? "" : now;
            if (!value.equals(picker.getEditor().getText())) {
                picker.getEditor().setText(value);
            }
            picker.setValue(DateText.parse(value).orElse(null));
        });
    }
}
