package org.cutri.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cutri.common.text.DateText;

/** How meeting days and times are written on screens and in the schedule: "Thứ Tư, 02/12/2026", "19:30". */
public final class MeetingText {

    /** 8 · 8:30 · 8.30 · 8h · 8h30 · 19g30 · 8 giờ · 8 giờ 30 (phút). */
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})(?:\\s*(?:[:.hHgG]|giờ|gio)\\s*(?:(\\d{2})\\s*(?:phút|phut)?)?)?");
    /** 830 · 0830 · 1930: hours and minutes run together. */
    private static final Pattern RUN_TOGETHER = Pattern.compile("(\\d{1,2})(\\d{2})");

    private MeetingText() {
    }

    /** "Thứ Hai" … "Thứ Bảy", "Chủ nhật": for the printed schedule; screens use {@code Messages.weekday}. */
    public static String weekday(LocalDate date) {
        return weekday(date.getDayOfWeek());
    }

    public static String weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "Thứ Hai";
            case TUESDAY -> "Thứ Ba";
            case WEDNESDAY -> "Thứ Tư";
            case THURSDAY -> "Thứ Năm";
            case FRIDAY -> "Thứ Sáu";
            case SATURDAY -> "Thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    /** The weekday mid-sentence: "thứ Tư" ("… 11 giờ 00, thứ Ba, ngày …"), "Chủ nhật" as it is. */
    public static String weekdayInSentence(LocalDate date) {
        String weekday = weekday(date);
        return weekday.startsWith("Thứ") ? "t" + weekday.substring(1) : weekday;
    }

    /** "Thứ Tư, 02/12/2026". */
    public static String dayWithWeekday(LocalDate date) {
        return date == null ? "" : weekday(date) + ", " + DateText.format(date);
    }

    /** "08:00 – 10:30", "19:30" when there is no end, empty without a start. */
    public static String timeRange(LocalTime start, LocalTime end) {
        if (start == null) {
            return "";
        }
        return end == null ? DateText.format(start) : DateText.format(start) + " – " + DateText.format(end);
    }

    /**
     * Reads a time as the office types it, the one time grammar of the program: 08:00, 8:00, 8.00, 8h, 8h30,
     * 19g30, 8 giờ 30, 830 or 8. Empty when it is not a time of day.
     */
    public static Optional<LocalTime> parseTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        Matcher m = TIME.matcher(typed);
        if (!m.matches()) {
            m = RUN_TOGETHER.matcher(typed);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
