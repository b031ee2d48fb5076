package org.cutri.council;

import java.time.LocalDate;

/**
 * What the user typed for a session (kỳ họp), before it is stored. Any part may be missing; the
 * service says which.
 *
 * @param course the council's course (khóa) in Roman numerals ("XXIII"), optional
 */
public record SessionDraft(Integer termId, CouncilLevel level, String course, Integer number, SessionKind kind,
        LocalDate startDate, LocalDate endDate) {
}
