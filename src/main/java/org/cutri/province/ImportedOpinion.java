package org.cutri.province;

/** An opinion of a commune's round as the province holds it. */
public record ImportedOpinion(String communeCode, int roundKey, String code, int meetingKey, int seq,
        String hamletName, String content, String kind, String fieldName, String authority, String authorityBody,
        String speakerName, boolean approved, boolean answeredAtMeeting, String answerText, String status) {
}
