package org.cutri.round;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cutri.common.i18n.Messages;
import org.cutri.common.text.DateText;

/**
 * A date typed as dd/MM/yyyy and, when it is wrong, why: "31/02/2026" is a day February 2026 does not
 * have, not a format error. Used by the round and meeting forms.
 */
public final class DateEntry {

    private static final Pattern PARTS = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private DateEntry() {
    }

    public static Optional<LocalDate> parse(String text) {
        return DateText.parse(text);
    }

    /** The problem of the text, or null when it is a real date (or empty and not required). */
    public static String error(String text, boolean required, Messages messages) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return required ? messages.get("round.date.required") : null;
        }
        if (DateText.parse(typed).isPresent()) {
            return null;
        }
        Matcher m = PARTS.matcher(typed);
        if (!m.matches()) {
            return messages.get("round.date.format", typed);
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return messages.get("round.date.noMonth", typed);
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            return messages.get("round.date.noDay", typed, String.valueOf(month), String.valueOf(year),
                    String.valueOf(length));
        }
        return messages.get("round.date.format", typed);
    }
}
