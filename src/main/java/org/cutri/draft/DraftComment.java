package org.cutri.draft;

import java.time.LocalDate;

/**
 * A comment on a section of a draft (ý kiến góp ý).
 *
 * @param people how many people it speaks for (those at the meeting who agreed with it, or 1)
 * @param sourceName the meeting, hamlet, organisation or person it comes from, as written
 * @param commentDate when it was given; may be null
 */
public record DraftComment(int id, int draftId, int sectionId, Stance stance, String content, int people,
        SourceKind sourceKind, String sourceName, LocalDate commentDate, Integer hamletId, Integer meetingId) {
}
