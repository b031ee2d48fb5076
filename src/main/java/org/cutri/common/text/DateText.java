package org.cutri.common.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as Vietnamese offices write them: dd/MM/yyyy (typing 5/6/2026 is accepted too). */
public final class DateText {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LENIENT_INPUT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DateText() {
    }

    /** "05/06/2026"; empty for {@code null}. */
    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * Parses a date typed as dd/MM/yyyy or d/M/yyyy (also with '.' or '-' between the parts).
     * Impossible dates such as 31/02/2026 give an empty result.
     */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = text.strip().replace('.', '/').replace('-', '/');
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(normalized, LENIENT_INPUT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** "14:30"; empty for {@code null}. */
    public static String format(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }
}
