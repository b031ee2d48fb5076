package org.cutri.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cutri.app.AppContext;
import org.cutri.document.OfficialDocument;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's workbook written for the demo's July round and read back with POI: title block, row heights
 * that fit the wrapped text, A4 print setup one page wide, counts stored as numbers with a thousands format,
 * and filters that leave the total row out.
 */
class ReportWorkbookTest {

    @TempDir
    static Path folder;

    private static AppContext context;
    private static XSSFWorkbook workbook;
    private static CompiledReport report;
    private static OfficialDocument document;

    @BeforeAll
    static void writeAndReadBack() throws Exception {
        context = TestContexts.open(folder.resolve("data"));
        context.demo().load(false);
        int round = context.rounds().list().stream().filter(r -> r.name().contains("sau kỳ họp thứ 2")).findFirst()
                .orElseThrow().id();
        context.reports().issue(round, LocalDate.of(2026, 7, 30));
        PreparedReport prepared = context.reports().prepare(round, false, LocalDate.of(2026, 7, 30),
                org.cutri.common.task.TaskMonitor.NONE);
        report = prepared.report();
        document = prepared.document();
        Path xlsx = folder.resolve("bao-cao.xlsx");
        ReportFiles.save(report, document, xlsx);
        try (InputStream in = Files.newInputStream(xlsx)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
        context.close();
    }

    private static List<XSSFSheet> sheets() {
        return List.of(workbook.getSheet(ReportWorkbook.SUMMARY_SHEET), workbook.getSheet(ReportWorkbook.ANNEX_SHEET));
    }

    @Test
    void eachSheetOpensWithTheCommuneTheRoundAndTheReportNumber() {
        String number = document.header().number();
        assertThat(number).startsWith("Số: 01/BC-");
        for (XSSFSheet sheet : sheets()) {
            StringBuilder title = new StringBuilder();
            for (int r = 0; r < ReportWorkbook.TITLE_ROWS; r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(0) != null) {
                    title.append(row.getCell(0).getStringCellValue()).append('\n');
                }
            }
            assertThat(title.toString()).as(sheet.getSheetName()).contains("XÃ TÂN PHÚC", "BÁO CÁO TỔNG HỢP",
                    report.roundName(), number);
            int lastColumn = sheet.getRow(ReportWorkbook.TITLE_ROWS).getLastCellNum() - 1;
            assertThat(sheet.getMergedRegions()).as("title lines span the table")
                    .contains(new CellRangeAddress(0, 0, 0, lastColumn), new CellRangeAddress(2, 2, 0, lastColumn));
            assertThat(sheet.getRow(ReportWorkbook.TITLE_ROWS).getCell(0).getStringCellValue())
                    .isIn("STT", "Lĩnh vực");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                    .as("the header row stays in view").isEqualTo((short) (ReportWorkbook.TITLE_ROWS + 1));
        }
    }

    @Test
    void rowsAreHighEnoughForTheirWrappedText() {
        XSSFSheet annex = workbook.getSheet(ReportWorkbook.ANNEX_SHEET);
        int contentWidth = annex.getColumnWidth(2) / 256;
        int checked = 0;
        for (int r = ReportWorkbook.TITLE_ROWS + 1; r <= annex.getLastRowNum(); r++) {
            Row row = annex.getRow(r);
            String content = row.getCell(2).getStringCellValue();
            assertThat(row.getCell(2).getCellStyle().getWrapText()).isTrue();
            // at most about 1.8 average letters per column unit fit on a line of Times New Roman 12 pt
            int lines = (int) Math.ceil(content.length() / (contentWidth * 1.8));
            assertThat(row.getHeightInPoints()).as("row %d: %s", r, content)
                    .isGreaterThanOrEqualTo(lines * 14f)
                    .isLessThanOrEqualTo((lines + 2) * 15f + 6f);
            checked++;
        }
        assertThat(checked).isEqualTo(report.annex().size());
        // a long opinion gets several lines, a short one stays low
        int longest = ReportWorkbook.TITLE_ROWS + 1;
        for (int r = longest; r <= annex.getLastRowNum(); r++) {
            if (annex.getRow(r).getCell(2).getStringCellValue().length()
                    > annex.getRow(longest).getCell(2).getStringCellValue().length()) {
                longest = r;
            }
        }
        assertThat(annex.getRow(longest).getHeightInPoints()).isGreaterThan(30f);
    }

    @Test
    void sheetsPrintOnA4OnePageWideWithTheHeaderRowRepeated() {
        for (XSSFSheet sheet : sheets()) {
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).as("as many pages down as needed").isEqualTo((short) 0);
        }
        XSSFSheet annex = workbook.getSheet(ReportWorkbook.ANNEX_SHEET);
        assertThat(annex.getPrintSetup().getLandscape()).as("the eight-column annex is wide").isTrue();
        assertThat(annex.getRepeatingRows()).as("its header row on every page").isEqualTo(CellRangeAddress.valueOf(
                (ReportWorkbook.TITLE_ROWS + 1) + ":" + (ReportWorkbook.TITLE_ROWS + 1)));
    }

    @Test
    void countsAreWholeNumbersWithAThousandsFormat() {
        XSSFSheet summary = workbook.getSheet(ReportWorkbook.SUMMARY_SHEET);
        int numbers = 0;
        for (Row row : summary) {
            if (row.getRowNum() <= ReportWorkbook.TITLE_ROWS) {
                continue;
            }
            for (Cell cell : row) {
                if (cell.getColumnIndex() == 0) {
                    continue;
                }
                if (cell.getCellType() == CellType.STRING) {
                    assertThat(cell.getStringCellValue()).as("row %d: a header, never a count as text",
                            row.getRowNum()).doesNotContainPattern("^[\\d/ .]+$");
                    continue;
                }
                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(cell.getNumericCellValue() % 1).isZero();
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
                numbers++;
            }
        }
        assertThat(numbers).isGreaterThan(10);
        Row deputies = null;
        for (Row row : summary) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith("Đại biểu")) {
                deputies = row;
                break;
            }
        }
        assertThat(deputies).as("deputies counted as numbers").isNotNull();
        assertThat(deputies.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        XSSFSheet annex = workbook.getSheet(ReportWorkbook.ANNEX_SHEET);
        Cell first = annex.getRow(ReportWorkbook.TITLE_ROWS + 1).getCell(0);
        assertThat(first.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(first.getNumericCellValue()).isEqualTo(1.0);
    }

    @Test
    void theFilterCoversTheDataRowsButNotTheTotalRow() {
        XSSFSheet summary = workbook.getSheet(ReportWorkbook.SUMMARY_SHEET);
        CellRangeAddress filter = CellRangeAddress.valueOf(summary.getCTWorksheet().getAutoFilter().getRef());
        assertThat(filter.getFirstRow()).isEqualTo(ReportWorkbook.TITLE_ROWS);
        Row total = summary.getRow(filter.getLastRow() + 1);
        assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Cộng");
        assertThat(total.getCell(total.getLastCellNum() - 1).getNumericCellValue()).isEqualTo(report.counts().approved());
        XSSFSheet annex = workbook.getSheet(ReportWorkbook.ANNEX_SHEET);
        CellRangeAddress annexFilter = CellRangeAddress.valueOf(annex.getCTWorksheet().getAutoFilter().getRef());
        assertThat(annexFilter.getFirstRow()).isEqualTo(ReportWorkbook.TITLE_ROWS);
        assertThat(annexFilter.getLastRow()).isEqualTo(ReportWorkbook.TITLE_ROWS + report.annex().size());
    }
}
