package org.cutri.plan;

import java.time.LocalDate;

/**
 * A duty as the calendar shows it: with the plan it belongs to, its date and where it stands.
 *
 * @param plan how the plan is named (its number once issued, else its subject)
 * @param due the date it is filed under ({@link PlanDuty#dueDate()}); null for a duty without a date
 * @param daysLate how many days late an overdue duty is (0 otherwise)
 */
public record CalendarEntry(PlanDuty duty, int planId, String plan, LocalDate due, DueState state, long daysLate) {

    /** Whether it is a plan's duty (done here on the calendar), not a deadline of other work (done on its screen). */
    public boolean planDuty() {
        return duty.id() > 0;
    }
}
