package org.cutri.province;

import java.time.LocalDate;

/**
 * An opinion of one commune's round as the province holds it, with the commune's and the round's names, for
 * the consolidated list.
 */
public record ConsolidatedOpinion(String communeCode, String communeName, int roundKey, String roundName,
        String roundKind, LocalDate meetingDate, String code, int meetingKey, int seq, String hamletName,
        String content, String kind, String fieldName, String authority, String authorityBody, boolean approved,
        String status) {
}
