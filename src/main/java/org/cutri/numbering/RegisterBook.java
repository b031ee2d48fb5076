package org.cutri.numbering;

import static org.cutri.document.WorkbookCells.font;
import static org.cutri.document.WorkbookCells.put;
import static org.cutri.document.WorkbookCells.style;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cutri.common.text.DateText;
import org.cutri.commune.CommuneProfile;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The yearly outgoing-document book (sổ đăng ký văn bản đi) in the form of Nghị định 30/2020/NĐ-CP, Phụ lục IV:
 * the cover (the office above, "SỔ ĐĂNG KÝ VĂN BẢN ĐI", the year, the first and last dates and numbers), then one
 * line per number in the ten columns of the form, landscape A4, Times New Roman. The cover is a page of its own
 * without a number; the other pages are numbered (Word: at the top, centred; Excel: "Trang N" at the foot). A cancelled
 * number keeps its line, the reason in "Ghi chú". Columns 8 and 9 (Ngày chuyển, Ký nhận) are left for the pen, as the
 * book is signed.
 */
public final class RegisterBook {

    /** The ten columns of the form, in order. */
    public static final List<String> COLUMNS = List.of("Số, ký hiệu văn bản", "Ngày tháng văn bản",
            "Tên loại và trích yếu nội dung văn bản", "Người ký", "Nơi nhận văn bản", "Đơn vị, người nhận bản lưu",
            "Số lượng bản", "Ngày chuyển", "Ký nhận", "Ghi chú");
    /** Widths in millimetres, together the text width of a landscape page (297 - 30 - 15 = 252). */
    private static final int[] WIDTHS_MM = {27, 23, 52, 24, 32, 16, 15, 16, 16, 31};
    private static final String FONT = "Times New Roman";
    public static final String TITLE = "SỔ ĐĂNG KÝ VĂN BẢN ĐI";
    /** The workbook's cover: space above the title, the title's and the lines' heights (points). */
    private static final float COVER_SPACE_POINTS = 150;
    private static final float TITLE_POINTS = 60;
    private static final float COVER_LINE_POINTS = 26;
    /** The height of one line of 12 pt text in a workbook row (points). */
    private static final float LINE_POINTS = 15.5f;

    private RegisterBook() {
    }

    /** What a book line says in "Ghi chú" for a cancelled number: "Hủy số ngày 12/03/2026: lý do". */
    public static String note(RegisteredDocument document) {
        if (!document.cancelled()) {
            return "";
        }
        return "Hủy số ngày " + DateText.format(document.cancelledOn()) + ": " + document.cancelReason();
    }

    /** The ten cells of a document's line. */
    public static List<String> cells(RegisteredDocument d) {
        return List.of(d.symbol(), DateText.format(d.issuedOn()), nameAndSummary(d),
                nz(d.signer()), nz(d.recipients()), nz(d.keptBy()), d.copies() == null ? "" : String.valueOf(d.copies()),
                "", "", note(d));
    }

    /**
     * Column 3: the kind's name and the summary ("Kế hoạch Tổ chức hội nghị …"); a summary that already starts with
     * the kind's name (numbers the program gave before the register: "Kế hoạch Tiếp xúc cử tri …") is not prefixed
     * again.
     */
    static String nameAndSummary(RegisteredDocument d) {
        String name = d.typeName();
        boolean named = org.cutri.common.text.VietText.fold(d.summary()).startsWith(
                org.cutri.common.text.VietText.fold(name) + " ");
        return named ? d.summary() : name + " " + d.summary();
    }

    /** The cover's lines under the title: year, from/to dates, from/to numbers, volume. */
    static List<String> coverLines(int year, List<RegisteredDocument> documents) {
        String fromDay = "";
        String toDay = "";
        if (!documents.isEmpty()) {
            LocalDate first = documents.stream().map(RegisteredDocument::issuedOn).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = documents.stream().map(RegisteredDocument::issuedOn).max(LocalDate::compareTo).orElseThrow();
            fromDay = DateText.format(first);
            toDay = DateText.format(last);
        }
        String fromNumber = documents.isEmpty() ? "" : String.format("%02d", documents.get(0).number());
        String toNumber = documents.isEmpty() ? "" : String.format("%02d", documents.get(documents.size() - 1).number());
        return List.of("Năm: " + year, "Từ ngày " + dots(fromDay) + " đến ngày " + dots(toDay),
                "Từ số " + dots(fromNumber) + " đến số " + dots(toNumber), "Quyển số: 01");
    }

    /** The header lines above the issuing body ("ỦY BAN MTTQ VIỆT NAM", "XÃ TÂN PHÚC"), blank ones left out. */
    private static List<String> organisation(CommuneProfile profile) {
        return java.util.stream.Stream.of(profile.headerLine1(), profile.headerLine2())
                .filter(line -> line != null && !line.isBlank()).toList();
    }

    private static String dots(String value) {
        return value.isEmpty() ? "……………" : value;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    /** Writes the book as a Word file; the stream is left open. */
    public static void writeDocx(CommuneProfile profile, int year, List<RegisteredDocument> documents, OutputStream out)
            throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            landscape(docx);
            org.cutri.document.DocxWriter.pageNumbers(docx);
            cover(docx, profile, year, documents);
            int[] widths = new int[WIDTHS_MM.length];
            int total = 0;
            for (int i = 0; i < widths.length; i++) {
                widths[i] = twips(WIDTHS_MM[i]);
                total += widths[i];
            }
            XWPFTable table = docx.createTable(documents.size() + 2, COLUMNS.size());
            table.setTableAlignment(TableRowAlign.CENTER);
            var tblPr = table.getCTTbl().getTblPr();
            CTTblWidth width = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(total));
            (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
            CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                    : table.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int w : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                cell(table.getRow(0), c, widths[c], COLUMNS.get(c), true, false, true);
                cell(table.getRow(1), c, widths[c], "(" + (c + 1) + ")", false, true, true);
            }
            for (int r = 0; r < 2; r++) {
                table.getRow(r).getCtRow().addNewTrPr().addNewTblHeader();
            }
            for (int i = 0; i < documents.size(); i++) {
                RegisteredDocument document = documents.get(i);
                List<String> cells = cells(document);
                XWPFTableRow row = table.getRow(i + 2);
                row.getCtRow().addNewTrPr().addNewCantSplit();
                for (int c = 0; c < cells.size(); c++) {
                    boolean centred = c == 0 || c == 1 || c == 6;
                    cell(row, c, widths[c], cells.get(c), false, document.cancelled() && c == 9, centred);
                }
            }
            docx.write(out);
        }
    }

    private static void landscape(XWPFDocument docx) {
        var body = docx.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(297)));
        size.setH(BigInteger.valueOf(twips(210)));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(20)));
        margins.setBottom(BigInteger.valueOf(twips(20)));
        margins.setLeft(BigInteger.valueOf(twips(30)));
        margins.setRight(BigInteger.valueOf(twips(15)));
        margins.setHeader(BigInteger.valueOf(twips(10)));
        margins.setFooter(BigInteger.valueOf(twips(10)));
        margins.setGutter(BigInteger.ZERO);
    }

    private static void cover(XWPFDocument docx, CommuneProfile profile, int year, List<RegisteredDocument> documents) {
        for (String organisation : organisation(profile)) {
            line(docx, organisation, 13, false, 0);
        }
        line(docx, profile.headerLine3(), 13, true, 0);
        line(docx, "", 13, false, 2400);
        line(docx, TITLE, 20, true, 600);
        for (String text : coverLines(year, documents)) {
            line(docx, text, 14, false, 240);
        }
        XWPFParagraph breakPage = docx.createParagraph();
        run(breakPage, "", 13, false, false).addBreak(BreakType.PAGE);
    }

    private static void line(XWPFDocument docx, String text, int size, boolean bold, int spaceAfterTwips) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(spaceAfterTwips);
        run(paragraph, text, size, bold, false);
    }

    private static void cell(XWPFTableRow row, int column, int width, String text, boolean bold, boolean italic,
            boolean centred) {
        XWPFTableCell cell = row.getCell(column);
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(centred || bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        paragraph.setSpacingAfter(0);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(paragraph, lines[i], 11, bold, italic);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    private static int twips(float mm) {
        return Math.round(mm / 25.4f * 1440f);
    }

    /** Writes the book as an Excel workbook (one sheet, the cover lines above the table); the stream is left open. */
    public static void writeXlsx(CommuneProfile profile, int year, List<RegisteredDocument> documents, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Sổ văn bản đi " + year);
            Font plain = font(workbook, false, false, 12);
            Font bold = font(workbook, true, false, 12);
            Font title = font(workbook, true, false, 16);
            Font italic = font(workbook, false, true, 12);
            CellStyle centre = style(workbook, plain, HorizontalAlignment.CENTER, false);
            CellStyle titleStyle = style(workbook, title, HorizontalAlignment.CENTER, false);
            CellStyle head = style(workbook, bold, HorizontalAlignment.CENTER, true);
            CellStyle numberHead = style(workbook, italic, HorizontalAlignment.CENTER, true);
            CellStyle text = style(workbook, plain, HorizontalAlignment.LEFT, true);
            CellStyle textCentre = style(workbook, plain, HorizontalAlignment.CENTER, true);
            CellStyle noteCancelled = style(workbook, italic, HorizontalAlignment.LEFT, true);
            int r = 0;
            for (String organisation : organisation(profile)) {
                r = merged(sheet, r, organisation, centre);
            }
            r = merged(sheet, r, profile.headerLine3(), style(workbook, bold, HorizontalAlignment.CENTER, false));
            sheet.createRow(r++).setHeightInPoints(COVER_SPACE_POINTS);
            int titleRow = r;
            r = merged(sheet, r, TITLE, titleStyle);
            sheet.getRow(titleRow).setHeightInPoints(TITLE_POINTS);
            for (String line : coverLines(year, documents)) {
                int at = r;
                r = merged(sheet, r, line, centre);
                sheet.getRow(at).setHeightInPoints(COVER_LINE_POINTS);
            }
            // the cover is a page of its own, without a number; the table's pages are numbered
            sheet.setRowBreak(r - 1);
            sheet.getCTWorksheet().addNewHeaderFooter().setDifferentFirst(true);
            sheet.getFooter().setCenter("Trang &P");
            r++;
            int headRow = r;
            XSSFRow header = sheet.createRow(r++);
            XSSFRow numbers = sheet.createRow(r++);
            header.setHeightInPoints(48);
            for (int c = 0; c < COLUMNS.size(); c++) {
                put(header, c, COLUMNS.get(c), head);
                put(numbers, c, "(" + (c + 1) + ")", numberHead);
                sheet.setColumnWidth(c, WIDTHS_MM[c] * 256 * 2 / 5 + 256);
            }
            for (RegisteredDocument document : documents) {
                XSSFRow row = sheet.createRow(r++);
                List<String> cells = cells(document);
                // wrapped cells do not grow their row by themselves in every spreadsheet program: set the height
                row.setHeightInPoints(LINE_POINTS * lines(cells));
                for (int c = 0; c < cells.size(); c++) {
                    boolean centred = c == 0 || c == 1 || c == 6;
                    CellStyle chosen = c == 9 && document.cancelled() ? noteCancelled : centred ? textCentre : text;
                    if (c == 6 && document.copies() != null) {
                        XSSFCell cell = row.createCell(c);
                        cell.setCellValue(document.copies());
                        cell.setCellStyle(chosen);
                    } else {
                        put(row, c, cells.get(c), chosen);
                    }
                }
            }
            sheet.setRepeatingRows(new CellRangeAddress(headRow, headRow + 1, -1, -1));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            workbook.write(out);
        }
    }

    /** The lines the tallest cell of a row takes, its text wrapped at its column's width (characters of 12 pt). */
    static int lines(List<String> cells) {
        int most = 1;
        for (int c = 0; c < cells.size(); c++) {
            int perLine = Math.max(1, WIDTHS_MM[c] * 2 / 5);
            int count = 0;
            for (String part : cells.get(c).split("\n", -1)) {
                count += Math.max(1, (part.length() + perLine - 1) / perLine);
            }
            most = Math.max(most, count);
        }
        return most;
    }

    private static int merged(XSSFSheet sheet, int r, String text, CellStyle style) {
        XSSFRow row = sheet.createRow(r);
        put(row, 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS.size() - 1));
        return r + 1;
    }
}
