package org.cutri.draft;

import java.time.LocalDate;

/** A comment as typed, before the service checks and cleans it. */
public record CommentDraft(int sectionId, Stance stance, String content, Integer people, SourceKind sourceKind,
        String sourceName, LocalDate commentDate, Integer hamletId, Integer meetingId) {
}
