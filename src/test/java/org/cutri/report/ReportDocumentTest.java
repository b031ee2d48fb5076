package org.cutri.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.cutri.commune.CommuneProfile;
import org.cutri.document.DocxWriter;
import org.cutri.document.OfficialDocument;
import org.cutri.document.PdfWriter;
import org.cutri.opinion.Authority;
import org.junit.jupiter.api.Test;

/**
 * The report's content as the upper level reads it, from a round written here: the Word file and the PDF are
 * written and read back (text order, counts, dates).
 */
class ReportDocumentTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 10);

    private static ReportOpinion opinion(String code, String hamlet, String content, Authority authority,
            boolean voted, boolean answered, String group) {
        return new ReportOpinion(code, null, hamlet, content, "Kiến nghị", "Giao thông", authority, null, true,
                answered, answered ? "Chủ tịch UBND xã" : null, answered ? "Đã bố trí vốn năm 2027." : null, null,
                group, group == null ? null : "Sửa chữa đường liên thôn Đông Hòa - Bến Đò", voted);
    }

    /** Three hamlets about one road (accepted group, classed xã twice and thôn once), one answered, one unvoted. */
    private static ReportInput input(int present, int presentRecorded, List<ReportOpinion> extra) {
        List<ReportOpinion> opinions = new ArrayList<>(List.of(
                opinion("O1", "Thôn Đông Hòa", "Đường liên thôn xuống cấp, đề nghị sửa chữa", Authority.COMMUNE, true,
                        false, "7"),
                opinion("O2", "Thôn Bến Đò", "Đề nghị làm lại đường từ Đông Hòa đi Bến Đò", Authority.HAMLET, true,
                        false, "7"),
                opinion("O3", "Thôn Yên Lũy", "Tuyến đường Đông Hòa - Bến Đò hư hỏng nặng", Authority.COMMUNE, false,
                        false, "7"),
                opinion("O4", "Thôn Yên Lũy", "Đề nghị lắp đèn chiếu sáng ngõ xóm", Authority.COMMUNE, true, true,
                        null)));
        opinions.addAll(extra);
        RoundFacts facts = new RoundFacts(3, 5, List.of("Thôn Đông Hòa", "Thôn Bến Đò", "Thôn Yên Lũy"), 0, present,
                List.of(new RoundFacts.DeputyCount("HĐND xã", 16, 16, 48, 45)), 0, presentRecorded);
        return new ReportInput("Tiếp xúc cử tri sau kỳ họp thứ 2 HĐND xã khóa I", null, List.of(), facts, opinions,
                List.of("Giao thông"));
    }

    private static OfficialDocument document(ReportInput input, ReportDate date) {
        return ReportDocument.build(ReportCompiler.compile(input, false), CommuneProfile.usual(), 5, date);
    }

    private static String docxText(OfficialDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(document, out);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        }
    }

    private static String pdfText(OfficialDocument document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(document))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static String line(String text, String label) {
        return text.lines().filter(l -> l.startsWith(label)).findFirst().orElseThrow(() -> new AssertionError(
                "no line starting with " + label + " in:\n" + text));
    }

    @Test
    void sectionOneCountsWhatWasReallyMergedAnsweredAndVoted() throws IOException {
        String text = docxText(document(input(120, 3, List.of()), new ReportDate(DAY, false)));
        String opinions = line(text, "Ý kiến, kiến nghị: ");
        assertThat(opinions).contains("tiếp nhận 4 ý kiến", "tổng hợp 4 ý kiến, trong đó 3 ý kiến được đa số cử tri"
                + " biểu quyết tán thành, 1 ý kiến không có kết quả biểu quyết.",
                "Có 1 ý kiến đã được trả lời ngay tại hội nghị (mục III)",
                "Gửi các cơ quan có thẩm quyền xem xét, giải quyết 3 ý kiến",
                "sau khi gộp 3 ý kiến cùng nội dung thành 1 nội dung, còn 1 nội dung kiến nghị (mục II)");
        assertThat(text).doesNotContain("chỉ gồm các ý kiến được đa số cử tri tán thành");
        // the answered opinion is in section III, not among the items sent up in section II
        int sectionTwo = text.indexOf("II. Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI");
        int sectionThree = text.indexOf("III. Ý KIẾN ĐÃ ĐƯỢC TRẢ LỜI TẠI HỘI NGHỊ");
        assertThat(text.substring(sectionTwo, sectionThree)).doesNotContain("đèn chiếu sáng")
                .contains("Sửa chữa đường liên thôn Đông Hòa - Bến Đò");
        assertThat(text.substring(sectionThree)).contains("đèn chiếu sáng");
        assertThat(line(text, "1. Đề nghị Thường trực HĐND, UBND xã")).contains("giải quyết 1 nội dung");
    }

    @Test
    void noVoteRecordedClaimsNoMajority() throws IOException {
        ReportInput unvoted = new ReportInput("Tiếp xúc cử tri trước kỳ họp thứ 3 HĐND xã khóa I", null, List.of(),
                input(0, 0, List.of()).facts(), List.of(opinion("O9", "Thôn Đông Hòa",
                        "Đề nghị nạo vét kênh mương nội đồng", Authority.COMMUNE, false, false, null)), List.of());
        String text = docxText(document(unvoted, new ReportDate(DAY, false)));
        assertThat(text).doesNotContain("đa số");
        assertThat(line(text, "Ý kiến, kiến nghị: ")).contains("tổng hợp 1 ý kiến.");
    }

    @Test
    void votersNobodyEnteredAreNotPrintedAndLargeNumbersHaveSeparators() throws IOException {
        String blank = docxText(document(input(0, 0, List.of()), new ReportDate(DAY, false)));
        assertThat(blank).doesNotContain("tham dự 0").doesNotContain("Cử tri: ");
        String partly = docxText(document(input(1158, 2, List.of()), new ReportDate(DAY, false)));
        assertThat(line(partly, "Cử tri: ")).isEqualTo("Cử tri: tham dự 1.158 lượt cử tri (số liệu của 2/3 hội nghị).");
        assertThat(line(partly, "Đại biểu dân cử: ")).isEqualTo("Đại biểu dân cử: đại biểu HĐND xã: 16/16 đại biểu"
                + " được phân công đã tham dự (45/48 lượt đại biểu dự các hội nghị).");
        assertThat(partly).contains("Địa bàn đã tổ chức: 3 thôn, xóm (thôn Đông Hòa, Bến Đò, Yên Lũy).");
        assertThat(partly).contains("đã phối hợp tổ chức 3/5 hội nghị tiếp xúc cử tri theo kế hoạch; còn 2 hội nghị"
                + " chưa tổ chức.");
    }

    @Test
    void oneIssueIsClassedOnceInSectionTwoAndTheAnnex() throws IOException {
        OfficialDocument document = document(input(120, 3, List.of()), new ReportDate(DAY, false));
        String text = docxText(document);
        assertThat(text).contains("Ý kiến, kiến nghị thuộc thẩm quyền của xã")
                .doesNotContain("Ý kiến, kiến nghị thuộc thẩm quyền của thôn");
        OfficialDocument.Table annex = (OfficialDocument.Table) document.annexes().get(0).blocks().get(0);
        int authority = annex.columns().stream().map(OfficialDocument.Column::title).toList().indexOf("Thẩm quyền");
        assertThat(annex.rows().stream().map(r -> r.get(authority))).as("O2 was classed thôn, its group xã")
                .containsOnly("Xã");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(document, out);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            XWPFTable table = docx.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst().orElseThrow();
            assertThat(table.getRows()).hasSize(5);
            assertThat(table.getRow(2).getCell(authority).getText()).isEqualTo("Xã");
        }
    }

    @Test
    void signatureAndRecipientsFollowTheBodyThenTheAnnexOnItsOwnPage() throws IOException {
        OfficialDocument document = document(input(120, 3, List.of()), new ReportDate(DAY, false));
        assertThat(document.recipients()).startsWith("Thường trực Đảng ủy xã (b/c);");
        assertThat(document.annexes()).singleElement().satisfies(annex -> assertThat(annex.orientation())
                .as("six columns read on a turned page").isEqualTo(OfficialDocument.Orientation.LANDSCAPE));
        String pdf = pdfText(document);
        int end = pdf.indexOf("báo cáo để các cơ quan có thẩm quyền xem xét, giải quyết./.");
        int recipients = pdf.indexOf("Nơi nhận:");
        int party = pdf.indexOf("- Thường trực Đảng ủy xã (b/c);");
        int signature = pdf.indexOf("TM. BAN THƯỜNG TRỰC");
        int annex = pdf.indexOf("PHỤ LỤC DANH SÁCH Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI (Kèm theo Báo cáo số 05/BC-");
        assertThat(end).isPositive();
        assertThat(List.of(end, Math.min(recipients, signature), party, annex)).isSorted();
        assertThat(pdf.substring(annex)).contains("ngày 10 tháng 12 năm 2026 của Ban Thường trực Ủy ban MTTQ Việt Nam"
                + " xã)");
    }

    @Test
    void aDraftSaysSoUnderTheSubjectAndCarriesTheChosenDate() throws IOException {
        String draft = docxText(document(input(120, 3, List.of()), new ReportDate(LocalDate.of(2026, 11, 30), true)));
        assertThat(draft).contains(ReportDocument.DRAFT, "ngày 30 tháng 11 năm 2026");
        assertThat(draft.indexOf(ReportDocument.DRAFT)).isLessThan(draft.indexOf("I. TÌNH HÌNH"));
        String dueDay = docxText(document(input(120, 3, List.of()), new ReportDate(LocalDate.of(2026, 12, 7), false)));
        assertThat(dueDay).doesNotContain(ReportDocument.DRAFT).contains("ngày 07 tháng 12 năm 2026");
    }
}
