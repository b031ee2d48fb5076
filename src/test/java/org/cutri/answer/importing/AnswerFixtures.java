package org.cutri.answer.importing;

import org.cutri.answer.FollowUpIssue;
import org.cutri.app.AppContext;
import org.cutri.opinion.OpinionStatus;

/** Test data for the import: the demo's July round as it stands before the agencies' lists come in. */
final class AnswerFixtures {

    private AnswerFixtures() {
    }

    /** The demo answers most forwarded July issues; the lists in these tests bring those answers, so they start open. */
    static void reopenJuly(AppContext context) {
        int july = context.rounds().list().stream().filter(r -> r.startDate().getMonthValue() == 7).findFirst()
                .orElseThrow().id();
        for (FollowUpIssue issue : context.followUps().issues(july)) {
            OpinionStatus status = issue.followUp().status();
            // Answers given at the meeting itself (never forwarded) stay: a list must not overwrite them.
            if (issue.followUp().forwarded()
                    && (status == OpinionStatus.ANSWERED || status == OpinionStatus.NOT_COMPETENT)) {
                context.followUps().reopen(issue);
            }
        }
    }
}
