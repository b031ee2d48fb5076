package org.cutri.document;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cutri.common.text.SpreadsheetText;

/**
 * The cells, fonts and styles the program's Excel tables share (the register book, the draft-comments table, the
 * commendation list): Times New Roman, thin borders, and text that looks like a formula kept as text. The title block
 * over their tables is {@link WorkbookTitle}.
 */
public final class WorkbookCells {

    /** The official documents' typeface. */
    public static final String FONT = "Times New Roman";

    private WorkbookCells() {
    }

    /** The size the row heights are measured for, a 12 pt Times New Roman line and a cell's padding (points). */
    private static final int TEXT_SIZE = 12;
    private static final float LINE_HEIGHT_PT = 15f;
    private static final float CELL_PADDING_PT = 3f;
    /** The width of a column unit (the default font's digit, 7 px) and an average letter of the text, in points. */
    private static final float COLUMN_UNIT_PT = 5.25f;
    private static final float LETTER_PT = 0.36f * TEXT_SIZE;

    /**
     * Sets the row's height to fit {@code text} wrapped in a column {@code widthChars} wide (never lower than
     * the row already is): lines counted word by word with an average letter's width, one more for each line
     * break.
     */
    public static void fitHeight(Row row, String text, int widthChars, int fontSize) {
        if (text == null || text.isEmpty()) {
            return;
        }
        float usable = widthChars * COLUMN_UNIT_PT - 2 * CELL_PADDING_PT;
        float letter = LETTER_PT * fontSize / TEXT_SIZE;
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            float used = 0;
            for (String word : paragraph.split(" ")) {
                float width = word.length() * letter;
                float needed = used == 0 ? width : used + letter + width;
                if (needed <= usable || used == 0) {
                    used = needed;
                    // a word wider than the column wraps inside itself
                    while (used > usable) {
                        lines++;
                        used -= usable;
                    }
                } else {
                    lines++;
                    used = width;
                }
            }
        }
        float height = lines * LINE_HEIGHT_PT * fontSize / TEXT_SIZE + 2 * CELL_PADDING_PT;
        if (height > row.getHeightInPoints()) {
            row.setHeightInPoints(height);
        }
    }

    /** Writes text in a new cell; text starting like a formula ("=", "+", "-", "@") is kept as text, never run. */
    public static void put(XSSFRow row, int column, String value, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(value);
        CellStyle chosen = style;
        if (SpreadsheetText.startsLikeFormula(value)) {
            chosen = row.getSheet().getWorkbook().createCellStyle();
            chosen.cloneStyleFrom(style);
            chosen.setQuotePrefixed(true);
        }
        cell.setCellStyle(chosen);
    }

    /** A Times New Roman font. */
    public static Font font(Workbook workbook, boolean bold, boolean italic, int size) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setBold(bold);
        font.setItalic(italic);
        font.setFontHeightInPoints((short) size);
        return font;
    }

    /** The same, upright. */
    public static Font font(Workbook workbook, boolean bold, int size) {
        return font(workbook, bold, false, size);
    }

    /** A style centred vertically; a bordered one (a table's cell) wraps its text in thin borders. */
    public static CellStyle style(XSSFWorkbook workbook, Font font, HorizontalAlignment alignment, boolean bordered) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(bordered);
        if (bordered) {
            border(style);
        }
        return style;
    }

    /** Gives the style thin borders on its four sides. */
    public static void border(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }
}
