package org.cutri.report;

import static org.cutri.document.WorkbookCells.fitHeight;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cutri.common.task.ProgressSteps;
import org.cutri.common.task.TaskMonitor;
import org.cutri.document.OfficialDocument.DocumentHeader;
import org.cutri.document.WorkbookTitle;

/**
 * The compiled report as an Excel workbook: sheet "Tổng hợp" with the counts (totals, authority × field,
 * by hamlet) and sheet "Phụ lục" with the annex. Each sheet opens with a title block (the issuing body with
 * its commune, the report and its number, the round); each table has a bold header row, column widths, row
 * heights that fit its wrapped text (neither POI's streaming nor LibreOffice fits them on opening), an auto
 * filter over its data rows (never the total row) and the header row frozen. Counts are whole numbers shown
 * as "1.158". Printing: A4, one page wide, landscape when the table is wide, the header row on every page.
 * Times New Roman throughout. Rows are streamed to the file (SXSSF), so a 5,000-row annex stays small in memory.
 * The annex repeats its header row on every printed page.
 */
public final class ReportWorkbook {

    public static final String SUMMARY_SHEET = "Tổng hợp";
    public static final String ANNEX_SHEET = "Phụ lục";
    /** The follow-up of the round's answers (a commune's report only). */
    public static final String FOLLOW_UP_SHEET = "Theo dõi trả lời";
    /** Rows of the title block above each sheet's first table (the last one left blank). */
    public static final int TITLE_ROWS = WorkbookTitle.ROWS;
    private static final String REPORT_TITLE = "BÁO CÁO TỔNG HỢP Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI";
    /** Whole numbers with the thousands separated ("1.158" in a Vietnamese Excel). */
    static final String NUMBER_FORMAT = "#,##0";

    private static final int FONT_SIZE = 12;
    /** Widths in characters; portrait A4 at the default margins holds about this much. */
    private static final int PORTRAIT_WIDTH = 95;
    private static final int ROWS_IN_MEMORY = 200;

    private ReportWorkbook() {
    }

    public static void write(CompiledReport report, OutputStream out) throws IOException {
        write(report, null, out, TaskMonitor.NONE);
    }

    /** As {@link #write(CompiledReport, DocumentHeader, OutputStream, TaskMonitor)} without the report's header. */
    public static void write(CompiledReport report, OutputStream out, TaskMonitor monitor) throws IOException {
        write(report, null, out, monitor);
    }

    /**
     * Writes the workbook, its title blocks taken from the report's document header (issuing body, number, place
     * and date; null leaves them out), reporting progress by sheets and annex rows, and stopping with
     * {@link java.util.concurrent.CancellationException} once the monitor is cancelled (checked between the
     * sheets, between the annex rows and before the file is put together).
     */
    public static void write(CompiledReport report, DocumentHeader header, OutputStream out, TaskMonitor monitor)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            ProgressSteps progress = new ProgressSteps(monitor, 1 + report.annex().size());
            Styles styles = new Styles(workbook);
            WorkbookTitle title = title(report, header);
            summary(report, workbook.createSheet(SUMMARY_SHEET), styles, title);
            progress.step();
            annex(report, workbook.createSheet(ANNEX_SHEET), styles, title, progress);
            if (!report.followUp().isEmpty()) {
                monitor.checkCancelled();
                followUp(report, workbook.createSheet(FOLLOW_UP_SHEET), styles, title);
            }
            monitor.checkCancelled();
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /** The title block over each sheet: the issuing body, the report with its number and date, the round. */
    private static WorkbookTitle title(CompiledReport report, DocumentHeader header) {
        return WorkbookTitle.of(header, REPORT_TITLE, report.roundName());
    }

    /** The title block over columns 0..lastColumn, its title naming the sheet. */
    private static void titleBlock(Sheet sheet, WorkbookTitle title, String sheetTitle, int lastColumn,
            int widthChars) {
        title.titled(title.title() + " - " + sheetTitle.toUpperCase(java.util.Locale.forLanguageTag("vi")))
                .write(sheet, lastColumn, widthChars);
    }

    /**
     * A4, one page wide (as many pages down as needed), landscape for a wide table, the header row repeated
     * on every page when the sheet is one long table ({@code repeatedRow} -1 for none).
     */
    private static void printSetup(Sheet sheet, int repeatedRow, int widthChars) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(widthChars > PORTRAIT_WIDTH);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        if (repeatedRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatedRow, repeatedRow, -1, -1));
        }
        sheet.getFooter().setCenter("Trang &P/&N");
    }

    private static void summary(CompiledReport report, Sheet sheet, Styles styles, WorkbookTitle title) {
        // Authority × field counts: the first table, so its header is the frozen, filtered row.
        List<String> authorities = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (CompiledReport.AnnexRow row : report.annex()) {
            if (!authorities.contains(row.authority())) {
                authorities.add(row.authority());
            }
        }
        // Keep section II's order of authorities and fields.
        List<String> orderedAuthorities = new ArrayList<>();
        for (CompiledReport.AuthoritySection section : report.authorities()) {
            orderedAuthorities.add(section.authority());
        }
        fields.addAll(report.fieldOrder());
        for (String a : authorities) {
            if (!orderedAuthorities.contains(a)) {
                orderedAuthorities.add(a);
            }
        }
        for (CompiledReport.AnnexRow row : report.annex()) {
            fields.add(row.field());
            counts.computeIfAbsent(row.field(), k -> new LinkedHashMap<>()).merge(row.authority(), 1, Integer::sum);
        }
        List<String> titles = new ArrayList<>();
        titles.add("Lĩnh vực");
        titles.addAll(orderedAuthorities);
        titles.add("Cộng");
        int[] widths = new int[titles.size()];
        widths[0] = 42;
        for (int c = 1; c < titles.size(); c++) {
            widths[c] = Math.max(12, Math.min(30, titles.get(c).length() + 4));
        }
        int totalWidth = 0;
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
            totalWidth += widths[c];
        }
        titleBlock(sheet, title, "Số liệu tổng hợp", titles.size() - 1, totalWidth);

        int headerRow = TITLE_ROWS;
        int r = headerRow;
        Row header = sheet.createRow(r++);
        headerRow(header, titles, widths, styles);
        int[] columnTotals = new int[orderedAuthorities.size()];
        for (String field : fields) {
            Row row = sheet.createRow(r++);
            cell(row, 0, field, styles.wrapped);
            fitHeight(row, field, widths[0], FONT_SIZE);
            int total = 0;
            for (int c = 0; c < orderedAuthorities.size(); c++) {
                int n = counts.getOrDefault(field, Map.of()).getOrDefault(orderedAuthorities.get(c), 0);
                number(row, c + 1, n, styles.number);
                total += n;
                columnTotals[c] += n;
            }
            number(row, orderedAuthorities.size() + 1, total, styles.boldNumber);
        }
        int lastDataRow = r - 1;
        Row totalRow = sheet.createRow(r++);
        cell(totalRow, 0, "Cộng", styles.header);
        int grand = 0;
        for (int c = 0; c < columnTotals.length; c++) {
            number(totalRow, c + 1, columnTotals[c], styles.boldNumber);
            grand += columnTotals[c];
        }
        number(totalRow, columnTotals.length + 1, grand, styles.boldNumber);
        // the filter covers the data rows only: sorting or filtering never moves the total row
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastDataRow), 0, titles.size() - 1));
        sheet.createFreezePane(0, headerRow + 1);
        // several short tables: the first one's header over the others' pages would mislead
        printSetup(sheet, -1, totalWidth);

        r++;
        CompiledReport.Counts totals = report.counts();
        headerRow(sheet.createRow(r++), List.of("Số liệu chung", "Số lượng"), widths, styles);
        List<Object[]> lines = new ArrayList<>(List.of(
            new Object[] {"Hội nghị đã tổ chức", report.facts().meetingsHeld()},
            new Object[] {"Hội nghị theo kế hoạch", report.facts().meetingsPlanned()},
            new Object[] {"Cử tri được mời", report.facts().votersInvited()},
            new Object[] {"Cử tri tham dự", report.facts().votersPresent()},
            new Object[] {"Ý kiến tiếp nhận", totals.received()},
            new Object[] {"Ý kiến được tán thành (tổng hợp)", totals.approved()},
            new Object[] {"Ý kiến không được tán thành", totals.notApproved()},
            new Object[] {"Nội dung sau khi gộp ý kiến trùng", totals.issues()},
            new Object[] {"Ý kiến đã trả lời tại hội nghị", totals.answeredAtMeetings()}));
        for (RoundFacts.DeputyCount d : report.facts().deputies()) {
            lines.add(new Object[] {"Đại biểu " + d.level() + " được phân công", d.assigned()});
            lines.add(new Object[] {"Đại biểu " + d.level() + " tham dự", d.present()});
        }
        for (Object[] line : lines) {
            Row row = sheet.createRow(r++);
            cell(row, 0, (String) line[0], styles.wrapped);
            fitHeight(row, (String) line[0], widths[0], FONT_SIZE);
            number(row, 1, (Integer) line[1], styles.number);
        }

        r++;
        headerRow(sheet.createRow(r++), List.of(report.province() ? "Xã, thôn" : "Thôn", "Số ý kiến tổng hợp"), widths,
                styles);
        Map<String, Integer> byPlace = new LinkedHashMap<>();
        for (CompiledReport.AnnexRow row : report.annex()) {
            String place = (row.commune() == null ? "" : row.commune() + ": ")
                    + (row.hamlet() == null ? "(không rõ)" : row.hamlet());
            byPlace.merge(place, 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> e : byPlace.entrySet()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, e.getKey(), styles.wrapped);
            fitHeight(row, e.getKey(), widths[0], FONT_SIZE);
            number(row, 1, e.getValue(), styles.number);
        }
    }

    private static void annex(CompiledReport report, Sheet sheet, Styles styles, WorkbookTitle title,
            ProgressSteps progress) {
        List<String> titles = new ArrayList<>(List.of("STT", "Mã", "Nội dung ý kiến, kiến nghị"));
        List<Integer> widthList = new ArrayList<>(List.of(6, 11, 70));
        if (report.province()) {
            titles.add("Xã");
            widthList.add(18);
        }
        titles.addAll(List.of("Thôn", "Lĩnh vực", "Thẩm quyền", "Ghi chú"));
        widthList.addAll(List.of(18, 22, 22, 30));
        int[] widths = widthList.stream().mapToInt(Integer::intValue).toArray();
        int totalWidth = 0;
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
            totalWidth += widths[c];
        }
        titleBlock(sheet, title, "Phụ lục: danh sách ý kiến, kiến nghị", titles.size() - 1, totalWidth);
        int headerRow = TITLE_ROWS;
        headerRow(sheet.createRow(headerRow), titles, widths, styles);
        int r = headerRow + 1;
        for (CompiledReport.AnnexRow line : report.annex()) {
            progress.step();
            Row row = sheet.createRow(r++);
            int c = 0;
            number(row, c++, line.number(), styles.number);
            cell(row, c++, line.code(), styles.text);
            wrapped(row, c++, line.content(), widths, styles);
            if (report.province()) {
                wrapped(row, c++, line.commune(), widths, styles);
            }
            wrapped(row, c++, line.hamlet(), widths, styles);
            wrapped(row, c++, line.field(), widths, styles);
            wrapped(row, c++, line.authority(), widths, styles);
            wrapped(row, c, line.notes(), widths, styles);
        }
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, titles.size() - 1));
        sheet.createFreezePane(0, headerRow + 1);
        printSetup(sheet, headerRow, totalWidth);
    }

    /**
     * The follow-up of the round's answers: per authority and in all, the issues received, forwarded, answered on
     * time and late, overdue and assessed satisfactory; then the earlier rounds' unresolved items carried into it.
     */
    private static void followUp(CompiledReport report, Sheet sheet, Styles styles, WorkbookTitle title) {
        List<String> titles = new ArrayList<>();
        titles.add("Thẩm quyền");
        titles.addAll(AnswerReportDocument.COUNT_TITLES);
        int[] widths = {40, 13, 13, 15, 15, 16, 16};
        int totalWidth = 0;
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
            totalWidth += widths[c];
        }
        titleBlock(sheet, title, FOLLOW_UP_SHEET, titles.size() - 1, totalWidth);
        int headerRow = TITLE_ROWS;
        int r = headerRow;
        headerRow(sheet.createRow(r++), titles, widths, styles);
        for (org.cutri.answer.FollowUpCounts counts : report.followUp()) {
            boolean total = counts.authority() == null;
            Row row = sheet.createRow(r++);
            cell(row, 0, AnswerReportDocument.authorityLabel(counts.authority()), total ? styles.header : styles.wrapped);
            List<Integer> values = AnswerReportDocument.values(counts);
            for (int c = 0; c < values.size(); c++) {
                number(row, c + 1, values.get(c), total ? styles.boldNumber : styles.number);
            }
        }
        sheet.createFreezePane(0, headerRow + 1);
        printSetup(sheet, -1, totalWidth);

        // the items carried over, in the same columns: the content first, where the authority was
        r++;
        Row heading = sheet.createRow(r++);
        cell(heading, 0, "Ý kiến, kiến nghị của cử tri các đợt trước chưa được giải quyết (tồn đọng)", styles.subtitle);
        sheet.addMergedRegion(new CellRangeAddress(heading.getRowNum(), heading.getRowNum(), 0, titles.size() - 1));
        if (report.carried().isEmpty()) {
            cell(sheet.createRow(r), 0, "Không còn ý kiến, kiến nghị nào của các đợt trước chưa được giải quyết.",
                    styles.titleLine);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, titles.size() - 1));
            return;
        }
        headerRow(sheet.createRow(r++), List.of("Nội dung ý kiến, kiến nghị", "Mã", "Thôn", "Đợt nêu", "Số lần nêu",
                "Nêu lần đầu", "Tình trạng"), widths, styles);
        for (org.cutri.answer.FollowUpIssue issue : report.carried()) {
            Row row = sheet.createRow(r++);
            wrapped(row, 0, issue.content(), widths, styles);
            cell(row, 1, issue.code(), styles.text);
            wrapped(row, 2, String.join(", ", issue.hamlets()), widths, styles);
            wrapped(row, 3, issue.roundName(), widths, styles);
            number(row, 4, issue.raisedTimes(), styles.number);
            cell(row, 5, org.cutri.common.text.DateText.format(issue.firstRaisedOn()), styles.text);
            wrapped(row, 6, AnswerReportDocument.state(issue), widths, styles);
        }
    }

    private static void headerRow(Row row, List<String> titles, int[] widths, Styles styles) {
        for (int c = 0; c < titles.size(); c++) {
            cell(row, c, titles.get(c), styles.header);
            fitHeight(row, titles.get(c), widths[Math.min(c, widths.length - 1)], FONT_SIZE);
        }
    }

    /** A text cell that wraps, its row made as high as the text needs. */
    private static void wrapped(Row row, int column, String text, int[] widths, Styles styles) {
        cell(row, column, text, styles.wrapped);
        fitHeight(row, text, widths[column], FONT_SIZE);
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, int value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle subtitle;
        final CellStyle titleLine;
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle number;
        final CellStyle boldNumber;

        Styles(SXSSFWorkbook workbook) {
            Font plain = font(workbook, FONT_SIZE, false, false);
            Font bold = font(workbook, FONT_SIZE, true, false);
            subtitle = titleStyle(workbook, font(workbook, FONT_SIZE, true, true));
            titleLine = titleStyle(workbook, plain);
            header = bordered(workbook, bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(workbook, plain);
            wrapped = bordered(workbook, plain);
            wrapped.setWrapText(true);
            // Text cells stay text when someone edits them or saves the sheet as CSV: an opinion starting with
            // "=", "+", "-" or "@" never becomes a formula (SpreadsheetText); the prefix is not shown.
            header.setQuotePrefixed(true);
            text.setQuotePrefixed(true);
            wrapped.setQuotePrefixed(true);
            short format = workbook.createDataFormat().getFormat(NUMBER_FORMAT);
            number = bordered(workbook, plain);
            number.setDataFormat(format);
            boldNumber = bordered(workbook, bold);
            boldNumber.setDataFormat(format);
        }

        private static Font font(SXSSFWorkbook workbook, int size, boolean bold, boolean italic) {
            Font font = workbook.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) size);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        }

        private static CellStyle titleStyle(SXSSFWorkbook workbook, Font font) {
            CellStyle style = styled(workbook, font, VerticalAlignment.CENTER);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setWrapText(true);
            style.setQuotePrefixed(true);
            return style;
        }

        private static CellStyle bordered(SXSSFWorkbook workbook, Font font) {
            CellStyle style = styled(workbook, font, VerticalAlignment.TOP);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }

        private static CellStyle styled(SXSSFWorkbook workbook, Font font, VerticalAlignment vertical) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setVerticalAlignment(vertical);
            return style;
        }
    }
}
