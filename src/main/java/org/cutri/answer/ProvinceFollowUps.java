package org.cutri.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.cutri.opinion.OpinionStatus;
import org.jdbi.v3.core.Jdbi;

/**
 * Takes the follow-up of an issue from the province (a return package, docs/decisions/0037): the province's status,
 * forwarding (with its due date) and answer replace the commune's, marked {@link AnswerSource#PROVINCE}, on every
 * opinion of the issue. The Front's assessment stays when the answer is the same one it judged. Run it inside
 * {@link FollowUpService#allOrNothing} so a package is taken whole or not at all.
 */
public final class ProvinceFollowUps {

    private final Jdbi jdbi;
    private final Clock clock;
    private final FollowUpService followUps;

    public ProvinceFollowUps(Jdbi jdbi, Clock clock, FollowUpService followUps) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.followUps = followUps;
    }

    /**
     * Where an issue stands at the province.
     *
     * @param status FORWARDED, IN_PROGRESS, ANSWERED or NOT_COMPETENT
     * @param dueDate the due date the province set for its forwarding (kept as it is: the commune's rules do not
     *         move it)
     */
    public record State(OpinionStatus status, String forwardAgency, String forwardLetterNo, LocalDate forwardDate,
            LocalDate dueDate, String answerAgency, String answerLetterNo, LocalDate answerDate, String answerText,
            AnswerResult result, String redirectedTo) {

        public State {
            Objects.requireNonNull(status, "status");
            forwardAgency = VietText.cleanOrNull(forwardAgency);
            forwardLetterNo = VietText.cleanOrNull(forwardLetterNo);
            answerAgency = VietText.cleanOrNull(answerAgency);
            answerLetterNo = VietText.cleanOrNull(answerLetterNo);
            answerText = VietText.cleanOrNull(answerText);
            redirectedTo = VietText.cleanOrNull(redirectedTo);
        }

        /** True when the commune's follow-up already says all of this. */
        public boolean sameAs(FollowUp f) {
            return status == f.status() && Objects.equals(forwardAgency, f.forwardAgency())
                    && Objects.equals(forwardLetterNo, f.forwardLetterNo()) && Objects.equals(forwardDate, f.forwardDate())
                    && Objects.equals(dueDate, f.dueDate()) && sameAnswer(f) && result == f.result()
                    && Objects.equals(redirectedTo, f.redirectedTo());
        }

        /** The same answer letter and text (the Front's assessment of it still holds). */
        boolean sameAnswer(FollowUp f) {
            return Objects.equals(answerAgency, f.answerAgency()) && Objects.equals(answerLetterNo, f.answerLetterNo())
                    && Objects.equals(answerDate, f.answerDate()) && Objects.equals(answerText, f.answerText());
        }

        /**
         * True when taking this state would undo what the commune knows: the commune has an answer or a redirection
         * and the province has neither yet. The commune keeps its own then.
         */
        public boolean behind(FollowUp f) {
            boolean communeClosed = f.status() == OpinionStatus.ANSWERED || f.status() == OpinionStatus.NOT_COMPETENT;
            boolean provinceOpen = status != OpinionStatus.ANSWERED && status != OpinionStatus.NOT_COMPETENT;
            return communeClosed && provinceOpen;
        }
    }

    /**
     * Writes the province's state on every opinion of the issue; refused ({@code answer.changedElsewhere}) when the
     * issue changed since it was read.
     */
    public FollowUpIssue take(FollowUpIssue issue, State state) {
        return jdbi.inTransaction(handle -> {
            List<FollowUpStore.Row> rows = FollowUpStore.rowsOf(handle, issue.opinionIds());
            FollowUpStore.Row lead = rows.stream().filter(r -> r.opinionId() == issue.leadId()).findFirst()
                    .orElseThrow(() -> new UserException("answer.gone"));
            FollowUp f = lead.followUp();
            if (f.version() != issue.followUp().version()) {
                throw new UserException("answer.changedElsewhere");
            }
            boolean sameForwarding = Objects.equals(state.forwardAgency(), f.forwardAgency())
                    && Objects.equals(state.forwardDate(), f.forwardDate()) && Objects.equals(state.dueDate(), f.dueDate());
            boolean keepAssessment = state.status() == OpinionStatus.ANSWERED && state.sameAnswer(f);
            LocalDateTime now = LocalDateTime.now(clock);
            for (FollowUpStore.Row row : rows) {
                FollowUpStore.write(handle, new FollowUp(row.opinionId(), state.status(), state.forwardAgency(),
                        state.forwardLetterNo(), state.forwardDate(), sameForwarding ? f.ruleSetId() : null,
                        state.dueDate(), state.answerAgency(), state.answerLetterNo(), state.answerDate(),
                        state.answerText(), state.result(), keepAssessment ? f.assessment() : null,
                        keepAssessment ? f.assessmentNote() : null, state.redirectedTo(), AnswerSource.PROVINCE,
                        f.version()), now);
            }
            return followUps.issueOf(issue.leadId()).orElseThrow();
        });
    }
}
