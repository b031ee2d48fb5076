package org.cutri.opinion;

import java.time.LocalDate;

/** An opinion as the all-opinions list shows it, with its round, meeting and hamlet names. */
public record OpinionListItem(int id, String code, int roundId, String roundName, int meetingId, LocalDate meetingDate,
        Integer hamletId, String hamletName, String content, OpinionKind kind, Integer fieldId, String fieldName,
        Authority authority, String authorityBody, boolean approved, OpinionStatus status) {
}
