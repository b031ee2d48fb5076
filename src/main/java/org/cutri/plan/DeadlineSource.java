package org.cutri.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Work outside the plans that has deadlines (public-sentiment periods, draft comments, conferences) tells the duty
 * calendar about them through this. Registered once on the {@link DutyCalendar} when the data opens.
 */
@FunctionalInterface
public interface DeadlineSource {

    /** The deadlines not yet met, dated up to {@code until} (overdue ones included). */
    List<Deadline> openDeadlines(LocalDate until);

    /**
     * The deadlines not yet met as the calendar at {@code today} shows them, dated up to {@code until}. A source whose
     * work grows stale (a contact round long past) leaves out what is no longer worth reminding of; by default, as
     * {@link #openDeadlines(LocalDate)}.
     */
    default List<Deadline> openDeadlines(LocalDate today, LocalDate until) {
        return openDeadlines(until);
    }
}
