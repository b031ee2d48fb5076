package org.cutri.answer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.cutri.opinion.Authority;
import org.jdbi.v3.core.Handle;

/**
 * Writing follow-ups the program prepared itself (the demo's) in the caller's transaction, many at once: the due date
 * comes from the rule set in force on the forwarding date, as {@link FollowUpService#forward} gives it, and each
 * issue's follow-up is stored on every one of its opinions. It does not check the moves between statuses or another
 * user's changes: what a user types goes through {@link FollowUpService}.
 */
public final class FollowUpRecords {

    /** A forwarding's due date and the rule set it came from. */
    public record Due(int ruleSetId, LocalDate date) {
    }

    private FollowUpRecords() {
    }

    /** The due date of an issue of this authority forwarded by this letter. */
    public static Due due(Handle handle, Authority authority, Forwarding forwarding) {
        AnswerRuleSet set = AnswerRules.inForceOn(handle, forwarding.date());
        return new Due(set.id(), forwarding.date().plusDays(set.daysFor(authority, forwarding.agency())));
    }

    /** Stores the follow-up (its opinion id aside) on each of these opinions, with their status. */
    public static void store(Handle handle, List<Integer> opinionIds, FollowUp f, LocalDateTime now) {
        for (int id : opinionIds) {
            FollowUpStore.write(handle, new FollowUp(id, f.status(), f.forwardAgency(), f.forwardLetterNo(),
                    f.forwardDate(), f.ruleSetId(), f.dueDate(), f.answerAgency(), f.answerLetterNo(), f.answerDate(),
                    f.answerText(), f.result(), f.assessment(), f.assessmentNote(), f.redirectedTo(), f.source(),
                    f.version()), now);
        }
    }
}
