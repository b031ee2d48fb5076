package org.cutri.answer.importing;

import java.time.LocalDate;

import org.cutri.opinion.OpinionStatus;

/**
 * What one row of an answer list can answer, whichever office imports it: an issue of a commune's round (an approved
 * opinion or an accepted group), or an issue the province follows up (an opinion of a commune, a commune's group, or
 * a group made at the province across communes). The import checks a row against it and stores the answer on it.
 *
 * @param key the identity for the office that owns it (the commune's lead opinion id, the province's issue key)
 * @param code the code shown for the issue: its first opinion's
 * @param places the communes that raised it, for the preview at the province; "" at the commune
 * @param content the group's wording or the opinion's text, compared with a row's "Nội dung ý kiến"
 * @param raisedOn the latest meeting day of its opinions, before which no answer may be dated (null when unknown)
 * @param status where its follow-up stands
 * @param forwardDate when it was forwarded (null when not)
 * @param redirectedTo where it was redirected when not within competence, else null
 * @param answerAgency the stored answer's agency (null when not answered), and so on
 */
public record AnswerTarget(String key, String code, String places, String content, String fieldName,
        LocalDate raisedOn, OpinionStatus status, LocalDate forwardDate, String redirectedTo, String answerAgency,
        String answerLetterNo, LocalDate answerDate, String answerText) {

    public boolean answered() {
        return status == OpinionStatus.ANSWERED;
    }
}
