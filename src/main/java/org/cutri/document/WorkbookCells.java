package org.cutri.document;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cutri.common.text.SpreadsheetText;

/**
 * The cells, fonts and styles the program's Excel tables share (the register book, the draft-comments table, the
 * commendation list): Times New Roman, thin borders, and text that looks like a formula kept as text.
 */
public final class WorkbookCells {

    /** The official documents' typeface. */
    public static final String FONT = "Times New Roman";

    private WorkbookCells() {
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
    public static Font font(XSSFWorkbook workbook, boolean bold, boolean italic, int size) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setBold(bold);
        font.setItalic(italic);
        font.setFontHeightInPoints((short) size);
        return font;
    }

    /** The same, upright. */
    public static Font font(XSSFWorkbook workbook, boolean bold, int size) {
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
