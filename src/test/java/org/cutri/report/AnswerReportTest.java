package org.cutri.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.cutri.answer.FollowUpCounts;
import org.cutri.answer.FollowUpIssue;
import org.cutri.app.AppContext;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.DateText;
import org.cutri.testing.AnswerFixture;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-back report (báo cáo kết quả trả lời cử tri) and the follow-up in the compiled report, written to real
 * files from a real H2 file and read back with POI and PDFBox as the upper level would open them.
 */
class AnswerReportTest {

    @TempDir
    static Path data;

    @TempDir
    Path folder;

    /** One data folder for the class: every test only reads it (and writes its files in its own folder). */
    private static AppContext context;
    private static AnswerFixture fixture;

    @BeforeAll
    static void demo() {
        context = TestContexts.open(data.resolve("demo"));
        context.demo().load(false, true);
        fixture = new AnswerFixture(context);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void theWordFileHasTheSectionsTheAnswersTheLettersTheCountsAndWhatIsPending() throws Exception {
        Path file = folder.resolve("ket qua tra loi.docx");
        fixture.answerReports.save(fixture.july.id(), file, AnswerFixture.TODAY, TaskMonitor.NONE);

        String text = docx(file);
        assertThat(text).contains("BÁO CÁO", "Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri",
                "Số: ", "/BC-", "I. TÌNH HÌNH TIẾP NHẬN, CHUYỂN VÀ TRẢ LỜI", "II. KẾT QUẢ GIẢI QUYẾT, TRẢ LỜI",
                "III. Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI CÁC ĐỢT TRƯỚC CHƯA ĐƯỢC GIẢI QUYẾT", "Nơi nhận:", "Lưu: VT.",
                "TM. BAN THƯỜNG TRỰC");
        // the group with its hamlets, its answer in short and its letter, and the Front's assessment
        assertThat(text).contains(fixture.answered.content().strip(), "(Cử tri ",
                "(Văn bản số 112/UBND-VP, ngày 25/08/2026, của UBND xã Tân Phúc)",
                "Đánh giá của Ban Thường trực: thỏa đáng", "Ủy ban nhân dân xã nhận được kiến nghị của cử tri");
        assertThat(text).as("the salutation is left out, the letter shortened at a sentence").doesNotContain(
                "Kính gửi", "mong tiếp tục nhận được ý kiến đóng góp", "(…).").contains(" (…) (Văn bản số 112/UBND-VP");
        // what is not answered: forwarded to whom, due when, overdue
        assertThat(text).contains("đã chuyển UBND tỉnh (văn bản số 45/MTTQ-BTT, ngày 01/08/2026); hạn trả lời"
                + " 31/08/2026; quá hạn 111 ngày.");
        assertThat(text).contains("(Văn bản số 88/UBND, ngày 15/12/2026, của UBND xã Tân Phúc)",
                "Đánh giá của Ban Thường trực: chưa thỏa đáng – trả lời chưa đúng câu hỏi.");
        assertThat(text).contains("không thuộc thẩm quyền giải quyết; đã hướng dẫn, chuyển đến Công ty Điện lực tỉnh.");

        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            XWPFTable table = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Thẩm quyền")).findFirst().orElseThrow();
            List<FollowUpCounts> counts = fixture.followUps.counts(fixture.july.id(), AnswerFixture.TODAY);
            assertThat(table.getNumberOfRows()).isEqualTo(counts.size() + 1);
            List<String> total = cells(table.getRow(table.getNumberOfRows() - 1));
            FollowUpCounts all = counts.get(counts.size() - 1);
            assertThat(total).containsExactly("Cộng", n(all.received()), n(all.forwarded()), n(all.answeredOnTime()),
                    n(all.answeredLate()), n(all.overdue()), n(all.satisfactory()));
            assertThat(all.overdue()).as("the forwarded item is overdue").isGreaterThanOrEqualTo(1);
            assertThat(all.satisfactory()).isGreaterThanOrEqualTo(1);
            assertThat(all.answeredLate()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void theLetterEndsItsSentenceBeforeTheResult() throws Exception {
        for (String text : julyAsWordAndPdf()) {
            // the reader saw "(Văn bản số …, của UBND xã Tân Phúc) Kết quả: …": no full stop after the letter
            assertThat(text).contains("của UBND xã Tân Phúc). Kết quả: ")
                    .doesNotContainPattern("\\(Văn bản[^()]*\\) Kết quả:");
        }
    }

    @Test
    void everyDateInFiguresIsWrittenDdMmYyyyTheAnswersToo() throws Exception {
        for (String text : julyAsWordAndPdf()) {
            // the reader saw an answer's "ngày 12/8/2026" beside the report's own "ngày 20/08/2026"
            assertThat(text).contains("theo quyết định của UBND xã ngày 12/08/2026.", "trước ngày 15/09/2026.");
            java.util.regex.Matcher date = java.util.regex.Pattern
                    .compile("(?<![\\d/])\\d{1,2}/\\d{1,2}/\\d{4}(?![\\d/])").matcher(text);
            int dates = 0;
            while (date.find()) {
                dates++;
                assertThat(date.group()).as("a date in figures").matches("\\d{2}/\\d{2}/\\d{4}");
            }
            assertThat(dates).isGreaterThan(10);
        }
    }

    /** July's read-back report written as Word and as PDF, each file's text. */
    private List<String> julyAsWordAndPdf() throws Exception {
        Path word = folder.resolve("ket-qua-7.docx");
        Path pdf = folder.resolve("ket-qua-7.pdf");
        fixture.answerReports.save(fixture.july.id(), word, AnswerFixture.TODAY, TaskMonitor.NONE);
        fixture.answerReports.save(fixture.july.id(), pdf, AnswerFixture.TODAY, TaskMonitor.NONE);
        return List.of(docx(word), pdf(pdf));
    }

    @Test
    void theNextRoundsReportShowsTheRaisedAgainCounterAndTheItemsCarriedInto() throws Exception {
        Path file = folder.resolve("thang-12.pdf");
        fixture.answerReports.save(fixture.december.id(), file, AnswerFixture.TODAY, TaskMonitor.NONE);

        String text = pdf(file);
        String since = DateText.format(fixture.raisedAgain.firstRaisedOn());
        assertThat(fixture.raisedAgain.raisedTimes()).isEqualTo(2);
        assertThat(text).contains("đã nêu 2 lần từ " + since);
        // July's unresolved items: overdue and found unsatisfactory, each with its counter; the resolved ones not
        String carried = text.substring(text.indexOf("III. Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI CÁC ĐỢT TRƯỚC"));
        assertThat(carried).contains(start(fixture.overdue), start(fixture.unsatisfactory),
                "đã nêu 1 lần từ " + DateText.format(fixture.overdue.raisedOn()), "quá hạn")
                .doesNotContain(start(fixture.answered), start(fixture.redirected));
        assertThat(text).contains("Ngoài ra, còn " + fixture.followUps.carriedInto(fixture.december.id()).size()
                + " nội dung ý kiến, kiến nghị của các đợt trước chưa được giải quyết (mục III).");
    }

    @Test
    void aRoundWithNoOpinionYetSaysSoWithoutAnEmptyTableAndListsEverythingCarriedInto() throws Exception {
        Path file = folder.resolve("thang-3.docx");
        fixture.answerReports.save(fixture.march.id(), file, AnswerFixture.TODAY, TaskMonitor.NONE);

        String text = docx(file);
        assertThat(text).contains("chưa có ý kiến, kiến nghị nào của cử tri được hội nghị tán thành",
                "Không có ý kiến, kiến nghị nào của đợt tiếp xúc cử tri này cần theo dõi trả lời.",
                "đã nêu 2 lần từ " + DateText.format(fixture.raisedAgain.firstRaisedOn()), start(fixture.raisedAgain),
                start(fixture.overdue));
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            assertThat(document.getTables()).as("no table of counts with nothing to count")
                    .noneMatch(t -> t.getText().contains("Tiếp nhận"));
        }
    }

    @Test
    void theNumberIsTakenAtIssueOnceAndKeptApartFromTheCompiledReports() throws Exception {
        Path draft = folder.resolve("du-thao.docx");
        int registered = context.documentRegister().list(AnswerFixture.TODAY.getYear()).size();
        fixture.answerReports.save(fixture.july.id(), draft, AnswerFixture.TODAY, TaskMonitor.NONE);
        assertThat(docx(draft)).as("a print before the issue leaves the number blank")
                .contains("Số:      /BC-MTTQ-BTT").doesNotContainPattern("Số: \\d+/BC-");
        assertThat(context.reports().answersIssued(fixture.july.id())).isEmpty();
        assertThat(context.documentRegister().list(AnswerFixture.TODAY.getYear())).as("no number taken")
                .hasSize(registered);

        ReportIssue issue = context.reports().answerIssue(fixture.july.id(), AnswerFixture.TODAY);
        assertThat(context.reports().answerIssue(fixture.july.id(), AnswerFixture.TODAY.plusDays(1)))
                .as("issuing twice keeps the number").isEqualTo(issue);
        Path first = folder.resolve("a.docx");
        Path again = folder.resolve("b.pdf");
        fixture.answerReports.save(fixture.july.id(), first, AnswerFixture.TODAY, TaskMonitor.NONE);
        fixture.answerReports.save(fixture.july.id(), again, AnswerFixture.TODAY.plusDays(3), TaskMonitor.NONE);
        ReportIssue compiled = context.reports().issue(fixture.july.id(), AnswerFixture.TODAY);

        assertThat(compiled.number()).isNotEqualTo(issue.number());
        String number = String.format("Số: %02d/BC-", issue.number());
        assertThat(docx(first)).contains(number);
        assertThat(pdf(again)).contains(number).contains("ngày 20 tháng 12 năm 2026");
        assertThat(context.documentRegister().find(issue.issueYear(), issue.number()).orElseThrow().source())
                .isEqualTo("round-answers:" + fixture.july.id());

        context.documentRegister().cancel(issue.issueYear(), issue.number(), "Thiếu trả lời của Điện lực");
        Path redraft = folder.resolve("du-thao-lai.docx");
        fixture.answerReports.save(fixture.july.id(), redraft, AnswerFixture.TODAY, TaskMonitor.NONE);
        assertThat(docx(redraft)).as("cancelled: a draft again").contains("Số:      /BC-MTTQ-BTT")
                .doesNotContain(number);
    }

    @Test
    void theCompiledReportOfTheNextRoundCarriesTheEarlierItemsAndItsWorkbookCountsTheAnswers() throws Exception {
        Path word = folder.resolve("tong-hop-12.docx");
        Path excel = folder.resolve("tong-hop-7.xlsx");
        PreparedReport december = context.reports().prepare(fixture.december.id(), false, AnswerFixture.TODAY,
                TaskMonitor.NONE);
        ReportFiles.save(december.report(), december.document(), word);
        PreparedReport july = context.reports().prepare(fixture.july.id(), false, AnswerFixture.TODAY, TaskMonitor.NONE);
        ReportFiles.save(july.report(), july.document(), excel);

        String text = docx(word);
        assertThat(text).contains(ReportDocument.CARRIED_TITLE, start(fixture.overdue),
                "đã nêu 1 lần từ " + DateText.format(fixture.overdue.raisedOn()),
                "đã chuyển UBND tỉnh, chưa trả lời", "đã trả lời, chưa thỏa đáng", "IV. KIẾN NGHỊ, ĐỀ XUẤT");
        assertThat(text.indexOf(ReportDocument.CARRIED_TITLE)).as("inside section II, before III")
                .isLessThan(text.indexOf("III. Ý KIẾN ĐÃ ĐƯỢC TRẢ LỜI TẠI HỘI NGHỊ"));

        try (InputStream in = Files.newInputStream(excel); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet(ReportWorkbook.FOLLOW_UP_SHEET);
            assertThat(sheet).isNotNull();
            Row header = sheet.getRow(ReportWorkbook.TITLE_ROWS);
            assertThat(cells(header)).startsWith("Thẩm quyền", "Tiếp nhận", "Đã chuyển", "Trả lời đúng hạn",
                    "Trả lời quá hạn", "Quá hạn chưa trả lời", "Được đánh giá thỏa đáng");
            List<FollowUpCounts> counts = fixture.followUps.counts(fixture.july.id(), AnswerFixture.TODAY);
            for (int i = 0; i < counts.size(); i++) {
                Row row = sheet.getRow(ReportWorkbook.TITLE_ROWS + 1 + i);
                FollowUpCounts c = counts.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(AnswerReportDocument.authorityLabel(c.authority()));
                List<Integer> shown = new ArrayList<>();
                for (int col = 1; col <= 6; col++) {
                    shown.add((int) row.getCell(col).getNumericCellValue());
                }
                assertThat(shown).containsExactlyElementsOf(AnswerReportDocument.values(c));
            }
            assertThat(sheet.getRow(ReportWorkbook.TITLE_ROWS + counts.size()).getCell(0).getStringCellValue())
                    .isEqualTo("Cộng");
        }
    }

    /** The first words of an issue, enough to find it in a document's text (a PDF wraps lines). */
    private static String start(FollowUpIssue issue) {
        String content = issue.content().strip();
        return content.substring(0, Math.min(24, content.length()));
    }

    private static String n(int value) {
        return ReportDocument.number(value);
    }

    private static List<String> cells(org.apache.poi.xwpf.usermodel.XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
    }

    private static List<String> cells(Row row) {
        DataFormatter format = new DataFormatter();
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(format.formatCellValue(cell)));
        return cells;
    }

    /** The Word file's text, no-break spaces as spaces (place names are held together, decision 0028). */
    private static String docx(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file);
                XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
            return text.getText().replace('\u00A0', ' ');
        }
    }

    /** The PDF's text, its white space made single spaces. */
    private static String pdf(Path file) throws Exception {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            // justified lines come out with wider spaces, and a line may break anywhere between words
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }
}
