package org.cutri.document;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.cutri.document.OfficialDocument.DocumentHeader;

/**
 * The title block over an Excel table, the same in every workbook the office sends up (the compiled report, the
 * commendation list, the table of comments on a draft): the issuing body on one line (ỦY BAN MTTQ VIỆT NAM - XÃ … -
 * BAN THƯỜNG TRỰC), the title in bold, the subject in bold italics, the number and the place and date; each line
 * centred and merged across the table's width, as high as its wrapped text; the row under them left blank, so the
 * table's header row is always {@link #ROWS}.
 *
 * @param organisation the issuing body's lines joined by " - "; empty when not known
 * @param numberAndDate "Số: 01/BC-MTTQ-BTT; Tân Phúc, ngày …": the parts not known left out
 */
public record WorkbookTitle(String organisation, String title, String subject, String numberAndDate) {

    /** Rows the block takes, the last one blank: the table's header row. */
    public static final int ROWS = 5;

    private static final int TITLE_SIZE = 14;
    private static final int LINE_SIZE = 12;

    /** The block of a document with this header (null leaves the issuing body, number and date out). */
    public static WorkbookTitle of(DocumentHeader header, String title, String subject) {
        if (header == null) {
            return new WorkbookTitle("", title, subject, "");
        }
        List<String> issue = new ArrayList<>();
        if (!header.number().isBlank()) {
            issue.add(header.number().strip());
        }
        if (!header.placeAndDate().isBlank()) {
            issue.add(header.placeAndDate().strip());
        }
        return new WorkbookTitle(String.join(" - ", header.organisationLines()), title, subject,
                String.join("; ", issue));
    }

    /** The same block with another title (a sheet's own: "BÁO CÁO … - PHỤ LỤC"). */
    public WorkbookTitle titled(String otherTitle) {
        return new WorkbookTitle(organisation, otherTitle, subject, numberAndDate);
    }

    /** The lines, top to bottom. */
    public List<String> lines() {
        return List.of(nonNull(organisation), nonNull(title), nonNull(subject), nonNull(numberAndDate));
    }

    /**
     * Writes the block into rows 0..3 of the sheet over columns 0..lastColumn, {@code widthChars} wide in all (the
     * sum of the table's column widths, to fit the rows' heights).
     *
     * @return the row of the table's header ({@link #ROWS})
     */
    public int write(Sheet sheet, int lastColumn, int widthChars) {
        Workbook workbook = sheet.getWorkbook();
        CellStyle line = style(workbook, false, false, LINE_SIZE);
        CellStyle bold = style(workbook, true, false, TITLE_SIZE);
        CellStyle italic = style(workbook, true, true, LINE_SIZE);
        List<String> lines = lines();
        for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r);
            Cell cell = row.createCell(0);
            cell.setCellValue(lines.get(r));
            cell.setCellStyle(r == 1 ? bold : r == 2 ? italic : line);
            if (lastColumn > 0) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastColumn));
            }
            WorkbookCells.fitHeight(row, lines.get(r), widthChars, r == 1 ? TITLE_SIZE : LINE_SIZE);
        }
        return ROWS;
    }

    private static CellStyle style(Workbook workbook, boolean bold, boolean italic, int size) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(WorkbookCells.font(workbook, bold, italic, size));
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        // a subject starting with "=" or "-" stays text
        style.setQuotePrefixed(true);
        return style;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
