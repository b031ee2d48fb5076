package org.cutri.opinion;

/**
 * One entry of a filter box: a value and how it is shown; a {@code null} value means "all".
 */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
