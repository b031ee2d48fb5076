package org.cutri.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.cutri.app.AppContext;
import org.cutri.commune.CommuneProfile;
import org.cutri.document.DocumentFiles;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The plan's document of every kind, written to Word and PDF and read back as the upper level would. */
class PlanDocumentTest {

    @TempDir
    Path folder;

    private AppContext context;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder.resolve("data"));
        context.commune().save(new CommuneProfile("Hòa Lạc", "Sơn Trà", "Hòa Lạc", "ỦY BAN MTTQ VIỆT NAM", "XÃ HÒA LẠC",
                "BAN THƯỜNG TRỰC", "MTTQ-BTT", "Vương Đình Khải", null, null));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theIssuedElectionPlanCitesTheIncomingPlanAndListsItsDutiesWithTheirDates() throws Exception {
        IncomingDocument incoming = context.plans().recordIncoming(new IncomingDraft("45/KH-MTTQ-BTT",
                LocalDate.of(2026, 3, 2), "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
                "tuyên truyền, nắm tình hình Nhân dân quanh cuộc bầu cử", "10/5/2026; 20/5/2026; 01/6/2026"));
        OfficePlan plan = context.plans().create(PlanKind.ELECTION_SENTIMENT, incoming.id(), LocalDate.of(2026, 3, 9));
        context.plans().issue(plan.id(), LocalDate.of(2026, 3, 9));

        PlanDocument.Printed printed = context.planDocuments().build(plan.id());
        Path docx = folder.resolve("ke-hoach.docx");
        DocumentFiles.save(printed.document(), docx);

        assertThat(printed.number()).isEqualTo("01/KH-MTTQ-BTT");
        assertThat(printed.suggestedFileName()).isEqualTo("Ke-hoach-01-2026");
        List<String> lines = new ArrayList<>();
        List<XWPFRun> runs = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument word = new XWPFDocument(in)) {
            for (var element : word.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    lines.add(p.getText().replace('\u00A0', ' '));
                    runs.addAll(p.getRuns());
                } else if (element instanceof XWPFTable table) {
                    table.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> {
                        lines.add(p.getText().replace('\u00A0', ' '));
                        runs.addAll(p.getRuns());
                    })));
                }
            }
            CTSectPr section = word.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
            assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
        }
        for (XWPFRun run : runs) {
            CTFonts fonts = run.getCTR().getRPr().getRFontsArray(0);
            assertThat(fonts.getAscii()).as("font of \"%s\"", run.text()).isEqualTo("Times New Roman");
        }
        assertThat(lines).contains("ỦY BAN MTTQ VIỆT NAM", "XÃ HÒA LẠC", "BAN THƯỜNG TRỰC", "Số: 01/KH-MTTQ-BTT",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hòa Lạc, ngày 09 tháng 3 năm 2026", "KẾ HOẠCH",
                "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH",
                "Vương Đình Khải", "- Lưu: VT.");
        String all = String.join("\n", lines);
        assertThat(all).contains("Thực hiện Kế hoạch số 45/KH-MTTQ-BTT ngày 02/03/2026 của Ban Thường trực Ủy ban MTTQ"
                + " Việt Nam tỉnh về tuyên truyền, nắm tình hình Nhân dân quanh cuộc bầu cử, Ban Thường trực Ủy ban Mặt"
                + " trận Tổ quốc Việt Nam xã Hòa Lạc xây dựng kế hoạch tuyên truyền, vận động, theo dõi");
        assertThat(all).contains("Nơi nhận:", "- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (b/c);");
        // the duties are listed with their dates, in order, under item 4 of II (as seed 000 lists its reports)
        int second = lines.indexOf("II. NỘI DUNG");
        int third = lines.indexOf("III. TỔ CHỨC THỰC HIỆN");
        List<String> content = lines.subList(second, third);
        String lead = " (chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã; phối hợp: Các tổ chức chính trị - xã hội xã;"
                + " Ban công tác Mặt trận các thôn)";
        assertThat(content).containsSubsequence("4. Thời gian thực hiện và các mốc gửi báo cáo tình hình Nhân dân:",
                "- Tuyên truyền, vận động Nhân dân về cuộc bầu cử: từ ngày 09/03/2026 đến ngày 28/04/2026" + lead + ";",
                "- Báo cáo tình hình Nhân dân trước cuộc bầu cử: hoàn thành trước ngày 10/05/2026" + lead + ";",
                "- Báo cáo tình hình Nhân dân trong cuộc bầu cử: hoàn thành trước ngày 20/05/2026" + lead + ";",
                "- Báo cáo tình hình Nhân dân sau cuộc bầu cử: hoàn thành trước ngày 01/06/2026" + lead + ".");
    }

    @Test
    void aDraftPrintsWithoutANumberAndTakesNone() throws Exception {
        OfficePlan plan = context.plans().create(PlanKind.VOTER_CONTACT, null, LocalDate.of(2026, 5, 28));

        PlanDocument.Printed printed = context.planDocuments().build(plan.id());
        Path pdf = folder.resolve("du-thao.pdf");
        DocumentFiles.save(printed.document(), pdf);

        assertThat(printed.number()).isEmpty();
        assertThat(printed.suggestedFileName()).isEqualTo("Ke-hoach-du-thao-" + plan.id());
        assertThat(context.plans().get(plan.id()).issued()).isFalse();
        assertThat(context.documentNumbers().next("BC", "x", LocalDate.of(2026, 6, 1))).as("no number was taken")
                .isEqualTo(1);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
                        org.assertj.core.data.Offset.offset(0.5f));
            }
            // lines wrap where the page ends them: compare the words
            String text = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            assertThat(text).containsPattern("Số: +/KH-MTTQ-BTT").doesNotContain("Số: 01")
                    .contains("Hòa Lạc, ngày 28 tháng 5 năm 2026", "KẾ HOẠCH", "1. Mục đích", "2. Yêu cầu",
                            "1. Hội nghị triển khai kế hoạch tiếp xúc cử tri", "3. Thời gian tiến hành",
                            "Thời gian Nội dung công việc Chủ trì Phối hợp",
                            "31/05/2026 Hội nghị triển khai kế hoạch tiếp xúc cử tri",
                            "14/06/2026 - 16/06/2026 Hội nghị tiếp xúc cử tri ở các thôn",
                            "Trước 19/06/2026 Các thôn nộp biên bản",
                            "19/06/2026 - 20/06/2026 Tổng hợp ý kiến, kiến nghị của cử tri gửi kỳ họp", "Nơi nhận:", "Lưu: VT.", "TM. BAN THƯỜNG TRỰC");
        }
    }

    @Test
    void everyKindPrintsInBothFormatsWithItsSections() throws Exception {
        for (PlanKind kind : PlanKind.values()) {
            OfficePlan plan = context.plans().create(kind, null, LocalDate.of(2026, 8, 3));
            if (kind == PlanKind.FREE) {
                context.plans().updateSections(plan.id(), new PlanSections("Công tác tháng 8", null,
                        "Làm tốt công tác tháng 8.", "", "Các đoàn thể thực hiện.", "Lưu: VT.", "CHỦ TỊCH", "Vương Đình Khải"));
            }
            PlanDocument.Printed printed = context.planDocuments().build(plan.id());
            Path docx = folder.resolve(kind + ".docx");
            Path pdf = folder.resolve(kind + ".pdf");
            DocumentFiles.save(printed.document(), docx);
            DocumentFiles.save(printed.document(), pdf);
            String wordText;
            try (InputStream in = Files.newInputStream(docx); XWPFDocument word = new XWPFDocument(in);
                    org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor =
                            new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
                wordText = extractor.getText();
            }
            String pdfText;
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                pdfText = new PDFTextStripper().getText(document);
            }
            for (String text : List.of(wordText, pdfText)) {
                assertThat(text).as(kind.name()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH",
                        "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN", "Nơi nhận:", "Lưu: VT.",
                        "TM. BAN THƯỜNG TRỰC", "Vương Đình Khải");
            }
            // a template with a place for its duties ([VIỆC], [LỊCH]) lists them there; the others number them
            boolean placed = PlanTemplates.of(kind).content().contains(PlanDocument.LIST_MARKER)
                    || (PlanTemplates.of(kind).content() + PlanTemplates.of(kind).organisation())
                            .contains(PlanDocument.TIMETABLE_MARKER);
            assertThat(wordText).as(kind.name()).doesNotContain("[VIỆC]", "[LỊCH]");
            for (PlanDuty duty : context.plans().duties(plan.id())) {
                assertThat(wordText).as(kind.name()).contains(placed ? duty.what() : duty.position() + ". " + duty.what());
            }
            assertThat(placed).as(kind.name()).isEqualTo(kind != PlanKind.DRAFT_COMMENTS && kind != PlanKind.FREE);
        }
    }
}
