package org.cutri.round;

import java.time.LocalDate;

/** What the user typed for a round, before it is stored. */
public record RoundDraft(Integer sessionId, RoundKind kind, String name, LocalDate deploymentDate,
        String deploymentVenue, LocalDate startDate, LocalDate endDate, LocalDate handinDeadline,
        LocalDate compilationDate, LocalDate sessionDate, LocalDate planDate) {
}
