package org.cutri.answer;

import org.cutri.opinion.Authority;

/**
 * A round's follow-up in numbers, for one authority (or all when {@code authority} is null). Each counts issues:
 * a same-issue group counts once.
 *
 * @param received approved issues of the round
 * @param forwarded issues sent to an agency
 * @param answeredOnTime answered by their due date
 * @param answeredLate answered after it
 * @param overdue forwarded, not answered, past their due date on the day asked
 * @param satisfactory answers the Front assessed thỏa đáng
 */
public record FollowUpCounts(Authority authority, int received, int forwarded, int answeredOnTime, int answeredLate,
        int overdue, int satisfactory) {

    public FollowUpCounts plus(FollowUpCounts other) {
        return new FollowUpCounts(null, received + other.received, forwarded + other.forwarded,
                answeredOnTime + other.answeredOnTime, answeredLate + other.answeredLate, overdue + other.overdue,
                satisfactory + other.satisfactory);
    }
}
