package org.cutri.answer;

import java.time.LocalDate;
import java.util.List;

import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionStatus;

/**
 * One issue to follow up: an approved opinion, or a same-issue group the secretary accepted (one answer serves every
 * hamlet in it). Its follow-up is its first opinion's; the program writes every change on all of its opinions.
 *
 * @param opinionIds its opinions, the first one leading (earliest meeting)
 * @param codes their codes, in the same order
 * @param groupId the accepted group, or null for a single opinion
 * @param roundId the round it was raised in
 * @param raisedOn the meeting day of its first opinion (the earliest)
 * @param lastRaisedOn the latest meeting day of its opinions: no forwarding or answer may be dated before it (a group's
 *         answer serves hamlets that met later than the first)
 * @param content the group's wording or the opinion's text
 * @param hamlets the hamlets that raised it, without repeats
 * @param reaction the voters' reaction the last time its answer was read back, or null
 * @param carriedOver true when listed in a later round than its own because it is not resolved (tồn đọng)
 * @param raisedTimes how many rounds raised it: 1, or more when a later opinion was linked as "raised again"
 * @param firstRaisedOn the meeting day it was first raised
 */
public record FollowUpIssue(List<Integer> opinionIds, List<String> codes, Integer groupId, int roundId, String roundName,
        LocalDate raisedOn, LocalDate lastRaisedOn, String content, List<String> hamlets, String fieldName,
        Authority authority, String authorityBody, FollowUp followUp, Assessment reaction, boolean carriedOver,
        int raisedTimes, LocalDate firstRaisedOn) {

    public int leadId() {
        return opinionIds.get(0);
    }

    /** The code the command line and the documents give the issue: its first opinion's. */
    public String code() {
        return codes.get(0);
    }

    /** The status shown: tồn đọng when carried into a later round, otherwise the stored one. */
    public OpinionStatus shownStatus() {
        return carriedOver ? OpinionStatus.PENDING : followUp.status();
    }

    /**
     * Whether nothing is left to do: redirected elsewhere, or answered and neither the Front nor (when the Front has
     * not judged) the voters found the answer unsatisfactory.
     */
    public boolean resolved() {
        return FollowUpService.resolved(followUp, reaction);
    }

    public boolean overdueOn(LocalDate day) {
        return followUp.overdueOn(day);
    }
}
