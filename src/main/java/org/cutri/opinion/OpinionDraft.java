package org.cutri.opinion;

/** What the user typed for an opinion, before it is stored. */
public record OpinionDraft(Integer hamletId, String content, OpinionKind kind, Integer fieldId, Authority authority,
        String authorityBody, String speakerName, boolean speakerConsent, Integer votesFor, Integer votersPresent,
        boolean answeredAtMeeting, String answeredBy, String answerText) {

    /** An anonymous opinion with only its content: the start of a new row while typing minutes. */
    public static OpinionDraft of(String content) {
        return new OpinionDraft(null, content, OpinionKind.OPINION, null, null, null, null, false, null, null, false,
                null, null);
    }
}
