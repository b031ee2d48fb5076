package org.cutri.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.app.AppContext;
import org.cutri.round.ContactRound;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled report of the demo commune as the files the command line and the package write it (Word and PDF),
 * read as the upper level reads it: a report of a round not over is a draft, each opinion is a sentence, fields are
 * named in lower case mid-sentence, and the proposals never name "Cơ quan khác" as if it were a body.
 */
class ReportDocxReviewTest {

    @TempDir
    Path folder;

    @TempDir
    Path out;

    private AppContext context;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        context.demo().load(false);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private ContactRound round(String part) {
        return context.rounds().list().stream().filter(r -> r.name().contains(part)).findFirst().orElseThrow();
    }

    @Test
    void aReportWrittenWhileMeetingsAreNotHeldIsMarkedAsADraft() throws Exception {
        ContactRound december = round("trước kỳ họp thứ 3");
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertThat(context.reports().timing(december.id()).early(day)).as("the demo's December round is not over")
                .isTrue();

        for (String text : texts(december, "thang-12")) {
            assertThat(text).contains("BÁO CÁO", ReportDocument.DRAFT);
        }
        for (String text : texts(round("sau kỳ họp thứ 2"), "thang-7")) {
            assertThat(text).as("a round over and its report issued").doesNotContain("DỰ THẢO");
        }
    }

    /** One opinion of Xóm Bến as hamlets hand them in, a clause cut from the minutes, for a body nobody named. */
    private ContactRound julyWithAClauseForAnUnnamedBody() throws Exception {
        ContactRound july = round("sau kỳ họp thứ 2");
        Path csv = out.resolve("y-kien.csv");
        Files.writeString(csv, "Thôn,Nội dung,Lĩnh vực,Thẩm quyền\r\n"
                + "Xóm Bến,xem xét giảm giá điện cho người dân vùng nông thôn,Điện,Khác\r\n", StandardCharsets.UTF_8);
        assertThat(context.opinionImport().importFile(csv, july.id(), false).count()).isEqualTo(1);
        return july;
    }

    @Test
    void eachOpinionStartsWithACapitalInTheBodyAndTheAnnex() throws Exception {
        for (String text : texts(julyWithAClauseForAnUnnamedBody(), "thang-7")) {
            String body = text.substring(0, text.indexOf("PHỤ LỤC"));
            String annex = text.substring(text.indexOf("PHỤ LỤC"));
            assertThat(body).as("each opinion a sentence, as a clerk writes it")
                    .contains("- Xem xét giảm giá điện cho người dân vùng nông thôn.")
                    .doesNotContain("- xem xét");
            assertThat(annex).contains("Xem xét giảm giá điện cho người dân vùng nông thôn")
                    .doesNotContain("xem xét giảm giá điện");
        }
    }

    @Test
    void fieldHeadingsAreLowerCaseThroughoutMidSentence() throws Exception {
        for (String text : texts(round("sau kỳ họp thứ 2"), "thang-7")) {
            String body = text.substring(0, text.indexOf("PHỤ LỤC"));
            assertThat(body).contains("Lĩnh vực tài nguyên - môi trường", "Lĩnh vực lao động - chính sách")
                    .doesNotContain("tài nguyên - Môi trường", "lao động - Chính sách", "văn hóa - Xã hội");
        }
    }

    @Test
    void theProposalsSendToOtherBodiesNeverToABodyCalledCoQuanKhac() throws Exception {
        for (String text : texts(julyWithAClauseForAnUnnamedBody(), "thang-7")) {
            String body = text.substring(0, text.indexOf("PHỤ LỤC"));
            assertThat(body).contains("và các cơ quan, đơn vị khác để xem xét, trả lời cử tri")
                    .doesNotContain("Cơ quan khác");
        }
    }

    @Test
    void theReadBackReportNamesFieldsInLowerCaseAndEndsEachAssessmentWithOneStop() throws Exception {
        Path docx = out.resolve("tra-loi.docx");
        context.answerReports().save(round("sau kỳ họp thứ 2").id(), docx, LocalDate.of(2026, 12, 3),
                org.cutri.common.task.TaskMonitor.NONE);
        String text;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            text = plain(extractor.getText());
        }
        assertThat(text).contains("Đánh giá của Ban Thường trực: chưa thỏa đáng – ", "Lĩnh vực lao động - chính sách")
                .doesNotContain("..", "lao động - Chính sách", "tài nguyên - Môi trường");
    }

    /** The report as the command line writes it, in Word and in PDF, each read back as plain text. */
    private List<String> texts(ContactRound round, String name) throws Exception {
        Path docx = out.resolve(name + ".docx");
        Path pdf = out.resolve(name + ".pdf");
        context.reportFiles().save(round.id(), false, docx, LocalDate.of(2026, 12, 3));
        context.reportFiles().save(round.id(), false, pdf, LocalDate.of(2026, 12, 3));
        String word;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            word = extractor.getText();
        }
        String printed;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            printed = new PDFTextStripper().getText(document);
        }
        return List.of(plain(word), plain(printed));
    }

    private static String plain(String text) {
        return Normalizer.normalize(text.replace('\u00A0', ' ').replaceAll("\\s+", " "), Normalizer.Form.NFC);
    }
}
