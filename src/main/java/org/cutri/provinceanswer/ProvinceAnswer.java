package org.cutri.provinceanswer;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.cutri.answer.AnswerResult;
import org.cutri.opinion.OpinionStatus;

/**
 * Where the province's follow-up of one commune opinion stands (a row of {@code province_answer}): forwarded to an
 * agency with a due date, answered (agency, letter, date, text, result) or redirected elsewhere. An opinion never
 * followed up at the province has {@link #NONE}: mới, version 0.
 *
 * @param dueDate from the deadline rule set in force on the forwarding date ({@link org.cutri.answer.AnswerRules})
 * @param updatedAt when it was last changed; null for {@link #NONE}
 * @param version raised by each change; an edit made from an older version is refused (another user changed it)
 */
public record ProvinceAnswer(OpinionStatus status, String forwardAgency, String forwardLetterNo, LocalDate forwardDate,
        LocalDate dueDate, String answerAgency, String answerLetterNo, LocalDate answerDate, String answerText,
        AnswerResult result, String redirectedTo, LocalDateTime updatedAt, int version) {

    /** No follow-up stored yet. */
    public static final ProvinceAnswer NONE = new ProvinceAnswer(OpinionStatus.NEW, null, null, null, null, null, null,
            null, null, null, null, null, 0);

    public boolean forwarded() {
        return forwardDate != null;
    }

    public boolean answered() {
        return status == OpinionStatus.ANSWERED;
    }

    /** Forwarded, neither answered nor redirected, and its due date passed before {@code day}. */
    public boolean overdueOn(LocalDate day) {
        return dueDate != null && status != OpinionStatus.ANSWERED && status != OpinionStatus.NOT_COMPETENT
                && dueDate.isBefore(day);
    }

    ProvinceAnswer withStatus(OpinionStatus newStatus) {
        return new ProvinceAnswer(newStatus, forwardAgency, forwardLetterNo, forwardDate, dueDate, answerAgency,
                answerLetterNo, answerDate, answerText, result, redirectedTo, updatedAt, version);
    }
}
