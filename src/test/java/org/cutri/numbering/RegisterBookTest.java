package org.cutri.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The yearly book written as Word and Excel, opened again and read: the form's ten columns, cancelled numbers. */
class RegisterBookTest {

    @TempDir
    Path folder;

    private Path data;

    @BeforeEach
    void register() {
        data = folder.resolve("data");
        try (AppContext context = TestContexts.open(data)) {
            context.commune().save(new org.cutri.commune.CommuneProfile("Tân Phúc", "Thử Nghiệm", "Tân Phúc",
                    "ỦY BAN MTTQ VIỆT NAM", "XÃ TÂN PHÚC", "BAN THƯỜNG TRỰC", "MTTQ-BTT", null, null, null));
            DocumentRegister register = context.documentRegister();
            register.issue(new IssueRequest("KH", "Tổ chức hội nghị tiếp xúc cử tri trước kỳ họp thứ 2",
                    LocalDate.of(2026, 5, 4), "Nguyễn Văn Thử", "Đảng ủy xã; Thường trực HĐND xã", null, 8, null));
            register.issue(IssueRequest.of("BC", "Tổng hợp ý kiến, kiến nghị cử tri", LocalDate.of(2026, 6, 2), null));
            register.registerByHand(new IssueRequest("GM", "=Dự hội nghị tổng kết", LocalDate.of(2026, 6, 9),
                    "Trần Thị Mẫu", "Các Ban công tác Mặt trận", "Văn phòng", 20, null));
            register.cancel(2026, 2, "Ghi nhầm kỳ họp");
            register.issue(IssueRequest.of("TB", "Năm sau", LocalDate.of(2027, 1, 3), null));
        }
    }

    @Test
    void theWordBookIsLandscapeTimesNewRomanWithTheCoverAndTheTenColumns() throws Exception {
        Path out;
        try (AppContext context = TestContexts.open(data)) {
            out = context.documentRegister().writeBook(2026, folder.resolve("so van ban di 2026.docx"));
        }
        try (InputStream in = Files.newInputStream(out); XWPFDocument docx = new XWPFDocument(in)) {
            var size = docx.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(((java.math.BigInteger) size.getW()).intValue()).isGreaterThan(((java.math.BigInteger) size.getH()).intValue());
            List<String> cover = docx.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank())
                    .toList();
            assertThat(cover).startsWith("ỦY BAN MTTQ VIỆT NAM", "XÃ TÂN PHÚC", "BAN THƯỜNG TRỰC", "SỔ ĐĂNG KÝ VĂN BẢN ĐI",
                    "Năm: 2026", "Từ ngày 04/05/2026 đến ngày 09/06/2026", "Từ số 01 đến số 03", "Quyển số: 01");
            XWPFTable table = docx.getTables().get(0);
            assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactlyElementsOf(RegisterBook.COLUMNS);
            assertThat(table.getRow(0).getTableCells()).hasSize(10);
            assertThat(table.getRow(1).getCell(9).getText()).isEqualTo("(10)");
            assertThat(table.getRows()).hasSize(5);
            assertThat(table.getRow(2).getTableCells()).extracting(XWPFTableCell::getText).containsExactly(
                    "01/KH-MTTQ-BTT", "04/05/2026", "Kế hoạch Tổ chức hội nghị tiếp xúc cử tri trước kỳ họp thứ 2",
                    "Nguyễn Văn Thử", "Đảng ủy xã; Thường trực HĐND xã", "VT", "8", "", "", "");
            assertThat(table.getRow(3).getCell(0).getText()).isEqualTo("02/BC-MTTQ-BTT");
            assertThat(table.getRow(3).getCell(9).getText()).isEqualTo("Hủy số ngày " + org.cutri.common.text.DateText
                    .format(LocalDate.now()) + ": Ghi nhầm kỳ họp");
            assertThat(table.getRow(4).getCell(2).getText()).isEqualTo("Giấy mời =Dự hội nghị tổng kết");
            List<String> fonts = new ArrayList<>();
            docx.getParagraphs().forEach(p -> p.getRuns().stream().map(XWPFRun::getFontFamily).forEach(fonts::add));
            table.getRows().forEach(row -> row.getTableCells().forEach(cell -> cell.getParagraphs()
                    .forEach(p -> p.getRuns().stream().map(XWPFRun::getFontFamily).forEach(fonts::add))));
            assertThat(fonts).isNotEmpty().containsOnly("Times New Roman");
            // the cover is page 1 without a number; the table's pages carry theirs, centred at the top
            assertThat(docx.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
            assertThat(docx.getHeaderList()).anySatisfy(header -> assertThat(header._getHdrFtr().xmlText())
                    .contains("PAGE"));
            assertThat(docx.getParagraphs().stream().anyMatch(p -> p.getCTP().xmlText().contains("w:type=\"page\"")))
                    .as("a page break after the cover").isTrue();
        }
    }

    @Test
    void everyWordOfTheWordBooksColumnTitlesFitsItsColumnNeverBrokenInside() throws Exception {
        Path out;
        try (AppContext context = TestContexts.open(data)) {
            out = context.documentRegister().writeBook(2026, folder.resolve("so.docx"));
        }
        // the titles are 11 pt bold Times New Roman; Liberation Serif, shipped with the program, has its metrics
        com.lowagie.text.pdf.BaseFont bold;
        try (InputStream font = getClass().getResourceAsStream("/fonts/LiberationSerif-Bold.ttf")) {
            bold = com.lowagie.text.pdf.BaseFont.createFont("LiberationSerif-Bold.ttf",
                    com.lowagie.text.pdf.BaseFont.IDENTITY_H, true, false, font.readAllBytes(), null);
        }
        // Word's default cell margins: 0.08 inch on each side
        float marginsPt = 2 * 0.08f * 72f;
        try (InputStream in = Files.newInputStream(out); XWPFDocument docx = new XWPFDocument(in)) {
            for (XWPFTableCell cell : docx.getTables().get(0).getRow(0).getTableCells()) {
                float columnPt = cell.getCTTc().getTcPr().getTcW().getW() instanceof java.math.BigInteger w
                        ? w.intValue() / 20f : 0f;
                for (String word : cell.getText().split("[\\s,]+")) {
                    assertThat(bold.getWidthPoint(word, 11f)).as("“%s” in “%s”", word, cell.getText())
                            .isLessThanOrEqualTo(columnPt - marginsPt);
                }
            }
        }
    }

    @Test
    void theExcelBookHasTheSameLinesAndKeepsTextThatLooksLikeAFormulaAsText() throws Exception {
        Path out;
        try (AppContext context = TestContexts.open(data)) {
            out = context.documentRegister().writeBook(2026, folder.resolve("so-2026.xlsx"));
        }
        try (InputStream in = Files.newInputStream(out); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Sổ văn bản đi 2026");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("SỔ ĐĂNG KÝ VĂN BẢN ĐI");
            assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("Quyển số: 01");
            // the cover is a printed page of its own, without a number; the table's pages are numbered
            assertThat(sheet.getRowBreaks()).containsExactly(8);
            assertThat(sheet.getFooter().getCenter()).isEqualTo("Trang &P");
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().getHeaderFooter()
                    .getDifferentFirst()).isTrue();
            int head = -1;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r) != null && sheet.getRow(r).getCell(0) != null
                        && "Số, ký hiệu văn bản".equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                    head = r;
                }
            }
            assertThat(head).isPositive();
            List<String> titles = new ArrayList<>();
            sheet.getRow(head).forEach(cell -> titles.add(cell.getStringCellValue()));
            assertThat(titles).containsExactlyElementsOf(RegisterBook.COLUMNS);
            assertThat(sheet.getRow(head + 2).getCell(0).getStringCellValue()).isEqualTo("01/KH-MTTQ-BTT");
            assertThat(sheet.getRow(head + 2).getCell(6).getNumericCellValue()).isEqualTo(8.0);
            assertThat(sheet.getRow(head + 2).getHeightInPoints()).as("a row as tall as its wrapped text")
                    .isGreaterThan(2 * 15f);
            assertThat(sheet.getRow(head + 3).getCell(9).getStringCellValue()).endsWith(": Ghi nhầm kỳ họp");
            assertThat(sheet.getRow(head + 4).getCell(2).getStringCellValue()).isEqualTo("Giấy mời =Dự hội nghị tổng kết");
            assertThat(sheet.getRow(head + 4).getCell(5).getStringCellValue()).isEqualTo("Văn phòng");
            assertThat(sheet.getLastRowNum()).as("only 2026's numbers").isEqualTo(head + 4);
            assertThat(workbook.getFontAt(sheet.getRow(head + 2).getCell(2).getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo("Times New Roman");
        }
    }

    @Test
    void aSummaryThatAlreadyNamesItsKindIsNotPrefixedTwice() {
        RegisteredDocument old = new RegisteredDocument(2025, 4, "04/KH-MTTQ-BTT", LocalDate.of(2025, 10, 30), "KH",
                "Kế hoạch Tiếp xúc cử tri trước kỳ họp thứ 2", null, null, "VT", null, DocumentStatus.ISSUED, null, null,
                "round-plan:7");
        assertThat(RegisterBook.cells(old).get(2)).isEqualTo("Kế hoạch Tiếp xúc cử tri trước kỳ họp thứ 2");
        RegisteredDocument plain = new RegisteredDocument(2025, 5, "05/BC-MTTQ-BTT", LocalDate.of(2025, 11, 20), "BC",
                "Tổng hợp ý kiến cử tri", null, null, "VT", null, DocumentStatus.ISSUED, null, null, "hand");
        assertThat(RegisterBook.cells(plain).get(2)).isEqualTo("Báo cáo Tổng hợp ý kiến cử tri");
    }

    @Test
    void anotherFormatIsRefusedAndWritesNothing() {
        try (AppContext context = TestContexts.open(data)) {
            assertThatThrownBy(() -> context.documentRegister().writeBook(2026, folder.resolve("so.pdf")))
                    .isInstanceOf(UserException.class).hasFieldOrPropertyWithValue("key", "numbering.book.format");
        }
        assertThat(folder.resolve("so.pdf")).doesNotExist();
    }
}
