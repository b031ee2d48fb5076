package org.cutri.plan;

import java.time.LocalDate;

/**
 * A duty of a plan (việc phải làm): what, who leads, who joins, its dates, and whether it was done.
 *
 * @param position its place in the plan, from 1
 * @param fromDate when it starts; may be null
 * @param untilDate by when it must be done (hạn); may be null
 * @param reportDue by when its report is due; may be null
 * @param doneDocument the document that fulfilled it ("Báo cáo số 12/BC-MTTQ-BTT"), when done
 * @param work the screen where its work is done, or null
 * @param sourceId the record of that work (a round), or null
 */
public record PlanDuty(int id, int planId, int position, String what, String leadUnit, String joins,
        LocalDate fromDate, LocalDate untilDate, LocalDate reportDue, DutyStatus status, LocalDate doneOn,
        String doneDocument, DutyWork work, Integer sourceId) {

    /**
     * The day the calendar files the duty under: its deadline, else its report's, else its start. Null for a duty
     * without any date.
     */
    public LocalDate dueDate() {
        return untilDate != null ? untilDate : reportDue != null ? reportDue : fromDate;
    }

    public boolean done() {
        return status == DutyStatus.DONE;
    }

    /** The duty's fields, to edit. */
    public DutyDraft draft() {
        return new DutyDraft(what, leadUnit, joins, fromDate, untilDate, reportDue, work, sourceId);
    }
}
