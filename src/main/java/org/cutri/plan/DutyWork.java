package org.cutri.plan;

/**
 * The screen of the program where the work a duty needs is done: opening such a duty from the calendar goes there
 * instead of to its plan. Stored in {@code plan_duty.source_kind}.
 */
public enum DutyWork {
    /** The contact rounds and their schedule. */
    ROUNDS,
    /** The minutes of the hamlet meetings. */
    MINUTES,
    /** The compiled report of a round. */
    REPORTS,
    /** The follow-up of the answers. */
    ANSWERS,
    /** The public-sentiment reports, at a period. */
    SENTIMENT,
    /** The comments on a draft document. */
    DRAFT_COMMENTS,
    /** A summary conference. */
    CONFERENCES
}
