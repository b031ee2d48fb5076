package org.cutri.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Annexes (phụ lục) come after the signature and Nơi nhận, each from a new page, a landscape one on a turned
 * page: the Word file and the PDF are written and read back.
 */
class AnnexDocumentTest {

    private static final int A4_SHORT = DocumentLayout.mmToTwips(210f);
    private static final int A4_LONG = DocumentLayout.mmToTwips(297f);

    private static XWPFDocument docx(OfficialDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(document, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The sections in order: those ending at a section break, then the document's last one. */
    private static List<CTSectPr> sections(XWPFDocument docx) {
        List<CTSectPr> sections = new ArrayList<>();
        for (XWPFParagraph paragraph : docx.getParagraphs()) {
            if (paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetSectPr()) {
                sections.add(paragraph.getCTP().getPPr().getSectPr());
            }
        }
        sections.add(docx.getDocument().getBody().getSectPr());
        return sections;
    }

    private static String text(IBodyElement element) {
        if (element instanceof XWPFParagraph paragraph) {
            return paragraph.getText();
        }
        return element instanceof XWPFTable table ? table.getText() : "";
    }

    @Test
    void wordFileEndsTheBodyWithTheSignatureThenPutsEachAnnexInItsOwnSection() throws IOException {
        try (XWPFDocument docx = docx(DocumentSamples.planWithAnnexes())) {
            List<CTSectPr> sections = sections(docx);
            assertThat(sections).hasSize(3);
            CTSectPr body = sections.get(0);
            assertThat(body.getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
            assertThat(body.getPgSz().getW()).isEqualTo(BigInteger.valueOf(A4_SHORT));
            assertThat(body.isSetTitlePg()).as("no page number on the first page").isTrue();
            CTSectPr schedule = sections.get(1);
            assertThat(schedule.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(schedule.getPgSz().getW()).isEqualTo(BigInteger.valueOf(A4_LONG));
            assertThat(schedule.getPgSz().getH()).isEqualTo(BigInteger.valueOf(A4_SHORT));
            assertThat(schedule.isSetTitlePg()).as("the annex's first page is numbered").isFalse();
            CTSectPr last = sections.get(2);
            assertThat(last.getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
            assertThat(last.getPgSz().getW()).isEqualTo(BigInteger.valueOf(A4_SHORT));
            assertThat(last.getPgSz().getH()).isEqualTo(BigInteger.valueOf(A4_LONG));

            List<IBodyElement> elements = docx.getBodyElements();
            int closing = -1;
            int firstBreak = -1;
            int heading = -1;
            for (int i = 0; i < elements.size(); i++) {
                String text = text(elements.get(i));
                if (closing < 0 && text.contains("Nơi nhận:") && text.contains(DocumentSamples.SIGNER)) {
                    closing = i;
                }
                if (firstBreak < 0 && elements.get(i) instanceof XWPFParagraph p && p.getCTP().isSetPPr()
                        && p.getCTP().getPPr().isSetSectPr()) {
                    firstBreak = i;
                }
                if (heading < 0 && text.equals(DocumentSamples.SCHEDULE_HEADING)) {
                    heading = i;
                }
            }
            assertThat(closing).as("signature and Nơi nhận").isPositive();
            assertThat(firstBreak).as("the body's section ends right after the signature").isEqualTo(closing + 1);
            assertThat(heading).isEqualTo(firstBreak + 1);
            XWPFParagraph headingLine = (XWPFParagraph) elements.get(heading);
            assertThat(headingLine.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(headingLine.getRuns().get(0).isBold()).isTrue();
            XWPFParagraph reference = (XWPFParagraph) elements.get(heading + 1);
            assertThat(reference.getText()).isEqualTo(DocumentSamples.SCHEDULE_REFERENCE);
            assertThat(reference.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(reference.getRuns().get(0).isItalic()).isTrue();

            XWPFTable scheduleTable = docx.getTables().stream()
                    .filter(t -> t.getText().contains("Thành phần mời")).findFirst().orElseThrow();
            assertThat(scheduleTable.getCTTbl().getTblPr().getTblW().getW())
                    .as("the landscape table spans the turned page's text width")
                    .isEqualTo(BigInteger.valueOf(DocumentLayout.mmToTwips(297f - 30f - 15f)));
            assertThat(elements.indexOf(scheduleTable)).isGreaterThan(heading);
            assertThat(elements.stream().filter(e -> e.getElementType() == BodyElementType.PARAGRAPH)
                    .map(AnnexDocumentTest::text)).containsSubsequence("PHỤ LỤC", "DANH SÁCH TỔ ĐẠI BIỂU",
                            DocumentSamples.SCHEDULE_REFERENCE, "Các tổ đại biểu được phân công như sau:");
        }
    }

    @Test
    void pdfPrintsEachAnnexFromANewPageTurnedAsItSays() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.toBytes(DocumentSamples.planWithAnnexes()))) {
            int schedulePage = -1;
            int listPage = -1;
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                String text = pageText(pdf, page);
                if (schedulePage < 0 && text.lines().anyMatch(l -> l.strip().equals(DocumentSamples.SCHEDULE_HEADING))) {
                    schedulePage = page;
                }
                if (listPage < 0 && text.contains("DANH SÁCH TỔ ĐẠI BIỂU")) {
                    listPage = page;
                }
            }
            assertThat(schedulePage).isGreaterThan(1);
            assertThat(listPage).isGreaterThan(schedulePage);
            assertThat(pdf.getNumberOfPages()).isEqualTo(listPage);
            PDRectangle turned = pdf.getPage(schedulePage - 1).getMediaBox();
            assertThat(turned.getWidth()).as("landscape").isGreaterThan(turned.getHeight());
            PDRectangle body = pdf.getPage(0).getMediaBox();
            assertThat(body.getWidth()).isLessThan(body.getHeight());
            PDRectangle list = pdf.getPage(listPage - 1).getMediaBox();
            assertThat(list.getWidth()).isLessThan(list.getHeight());

            String before = pageText(pdf, schedulePage - 1);
            assertThat(before).as("the page before the annex ends with the closing").contains("Nơi nhận:",
                    DocumentSamples.SIGNER);
            String annex = pageText(pdf, schedulePage);
            assertThat(annex).doesNotContain("Nơi nhận:");
            assertThat(annex.strip()).as("numbered at the top").startsWith(String.valueOf(schedulePage));
            String all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            int bodyEnd = all.indexOf("kịp thời giải quyết");
            int signature = all.indexOf(DocumentSamples.SIGNER);
            int heading = all.indexOf(DocumentSamples.SCHEDULE_HEADING + " " + DocumentSamples.SCHEDULE_REFERENCE);
            int reference = all.indexOf(DocumentSamples.SCHEDULE_REFERENCE);
            int table = all.indexOf("Thành phần mời");
            assertThat(bodyEnd).isPositive();
            assertThat(bodyEnd).isLessThan(signature);
            assertThat(signature).isLessThan(heading);
            assertThat(heading).isLessThan(reference);
            assertThat(reference).isLessThan(table);
        }
    }

    @Test
    void aDocumentWithoutAnnexesIsOneSection() throws IOException {
        try (XWPFDocument docx = docx(DocumentSamples.plan())) {
            assertThat(sections(docx)).hasSize(1);
            assertThat(DocumentSamples.plan().annexes()).isEmpty();
        }
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
