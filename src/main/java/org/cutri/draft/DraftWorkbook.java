package org.cutri.draft;

import static org.cutri.document.WorkbookCells.font;
import static org.cutri.document.WorkbookCells.put;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cutri.common.task.TaskMonitor;
import org.cutri.document.DocumentFiles;
import org.cutri.document.OfficialDocument.DocumentHeader;
import org.cutri.document.WorkbookTitle;

/**
 * The per-section table of the comments on a draft (.xlsx): one row per section in the draft's order, indented by
 * level, with the comments counted without double counting (a section's counts take in its subsections), the people
 * (each source once), the sources and the section's own disagreements and partial agreements; a last row for the
 * whole draft. Over the table the title block of the office's workbooks: the issuing body, the title, the draft, the
 * report's number and date (the table goes with that report). Landscape A4, Times New Roman.
 */
public final class DraftWorkbook {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("STT", "Phần, mục của dự thảo", "Tán thành", "Không tán thành",
            "Tán thành một phần", "Số người", "Nơi góp ý", "Ý kiến chính (không tán thành, tán thành một phần)");
    private static final int[] WIDTHS = {6, 48, 10, 10, 11, 9, 32, 70};
    public static final String SHEET = "Tổng hợp theo mục";
    public static final String TITLE = "BẢNG TỔNG HỢP Ý KIẾN GÓP Ý THEO TỪNG PHẦN, MỤC";
    public static final String WHOLE = "Toàn bộ dự thảo (mỗi ý kiến tính một lần)";

    private DraftWorkbook() {
    }

    /** Writes the table to {@code target}, replacing a file there only once the new one is complete. */
    public static void save(DraftDocument draft, DraftCompilation compilation, DocumentHeader header, Path target,
            TaskMonitor monitor) {
        DocumentFiles.writeSafely(target, out -> write(draft, compilation, header, out, monitor),
                Files::newOutputStream);
    }

    /**
     * Writes the table; the stream is left open.
     *
     * @param header the report's header: its issuing body, number and date head the table
     */
    public static void write(DraftDocument draft, DraftCompilation compilation, DocumentHeader header,
            OutputStream out, TaskMonitor monitor) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(SHEET);
            Font plain = font(workbook, false, 12);
            Font bold = font(workbook, true, 12);
            CellStyle head = style(workbook, bold, HorizontalAlignment.CENTER, true);
            CellStyle text = style(workbook, plain, HorizontalAlignment.LEFT, true);
            CellStyle number = style(workbook, plain, HorizontalAlignment.CENTER, true);
            CellStyle boldText = style(workbook, bold, HorizontalAlignment.LEFT, true);
            CellStyle boldNumber = style(workbook, bold, HorizontalAlignment.CENTER, true);
            int width = 0;
            for (int w : WIDTHS) {
                width += w;
            }
            int r = WorkbookTitle.of(header, TITLE, DraftReportDocument.subject(draft))
                    .write(sheet, COLUMNS.size() - 1, width);
            int headRow = r;
            XSSFRow headerRow = sheet.createRow(r++);
            headerRow.setHeightInPoints(48);
            for (int c = 0; c < COLUMNS.size(); c++) {
                put(headerRow, c, COLUMNS.get(c), head);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int n = 0;
            List<DraftCompilation.SectionTotals> sections = compilation.sections();
            for (DraftCompilation.SectionTotals s : sections) {
                monitor.checkCancelled();
                monitor.progress(n, sections.size());
                XSSFRow row = sheet.createRow(r++);
                boolean top = s.section().level() == 1;
                putNumber(row, 0, ++n, top ? boldNumber : number);
                put(row, 1, "  ".repeat(s.section().level() - 1) + s.section().title(), top ? boldText : text);
                counts(row, s.total(), top ? boldNumber : number);
                put(row, 6, String.join(", ", s.total().sources()), text);
                put(row, 7, mainComments(s.own()), text);
                fitHeight(row);
            }
            XSSFRow last = sheet.createRow(r++);
            put(last, 0, "", boldNumber);
            put(last, 1, WHOLE, boldText);
            counts(last, compilation.whole(), boldNumber);
            put(last, 6, String.join(", ", compilation.whole().sources()), text);
            put(last, 7, "", text);
            fitHeight(last);
            sheet.setRepeatingRows(new CellRangeAddress(headRow, headRow, -1, -1));
            sheet.createFreezePane(0, headRow + 1);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            workbook.write(out);
            monitor.progress(1, 1);
        }
    }

    /** A row tall enough for its wrapped text: a file opened in LibreOffice does not grow rows by itself. */
    private static void fitHeight(XSSFRow row) {
        int lines = 1;
        for (int c = 0; c < COLUMNS.size(); c++) {
            XSSFCell cell = row.getCell(c);
            if (cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                continue;
            }
            int width = Math.max(4, WIDTHS[c] - 2);
            int cellLines = 0;
            for (String line : cell.getStringCellValue().split("\n", -1)) {
                cellLines += Math.max(1, (line.length() + width - 1) / width);
            }
            lines = Math.max(lines, cellLines);
        }
        row.setHeightInPoints(lines * 15.5f + 2);
    }

    private static void counts(XSSFRow row, DraftCompilation.Totals totals, CellStyle style) {
        putNumber(row, 2, totals.agree(), style);
        putNumber(row, 3, totals.disagree(), style);
        putNumber(row, 4, totals.partly(), style);
        putNumber(row, 5, totals.people(), style);
    }

    /** "Không tán thành: … (Thôn A, 40 người)" lines, the section's own. */
    static String mainComments(DraftCompilation.Totals own) {
        StringBuilder text = new StringBuilder();
        for (DraftCompilation.Compiled c : own.comments()) {
            if (c.stance() == Stance.AGREE) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(c.stance() == Stance.DISAGREE ? "Không tán thành: " : "Tán thành một phần: ")
                    .append(c.content()).append(" (").append(c.sourceName()).append(", ").append(c.people())
                    .append(" người)");
        }
        return text.toString();
    }

    private static void putNumber(XSSFRow row, int column, int value, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook workbook, Font font, HorizontalAlignment alignment, boolean boxed) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setWrapText(true);
        if (boxed) {
            org.cutri.document.WorkbookCells.border(style);
        }
        return style;
    }
}
