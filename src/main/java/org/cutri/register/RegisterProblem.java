package org.cutri.register;

import java.util.List;

import org.cutri.common.i18n.Messages;

/**
 * One reason the workbook cannot be imported, where Excel shows it.
 *
 * @param sheet the sheet's name as the office wrote it (or as expected, when it is missing)
 * @param row the row number as Excel shows it (1 = first row); null when the whole sheet is concerned
 * @param key the message key of the reason, with its arguments
 */
public record RegisterProblem(String sheet, Integer row, String key, List<Object> args) {

    public RegisterProblem {
        args = List.copyOf(args);
    }

    static RegisterProblem of(String sheet, Integer row, String key, Object... args) {
        return new RegisterProblem(sheet, row, key, List.of(args));
    }

    /** The reason in the user's language (Vietnamese first). */
    public String reason(Messages messages) {
        return messages.get(key, args.toArray());
    }

    /** The row as printed: its number, or "-" for the whole sheet. */
    public String rowText() {
        return row == null ? "-" : String.valueOf(row);
    }
}
