package org.cutri.common.ui;

import java.util.function.Function;

import javafx.util.StringConverter;

/** Display texts for choice boxes. */
public final class Converters {

    private Converters() {
    }

    /** Shows each value by its label; never parses (the boxes are not editable). */
    public static <T> StringConverter<T> labels(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
