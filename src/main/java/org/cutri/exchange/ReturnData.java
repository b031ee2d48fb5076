package org.cutri.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** {@code data/answers.json} of a return package: where each of the commune's opinions stands at the province. */
public final class ReturnData {

    private ReturnData() {
    }

    /** {@code data/answers.json}. */
    public record AnswersFile(int formatVersion, List<ReturnedAnswer> answers) {
        public AnswersFile {
            answers = answers == null ? null : List.copyOf(answers);
        }
    }

    /**
     * One opinion's follow-up at the province, by the commune's own code of the opinion.
     *
     * @param status an {@code OpinionStatus} name: FORWARDED, IN_PROGRESS, ANSWERED or NOT_COMPETENT
     * @param forwarding where it was forwarded (null when it was not)
     * @param answer the agency's written answer (null when there is none)
     * @param redirectedTo where it was redirected when not competent (null otherwise)
     * @param updatedAt when the province last changed it (picks one when several members of a group come back)
     */
    public record ReturnedAnswer(String opinionCode, String status, Forwarding forwarding, Reply answer,
            String redirectedTo, LocalDateTime updatedAt) {
    }

    /** The forwarding letter: agency, number, date, and the due date the province set. */
    public record Forwarding(String agency, String letterNo, LocalDate date, LocalDate dueDate) {
    }

    /** The answer letter: agency, number, date, text and the kind of result ({@code AnswerResult} name or null). */
    public record Reply(String agency, String letterNo, LocalDate date, String text, String resultKind) {
    }
}
