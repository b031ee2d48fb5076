package org.cutri.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.commune.CommuneProfile;
import org.cutri.document.WorkbookTitle;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conference's documents written to real files and read back: the programme, the invitations (one per page,
 * numbers blank until issued), the commendation list (Word, PDF, Excel) and the attendance list.
 */
class ConferenceDocumentsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    @TempDir
    Path folder;

    private AppContext context;
    private ConferenceService conferences;
    private ConferenceFiles files;
    private Conference conference;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder.resolve("data"));
        conferences = context.conferences();
        files = context.conferenceFiles();
        context.commune().save(new CommuneProfile("Vĩnh An", "Thanh Hà", "Vĩnh An", "ỦY BAN MTTQ VIỆT NAM",
                "XÃ VĨNH AN", "BAN THƯỜNG TRỰC", "MTTQ-BTT", "Hoàng Thị Mận", null, null));
        conference = conferences.create(ConferenceServiceTest.draft("Hội nghị tổng kết công tác bầu cử",
                ConferenceServiceTest.DAY));
        conferences.addItem(conference.id(), new ItemDraft(LocalTime.of(8, 0), "Ổn định tổ chức, giới thiệu đại biểu",
                "Ban Tổ chức"));
        conferences.addItem(conference.id(), new ItemDraft(LocalTime.of(8, 15), "Báo cáo tổng kết công tác bầu cử",
                "Phó Chủ tịch Ủy ban MTTQ xã"));
        conferences.addParticipant(conference.id(), new ParticipantDraft(ParticipantCategory.PARTY, "Phạm Thị Hoa",
                "Phó Bí thư Đảng ủy", null, true, Attendance.PRESENT, null));
        conferences.addParticipant(conference.id(), new ParticipantDraft(ParticipantCategory.ORGANISATIONS, null,
                null, "Hội Nông dân xã", true, Attendance.ABSENT, "Đi công tác"));
        conferences.addParticipant(conference.id(), new ParticipantDraft(ParticipantCategory.PRESS,
                "Phóng viên Đài truyền thanh xã", null, null, false, Attendance.UNKNOWN, null));
        conferences.addCommendation(conference.id(), new CommendationDraft(CommendationKind.INDIVIDUAL,
                "Trần Văn Bình", "Trưởng Ban công tác Mặt trận thôn Đông", "Giấy khen của Ban Thường trực Ủy ban MTTQ xã",
                "Vận động 100% cử tri trong thôn đi bầu cử"));
        conferences.addCommendation(conference.id(), new CommendationDraft(CommendationKind.COLLECTIVE,
                "Ban công tác Mặt trận thôn Tây", null, "Giấy khen của Ban Thường trực Ủy ban MTTQ xã",
                "Hoàn thành xuất sắc công tác tuyên truyền bầu cử"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theProgrammeIsAnOfficialDocumentWithTimesAndWho() throws Exception {
        Path docx = folder.resolve("chuong-trinh.docx");
        files.save(conference.id(), ConferenceDocumentKind.PROGRAMME, docx, TODAY, TaskMonitor.NONE);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText().replace('\u00A0', ' ');
            assertThat(text).contains("ỦY BAN MTTQ VIỆT NAM", "XÃ VĨNH AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Vĩnh An, ngày 01 tháng 7 năm 2026", "CHƯƠNG TRÌNH", "Hội nghị tổng kết công tác bầu cử",
                    "Thời gian: 08 giờ 00 đến 11 giờ 00, thứ Năm, ngày 09 tháng 7 năm 2026.",
                    "Nhà văn hóa thôn Đông;", "Nơi nhận:", "Lưu: VT.", "TM. BAN THƯỜNG TRỰC", "Hoàng Thị Mận");
            assertThat(text).containsSubsequence("08h00", "Ổn định tổ chức, giới thiệu đại biểu", "Ban Tổ chức",
                    "08h15", "Báo cáo tổng kết công tác bầu cử", "Phó Chủ tịch Ủy ban MTTQ xã");
            assertThat(text).doesNotContain("Số:");
            assertOfficialFormat(document);
        }
        Path pdf = folder.resolve("chuong-trinh.pdf");
        files.save(conference.id(), ConferenceDocumentKind.PROGRAMME, pdf, TODAY, TaskMonitor.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(new PDFTextStripper().getText(document)).contains("CHƯƠNG TRÌNH", "Ổn định tổ chức");
        }
    }

    /** Mid-sentence the weekday and a hamlet typed with a capital ("Thôn Tây Sơn") are lower case, as in the minutes. */
    @Test
    void theProgrammeWritesTheWeekdayAndAHamletTypedWithACapitalInLowerCaseMidSentence() throws Exception {
        Conference typed = conferences.update(conference.id(), new ConferenceDraft(ConferenceKind.SUMMARY,
                conference.title(), LocalDate.of(2026, 7, 14), LocalTime.of(8, 0), LocalTime.of(11, 0),
                VenueMode.BOTH, "Hội trường UBND xã", List.of("Nhà văn hóa Thôn Tây Sơn", "Nhà văn hóa Xóm 3"),
                ConferenceStatus.PLANNED, null));
        Path docx = folder.resolve("chuong-trinh.docx");
        files.save(typed.id(), ConferenceDocumentKind.PROGRAMME, docx, TODAY, TaskMonitor.NONE);
        String text;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
        }
        assertThat(text).contains("11 giờ 00, thứ Ba, ngày 14 tháng 7 năm 2026.")
                .contains("- Nhà văn hóa thôn\u00A0Tây\u00A0Sơn;", "- Nhà văn hóa xóm\u00A03.")
                .doesNotContain("Thứ Ba", "Thôn Tây", "Xóm 3");
    }

    @Test
    void invitationsAreOnePerInvitedGuestOnePageEachNumberedOnlyOnceIssued() throws Exception {
        Path draft = folder.resolve("giay-moi-du-thao.pdf");
        files.save(conference.id(), ConferenceDocumentKind.INVITATIONS, draft, TODAY, TaskMonitor.NONE);
        try (PDDocument pdf = Loader.loadPDF(draft.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(first).contains("GIẤY MỜI", "Số: /GM-MTTQ-BTT", "Ông/Bà: Phạm Thị Hoa, Phó Bí thư Đảng ủy",
                    "Đến dự hội nghị tổng kết công tác bầu cử.", "Như trên;").doesNotContain("Hội Nông dân");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(pdf).replaceAll("\\s+", " ");
            // page 2 is the second invitation's first page: no page number on it
            assertThat(second.strip()).startsWith("ỦY BAN MTTQ VIỆT NAM");
            assertThat(second).contains("Đại diện lãnh đạo Hội Nông dân xã").doesNotContain("Phóng viên");
        }
        assertThat(context.documentRegister().list(2026)).isEmpty();

        conferences.issueInvitations(conference.id(), TODAY);
        Path issued = folder.resolve("giay-moi.docx");
        files.save(conference.id(), ConferenceDocumentKind.INVITATIONS, issued, TODAY.plusDays(2), TaskMonitor.NONE);
        try (InputStream in = Files.newInputStream(issued); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).containsSubsequence("Số: 01/GM-MTTQ-BTT", "Phạm Thị Hoa", "Số: 02/GM-MTTQ-BTT",
                    "Hội Nông dân xã");
            // dated the day they were issued, not the day the file is written
            assertThat(text).contains("Vĩnh An, ngày 01 tháng 7 năm 2026").doesNotContain("ngày 03 tháng 7");
            // the second invitation starts a section of its own (a new page, page numbers from 1)
            long breaks = document.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null
                    && p.getCTP().getPPr().isSetSectPr()).count();
            assertThat(breaks).isEqualTo(1);
            assertOfficialFormat(document);
        }
    }

    @Test
    void theCommendationWorkbookRowsAreHighEnoughForTheirWrappedText() throws Exception {
        Path xlsx = folder.resolve("khen.xlsx");
        files.save(conference.id(), ConferenceDocumentKind.COMMENDATIONS, xlsx, TODAY, TaskMonitor.NONE);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            String form = "Giấy khen của Ban Thường trực Ủy ban MTTQ xã";
            assertThat(sheet.getColumnWidth(3) / 256).as("the form wraps in its column").isLessThan(form.length());
            // under the title block: the header, part I, its collective, part II, its individual
            for (int r : new int[] {WorkbookTitle.ROWS + 2, WorkbookTitle.ROWS + 4}) {
                assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).isEqualTo(form);
                assertThat(sheet.getRow(r).getCell(3).getCellStyle().getWrapText()).isTrue();
                assertThat(sheet.getRow(r).getHeightInPoints()).as("row %d holds two lines of 12 pt", r)
                        .isGreaterThanOrEqualTo(2 * 15f);
            }
        }
    }

    @Test
    void theCommendationWorkbookOpensWithTheIssuingBodyAndTheDateAsTheReportWorkbookDoes() throws Exception {
        Path xlsx = folder.resolve("khen-tieu-de.xlsx");
        files.save(conference.id(), ConferenceDocumentKind.COMMENDATIONS, xlsx, TODAY, TaskMonitor.NONE);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> title = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                title.add(sheet.getRow(r) == null ? "" : sheet.getRow(r).getCell(0).getStringCellValue());
                assertThat(sheet.getMergedRegions()).as("line %d spans the table", r)
                        .contains(new CellRangeAddress(r, r, 0, CommendationWorkbook.COLUMNS.size() - 1));
            }
            // the reader saw only the title and the conference: who sends the list, and when, was missing
            assertThat(title).containsExactly("ỦY BAN MTTQ VIỆT NAM - XÃ VĨNH AN - BAN THƯỜNG TRỰC",
                    "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "Hội nghị tổng kết công tác bầu cử",
                    "Vĩnh An, ngày 01 tháng 7 năm 2026");
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFont().getFontHeightInPoints())
                    .isEqualTo((short) 14);
            assertThat((Object) sheet.getRow(4)).as("a blank row under the block").isNull();
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("STT");
            assertThat(sheet.getRepeatingRows()).as("the header row, not a title line, repeats on every page")
                    .isEqualTo(new CellRangeAddress(5, 5, -1, -1));
        }
    }

    @Test
    void theCommendationListHasCollectivesThenIndividualsInWordPdfAndExcel() throws Exception {
        Path docx = folder.resolve("khen-thuong.docx");
        files.save(conference.id(), ConferenceDocumentKind.COMMENDATIONS, docx, TODAY, TaskMonitor.NONE);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).containsSubsequence("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
                    "Tổng số: 1 tập thể và 1 cá nhân", "I. TẬP THỂ", "Ban công tác Mặt trận thôn Tây",
                    "Hoàn thành xuất sắc công tác tuyên truyền bầu cử", "II. CÁ NHÂN", "Trần Văn Bình",
                    "Trưởng Ban công tác Mặt trận thôn Đông", "Giấy khen của Ban Thường trực Ủy ban MTTQ xã",
                    "Vận động 100% cử tri trong thôn đi bầu cử", "Nơi nhận:", "CHỦ TỊCH");
            assertOfficialFormat(document);
        }
        Path xlsx = folder.resolve("khen-thuong.xlsx");
        files.save(conference.id(), ConferenceDocumentKind.COMMENDATIONS, xlsx, TODAY, TaskMonitor.NONE);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
            int head = WorkbookTitle.ROWS;
            assertThat(sheet.getRow(head).getCell(1).getStringCellValue()).isEqualTo("Tập thể / Họ và tên");
            assertThat(sheet.getRow(head + 1).getCell(1).getStringCellValue()).isEqualTo("TẬP THỂ");
            assertThat(sheet.getRow(head + 2).getCell(1).getStringCellValue())
                    .isEqualTo("Ban công tác Mặt trận thôn Tây");
            assertThat(sheet.getRow(head + 2).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(head + 3).getCell(1).getStringCellValue()).isEqualTo("CÁ NHÂN");
            assertThat(sheet.getRow(head + 4).getCell(3).getStringCellValue())
                    .isEqualTo("Giấy khen của Ban Thường trực Ủy ban MTTQ xã");
            assertThat(sheet.getRow(head + 4).getCell(0).getCellStyle().getFont().getFontName())
                    .isEqualTo("Times New Roman");
        }
        // Excel is for the commendation list only: the programme is refused and no file is left.
        Path wrong = folder.resolve("chuong-trinh.xlsx");
        try {
            files.save(conference.id(), ConferenceDocumentKind.PROGRAMME, wrong, TODAY, TaskMonitor.NONE);
            throw new AssertionError("not refused");
        } catch (UserException e) {
            assertThat(e.key()).isEqualTo("conference.file.xlsxOnlyCommendations");
        }
        assertThat(wrong).doesNotExist();
    }

    @Test
    void theAttendanceListGivesEveryoneByCategoryWithAbsenceReasonsAndCounts() throws Exception {
        Path pdf = folder.resolve("diem-danh.pdf");
        files.save(conference.id(), ConferenceDocumentKind.ATTENDANCE, pdf, TODAY, TaskMonitor.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ",
                    "Tổng số đại biểu: 3; có mặt: 1; vắng mặt: 1; chưa ghi: 1.");
            // one heading and one table per category, in protocol order, numbered on through the tables
            assertThat(text).containsSubsequence("Thường trực Đảng ủy", "1 Phạm Thị Hoa", "Có mặt",
                    "Các tổ chức chính trị - xã hội", "2 Hội Nông dân xã", "Vắng", "Đi công tác",
                    "Cơ quan báo chí", "3 Phóng viên Đài truyền thanh xã");
        }
    }

    private static void assertOfficialFormat(XWPFDocument document) {
        var section = document.getDocument().getBody().getSectPr();
        assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(new BigInteger(section.getPgMar().getLeft().toString()).intValue()).isBetween(1700, 1985);
        for (XWPFRun run : runs(document)) {
            if (!run.text().isBlank()) {
                assertThat(run.getCTR().getRPr().getRFontsArray(0).getAscii()).as("font of \"%s\"", run.text())
                        .isEqualTo("Times New Roman");
            }
        }
    }

    private static List<XWPFRun> runs(XWPFDocument docx) {
        List<XWPFRun> runs = new ArrayList<>();
        for (IBodyElement element : docx.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                runs.addAll(paragraph.getRuns());
            } else if (element instanceof XWPFTable table) {
                table.getRows().forEach(row -> row.getTableCells().forEach(cell -> cell.getParagraphs()
                        .forEach(p -> runs.addAll(p.getRuns()))));
            }
        }
        return runs;
    }
}
