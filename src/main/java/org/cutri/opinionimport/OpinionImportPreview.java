package org.cutri.opinionimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cutri.common.i18n.Messages;

/**
 * What an opinion file would import into a round, before anything is written: the rows, and the
 * problems of the file and of the rows. Nothing can be imported while there is a problem.
 *
 * @param fileProblems problems of the whole file (unreadable, missing column) or of its header
 * @param warnings what was changed while reading and does not stop the import (control characters removed)
 */
public record OpinionImportPreview(int roundId, String fileName, List<OpinionImportRow> rows,
        List<OpinionImportProblem> fileProblems, List<OpinionImportProblem> warnings) {

    public OpinionImportPreview {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
        warnings = List.copyOf(warnings);
    }

    /** Every problem, file problems first, then by row. */
    public List<OpinionImportProblem> problems() {
        List<OpinionImportProblem> all = new ArrayList<>(fileProblems);
        rows.forEach(r -> all.addAll(r.problems()));
        all.sort(Comparator.comparing((OpinionImportProblem p) -> p.row() == null ? 0 : p.row()));
        return all;
    }

    /** True when the file can be imported: it has rows and no problem at all. */
    public boolean importable() {
        return fileProblems.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(OpinionImportRow::ok);
    }

    /** Rows whose "Người nêu" holds a name: personal data, kept only with consent. */
    public int namedRows() {
        return (int) rows.stream().filter(OpinionImportRow::hasSpeaker).count();
    }

    public int badRows() {
        return (int) rows.stream().filter(r -> !r.ok()).count();
    }

    /** One paragraph for the user: what would be imported, or why nothing can be. */
    public String summary(Messages messages) {
        if (!fileProblems.isEmpty() || badRows() > 0) {
            return messages.get("opinionimport.preview.refused", rows.size(), problems().size(), badRows());
        }
        if (rows.isEmpty()) {
            return messages.get("opinionimport.preview.empty");
        }
        String text = messages.get("opinionimport.preview.ready", rows.size());
        int named = namedRows();
        text = named == 0 ? text : text + " " + messages.get("opinionimport.preview.names", named);
        return OpinionImportResult.withWarnings(text, warnings, messages);
    }
}
