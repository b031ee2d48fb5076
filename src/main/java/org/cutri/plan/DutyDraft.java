package org.cutri.plan;

import java.time.LocalDate;

/** A duty as typed (see {@link PlanDuty}). */
public record DutyDraft(String what, String leadUnit, String joins, LocalDate fromDate, LocalDate untilDate,
        LocalDate reportDue, DutyWork work, Integer sourceId) {

    /** A duty without a link to other work. */
    public DutyDraft(String what, String leadUnit, String joins, LocalDate fromDate, LocalDate untilDate,
            LocalDate reportDue) {
        this(what, leadUnit, joins, fromDate, untilDate, reportDue, null, null);
    }
}
