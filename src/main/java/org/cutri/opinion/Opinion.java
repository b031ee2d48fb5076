package org.cutri.opinion;

/**
 * A voter's opinion, petition or reflection raised at a meeting.
 *
 * @param code a short code kept from an import or given by the program ("YK2-041")
 * @param seq its order within the meeting
 * @param hamletId the hamlet of the voters who raised it (for a meeting of several hamlets)
 * @param speakerName only with the person's agreement ({@code speakerConsent}); null means anonymous
 * @param votesFor votes for it when the meeting voted; with {@code votersPresent} it decides {@code approved}
 * @param approved false when the majority did not approve it: kept, but left out of the compilation
 * @param version how many edits were stored: an edit is stored only over the version its editor loaded (V9_6)
 */
public record Opinion(int id, String code, int meetingId, Integer hamletId, int seq, String content, OpinionKind kind,
        Integer fieldId, Authority authority, String authorityBody, String speakerName, boolean speakerConsent,
        Integer votesFor, Integer votersPresent, boolean approved, boolean answeredAtMeeting, String answeredBy,
        String answerText, OpinionStatus status, int version) {
}
