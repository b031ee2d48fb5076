package org.cutri.common.text;

/**
 * Text the program writes into a spreadsheet (CSV, .xlsx): a cell starting with {@code = + - @}, a tab or a
 * carriage return would be run as a formula by Excel or LibreOffice when the file is opened ("CSV injection":
 * a code such as {@code =cmd|' /C calc'!A0}). Such text is written with a leading apostrophe in CSV, and as a
 * quote-prefixed text cell in .xlsx (the apostrophe is not shown).
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** True when a spreadsheet would take this text for a formula. */
    public static boolean startsLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** One CSV field: neutralised with an apostrophe, then quoted when it holds a comma, quote or line break. */
    public static String csvField(String text) {
        String value = text == null ? "" : text;
        if (startsLikeFormula(value)) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains(";") || value.contains("\"") || value.contains("\n")
                || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
