package org.cutri.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cutri.app.AppContext;
import org.cutri.common.task.TaskMonitor;
import org.cutri.commune.CommuneProfile;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a period written as Word and PDF on a real H2 file and read back: the official format, the sections,
 * notes grouped by topic with places and sources, hot spots and carried-over notes marked, the number given only when
 * issued (and kept), and the opinions about candidates only in an election period's report.
 */
class SentimentReportTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 28);

    @TempDir
    Path folder;

    private AppContext context;
    private SentimentService sentiment;
    private List<SentimentPeriod> months;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder.resolve("data"));
        sentiment = context.sentiment();
        context.commune().save(new CommuneProfile("Vĩnh An", "Thanh Hà", "Vĩnh An", "ỦY BAN MTTQ VIỆT NAM",
                "XÃ VĨNH AN", "BAN THƯỜNG TRỰC", "MTTQ-BTT", "Hoàng Thị Mận", null, null));
        Hamlet hamlet = context.hamlets().create(new HamletDraft("Thôn Cầu Gỗ", HamletKind.THON, null, null, null));
        months = sentiment.createMonthly(YearMonth.of(2026, 11), YearMonth.of(2026, 12));
        SentimentNote rubbish = sentiment.createNote(new NoteDraft(months.get(0).id(), id(sentiment.topics(), "Môi trường"),
                hamlet.id(), null, id(sentiment.sources(), "Ban công tác"), "Bãi rác tạm gây mùi hôi", Spread.MANY,
                true, "Một số hộ định chặn xe chở rác", null, false));
        sentiment.carryOver(rubbish.id());
        int december = months.get(1).id();
        sentiment.createNote(new NoteDraft(december, id(sentiment.topics(), "Giá cả"), null, "Chợ xã",
                id(sentiment.sources(), "Phụ nữ"), "Giá thực phẩm tăng dịp cuối năm", Spread.PART, false, null, null,
                false));
        sentiment.createNote(new NoteDraft(december, id(sentiment.topics(), "Đại hội Đảng"), hamlet.id(), null,
                id(sentiment.sources(), "Cựu chiến binh"), "Mong đại hội chọn được người đủ đức, đủ tài",
                Spread.WIDESPREAD, false, null, null, false));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theDraftHasNoNumberAndTheIssuedReportKeepsItsNumber() throws Exception {
        int december = months.get(1).id();
        Path draft = folder.resolve("du-thao.docx");
        sentiment.save(december, draft, true, ISSUED, TaskMonitor.NONE);

        String draftText = docxText(draft);
        assertThat(draftText).contains("Số:      /BC-MTTQ-BTT", "(DỰ THẢO)");
        assertThat(sentiment.period(december).reportNumber()).isNull();
        assertThat(sentiment.period(december).status()).isEqualTo(SentimentPeriodStatus.OPEN);

        Path issued = folder.resolve("bao-cao.docx");
        sentiment.save(december, issued, false, ISSUED, TaskMonitor.NONE);
        SentimentPeriod after = sentiment.period(december);
        assertThat(after.status()).isEqualTo(SentimentPeriodStatus.REPORTED);
        assertThat(after.reportNumber()).isEqualTo(1);
        assertThat(docxText(issued)).contains("Số: 01/BC-MTTQ-BTT", "Vĩnh An, ngày 28 tháng 12 năm 2026")
                .doesNotContain("(DỰ THẢO)");

        // Saved again later (another file, another day): the same number and date, no new number taken.
        Path again = folder.resolve("bao-cao-lai.pdf");
        sentiment.save(december, again, false, ISSUED.plusDays(3), TaskMonitor.NONE);
        assertThat(pdfText(again)).contains("Số: 01/BC-MTTQ-BTT", "ngày 28 tháng 12 năm 2026");
        // The next report issued takes the next number of the office's register.
        assertThat(sentiment.issue(months.get(0).id(), ISSUED).reportNumber()).isEqualTo(2);
    }

    @Test
    void theWordFileIsInTheOfficialFormatWithTheNotesByTopic() throws Exception {
        Path file = folder.resolve("thang-12.docx");
        sentiment.save(months.get(1).id(), file, false, ISSUED, TaskMonitor.NONE);

        try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText().replace('\u00A0', ' ');
            assertThat(text).contains("ỦY BAN MTTQ VIỆT NAM", "XÃ VĨNH AN", "BAN THƯỜNG TRỰC",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                    "Tình hình Nhân dân tháng 12/2026 đối với Đại hội Đảng các cấp", "I. TÌNH HÌNH CHUNG",
                    "II. TÌNH HÌNH TƯ TƯỞNG, DƯ LUẬN THEO CHỦ ĐỀ", "III. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:", "Lưu: VT.",
                    "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Hoàng Thị Mận");
            // Section I counts and calls out the hot spot; the carried-over note is counted.
            assertThat(text).contains("tổng hợp được 3 nội dung", "trong đó 1 nội dung tiếp tục từ kỳ trước",
                    "Có 1 điểm nóng", "Thôn Cầu Gỗ: Một số hộ định chặn xe chở rác.");
            // Section II: topics in the list's order, each note with place, source, spread and marks.
            assertThat(text).containsSubsequence("1. Đại hội Đảng các cấp",
                    "- Mong đại hội chọn được người đủ đức, đủ tài. (Thôn Cầu Gỗ; nguồn: Hội Cựu chiến binh; phổ biến)",
                    "2. Giá cả, thị trường", "- Giá thực phẩm tăng dịp cuối năm. (Chợ xã; nguồn: Hội Liên hiệp Phụ nữ;"
                            + " một bộ phận Nhân dân)",
                    "3. Môi trường", "- Bãi rác tạm gây mùi hôi. (Thôn Cầu Gỗ; nguồn: Ban công tác Mặt trận thôn;"
                            + " nhiều người; tiếp tục từ kỳ trước) Điểm nóng: Một số hộ định chặn xe chở rác.");
            // A monthly report has no part on candidates.
            assertThat(text).doesNotContain("người ứng cử");

            var section = docx.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            for (XWPFRun run : runs(docx)) {
                var fonts = run.getCTR().getRPr().getRFontsArray(0);
                assertThat(fonts.getAscii()).as("font of \"%s\"", run.text()).isEqualTo("Times New Roman");
            }
            XWPFRun hot = runs(docx).stream().filter(r -> r.text().contains("Điểm nóng")).findFirst().orElseThrow();
            assertThat(hot.isBold()).isTrue();
        }
    }

    @Test
    void theElectionReportSumsUpTheOpinionsAboutCandidatesByPlaceOnly() throws Exception {
        SentimentPeriod before = sentiment.createElection(LocalDate.of(2031, 3, 16)).get(0);
        sentiment.createNote(new NoteDraft(before.id(), id(sentiment.topics(), "bầu cử"), null, "Khu dân cư số 2",
                id(sentiment.sources(), "Đoàn Thanh niên"), "Thanh niên quan tâm cách bầu lần đầu", Spread.PART, false,
                null, "Đồng tình với danh sách người ứng cử được giới thiệu", false));
        Path file = folder.resolve("truoc-bau-cu.pdf");
        sentiment.save(before.id(), file, true, LocalDate.of(2031, 3, 5), TaskMonitor.NONE);

        String text = pdfText(file);
        assertThat(text).contains("Tình hình Nhân dân trước cuộc bầu cử", "Ý kiến của Nhân dân đối với những người",
                "Đồng tình với danh sách người ứng cử được giới thiệu. (Khu dân cư số 2)", "Trong kỳ không phát sinh");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    /** The text of a document's body, paragraph by paragraph (before it is written to a file). */
    static String docText(org.cutri.document.OfficialDocument document) {
        StringBuilder text = new StringBuilder();
        for (org.cutri.document.OfficialDocument.Block block : document.body()) {
            if (block instanceof org.cutri.document.OfficialDocument.Paragraph p) {
                p.runs().forEach(r -> text.append(r.text()));
            } else if (block instanceof org.cutri.document.OfficialDocument.Heading h) {
                text.append(h.text());
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static int id(List<SentimentEntry> list, String part) {
        String folded = org.cutri.common.text.VietText.fold(part);
        return list.stream().filter(e -> org.cutri.common.text.VietText.fold(e.name()).contains(folded)).findFirst()
                .orElseThrow().id();
    }

    private static String docxText(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file);
                XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
            return text.getText().replace('\u00A0', ' ');
        }
    }

    static String pdfText(Path file) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf).replace('\u00A0', ' ').replaceAll("\\s*\\R\\s*", " ");
        }
    }

    private static List<XWPFRun> runs(XWPFDocument docx) {
        List<XWPFRun> runs = new ArrayList<>();
        for (IBodyElement element : docx.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                runs.addAll(paragraph.getRuns());
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
                    }
                }
            }
        }
        return runs;
    }
}
