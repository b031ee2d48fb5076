package org.cutri.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The Word file of a plan, read back with POI as Word would read it. */
class DocxWriterTest {

    private static XWPFDocument docx;
    private static List<XWPFTable> tables;

    @BeforeAll
    static void writeAndReadBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(DocumentSamples.plan(), out);
        docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        tables = docx.getTables();
    }

    private static String text(XWPFTableCell cell) {
        return cell.getText().strip();
    }

    @Test
    void headerShowsTheOfficeOnTheLeftAndTheNationalMottoOnTheRight() {
        XWPFTable header = tables.get(0);
        XWPFTableCell organisation = header.getRow(0).getCell(0);
        List<XWPFParagraph> lines = organisation.getParagraphs();
        assertThat(lines.get(0).getText()).isEqualTo("ỦY BAN MTTQ VIỆT NAM");
        assertThat(lines.get(1).getText()).isEqualTo("XÃ TÂN PHÚC");
        assertThat(lines.get(2).getText()).isEqualTo("BAN THƯỜNG TRỰC");
        assertThat(lines.get(2).getRuns().get(0).isBold()).as("the issuing body is bold").isTrue();
        assertThat(lines.get(0).getRuns().get(0).isBold()).isFalse();
        assertThat(lines.get(2).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(lines.get(3).getCTP().getPPr().getPBdr().getTop()).as("a rule under the issuing body").isNotNull();
        assertThat(text(header.getRow(1).getCell(0))).isEqualTo("Số: 01/KH-MTTQ-BTT");

        List<XWPFParagraph> nation = header.getRow(0).getCell(1).getParagraphs();
        assertThat(nation.get(0).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(nation.get(0).getRuns().get(0).isBold()).isTrue();
        assertThat(nation.get(1).getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertThat(nation.get(2).getCTP().getPPr().getPBdr().getTop()).as("a rule under the motto").isNotNull();
        XWPFParagraph date = header.getRow(1).getCell(1).getParagraphs().get(0);
        assertThat(date.getText()).isEqualTo("Tân Phúc, ngày 05 tháng 6 năm 2026");
        assertThat(date.getRuns().get(0).isItalic()).isTrue();
        assertThat(date.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
    }

    @Test
    void headerAndClosingTablesHaveNoVisibleBorders() {
        for (XWPFTable borderless : List.of(tables.get(0), tables.get(tables.size() - 1))) {
            var borders = borderless.getCTTbl().getTblPr().getTblBorders();
            assertThat(borders.getTop().getVal().toString()).isEqualTo("none");
            assertThat(borders.getInsideV().getVal().toString()).isEqualTo("none");
        }
    }

    @Test
    void titleIsTheTypeInBoldCapitalsThenTheSubject() {
        List<XWPFParagraph> paragraphs = docx.getParagraphs();
        XWPFParagraph type = paragraphs.stream().filter(p -> p.getText().equals("KẾ HOẠCH")).findFirst().orElseThrow();
        assertThat(type.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(type.getRuns().get(0).isBold()).isTrue();
        int at = paragraphs.indexOf(type);
        assertThat(paragraphs.get(at + 1).getText()).isEqualTo("Tiếp xúc cử tri của đại biểu Hội đồng nhân dân xã");
        assertThat(paragraphs.get(at + 2).getText()).isEqualTo("trước kỳ họp thứ 12, Hội đồng nhân dân xã khóa XXIV");
        assertThat(paragraphs.get(at + 2).getRuns().get(0).isBold()).isTrue();
    }

    @Test
    void bodyParagraphsAreJustifiedWithAFirstLineIndentAndNfcText() {
        XWPFParagraph tricky = docx.getParagraphs().stream()
                .filter(p -> p.getText().startsWith("Ban Thường trực đề nghị")).findFirst().orElseThrow();
        assertThat(tricky.getText()).isEqualTo(DocumentSamples.TRICKY);
        assertThat(tricky.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
        assertThat(tricky.getIndentationFirstLine()).isEqualTo(720);
        XWPFParagraph typed = docx.getParagraphs().stream()
                .filter(p -> p.getText().startsWith("Ủy ban Mặt trận Tổ quốc xã tổng hợp")).findFirst().orElseThrow();
        assertThat(typed.getText()).as("decomposed input is stored precomposed")
                .isEqualTo(Normalizer.normalize(DocumentSamples.TYPED_DECOMPOSED, Normalizer.Form.NFC));
        XWPFParagraph heading = docx.getParagraphs().stream()
                .filter(p -> p.getText().equals("I. MỤC ĐÍCH, YÊU CẦU")).findFirst().orElseThrow();
        assertThat(heading.getRuns().get(0).isBold()).isTrue();
    }

    @Test
    void scheduleTableHasItsHeaderRepeatedOnEveryPageAndAllRows() {
        XWPFTable schedule = tables.get(1);
        XWPFTableRow head = schedule.getRow(0);
        assertThat(head.isRepeatHeader()).as("tblHeader: the header row is repeated on each page").isTrue();
        assertThat(text(head.getCell(0))).isEqualTo("STT");
        assertThat(head.getCell(3).getParagraphs()).extracting(XWPFParagraph::getText)
                .containsExactly("Tổ đại biểu", "(đại biểu tham dự)");
        assertThat(head.getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        assertThat(schedule.getRows()).hasSize(11);
        XWPFTableRow last = schedule.getRow(10);
        assertThat(text(last.getCell(0))).isEqualTo("10");
        assertThat(last.getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                .containsExactly("14 giờ 00", "ngày 16/6/2026");
        assertThat(text(last.getCell(2))).isEqualTo("Nhà văn hóa thôn Ấp Mới");
        assertThat(schedule.getCTTbl().getTblPr().getTblBorders().getInsideH().getVal().toString()).isEqualTo("single");
        assertThat(last.getCell(2).getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(13.0);
    }

    @Test
    void closingHasTheRecipientsOnTheLeftAndTheSignatureOnTheRight() {
        XWPFTable closing = tables.get(tables.size() - 1);
        List<XWPFParagraph> recipients = closing.getRow(0).getCell(0).getParagraphs();
        assertThat(recipients.get(0).getText()).isEqualTo("Nơi nhận:");
        XWPFRun label = recipients.get(0).getRuns().get(0);
        assertThat(label.isBold() && label.isItalic()).isTrue();
        assertThat(label.getFontSizeAsDouble()).isEqualTo(12.0);
        assertThat(recipients.get(1).getText()).isEqualTo("- Thường trực Đảng ủy xã (b/c);");
        assertThat(recipients.get(recipients.size() - 1).getText()).isEqualTo("- Lưu: VT.");
        assertThat(recipients.get(1).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(11.0);

        List<String> signature = closing.getRow(0).getCell(1).getParagraphs().stream()
                .map(XWPFParagraph::getText).toList();
        assertThat(signature.get(0)).isEqualTo("TM. BAN THƯỜNG TRỰC");
        assertThat(signature.get(1)).isEqualTo("CHỦ TỊCH");
        assertThat(signature.subList(2, 6)).as("space to sign").allMatch(String::isEmpty);
        assertThat(signature.get(signature.size() - 1)).isEqualTo(DocumentSamples.SIGNER);
        XWPFParagraph name = closing.getRow(0).getCell(1).getParagraphs().get(signature.size() - 1);
        assertThat(name.getRuns().get(0).isBold()).isTrue();
    }

    @Test
    void minutesHaveTwoSignaturesSideBySideAndNoRecipients() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(DocumentSamples.minutes(), out);
        try (XWPFDocument minutes = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            XWPFTable closing = minutes.getTables().get(minutes.getTables().size() - 1);
            assertThat(closing.getRow(0).getTableCells()).hasSize(2);
            assertThat(closing.getRow(0).getCell(0).getText()).contains("THƯ KÝ").contains("Phạm Thu Hà")
                    .doesNotContain("Nơi nhận");
            assertThat(closing.getRow(0).getCell(1).getText()).contains("CHỦ TRÌ").contains("Đỗ Văn Khải");
        }
    }

    @Test
    void everyRunIsTimesNewRomanForAllScripts() {
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
        assertThat(runs).hasSizeGreaterThan(50);
        for (XWPFRun run : runs) {
            CTFonts fonts = run.getCTR().getRPr().getRFontsArray(0);
            assertThat(List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getCs(), fonts.getEastAsia()))
                    .as("fonts of \"%s\"", run.text()).containsOnly("Times New Roman");
        }
    }

    @Test
    void pageIsA4PortraitWithTheOfficialMargins() {
        CTSectPr section = docx.getDocument().getBody().getSectPr();
        assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134)); // 20 mm
        assertThat(section.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1134));
        assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701)); // 30 mm
        assertThat(section.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850)); // 15 mm
    }

    @Test
    void pageNumberIsAFieldAtTheTopFromPageTwoOn() {
        CTSectPr section = docx.getDocument().getBody().getSectPr();
        assertThat(section.isSetTitlePg()).as("the first page has its own (empty) header").isTrue();
        XWPFHeader first = docx.getHeaderFooterPolicy().getFirstPageHeader();
        assertThat(first.getText().strip()).isEmpty();
        XWPFHeader others = docx.getHeaderFooterPolicy().getDefaultHeader();
        XWPFParagraph number = others.getParagraphs().get(0);
        assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(number.getCTP().xmlText()).contains("fldChar").containsPattern("instrText[^>]*> PAGE <");
    }

    @Test
    void fileCarriesItsTitleAndTheProgramName() {
        var core = docx.getProperties().getCoreProperties();
        assertThat(core.getTitle()).startsWith("KẾ HOẠCH Tiếp xúc cử tri");
        assertThat(core.getCreator()).isEqualTo("cutri");
    }

    @Test
    void bigTablesWrittenAsTextGiveTheSameWordFileAsTheObjectModel() throws IOException {
        // every character XML escapes or cannot hold, spaces at either end, several lines, missing cells,
        // decomposed Vietnamese letters (written in NFC), in a body table and a landscape annex
        List<String> tricky = new ArrayList<>(List.of("", " đầu", "cuối ", "\tTab", "a & b < c > d \"e\" 'f'",
                "]]> và ]> và ]]]>", "dòng 1\r\ndòng 2", "\uD83D\uDE00 ngoài BMP", "lẻ \uD83D và \uDE00",
                "\uFFFE\uFFFF\u007F\u0085\u00A0", Normalizer.normalize("Nguyễn Thị Hường", Normalizer.Form.NFD),
                "một\nhai\n\nbốn", "\n", "\u2028đ\u3000"));
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x400; c++) {
            every.append(c);
            if (c % 64 == 63) {
                tricky.add(every.toString());
                every.setLength(0);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < DocxWriter.STREAMED_FROM_ROWS + 20; i++) {
            String text = tricky.get(i % tricky.size());
            rows.add(i % 7 == 3 ? List.of(String.valueOf(i + 1)) : List.of(String.valueOf(i + 1),
                    text, i % 5 == 0 ? "" : "Thôn " + text));
        }
        var columns = List.of(new OfficialDocument.Column("STT", 0.6f, true),
                new OfficialDocument.Column("Nội dung", 4f, false), new OfficialDocument.Column("Thôn", 1.5f, true));
        OfficialDocument plan = DocumentSamples.plan();
        List<OfficialDocument.Block> body = new ArrayList<>(plan.body());
        body.add(new OfficialDocument.Table(columns, rows));
        OfficialDocument document = new OfficialDocument(plan.header(), plan.type(), plan.subject(), body,
                plan.recipients(), plan.signatures(), List.of(new OfficialDocument.Annex("PHỤ LỤC", "(Kèm theo)",
                        List.of(new OfficialDocument.Table(columns, rows)), OfficialDocument.Orientation.LANDSCAPE)));

        String streamed = documentXml(document, DocxWriter.STREAMED_FROM_ROWS);
        String objects = documentXml(document, Integer.MAX_VALUE);

        assertThat(streamed).contains("Nguyễn Thị Hường").doesNotContain("cutri-streamed-rows");
        assertThat(streamed).isEqualTo(objects);
    }

    private static String documentXml(OfficialDocument document, int streamedFromRows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(document, out, org.cutri.common.task.TaskMonitor.NONE, streamedFromRows);
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
