package org.cutri.answer;

import java.time.LocalDate;

import org.cutri.opinion.OpinionStatus;

/**
 * Where one opinion's follow-up stands: the status and every letter and date of it. An opinion never followed up
 * yet has {@link #none(int, OpinionStatus)}: status only.
 *
 * @param ruleSetId the deadline rule set in force on the forwarding date (kept: a later set never moves the date)
 * @param version raised by each change; an edit made from an older version is refused (another user changed it)
 */
public record FollowUp(int opinionId, OpinionStatus status, String forwardAgency, String forwardLetterNo,
        LocalDate forwardDate, Integer ruleSetId, LocalDate dueDate, String answerAgency, String answerLetterNo,
        LocalDate answerDate, String answerText, AnswerResult result, Assessment assessment, String assessmentNote,
        String redirectedTo, AnswerSource source, int version) {

    /** An opinion with no follow-up stored yet. */
    public static FollowUp none(int opinionId, OpinionStatus status) {
        return new FollowUp(opinionId, status, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, 0);
    }

    public boolean forwarded() {
        return forwardDate != null;
    }

    public boolean answered() {
        return status == OpinionStatus.ANSWERED;
    }

    /** Forwarded, not answered, and its due date passed before {@code day}. */
    public boolean overdueOn(LocalDate day) {
        return dueDate != null && answerDate == null && status != OpinionStatus.ANSWERED
                && status != OpinionStatus.NOT_COMPETENT && dueDate.isBefore(day);
    }

    /** Answered by its due date (or answered with no due date). */
    public boolean answeredOnTime() {
        return answered() && answerDate != null && (dueDate == null || !answerDate.isAfter(dueDate));
    }

    /** Answered after its due date. */
    public boolean answeredLate() {
        return answered() && answerDate != null && dueDate != null && answerDate.isAfter(dueDate);
    }
}
