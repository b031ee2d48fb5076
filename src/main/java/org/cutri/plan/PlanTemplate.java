package org.cutri.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cutri.common.text.DateText;

/**
 * What a new plan of a kind starts with: the sections' standard text (editable afterwards) and its typical duties.
 *
 * @param subject the subject line (trích yếu)
 * @param purpose section I
 * @param content section II's opening text
 * @param organisation section III
 * @param recipients Nơi nhận, one per line
 */
public record PlanTemplate(String subject, String purpose, String content, String organisation, String recipients,
        List<DutyTemplate> duties) {

    public PlanTemplate {
        duties = List.copyOf(duties);
    }

    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b");
    /** Anything written like a date (day/month, with or without a year), to check the deadlines typed. */
    private static final Pattern DATE_LIKE = Pattern.compile("(?<![\\d/])\\d{1,2}/\\d{1,2}(?:/\\d+)?(?![\\d/])");

    /**
     * A typical duty. Its dates count from an anchor: the plan's date, or the incoming plan's deadline number
     * {@code deadline} (0 the first date written in its deadlines, 1 the second …) when it has one, else the plan's
     * date plus {@code fallbackDays}.
     *
     * @param deadline -1 to count from the plan's date
     * @param from days from the anchor to its start, or null
     * @param until days from the anchor to its deadline, or null
     * @param report days from the anchor to its report, or null
     */
    public record DutyTemplate(String what, String lead, String joins, int deadline, int fallbackDays, Integer from,
            Integer until, Integer report, DutyWork work) {

        /** The duty with its dates for a plan of this date implementing a plan with these deadlines. */
        public DutyDraft draft(LocalDate planDate, List<LocalDate> deadlines) {
            LocalDate anchor = deadline < 0 ? planDate
                    : deadline < deadlines.size() ? deadlines.get(deadline) : planDate.plusDays(fallbackDays);
            return new DutyDraft(what, lead, joins, plus(anchor, from), plus(anchor, until), plus(anchor, report), work,
                    null);
        }

        private static LocalDate plus(LocalDate anchor, Integer days) {
            return days == null ? null : anchor.plusDays(days);
        }
    }

    /**
     * The first thing in an incoming plan's deadlines that looks like a date but is not one {@link #deadlinesIn} reads
     * (31/02/2026, 10/5 without its year, 10/5/26), or null. Such a date would be skipped and the dates after it taken
     * for the wrong deadlines.
     */
    public static String unreadableDeadline(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE_LIKE.matcher(text);
        while (m.find()) {
            if (!DATE.matcher(m.group()).matches() || DateText.parse(m.group()).isEmpty()) {
                return m.group();
            }
        }
        return null;
    }

    /** The dates written in an incoming plan's deadlines ("… trước ngày 14/5/2026; … 24/5/2026"), in their order. */
    public static List<LocalDate> deadlinesIn(String text) {
        List<LocalDate> dates = new ArrayList<>();
        if (text == null) {
            return dates;
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            DateText.parse(m.group()).ifPresent(dates::add);
        }
        return dates;
    }
}
