package org.cutri.opinionimport;

import java.util.List;

import org.cutri.common.i18n.Messages;

/**
 * One reason the file cannot be imported, where the spreadsheet shows it.
 *
 * @param row the row number as Excel or LibreOffice shows it (1 = first row); null for the whole file
 * @param key the message key of the reason, with its arguments
 */
public record OpinionImportProblem(Integer row, String key, List<Object> args) {

    public OpinionImportProblem {
        args = List.copyOf(args);
    }

    static OpinionImportProblem of(Integer row, String key, Object... args) {
        return new OpinionImportProblem(row, key, List.of(args));
    }

    /** The reason in the user's language (Vietnamese first). */
    public String reason(Messages messages) {
        return messages.get(key, args.toArray());
    }

    /** The row as printed: its number, or "-" for the whole file. */
    public String rowText() {
        return row == null ? "-" : String.valueOf(row);
    }
}
