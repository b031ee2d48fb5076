package org.cutri.report;

import java.time.LocalDate;

/**
 * Where a round stands when its report is made: a report dated before the round's last meeting, or while
 * meetings are still not held, is early, and the secretary chooses to mark it DỰ THẢO or to date it on the
 * round's hand-in day.
 *
 * @param lastDay the round's last day (its end date or its last meeting, whichever is later); may be null
 * @param handIn the day the report is due (the hand-in deadline, else the compilation date); may be null
 */
public record ReportTiming(int meetingsPlanned, int meetingsNotHeld, LocalDate lastDay, LocalDate handIn) {

    /** True when a report made on {@code day} would come before the round is over. */
    public boolean early(LocalDate day) {
        return meetingsNotHeld > 0 || lastDay != null && day.isBefore(lastDay);
    }
}
