package org.cutri.plan;

/** Where a duty stands on the calendar at a given day. */
public enum DueState {
    /** Its date has passed and it is not done (quá hạn). */
    OVERDUE,
    /** Due from today to the end of this week (Sunday). */
    THIS_WEEK,
    /** Due after this week, within the next 30 days. */
    NEXT_DAYS,
    /** Due later, or without a date. */
    LATER,
    /** Done. */
    DONE
}
