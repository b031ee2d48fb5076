package org.cutri.council;

import java.time.LocalDate;

/** A council session (kỳ họp): body, term, course (khóa), number, regular or thematic, dates. */
public record CouncilSession(int id, int termId, CouncilLevel level, String course, int number, SessionKind kind,
        LocalDate startDate, LocalDate endDate) {
}
