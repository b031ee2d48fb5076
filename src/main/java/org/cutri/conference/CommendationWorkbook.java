package org.cutri.conference;

import static org.cutri.document.WorkbookCells.fitHeight;
import static org.cutri.document.WorkbookCells.font;
import static org.cutri.document.WorkbookCells.put;
import static org.cutri.document.WorkbookCells.style;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cutri.document.OfficialDocument.DocumentHeader;
import org.cutri.document.WorkbookTitle;

/**
 * The commendation list as an Excel workbook (one sheet): the title block of the office's workbooks (the issuing
 * body, the title, the conference, the place and date), then one table with the collectives and the individuals in
 * two parts, as the level above often asks for it to compile.
 */
public final class CommendationWorkbook {

    public static final List<String> COLUMNS = List.of("STT", "Tập thể / Họ và tên", "Chức vụ, đơn vị",
            "Hình thức khen thưởng", "Thành tích");
    private static final int[] WIDTHS = {6, 34, 34, 34, 60};

    private CommendationWorkbook() {
    }

    /**
     * Writes the workbook; the stream is left open.
     *
     * @param header the Word list's header: its issuing body, number and date head the sheet too
     */
    public static void write(Conference conference, List<Commendation> list, DocumentHeader header, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Khen thưởng");
            CellStyle head = style(workbook, font(workbook, true, 12), HorizontalAlignment.CENTER, true);
            CellStyle part = style(workbook, font(workbook, true, 12), HorizontalAlignment.LEFT, true);
            CellStyle text = style(workbook, font(workbook, false, 12), HorizontalAlignment.LEFT, true);
            CellStyle number = style(workbook, font(workbook, false, 12), HorizontalAlignment.CENTER, true);
            int width = 0;
            for (int w : WIDTHS) {
                width += w;
            }
            int r = WorkbookTitle.of(header, ConferenceDocuments.COMMENDATIONS, conference.title())
                    .write(sheet, COLUMNS.size() - 1, width);
            int headRow = r;
            XSSFRow headerRow = sheet.createRow(r++);
            for (int c = 0; c < COLUMNS.size(); c++) {
                put(headerRow, c, COLUMNS.get(c), head);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            for (CommendationKind kind : CommendationKind.values()) {
                XSSFRow partRow = sheet.createRow(r++);
                put(partRow, 0, kind == CommendationKind.COLLECTIVE ? "I" : "II", number);
                put(partRow, 1, kind == CommendationKind.COLLECTIVE ? "TẬP THỂ" : "CÁ NHÂN", part);
                for (int c = 2; c < COLUMNS.size(); c++) {
                    put(partRow, c, "", part);
                }
                int n = 0;
                for (Commendation x : list) {
                    if (x.kind() != kind) {
                        continue;
                    }
                    XSSFRow row = sheet.createRow(r++);
                    XSSFCell stt = row.createCell(0);
                    stt.setCellValue(++n);
                    stt.setCellStyle(number);
                    put(row, 1, x.name(), text);
                    put(row, 2, x.unit() == null ? "" : x.unit(), text);
                    put(row, 3, x.form(), text);
                    put(row, 4, x.achievement() == null ? "" : x.achievement(), text);
                    for (int c = 1; c < COLUMNS.size(); c++) {
                        // a row as high as its longest wrapped text (the default height holds one line)
                        fitHeight(row, row.getCell(c).getStringCellValue(), WIDTHS[c], 12);
                    }
                }
            }
            sheet.setRepeatingRows(new CellRangeAddress(headRow, headRow, -1, -1));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            workbook.write(out);
        }
    }
}
