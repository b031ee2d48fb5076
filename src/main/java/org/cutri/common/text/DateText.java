package org.cutri.common.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cutri.common.i18n.Messages;

/**
 * Dates as Vietnamese offices write them: dd/MM/yyyy. The one date parser of the program: every date
 * field reads its text here and explains a wrong one here.
 *
 * <p>What is accepted: {@code 05/06/2026}, {@code 5/6/2026}, {@code 5.6.2026}, {@code 5-6-2026}, a
 * two-digit year ({@code 5/6/26} is 2026), and a date without its year ({@code 28/11}) when the field
 * has a context: the term, round or session it belongs to ({@link Near}).
 *
 * <p>The year of a date typed without one: the year that puts the day inside the context's span of
 * days, or else nearest to it; between two equally near years, the earlier. A session's date typed in
 * a term's form lies near the term's latest session; a round's dates lie near its session, so "03/01"
 * typed for a round around 28/12/2026 is 03/01/2027, and "28/12" is 28/12/2026.
 */
public final class DateText {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private static final Pattern PARTS = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{2}|\\d{4}))?");
    /** A date in figures inside running text, its year in four digits: "12/8/2026", never "146/UBND" or "1/2". */
    private static final Pattern IN_TEXT = Pattern.compile("(?<![\\d/.-])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    /** "ngày 05 tháng 9 năm 2026", folded: "ngay 05 thang 9 nam 2026" ("ngày" may be left out). */
    private static final Pattern WORDS = Pattern.compile("(?:ngay )?(\\d{1,2}) thang (\\d{1,2}) nam (\\d{4})");

    /**
     * The span of days a date typed without its year belongs near: a single day (the session's opening)
     * or a span (a round's meeting days, a term's years).
     */
    public record Near(LocalDate from, LocalDate to) {

        public Near {
            if (from == null || to == null || to.isBefore(from)) {
                throw new IllegalArgumentException("A context needs from <= to: " + from + ", " + to);
            }
        }

        /** Near one day; null when the day is not known (then a date needs its year). */
        public static Near day(LocalDate day) {
            return day == null ? null : new Near(day, day);
        }

        /** Within a span; the end may be missing (then near the start); null when the start is missing. */
        public static Near span(LocalDate from, LocalDate to) {
            if (from == null) {
                return day(to);
            }
            return to == null || to.isBefore(from) ? day(from) : new Near(from, to);
        }

        /** The whole calendar years of a term (2026–2031). */
        public static Near years(int first, int last) {
            return new Near(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
        }

        long distanceTo(LocalDate date) {
            if (date.isBefore(from)) {
                return ChronoUnit.DAYS.between(date, from);
            }
            return date.isAfter(to) ? ChronoUnit.DAYS.between(to, date) : 0;
        }
    }

    private DateText() {
    }

    /** "05/06/2026"; empty for {@code null}. */
    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * The text with each date in figures written as {@link #format(LocalDate)} writes it: "trước ngày 15/9/2026"
     * becomes "trước ngày 15/09/2026", so a document quoting a letter or a voter dates as it dates itself. What is not
     * a real date (31/2/2026, part of a number such as 5/2/2026/QĐ) is left as it is; null stays null.
     */
    public static String normaliseInText(String text) {
        if (text == null || text.indexOf('/') < 0) {
            return text;
        }
        Matcher m = IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Optional<LocalDate> date = of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)));
            m.appendReplacement(out, Matcher.quoteReplacement(date.map(DateText::format).orElse(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "14:30"; empty for {@code null}. */
    public static String format(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** Reads a date written with its year; impossible dates such as 31/02/2026 give an empty result. */
    public static Optional<LocalDate> parse(String text) {
        return parse(text, null);
    }

    /** Reads a date; one written without its year takes the year the context gives (none without context). */
    public static Optional<LocalDate> parse(String text, Near near) {
        Matcher m = matcher(text);
        if (m == null) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            return of(year(m.group(3)), month, day);
        }
        if (near == null || month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        LocalDate best = null;
        for (int year = near.from().getYear() - 1; year <= near.to().getYear() + 1; year++) {
            Optional<LocalDate> candidate = of(year, month, day);
            if (candidate.isPresent() && (best == null || near.distanceTo(candidate.get()) < near.distanceTo(best))) {
                best = candidate.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Reads a date written with its year, in figures ({@link #parse(String)}) or in words as letters date themselves
     * ("ngày 05 tháng 9 năm 2026", "5 tháng 9 năm 2026"; case and diacritics ignored).
     */
    public static Optional<LocalDate> parseWithWords(String text) {
        Optional<LocalDate> figures = parse(text);
        if (figures.isPresent() || text == null) {
            return figures;
        }
        Matcher m = WORDS.matcher(VietText.fold(text.replaceAll("[.,;]", " ")));
        return m.matches() ? of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                : Optional.empty();
    }

    /** True when the text is a day and month without a year ("28/11"). */
    public static boolean lacksYear(String text) {
        Matcher m = matcher(text);
        return m != null && m.group(3) == null;
    }

    /**
     * What is wrong with a typed date, in plain words, or null when it is a real date (or empty and not
     * required). "31/02/2026" is not a format error but a day February 2026 does not have.
     */
    public static String error(String text, boolean required, Near near, Messages messages) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return required ? messages.get("common.date.required") : null;
        }
        if (parse(typed, near).isPresent()) {
            return null;
        }
        Matcher m = matcher(typed);
        if (m == null) {
            return messages.get("common.date.format", typed);
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return messages.get("common.date.noMonth", typed);
        }
        if (m.group(3) == null && near == null) {
            return messages.get("common.date.noYear", typed);
        }
        if (m.group(3) == null) {
            int longest = MonthDay.of(month, 1).getMonth().maxLength();
            // 29/02 with no leap year near the context: ask for the year.
            return day < 1 || day > longest
                    ? messages.get("common.date.noDayInMonth", typed, String.valueOf(month), String.valueOf(longest))
                    : messages.get("common.date.noYear", typed);
        }
        int year = year(m.group(3));
        return messages.get("common.date.noDay", typed, String.valueOf(month), String.valueOf(year),
                String.valueOf(YearMonth.of(year, month).lengthOfMonth()));
    }

    private static Matcher matcher(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PARTS.matcher(text.strip());
        return m.matches() ? m : null;
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
