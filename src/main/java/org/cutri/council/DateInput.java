package org.cutri.council;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cutri.common.i18n.Messages;
import org.cutri.common.text.DateText;

/**
 * Reads a date typed as dd/MM/yyyy and, when it is wrong, says plainly why: "31/02/2026" is not a
 * format error but a day February 2026 does not have.
 */
final class DateInput {

    private static final Pattern PARTS = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private DateInput() {
    }

    static Optional<LocalDate> parse(String text) {
        return DateText.parse(text);
    }

    /** The error for a required date field, or null when the text is a real date. */
    static String error(String text, Messages messages) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return messages.get("council.date.required");
        }
        if (DateText.parse(typed).isPresent()) {
            return null;
        }
        Matcher m = PARTS.matcher(typed);
        if (!m.matches()) {
            return messages.get("council.date.format", typed);
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return messages.get("council.date.noMonth", typed);
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            return messages.get("council.date.noDay", typed, String.valueOf(month), String.valueOf(year),
                    String.valueOf(length));
        }
        return messages.get("council.date.format", typed);
    }
}
