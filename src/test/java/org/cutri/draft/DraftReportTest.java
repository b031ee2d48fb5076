package org.cutri.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.app.AppContext;
import org.cutri.common.task.TaskMonitor;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled report (.docx, .pdf) and the per-section table (.xlsx), written and opened again. */
class DraftReportTest {

    @TempDir
    Path folder;

    private AppContext context;
    private DraftFixture fixture;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder.resolve("data"));
        fixture = DraftFixture.imported(context, LocalDate.of(2026, 12, 10)).withComments(context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theDraftReportSaysSectionBySectionWhoSaidWhatAndHowMany() throws Exception {
        Path docx = folder.resolve("bao-cao.docx");
        context.drafts().save(fixture.draft.id(), docx, true, LocalDate.of(2026, 12, 2), TaskMonitor.NONE);
        String text;
        try (InputStream in = Files.newInputStream(docx);
                XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(in))) {
            text = extractor.getText().replace('\u00A0', ' ');
        }
        assertThat(text).contains("BÁO CÁO", "Tổng hợp ý kiến góp ý dự thảo Báo cáo chính trị của Ban Chấp hành Đảng"
                + " bộ xã Tân Phúc nhiệm kỳ 2025–2030", "(DỰ THẢO)", "Số:      /BC-",
                "I. TÌNH HÌNH TỔ CHỨC LẤY Ý KIẾN GÓP Ý",
                "thông qua 1 thôn, tổ dân phố, 1 tổ chức thành viên, đoàn thể, 1 cá nhân",
                "Tổng hợp được 4 ý kiến của 66 lượt người, góp ý vào 3 phần, mục của dự thảo; trong đó 1 ý kiến tán"
                        + " thành, 2 ý kiến không tán thành, 1 ý kiến tán thành một phần",
                "Mục “a) Sản xuất nông nghiệp”",
                "(Thuộc PHẦN THỨ NHẤT – I. KẾT QUẢ ĐẠT ĐƯỢC – 1. Về phát triển kinh tế)",
                "- Tán thành: 1 ý kiến (40 người) của thôn Đông Hải nhất trí với nội dung dự thảo.",
                "- Không tán thành: 1 ý kiến (25 người):",
                "+ “" + DraftFixture.DISAGREE + "” (Hội Nông dân xã; 25 người)",
                "- Tán thành một phần, đề nghị sửa đổi, bổ sung: 1 ý kiến (25 người):",
                "+ “" + DraftFixture.PARTLY + "” (Hội Nông dân xã; 25 người)",
                "+ “" + DraftFixture.PERSON + "” (Cá nhân ở thôn Trung Lập; 1 người)",
                "III. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận", "Ban Thường vụ Đảng ủy xã (b/c);", "Lưu: VT.",
                "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Các phần, mục còn lại của dự thảo không có ý kiến góp ý.");
        // The hamlet's agreement, entered three times, is written once per section it was given on.
        assertThat(text.split("thôn Đông Hải nhất trí", -1)).hasSize(3);
        assertThat(text).as("a hamlet is written in lower case mid-sentence").doesNotContain("của Thôn", "của Xóm");
        // Each section is headed by its own numbering only, not a second running number ("1. 1. …").
        assertThat(text).contains("\nMục “a) Sản xuất nông nghiệp”\n").doesNotContain("1. a) Sản xuất");
        // A draft print takes no number: the draft is still to be sent.
        assertThat(context.drafts().draft(fixture.draft.id()).sent()).isFalse();
    }

    /**
     * Section II follows the draft section by section; the draft's own numbering ("II. HẠN CHẾ", "1. Về …") would
     * read as the report's headings going backwards inside its II., so each is quoted as the draft's label.
     */
    @Test
    void theDraftsSectionsAreQuotedAsItsLabelsNeverPrintedAsTheReportsOwnNumberedHeadings() throws Exception {
        Path docx = folder.resolve("bao-cao.docx");
        context.drafts().save(fixture.draft.id(), docx, true, LocalDate.of(2026, 12, 2), TaskMonitor.NONE);
        List<String> sectionTwo = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            boolean inside = false;
            for (org.apache.poi.xwpf.usermodel.XWPFParagraph paragraph : document.getParagraphs()) {
                String line = paragraph.getText().replace('\u00A0', ' ').strip();
                if (line.startsWith("II. KẾT QUẢ GÓP Ý")) {
                    inside = true;
                } else if (line.startsWith("III. ")) {
                    break;
                } else if (inside && !line.isEmpty()) {
                    sectionTwo.add(line);
                }
            }
        }
        assertThat(sectionTwo).contains("Mục “1. Về phát triển kinh tế”", "Mục “a) Sản xuất nông nghiệp”");
        assertThat(sectionTwo).as("no line of the report's II. starts with the draft's numbering")
                .noneMatch(line -> line.matches("^([IVXLC]+\\.|\\d+\\.|[a-zđ]\\)|PHẦN THỨ).*"));
    }

    @Test
    void theIssuedReportAsPdfHasItsNumberAndMarksTheDraftSent() throws Exception {
        Path pdf = folder.resolve("bao-cao.pdf");
        context.drafts().save(fixture.draft.id(), pdf, false, LocalDate.of(2026, 12, 8), TaskMonitor.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Số: 01/BC-MTTQ-BTT", "BÁO CÁO", "Tổng hợp ý kiến góp ý dự thảo",
                    "ngày 08 tháng 12 năm 2026", "Hội Nông dân xã; 25 người", "Nơi nhận")
                    .doesNotContain("DỰ THẢO)");
        }
        DraftDocument sent = context.drafts().draft(fixture.draft.id());
        assertThat(sent.sent()).isTrue();
        assertThat(sent.reportDate()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void theTableHasARowPerSectionWithCountsWithoutDoubleCounting() throws Exception {
        Path xlsx = folder.resolve("bang.xlsx");
        context.drafts().save(fixture.draft.id(), xlsx, false, LocalDate.of(2026, 12, 8), TaskMonitor.NONE);
        // The table never issues the report.
        assertThat(context.drafts().draft(fixture.draft.id()).sent()).isFalse();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet(DraftWorkbook.SHEET);
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < DraftWorkbook.COLUMNS.size(); c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        assertThat(rows.get(1).get(0)).isEqualTo("BẢNG TỔNG HỢP Ý KIẾN GÓP Ý THEO TỪNG PHẦN, MỤC");
        // The title block's four lines, the header (the empty row under the block is not read), 41 sections, the
        // total.
        assertThat(rows.get(4)).containsExactlyElementsOf(DraftWorkbook.COLUMNS);
        assertThat(rows).hasSize(4 + 1 + 41 + 1);
        List<String> farming = rows.stream().filter(r -> r.get(1).strip().equals("a) Sản xuất nông nghiệp"))
                .findFirst().orElseThrow();
        assertThat(farming.subList(2, 7)).containsExactly("1", "1", "1", "65", "Thôn Đông Hải, Hội Nông dân xã");
        assertThat(farming.get(7)).contains("Không tán thành: " + DraftFixture.DISAGREE + " (Hội Nông dân xã, 25 người)",
                "Tán thành một phần: " + DraftFixture.PARTLY);
        List<String> economy = rows.stream().filter(r -> r.get(1).strip().equals("1. Về phát triển kinh tế"))
                .findFirst().orElseThrow();
        assertThat(economy.subList(2, 6)).containsExactly("1", "2", "1", "66");
        List<String> whole = rows.get(rows.size() - 1);
        assertThat(whole.get(1)).isEqualTo(DraftWorkbook.WHOLE);
        assertThat(whole.subList(2, 6)).containsExactly("1", "2", "1", "66");
    }

    @Test
    void theTableOpensWithTheIssuingBodyAndTheNumberAndDateOfTheReportItGoesWith() throws Exception {
        Path before = folder.resolve("bang-truoc.xlsx");
        context.drafts().save(fixture.draft.id(), before, false, LocalDate.of(2026, 12, 8), TaskMonitor.NONE);
        // the reader saw the title and the draft, but not who sends the table, nor its number and date
        assertThat(titleLines(before)).containsExactly("ỦY BAN MTTQ VIỆT NAM - BAN THƯỜNG TRỰC",
                "BẢNG TỔNG HỢP Ý KIẾN GÓP Ý THEO TỪNG PHẦN, MỤC", DraftReportDocument.subject(fixture.draft),
                "Số:      /BC-MTTQ-BTT; ngày 08 tháng 12 năm 2026");

        // once the report is issued, the table carries its number and its date, whatever day it is written
        context.drafts().save(fixture.draft.id(), folder.resolve("bao-cao.pdf"), false, LocalDate.of(2026, 12, 8),
                TaskMonitor.NONE);
        Path after = folder.resolve("bang-sau.xlsx");
        context.drafts().save(fixture.draft.id(), after, false, LocalDate.of(2026, 12, 15), TaskMonitor.NONE);
        assertThat(titleLines(after).get(3)).isEqualTo("Số: 01/BC-MTTQ-BTT; ngày 08 tháng 12 năm 2026");
    }

    /** The first four rows' text, each checked to span the table as the report workbook's title lines do. */
    private static List<String> titleLines(Path xlsx) throws Exception {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet(DraftWorkbook.SHEET);
            for (int r = 0; r < 4; r++) {
                lines.add(sheet.getRow(r) == null ? "" : sheet.getRow(r).getCell(0).getStringCellValue());
                assertThat(sheet.getMergedRegions()).as("line %d spans the table", r)
                        .contains(new CellRangeAddress(r, r, 0, DraftWorkbook.COLUMNS.size() - 1));
            }
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("STT");
        }
        return lines;
    }
}
