package org.cutri.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cutri.common.task.TaskMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF of a plan, read back with PDFBox: the text a reader copies, the pages, the fonts. */
class PdfWriterTest {

    private static PDDocument pdf;
    private static String text;

    @BeforeAll
    static void writeAndReadBack() throws IOException {
        pdf = Loader.loadPDF(PdfWriter.toBytes(DocumentSamples.plan()));
        text = new PDFTextStripper().getText(pdf);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    /** The text with line breaks and justification gaps made single spaces. */
    private static String flat(String extracted) {
        return extracted.replaceAll("\\s+", " ");
    }

    private static String pageText(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    @Test
    void textReadsBackExactlyInPrecomposedVietnamese() {
        assertThat(text).contains("ỦY BAN MTTQ VIỆT NAM", "XÃ TÂN PHÚC", "BAN THƯỜNG TRỰC", "Số: 01/KH-MTTQ-BTT",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Tân Phúc, ngày 05 tháng 6 năm 2026", "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "Nơi nhận:", "- Lưu: VT.",
                "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", DocumentSamples.SIGNER);
        assertThat(flat(text)).contains(DocumentSamples.TRICKY);
        assertThat(flat(text)).contains(Normalizer.normalize(DocumentSamples.TYPED_DECOMPOSED, Normalizer.Form.NFC));
        assertThat(text).as("no letter is printed as a base letter plus a loose mark")
                .doesNotContainPattern("\\p{M}");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void everyLetterWithItsToneSurvives() {
        String letters = "ăâđêôơư" + "àáảãạ" + "ằắẳẵặ" + "ầấẩẫậ" + "èéẻẽẹ" + "ềếểễệ" + "ìíỉĩị" + "òóỏõọ" + "ồốổỗộ"
                + "ờớởỡợ" + "ùúủũụ" + "ừứửữự" + "ỳýỷỹỵ";
        String sample = flat(text).toLowerCase(java.util.Locale.forLanguageTag("vi"));
        List<String> missing = new ArrayList<>();
        for (char letter : letters.toCharArray()) {
            if (sample.indexOf(letter) < 0) {
                missing.add(String.valueOf(letter));
            }
        }
        assertThat(missing).as("letters missing from the printed plan").isEmpty();
    }

    @Test
    void scheduleRunsOverTwoPagesWithItsHeaderRepeatedAndPageNumbersFromPageTwo() throws IOException {
        assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        assertThat(pageText(1).strip()).as("no number on page 1").startsWith("ỦY BAN MTTQ VIỆT NAM");
        List<Integer> pagesWithTableHeader = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            String onPage = pageText(page);
            if (page >= 2) {
                assertThat(onPage.strip()).as("page number at the top of page %d", page).startsWith(page + "\n");
            }
            if (onPage.contains("STT") && onPage.contains("Người phụ")) {
                pagesWithTableHeader.add(page);
            }
        }
        assertThat(pagesWithTableHeader).as("the table header is repeated on each page the table covers")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(flat(text)).contains("Nhà văn hóa thôn Ấp Mới", "14 giờ 00 ngày 16/6/2026");
    }

    @Test
    void pagesAreA4Portrait() {
        for (PDPage page : pdf.getPages()) {
            PDRectangle box = page.getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @Test
    void fontsAreLiberationSerifEmbeddedAsUnicode() throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                names.add(font.getName());
                assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue();
                assertThat(font).as("Identity-H (Type 0) font").isInstanceOf(PDType0Font.class);
            }
        }
        assertThat(names).isNotEmpty().allMatch(name -> name.contains("LiberationSerif"));
        assertThat(names).anyMatch(name -> name.contains("LiberationSerif-Bold"))
                .anyMatch(name -> name.contains("LiberationSerif-Italic"));
    }

    @Test
    void fileCarriesItsTitleAndTheProgramName() {
        assertThat(pdf.getDocumentInformation().getTitle()).startsWith("KẾ HOẠCH Tiếp xúc cử tri");
        assertThat(pdf.getDocumentInformation().getCreator()).isEqualTo("cutri");
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
    }

    @Test
    void minutesFitOnOnePageWithBothSignatures() throws IOException {
        try (PDDocument minutes = Loader.loadPDF(PdfWriter.toBytes(DocumentSamples.minutes()))) {
            String minutesText = new PDFTextStripper().getText(minutes);
            assertThat(minutes.getNumberOfPages()).isEqualTo(1);
            assertThat(minutesText).contains("BIÊN BẢN", "THƯ KÝ", "Phạm Thu Hà", "CHỦ TRÌ", "Đỗ Văn Khải")
                    .doesNotContain("Nơi nhận");
        }
    }

    @Test
    void writingALongDocumentReportsProgressAndStopsWhenCancelled() throws IOException {
        OfficialDocument longPlan = DocumentSamples.longPlan(400);
        List<Double> reports = new ArrayList<>();
        PdfWriter.toBytes(longPlan, new TaskMonitor() {
            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void progress(double done, double total) {
                reports.add(done / total);
            }
        });
        assertThat(reports).isSorted().endsWith(1.0);
        assertThat(reports.size()).as("the annex reports between its chunks of rows").isGreaterThan(10);

        List<Double> untilStop = new ArrayList<>();
        boolean[] stop = {false};
        assertThatThrownBy(() -> PdfWriter.toBytes(longPlan, new TaskMonitor() {
            @Override
            public boolean isCancelled() {
                return stop[0];
            }

            @Override
            public void progress(double done, double total) {
                untilStop.add(done / total);
                stop[0] = untilStop.size() == 5;
            }
        })).isInstanceOf(CancellationException.class);
        assertThat(untilStop).as("no step after the stop").hasSize(5);
    }
}
