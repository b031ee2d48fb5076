package org.cutri.report;

import org.cutri.opinion.Authority;

/**
 * One opinion as the compiled report sees it, whatever it was read from (the commune's own round or a
 * package imported at the province).
 *
 * @param commune the commune's name at the province; null within one commune
 * @param field the field's name (lĩnh vực); null when not set
 * @param authority who must answer; null when not set
 * @param authorityBody the body that must answer when {@code authority} is {@link Authority#OTHER}
 * @param approved false when the majority did not approve it: counted, not compiled
 * @param speakerName the speaker's name, only where they agreed to be named; null otherwise
 * @param groupKey the accepted same-issue group it belongs to; null when it stands alone
 * @param groupWording the group's wording, with {@code groupKey}
 * @param voted true when the meeting's vote on it was recorded: only then may the report say the majority
 *     approved it (an opinion with no vote recorded is compiled but claims no majority)
 */
public record ReportOpinion(String code, String commune, String hamlet, String content, String kind, String field,
        Authority authority, String authorityBody, boolean approved, boolean answeredAtMeeting, String answeredBy,
        String answerText, String speakerName, String groupKey, String groupWording, boolean voted) {

    /** An opinion whose approval was decided elsewhere (a commune's package read at the province). */
    public ReportOpinion(String code, String commune, String hamlet, String content, String kind, String field,
            Authority authority, String authorityBody, boolean approved, boolean answeredAtMeeting,
            String answeredBy, String answerText, String speakerName, String groupKey, String groupWording) {
        this(code, commune, hamlet, content, kind, field, authority, authorityBody, approved, answeredAtMeeting,
                answeredBy, answerText, speakerName, groupKey, groupWording, true);
    }
}
