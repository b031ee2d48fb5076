package org.cutri.plan;

/**
 * The kinds of plan the office writes, each with its template ({@link PlanTemplates}): the sections as the seed plans
 * word them and the duties they usually give, with dates relative to the plan's date or to the deadlines of the plan
 * received from the level above.
 */
public enum PlanKind {
    /** Deputies meet the voters before or after a session (kế hoạch tiếp xúc cử tri). */
    VOTER_CONTACT,
    /** Propaganda and public sentiment before, during and after an election, with three report deadlines. */
    ELECTION_SENTIMENT,
    /** Public sentiment around Party congresses, monthly and milestone reports. */
    CONGRESS_SENTIMENT,
    /** Compiling the people's comments on draft documents (góp ý dự thảo văn kiện). */
    DRAFT_COMMENTS,
    /** Organising a summary conference (hội nghị tổng kết). */
    SUMMARY_CONFERENCE,
    /** A plan of any other kind: the sections' headings only. */
    FREE
}
