package org.cutri.conference;

import java.time.LocalDate;

/** A unit's task as typed; a null due date is the conference day less three days. */
public record TaskDraft(String unit, String task, String paper, LocalDate dueDate, LocalDate receivedOn,
        String receivedBy) {
}
