package org.cutri.opinionimport;

import java.util.List;

import org.cutri.common.i18n.Messages;

/**
 * What an import did: nothing, because of the listed problems, or the {@code count} opinions added.
 *
 * @param namesKept rows imported with the speaker's name (the voters agreed)
 * @param namesDropped rows whose name was left out, imported anonymous
 * @param warnings what was changed while reading (control characters removed), said after the count
 */
public record OpinionImportResult(List<OpinionImportProblem> problems, int count, int namesKept, int namesDropped,
        List<OpinionImportProblem> warnings) {

    public OpinionImportResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean imported() {
        return problems.isEmpty() && count > 0;
    }

    public String summary(Messages messages) {
        if (!problems.isEmpty()) {
            return messages.get("opinionimport.result.refused", problems.size());
        }
        if (count == 0) {
            return messages.get("opinionimport.preview.empty");
        }
        String text = messages.get("opinionimport.result.imported", count);
        if (namesKept > 0) {
            text += " " + messages.get("opinionimport.result.namesKept", namesKept);
        }
        if (namesDropped > 0) {
            text += " " + messages.get("opinionimport.result.namesDropped", namesDropped);
        }
        return withWarnings(text, warnings, messages);
    }

    /** The text followed by each warning in the user's language. */
    static String withWarnings(String text, List<OpinionImportProblem> warnings, Messages messages) {
        StringBuilder out = new StringBuilder(text);
        for (OpinionImportProblem warning : warnings) {
            out.append(' ').append(warning.reason(messages));
        }
        return out.toString();
    }
}
