package org.cutri.register;

import java.util.List;

import org.cutri.common.i18n.Messages;

/**
 * What an import of the register did: either nothing, because of the listed problems, or the counts
 * of what was added.
 *
 * @param termLabel the term the rows went into ("2026–2031"); null when nothing was imported
 * @param termCreated true when there was no term and the import created 2026–2031
 * @param cellsCleaned cells whose hidden control characters were removed (said after the counts)
 */
public record RegisterImportResult(List<RegisterProblem> problems, int hamletsAdded, int deputiesAdded,
        int constituenciesAdded, String termLabel, boolean termCreated, int cellsCleaned) {

    public RegisterImportResult {
        problems = List.copyOf(problems);
    }

    static RegisterImportResult refused(List<RegisterProblem> problems) {
        return new RegisterImportResult(problems, 0, 0, 0, null, false, 0);
    }

    /** True when the rows were imported. */
    public boolean imported() {
        return problems.isEmpty();
    }

    /** One paragraph for the user: the counts (and the new term), or why nothing was imported. */
    public String summary(Messages messages) {
        if (!imported()) {
            return messages.get("register.result.refused", problems.size());
        }
        String counts = messages.get("register.result.imported", hamletsAdded, deputiesAdded, constituenciesAdded,
                termLabel);
        String text = termCreated ? counts + " " + messages.get("register.result.termCreated", termLabel) : counts;
        return cellsCleaned == 0 ? text : text + " " + messages.get("register.result.controlsRemoved", cellsCleaned);
    }
}
