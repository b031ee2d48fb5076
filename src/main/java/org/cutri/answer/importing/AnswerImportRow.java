package org.cutri.answer.importing;

import java.time.LocalDate;
import java.util.List;

import org.cutri.opinionimport.OpinionImportProblem;

/**
 * One row of an agency's answer list as checked against the round: what it says, which issue it answers and how
 * that was found, and what is wrong with it.
 *
 * @param row the row number as the spreadsheet shows it
 * @param code the opinion code as written, "" when none
 * @param date the answer letter's date, null when missing or unreadable
 * @param opinionText the opinion's content as the agency wrote it, "" when none
 * @param issue the issue it answers, null when none was found
 * @param match how the issue was found
 * @param similarity for a match by text: how close, 0 to 100
 * @param outcome what importing does with it (when it has no problem)
 * @param problems why the file cannot be imported because of this row; empty when the row is fine
 */
public record AnswerImportRow(int row, String code, String agency, String letterNo, LocalDate date, String answer,
        String opinionText, AnswerTarget issue, Match match, int similarity, Outcome outcome,
        List<OpinionImportProblem> problems) {

    /** How the row's issue was found. */
    public enum Match {
        /** By an opinion code of the issue (or of a member of its group). */
        CODE,
        /** By the similarity of the opinion's content: the user must confirm it. */
        TEXT,
        /** Not found. */
        NONE
    }

    /** What importing does with a row without problem. */
    public enum Outcome {
        /** Stores the answer on the issue. */
        STORE,
        /** The same answer is already stored (an earlier import, or an earlier row of the file): nothing to do. */
        ALREADY_STORED
    }

    public AnswerImportRow {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The code of the issue found, "" when none. */
    public String issueCode() {
        return issue == null ? "" : issue.code();
    }
}
