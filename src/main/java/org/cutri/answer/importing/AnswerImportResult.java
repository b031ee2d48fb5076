package org.cutri.answer.importing;

import java.util.List;

import org.cutri.opinionimport.OpinionImportProblem;

/**
 * What an import of an answer list did.
 *
 * @param problems why nothing was stored (empty when the import went through)
 * @param stored answers stored (or, in a dry run, that would be)
 * @param alreadyStored rows whose answer was already stored ("đã có"), skipped
 * @param leftOut rows matched by content and not confirmed, left out
 * @param dryRun nothing was stored on purpose
 */
public record AnswerImportResult(List<OpinionImportProblem> problems, int stored, int alreadyStored, int leftOut,
        boolean dryRun) {

    public AnswerImportResult {
        problems = List.copyOf(problems);
    }

    public boolean refused() {
        return !problems.isEmpty();
    }
}
