package org.cutri.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.cutri.document.OfficialDocument.Block;
import org.cutri.document.OfficialDocument.Column;
import org.cutri.document.OfficialDocument.Heading;
import org.cutri.document.OfficialDocument.Paragraph;
import org.cutri.document.OfficialDocument.Table;
import org.junit.jupiter.api.Test;

/**
 * How the PDF breaks pages, read back page by page with PDFBox: a heading never ends a page, a table starts
 * with its header row and first rows together, and a long table flows from page to page without a gap, its
 * header row repeated at the top of each page (as LibreOffice prints the same .docx).
 */
class PdfPageFlowTest {

    private static final String CHAPTER = "II. Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI";
    private static final String SECTION = "1. Lĩnh vực giao thông";
    private static final String ANNEX = "PHỤ LỤC DANH SÁCH Ý KIẾN";
    private static final String LONG = "Cử tri thôn Đông Hòa đề nghị xã sớm sửa chữa tuyến đường liên thôn bị "
            + "xuống cấp nghiêm trọng, nhiều ổ gà, đi lại rất khó khăn, nhất là vào mùa mưa; đồng thời bổ sung "
            + "đèn chiếu sáng ở đoạn qua khu dân cư để bảo đảm an toàn cho người đi đường.";

    private static String bare(String text) {
        return text.replace(" ", "");
    }

    /** Body lines before the headings: each variant moves the headings down by one line. */
    private static List<Block> filler(int lines) {
        List<Block> body = new ArrayList<>();
        body.add(Paragraph.of(LONG));
        for (int i = 1; i <= lines; i++) {
            body.add(Paragraph.of("Dòng thứ " + i + "."));
        }
        return body;
    }

    private static OfficialDocument document(List<Block> body) {
        OfficialDocument plan = DocumentSamples.plan();
        return new OfficialDocument(plan.header(), "BÁO CÁO", "Kết quả tiếp xúc cử tri", body, plan.recipients(),
                plan.signatures());
    }

    private static Table table(int rows) {
        List<Column> columns = List.of(new Column("STT", 0.6f, true), new Column("Nội dung ý kiến,\nkiến nghị", 5f, false),
                new Column("Thôn", 1.4f, false));
        List<List<String>> cells = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            cells.add(List.of(String.valueOf(i), "Sửa đường liên thôn số " + i, "Đông Hòa"));
        }
        return new Table(columns, cells);
    }

    /** The text lines of a page, top to bottom, spaces left out. */
    private static List<String> pageLines(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        // without spaces: PDFBox may read a gap between two glyphs of a justified line as one ("I I.")
        return stripper.getText(pdf).lines().map(line -> line.replace(" ", "")).filter(line -> !line.isEmpty())
                .toList();
    }

    @Test
    void theSignaturesNeverStandAloneOnTheLastPageTheClosingParagraphGoesWithThem() throws Exception {
        String closing = "Trên đây là báo cáo kết quả tiếp xúc cử tri của Ban Thường trực./.";
        int moved = 0;
        for (int lines = 10; lines <= 40; lines++) {
            List<Block> body = filler(lines);
            body.add(Paragraph.of(closing));
            OfficialDocument document = document(body);
            try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(document))) {
                int last = pdf.getNumberOfPages();
                String lastPage = String.join("\n", pageLines(pdf, last));
                assertThat(lastPage).as("the page of the signatures, %d lines before", lines).contains("CHỦTỊCH")
                        .contains(bare(closing));
                if (last > 1 && !String.join("\n", pageLines(pdf, last - 1)).contains("./.")) {
                    moved++;
                }
            }
        }
        assertThat(moved).as("some variants put the closing paragraph on the next page").isPositive();
        // the .docx: the last paragraph is kept with the closing that follows it
        List<Block> body = filler(10);
        body.add(Paragraph.of(closing));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        DocxWriter.write(document(body), out);
        try (org.apache.poi.xwpf.usermodel.XWPFDocument docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(out.toByteArray()))) {
            org.apache.poi.xwpf.usermodel.XWPFParagraph paragraph = docx.getParagraphs().stream()
                    .filter(p -> p.getText().equals(closing)).findFirst().orElseThrow();
            assertThat(paragraph.getCTP().getPPr().isSetKeepNext()).as("kept with the signatures in Word").isTrue();
        }
    }

    @Test
    void aHeadingFollowedByAnotherHeadingAndTextNeverEndsAPage() throws IOException {
        int variants = 0;
        for (int lines = 8; lines <= 24; lines++) {
            List<Block> body = filler(lines);
            body.add(new Heading(CHAPTER, 1));
            body.add(new Heading(SECTION, 2));
            body.add(Paragraph.of(LONG));
            body.add(Paragraph.of(LONG));
            try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(document(body)))) {
                for (int page = 1; page < pdf.getNumberOfPages(); page++) {
                    List<String> onPage = pageLines(pdf, page);
                    assertThat(onPage.get(onPage.size() - 1)).as("last line of page %d with %d lines before", page, lines)
                            .isNotIn(bare(CHAPTER), bare(SECTION));
                }
                assertThat(String.join("\n", pageLines(pdf, pdf.getNumberOfPages()))).contains("CHỦTỊCH");
                variants++;
            }
        }
        assertThat(variants).isEqualTo(17);
    }

    @Test
    void aHeadingOverATableStaysWithTheTableHeaderAndItsFirstRows() throws IOException {
        for (int lines = 8; lines <= 24; lines++) {
            List<Block> body = filler(lines);
            body.add(new Heading(ANNEX, 1));
            body.add(table(30));
            try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(document(body)))) {
                for (int page = 1; page < pdf.getNumberOfPages(); page++) {
                    List<String> onPage = pageLines(pdf, page);
                    assertThat(onPage.get(onPage.size() - 1)).as("last line of page %d with %d lines before", page, lines)
                            .isNotEqualTo(bare(ANNEX)).doesNotStartWith("STT").doesNotStartWith("kiếnnghị");
                    if (onPage.contains(bare(ANNEX))) {
                        List<String> after = onPage.subList(onPage.indexOf(bare(ANNEX)), onPage.size());
                        assertThat(String.join("\n", after)).as("page %d with %d lines before", page, lines)
                                .contains("STT", bare("liên thôn số 1 Đông Hòa"), bare("liên thôn số 2 Đông Hòa"));
                    }
                }
            }
        }
    }

    /** Each table row's number and the baseline of its text on each page, in points from the top. */
    private static List<List<float[]>> rowNumbers(PDDocument pdf) throws IOException {
        List<List<float[]>> pages = new ArrayList<>();
        Pattern number = Pattern.compile("Sửa đường liên thôn số (\\d+)");
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            List<float[]> rows = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    Matcher m = number.matcher(text.strip());
                    if (m.find()) {
                        rows.add(new float[] {Integer.parseInt(m.group(1)), positions.get(0).getYDirAdj()});
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(pdf);
            pages.add(rows);
        }
        return pages;
    }

    @Test
    void aLongTableFlowsFromPageToPageWithoutGapsItsHeaderOnEachPage() throws IOException {
        List<Block> body = filler(3);
        body.add(new Heading(ANNEX, 1));
        body.add(table(230));
        body.add(Paragraph.of(LONG));
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(document(body)))) {
            List<List<float[]>> pages = rowNumbers(pdf);
            float pitch = pages.get(1).get(1)[1] - pages.get(1).get(0)[1];
            assertThat(pitch).as("one line's row").isBetween(15f, 30f);
            float pageHeight = pdf.getPage(0).getMediaBox().getHeight();
            float bottom = pageHeight - DocumentLayout.mmToPt(DocumentLayout.MARGIN_BOTTOM_MM);
            int expected = 1;
            for (int page = 0; page < pages.size(); page++) {
                List<float[]> rows = pages.get(page);
                if (rows.isEmpty()) {
                    continue;
                }
                assertThat(String.join("\n", pageLines(pdf, page + 1))).as("header row on page %d", page + 1).contains("STT");
                for (int i = 0; i < rows.size(); i++) {
                    assertThat((int) rows.get(i)[0]).as("rows continue on page %d", page + 1).isEqualTo(expected++);
                    if (i > 0) {
                        assertThat(rows.get(i)[1] - rows.get(i - 1)[1]).as("no gap before row %d", (int) rows.get(i)[0])
                                .isCloseTo(pitch, org.assertj.core.data.Offset.offset(0.6f));
                    }
                }
                boolean tableGoesOn = expected <= 230;
                if (tableGoesOn) {
                    float last = rows.get(rows.size() - 1)[1];
                    assertThat(bottom - last).as("page %d is filled before the table goes on", page + 1)
                            .isLessThan(2 * pitch);
                }
            }
            assertThat(expected).isEqualTo(231);
        }
    }
}
