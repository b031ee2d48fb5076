package org.cutri.answer.importing;

import java.util.ArrayList;
import java.util.List;

import org.cutri.opinionimport.OpinionImportProblem;

/**
 * What an answer list would do to a round, before anything is stored.
 *
 * @param fileProblem why the file cannot be read at all, or null
 */
public record AnswerImportPreview(String fileName, List<AnswerImportRow> rows, OpinionImportProblem fileProblem) {

    public AnswerImportPreview {
        rows = List.copyOf(rows);
    }

    /** Every problem: the file's, else each row's, in row order. */
    public List<OpinionImportProblem> problems() {
        List<OpinionImportProblem> all = new ArrayList<>();
        if (fileProblem != null) {
            all.add(fileProblem);
        }
        rows.forEach(row -> all.addAll(row.problems()));
        return all;
    }

    /** Nothing wrong: the file was read and every row is fine. */
    public boolean clean() {
        return fileProblem == null && rows.stream().allMatch(AnswerImportRow::ok);
    }

    /** The rows matched only by the content of the opinion, which the user must confirm. */
    public List<AnswerImportRow> textMatches() {
        return rows.stream().filter(r -> r.ok() && r.match() == AnswerImportRow.Match.TEXT).toList();
    }

    /** Rows whose answer is already stored. */
    public int alreadyStored() {
        return (int) rows.stream().filter(r -> r.ok() && r.outcome() == AnswerImportRow.Outcome.ALREADY_STORED).count();
    }
}
