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
 */
public record ReportOpinion(String code, String commune, String hamlet, String content, String kind, String field,
        Authority authority, String authorityBody, boolean approved, boolean answeredAtMeeting, String answeredBy,
        String answerText, String speakerName, String groupKey, String groupWording) {
}
