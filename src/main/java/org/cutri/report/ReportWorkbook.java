package org.cutri.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cutri.common.task.ProgressSteps;
import org.cutri.common.task.TaskMonitor;

/**
 * The compiled report as an Excel workbook: sheet "Tổng hợp" with the counts (totals, authority × field,
 * by hamlet) and sheet "Phụ lục" with the annex, each table with a bold header row, column widths, an auto
 * filter and the header row frozen; Times New Roman throughout.
 */
public final class ReportWorkbook {

    public static final String SUMMARY_SHEET = "Tổng hợp";
    public static final String ANNEX_SHEET = "Phụ lục";

    private ReportWorkbook() {
    }

    public static void write(CompiledReport report, OutputStream out) throws IOException {
        write(report, out, TaskMonitor.NONE);
    }

    /**
     * As {@link #write(CompiledReport, OutputStream)}, reporting progress by sheets and annex rows, and stopping
     * with {@link java.util.concurrent.CancellationException} once the monitor is cancelled (checked between
     * the sheets, between the annex rows and before the file is put together).
     */
    public static void write(CompiledReport report, OutputStream out, TaskMonitor monitor) throws IOException {
        try (XSSFWorkbook workbook = build(report, monitor)) {
            monitor.checkCancelled();
            workbook.write(out);
        }
    }

    static XSSFWorkbook build(CompiledReport report) {
        return build(report, TaskMonitor.NONE);
    }

    private static XSSFWorkbook build(CompiledReport report, TaskMonitor monitor) {
        ProgressSteps progress = new ProgressSteps(monitor, 1 + report.annex().size());
        XSSFWorkbook workbook = new XSSFWorkbook();
        try {
            Styles styles = new Styles(workbook);
            summary(report, workbook.createSheet(SUMMARY_SHEET), styles);
            progress.step();
            annex(report, workbook.createSheet(ANNEX_SHEET), styles, progress);
            return workbook;
        } catch (RuntimeException e) {
            closeQuietly(workbook);
            throw e;
        }
    }

    private static void closeQuietly(XSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            // nothing was written: the workbook lived in memory only
        }
    }

    private static void summary(CompiledReport report, Sheet sheet, Styles styles) {
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
        int r = 0;
        Row header = sheet.createRow(r++);
        List<String> titles = new ArrayList<>();
        titles.add("Lĩnh vực");
        titles.addAll(orderedAuthorities);
        titles.add("Cộng");
        for (int c = 0; c < titles.size(); c++) {
            cell(header, c, titles.get(c), styles.header);
        }
        int[] columnTotals = new int[orderedAuthorities.size()];
        for (String field : fields) {
            Row row = sheet.createRow(r++);
            cell(row, 0, field, styles.text);
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
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, lastDataRow), 0, titles.size() - 1));
        sheet.createFreezePane(0, 1);

        r++;
        CompiledReport.Counts totals = report.counts();
        Row totalsHeader = sheet.createRow(r++);
        cell(totalsHeader, 0, "Số liệu chung", styles.header);
        cell(totalsHeader, 1, "Số lượng", styles.header);
        Object[][] lines = {
            {"Hội nghị đã tổ chức", report.facts().meetingsHeld()},
            {"Hội nghị theo kế hoạch", report.facts().meetingsPlanned()},
            {"Cử tri được mời", report.facts().votersInvited()},
            {"Cử tri tham dự", report.facts().votersPresent()},
            {"Ý kiến tiếp nhận", totals.received()},
            {"Ý kiến được tán thành (tổng hợp)", totals.approved()},
            {"Ý kiến không được tán thành", totals.notApproved()},
            {"Nội dung sau khi gộp ý kiến trùng", totals.issues()},
            {"Ý kiến đã trả lời tại hội nghị", totals.answeredAtMeetings()},
        };
        for (Object[] line : lines) {
            Row row = sheet.createRow(r++);
            cell(row, 0, (String) line[0], styles.text);
            number(row, 1, (Integer) line[1], styles.number);
        }
        for (RoundFacts.DeputyCount d : report.facts().deputies()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, "Đại biểu " + d.level() + " tham dự / được phân công", styles.text);
            cell(row, 1, d.present() + "/" + d.assigned(), styles.number);
        }

        r++;
        Row placeHeader = sheet.createRow(r++);
        cell(placeHeader, 0, report.province() ? "Xã, thôn" : "Thôn", styles.header);
        cell(placeHeader, 1, "Số ý kiến tổng hợp", styles.header);
        Map<String, Integer> byPlace = new LinkedHashMap<>();
        for (CompiledReport.AnnexRow row : report.annex()) {
            String place = (row.commune() == null ? "" : row.commune() + ": ")
                    + (row.hamlet() == null ? "(không rõ)" : row.hamlet());
            byPlace.merge(place, 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> e : byPlace.entrySet()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, e.getKey(), styles.text);
            number(row, 1, e.getValue(), styles.number);
        }
        sheet.setColumnWidth(0, 42 * 256);
        for (int c = 1; c < titles.size(); c++) {
            sheet.setColumnWidth(c, Math.max(12, Math.min(30, titles.get(c).length() + 4)) * 256);
        }
    }

    private static void annex(CompiledReport report, Sheet sheet, Styles styles, ProgressSteps progress) {
        List<String> titles = new ArrayList<>(List.of("STT", "Mã", "Nội dung ý kiến, kiến nghị"));
        List<Integer> widths = new ArrayList<>(List.of(6, 11, 70));
        if (report.province()) {
            titles.add("Xã");
            widths.add(18);
        }
        titles.addAll(List.of("Thôn", "Lĩnh vực", "Thẩm quyền", "Ghi chú"));
        widths.addAll(List.of(18, 22, 22, 30));
        Row header = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            cell(header, c, titles.get(c), styles.header);
            sheet.setColumnWidth(c, widths.get(c) * 256);
        }
        int r = 1;
        for (CompiledReport.AnnexRow line : report.annex()) {
            progress.step();
            Row row = sheet.createRow(r++);
            int c = 0;
            number(row, c++, line.number(), styles.number);
            cell(row, c++, line.code(), styles.text);
            cell(row, c++, line.content(), styles.wrapped);
            if (report.province()) {
                cell(row, c++, line.commune(), styles.text);
            }
            cell(row, c++, line.hamlet(), styles.text);
            cell(row, c++, line.field(), styles.text);
            cell(row, c++, line.authority(), styles.text);
            cell(row, c, line.notes(), styles.wrapped);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, titles.size() - 1));
        sheet.createFreezePane(0, 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
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
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle number;
        final CellStyle boldNumber;

        Styles(XSSFWorkbook workbook) {
            Font plain = workbook.createFont();
            plain.setFontName("Times New Roman");
            plain.setFontHeightInPoints((short) 12);
            Font bold = workbook.createFont();
            bold.setFontName("Times New Roman");
            bold.setFontHeightInPoints((short) 12);
            bold.setBold(true);
            header = bordered(workbook, bold);
            header.setWrapText(true);
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
            number = bordered(workbook, plain);
            boldNumber = bordered(workbook, bold);
        }

        private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
