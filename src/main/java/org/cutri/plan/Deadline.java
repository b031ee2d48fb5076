package org.cutri.plan;

import java.time.LocalDate;

/**
 * A date the office must keep that belongs to other work than a plan's duty: a public-sentiment report due, the
 * comments on a draft due to the level above, papers due before a conference. It is shown on the duty calendar beside
 * the plans' duties and is done on its own screen (the calendar opens it there).
 *
 * @param due the date
 * @param owner how the work it belongs to is named (the period, the draft, the conference)
 * @param what what must be done by then
 * @param leadUnit who does it; may be empty
 * @param work the screen where it is done
 * @param sourceId the record there (the period, the draft, the conference), or null
 */
public record Deadline(LocalDate due, String owner, String what, String leadUnit, DutyWork work, Integer sourceId) {

    /** The deadline as the calendar's rows hold it: a duty of no plan (id 0, plan 0), open. */
    PlanDuty asDuty() {
        return new PlanDuty(0, 0, 0, what, leadUnit == null ? "" : leadUnit, "", null, due, null, DutyStatus.OPEN,
                null, null, work, sourceId);
    }
}
