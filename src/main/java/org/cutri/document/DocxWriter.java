package org.cutri.document;

import static org.cutri.document.DocumentLayout.mmToTwips;
import static org.cutri.document.DocumentLayout.nfc;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlOptions;
import org.cutri.common.task.ProgressSteps;
import org.cutri.common.task.TaskMonitor;
import org.cutri.document.OfficialDocument.Annex;
import org.cutri.document.OfficialDocument.Block;
import org.cutri.document.OfficialDocument.Column;
import org.cutri.document.OfficialDocument.DocumentHeader;
import org.cutri.document.OfficialDocument.Heading;
import org.cutri.document.OfficialDocument.Orientation;
import org.cutri.document.OfficialDocument.Paragraph;
import org.cutri.document.OfficialDocument.Run;
import org.cutri.document.OfficialDocument.Signature;
import org.cutri.document.OfficialDocument.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes an {@link OfficialDocument} as a Word file (.docx) in the format of Nghị định 30/2020/NĐ-CP:
 * A4, Times New Roman, the two-column header, the title, the body, the recipients and the signatures,
 * page numbers at the top from page 2 on. The file opens in Word and LibreOffice and can be edited there.
 */
public final class DocxWriter {

    private static final int TEXT_WIDTH = mmToTwips(DocumentLayout.TEXT_WIDTH_MM);
    private static final int SPACE_AFTER = Math.round(DocumentLayout.SPACE_AFTER_PT * 20);
    /** Left and right padding inside bordered table cells. */
    private static final int CELL_MARGIN = 85;
    /** Tables with this many rows or more have their rows written as text (see {@link StreamedRows}). */
    static final int STREAMED_FROM_ROWS = 100;

    private DocxWriter() {
    }

    /** Writes the document; the stream is left open. */
    public static void write(OfficialDocument document, OutputStream out) throws IOException {
        write(document, out, TaskMonitor.NONE);
    }

    /**
     * As {@link #write(OfficialDocument, OutputStream)}, reporting progress by blocks and table rows, and stopping
     * with {@link java.util.concurrent.CancellationException} once the monitor is cancelled (checked between
     * blocks and between the rows of a table, and before the file is put together).
     */
    public static void write(OfficialDocument document, OutputStream out, TaskMonitor monitor) throws IOException {
        write(document, out, monitor, STREAMED_FROM_ROWS);
    }

    /**
     * As {@link #write(OfficialDocument, OutputStream, TaskMonitor)}; a table of {@code streamedFromRows} rows or
     * more has its rows written as text rather than built as XML objects (see {@link StreamedRows}).
     */
    static void write(OfficialDocument document, OutputStream out, TaskMonitor monitor, int streamedFromRows)
            throws IOException {
        ProgressSteps progress = new ProgressSteps(monitor, DocumentLayout.steps(document));
        try (StreamingDocument docx = new StreamingDocument()) {
            Writing writing = new Writing(docx, progress, streamedFromRows);
            defaults(docx);
            page(docx);
            pageNumbers(docx);
            header(docx, document.header());
            title(docx, document);
            blocks(writing, document.body(), TEXT_WIDTH);
            closing(docx, document);
            for (Annex annex : document.annexes()) {
                annex(writing, annex);
            }
            progress.check();
            var core = docx.getProperties().getCoreProperties();
            core.setTitle(nfc(documentTitle(document)));
            core.setCreator("cutri");
            docx.write(out);
        }
    }

    /**
     * Writes several documents into one file, each from a new page in a section of its own whose page numbers start
     * again at 1 (shown from its page 2 on): the invitations of a conference, one per page. The stream is left open.
     */
    public static void writeAll(List<OfficialDocument> documents, OutputStream out, TaskMonitor monitor)
            throws IOException {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("No document to write");
        }
        int steps = documents.stream().mapToInt(DocumentLayout::steps).sum();
        ProgressSteps progress = new ProgressSteps(monitor, steps);
        try (StreamingDocument docx = new StreamingDocument()) {
            Writing writing = new Writing(docx, progress, STREAMED_FROM_ROWS);
            defaults(docx);
            page(docx);
            pageNumbers(docx);
            section(docx).addNewPgNumType().setStart(BigInteger.ONE);
            for (int i = 0; i < documents.size(); i++) {
                OfficialDocument document = documents.get(i);
                if (i > 0) {
                    XWPFParagraph sectionBreak = docx.createParagraph();
                    sectionBreak.setSpacingAfter(0);
                    sectionBreak.setSpacingBetween(1, LineSpacingRule.EXACT);
                    var pPr = sectionBreak.getCTP().isSetPPr() ? sectionBreak.getCTP().getPPr()
                            : sectionBreak.getCTP().addNewPPr();
                    pPr.setSectPr((CTSectPr) section(docx).copy());
                }
                header(docx, document.header());
                title(docx, document);
                blocks(writing, document.body(), TEXT_WIDTH);
                closing(docx, document);
                for (Annex annex : document.annexes()) {
                    annex(writing, annex);
                }
            }
            progress.check();
            var core = docx.getProperties().getCoreProperties();
            core.setTitle(nfc(documentTitle(documents.get(0))));
            core.setCreator("cutri");
            docx.write(out);
        }
    }

    static String documentTitle(OfficialDocument document) {
        String subject = document.subject() == null ? "" : document.subject().replace('\n', ' ').strip();
        return subject.isEmpty() ? document.type() : document.type() + " " + subject;
    }

    // ---- document-wide settings

    /** Times New Roman 14 pt, Vietnamese, 1.15 lines and 6 pt after, for everything not set otherwise. */
    private static void defaults(XWPFDocument docx) {
        CTStyles ctStyles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = ctStyles.addNewDocDefaults();
        CTRPr rPr = defaults.addNewRPrDefault().addNewRPr();
        fonts(rPr.addNewRFonts());
        rPr.addNewSz().setVal(BigInteger.valueOf(halfPoints(DocumentLayout.BODY_SIZE)));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints(DocumentLayout.BODY_SIZE)));
        rPr.addNewLang().setVal("vi-VN");
        CTPPrGeneral pPr = defaults.addNewPPrDefault().addNewPPr();
        CTSpacing spacing = pPr.addNewSpacing();
        spacing.setAfter(BigInteger.valueOf(SPACE_AFTER));
        spacing.setLine(BigInteger.valueOf(Math.round(240 * DocumentLayout.LINE_SPACING)));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        XWPFStyles styles = docx.createStyles();
        styles.setStyles(ctStyles);
    }

    private static void fonts(CTFonts fonts) {
        fonts.setAscii(DocumentLayout.WORD_FONT);
        fonts.setHAnsi(DocumentLayout.WORD_FONT);
        fonts.setCs(DocumentLayout.WORD_FONT);
        fonts.setEastAsia(DocumentLayout.WORD_FONT);
    }

    private static void page(XWPFDocument docx) {
        page(section(docx), Orientation.PORTRAIT);
    }

    private static void page(CTSectPr section, Orientation orientation) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(mmToTwips(DocumentLayout.pageWidthMm(orientation))));
        size.setH(BigInteger.valueOf(mmToTwips(DocumentLayout.pageHeightMm(orientation))));
        size.setOrient(orientation == Orientation.LANDSCAPE ? STPageOrientation.LANDSCAPE
                : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mmToTwips(DocumentLayout.MARGIN_TOP_MM)));
        margins.setBottom(BigInteger.valueOf(mmToTwips(DocumentLayout.MARGIN_BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(mmToTwips(DocumentLayout.MARGIN_LEFT_MM)));
        margins.setRight(BigInteger.valueOf(mmToTwips(DocumentLayout.MARGIN_RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(mmToTwips(DocumentLayout.PAGE_NUMBER_TOP_MM)));
        margins.setFooter(BigInteger.valueOf(mmToTwips(DocumentLayout.PAGE_NUMBER_TOP_MM)));
        margins.setGutter(BigInteger.ZERO);
    }

    private static CTSectPr section(XWPFDocument docx) {
        var body = docx.getDocument().getBody();
        return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    }

    /**
     * An empty header on page 1 (titlePg) and a centred PAGE field on the others: official documents, and the
     * register's book whose first page is its cover. Call once the body's section is set up.
     */
    public static void pageNumbers(XWPFDocument docx) {
        XWPFHeader first = docx.createHeader(HeaderFooterType.FIRST);
        XWPFParagraph empty = first.createParagraph();
        tight(empty);
        XWPFHeader others = docx.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = others.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        tight(number);
        field(number, "PAGE", "2", DocumentLayout.PAGE_NUMBER_SIZE);
        CTSectPr section = section(docx);
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg(); // no value means on
        }
    }

    private static void field(XWPFParagraph paragraph, String instruction, String shown, float size) {
        CTR begin = styledRun(paragraph, size).getCTR();
        begin.addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTR code = styledRun(paragraph, size).getCTR();
        var instr = code.addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        CTR separate = styledRun(paragraph, size).getCTR();
        separate.addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        styledRun(paragraph, size).setText(shown);
        CTR end = styledRun(paragraph, size).getCTR();
        end.addNewFldChar().setFldCharType(STFldCharType.END);
    }

    // ---- header

    private static void header(XWPFDocument docx, DocumentHeader header) {
        int left = mmToTwips(DocumentLayout.HEADER_LEFT_MM);
        int right = TEXT_WIDTH - left;
        XWPFTable table = table(docx, new int[] {left, right}, false, 2);
        CellText organisation = new CellText(table.getRow(0).getCell(0));
        List<String> lines = header.organisationLines();
        for (int i = 0; i < lines.size(); i++) {
            boolean issuingBody = i == lines.size() - 1;
            XWPFParagraph line = organisation.next(ParagraphAlignment.CENTER);
            run(line, lines.get(i).toUpperCase(java.util.Locale.forLanguageTag("vi")),
                    DocumentLayout.ORGANISATION_SIZE, issuingBody, false);
        }
        if (!lines.isEmpty()) {
            float issuingWidth = DocumentLayout.widthMm(lines.get(lines.size() - 1),
                    DocumentLayout.ORGANISATION_SIZE, true);
            rule(organisation.next(ParagraphAlignment.CENTER), left, DocumentLayout.shortRuleMm(issuingWidth));
        }
        CellText nation = new CellText(table.getRow(0).getCell(1));
        run(nation.next(ParagraphAlignment.CENTER), DocumentLayout.NATION, DocumentLayout.NATION_SIZE, true, false);
        run(nation.next(ParagraphAlignment.CENTER), DocumentLayout.MOTTO, DocumentLayout.MOTTO_SIZE, true, false);
        rule(nation.next(ParagraphAlignment.CENTER), right,
                DocumentLayout.widthMm(DocumentLayout.MOTTO, DocumentLayout.MOTTO_SIZE, true));

        CellText number = new CellText(table.getRow(1).getCell(0));
        if (!header.number().isBlank()) {
            run(number.next(ParagraphAlignment.CENTER), header.number(), DocumentLayout.NUMBER_SIZE, false, false);
        } else {
            number.next(ParagraphAlignment.CENTER);
        }
        CellText date = new CellText(table.getRow(1).getCell(1));
        run(date.next(ParagraphAlignment.CENTER), header.placeAndDate(), DocumentLayout.DATE_SIZE, false, true);
        // a little air between the rules and the number/date line
        table.getRow(1).getCell(0).getParagraphs().get(0).setSpacingBefore(80);
        table.getRow(1).getCell(1).getParagraphs().get(0).setSpacingBefore(80);
    }

    /**
     * A short horizontal rule: an empty, very low paragraph whose top border is as long as the space
     * between its indents.
     */
    private static void rule(XWPFParagraph paragraph, int cellWidth, float lengthMm) {
        int indent = Math.max(0, (cellWidth - mmToTwips(lengthMm)) / 2);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        // spacing before lies outside the border: the gap between the text above and the rule
        paragraph.setSpacingBefore(50);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(1, LineSpacingRule.EXACT);
        var pPr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        CTPBdr borders = pPr.isSetPBdr() ? pPr.getPBdr() : pPr.addNewPBdr();
        CTBorder top = borders.addNewTop();
        top.setVal(STBorder.SINGLE);
        top.setSz(BigInteger.valueOf(6));
        top.setSpace(BigInteger.ZERO);
        top.setColor("000000");
        // the paragraph mark's own size must not make the line taller than the rule
        var markRPr = pPr.isSetRPr() ? pPr.getRPr() : pPr.addNewRPr();
        markRPr.addNewSz().setVal(BigInteger.valueOf(2));
    }

    // ---- title and body

    private static void title(XWPFDocument docx, OfficialDocument document) {
        XWPFParagraph type = docx.createParagraph();
        type.setAlignment(ParagraphAlignment.CENTER);
        type.setSpacingBefore(360);
        type.setSpacingAfter(0);
        type.setKeepNext(true);
        run(type, document.type().toUpperCase(java.util.Locale.forLanguageTag("vi")), DocumentLayout.TITLE_SIZE,
                true, false);
        String subject = document.subject() == null ? "" : document.subject().strip();
        float widest = 0;
        if (!subject.isEmpty()) {
            for (String line : subject.split("\n")) {
                XWPFParagraph p = docx.createParagraph();
                p.setAlignment(ParagraphAlignment.CENTER);
                p.setSpacingAfter(0);
                p.setKeepNext(true);
                run(p, line.strip(), DocumentLayout.TITLE_SIZE, true, false);
                widest = Math.max(widest, DocumentLayout.widthMm(line.strip(), DocumentLayout.TITLE_SIZE, true));
            }
        } else {
            widest = DocumentLayout.widthMm(document.type(), DocumentLayout.TITLE_SIZE, true) * 3;
        }
        XWPFParagraph rule = docx.createParagraph();
        rule(rule, TEXT_WIDTH, DocumentLayout.shortRuleMm(Math.min(widest, DocumentLayout.TEXT_WIDTH_MM)));
        XWPFParagraph space = docx.createParagraph();
        space.setSpacingAfter(0);
        space.setSpacingBetween(12, LineSpacingRule.EXACT);
    }

    private static void blocks(Writing writing, List<Block> blocks, int textWidth) {
        for (Block block : blocks) {
            writing.progress().step();
            if (block instanceof Paragraph paragraph) {
                paragraph(writing.docx(), paragraph);
            } else if (block instanceof Heading heading) {
                heading(writing.docx(), heading);
            } else if (block instanceof Table table) {
                table(writing, table, textWidth);
            }
        }
    }

    private static void paragraph(XWPFDocument docx, Paragraph paragraph) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        if (paragraph.indent()) {
            p.setIndentationFirstLine(mmToTwips(DocumentLayout.FIRST_LINE_INDENT_MM));
        }
        for (Run run : paragraph.runs()) {
            run(p, run.text(), DocumentLayout.BODY_SIZE, run.bold(), run.italic());
        }
    }

    private static void heading(XWPFDocument docx, Heading heading) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setKeepNext(true);
        p.setSpacingBefore(heading.level() <= 1 ? 120 : 0);
        run(p, heading.text(), DocumentLayout.BODY_SIZE, true, heading.level() >= 3);
    }

    private static void table(Writing writing, Table table, int textWidth) {
        XWPFDocument docx = writing.docx();
        ProgressSteps progress = writing.progress();
        List<Column> columns = table.columns();
        float[] millimetres = DocumentLayout.columnWidthsMm(columns, textWidth * 25.4f / 1440f);
        int[] widths = new int[columns.size()];
        int used = 0;
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = i == columns.size() - 1 ? textWidth - used : mmToTwips(millimetres[i]);
            used += widths[i];
        }
        XWPFTable t = table(docx, widths, true, 1);
        XWPFTableRow head = t.getRow(0);
        repeatAsHeader(head);
        for (int c = 0; c < columns.size(); c++) {
            XWPFTableCell cell = head.getCell(c);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            CellText text = new CellText(cell);
            for (String line : columns.get(c).title().split("\n", -1)) {
                run(text.next(ParagraphAlignment.CENTER), line, DocumentLayout.TABLE_SIZE, true, false);
            }
        }
        if (table.rows().size() >= writing.streamedFromRows()) {
            // a big table's rows are written as text when the file is saved (StreamedRows): the same XML
            XWPFTableRow placeholder = new XWPFTableRow(t.getCTTbl().addNewTr(), t);
            String marker = writing.docx().streamLater(new StreamedRows(widths, columns, table.rows(), progress));
            run(new CellText(placeholder.createCell()).next(ParagraphAlignment.LEFT), marker, DocumentLayout.TABLE_SIZE,
                    false, false);
        }
        for (List<String> cells : table.rows().size() >= writing.streamedFromRows() ? List.<List<String>>of()
                : table.rows()) {
            progress.step();
            // a row appended to the XML directly: XWPFTable's own row methods count the rows each time
            // (quadratic on a 5,000-row annex); the file written is the same
            XWPFTableRow row = new XWPFTableRow(t.getCTTbl().addNewTr(), t);
            cantSplit(row);
            for (int c = 0; c < columns.size(); c++) {
                XWPFTableCell cell = row.createCell();
                cell.getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf(widths[c]));
                cell.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
                CellText text = new CellText(cell);
                String value = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
                for (String line : value.split("\n", -1)) {
                    run(text.next(alignment(columns.get(c))), line, DocumentLayout.TABLE_SIZE, false, false);
                }
            }
        }
        // Word joins two tables that touch; a paragraph after each keeps them apart and gives air.
        XWPFParagraph after = docx.createParagraph();
        after.setSpacingAfter(0);
        after.setSpacingBetween(8, LineSpacingRule.EXACT);
    }

    // ---- closing

    /**
     * The recipients and the signatures: one signature to the right of the recipients; two side by side (minutes)
     * with the recipients under them, as in Nghị định 30's form for minutes.
     */
    private static void closing(XWPFDocument docx, OfficialDocument document) {
        // the signatures never stand alone on the last page: the body's last paragraph goes with them
        List<org.apache.poi.xwpf.usermodel.IBodyElement> elements = docx.getBodyElements();
        if ((!document.signatures().isEmpty() || !document.recipients().isEmpty()) && !elements.isEmpty()
                && elements.get(elements.size() - 1) instanceof XWPFParagraph last) {
            last.setKeepNext(true);
        }
        if (document.signatures().size() > 1 && !document.recipients().isEmpty()) {
            closing(docx, List.of(), document.signatures());
            List<XWPFTable> tables = docx.getTables();
            recipientsUnder(tables.get(tables.size() - 1), document.recipients());
        } else {
            closing(docx, document.recipients(), document.signatures());
        }
    }

    private static void closing(XWPFDocument docx, List<String> recipientLines, List<Signature> signatures) {
        boolean hasRecipients = !recipientLines.isEmpty();
        if (signatures.isEmpty() && !hasRecipients) {
            return;
        }
        XWPFParagraph space = docx.createParagraph();
        space.setSpacingAfter(0);
        space.setSpacingBetween(6, LineSpacingRule.EXACT);
        space.setKeepNext(true);

        int columns = Math.max(1, signatures.size()) + (hasRecipients || signatures.size() == 1 ? 1 : 0);
        int[] widths = new int[columns];
        int first = 0;
        if (columns > signatures.size()) {
            widths[0] = mmToTwips(DocumentLayout.CLOSING_LEFT_MM);
            first = 1;
        }
        int rest = TEXT_WIDTH - (first == 1 ? widths[0] : 0);
        int signatureColumns = columns - first;
        for (int i = first; i < columns; i++) {
            widths[i] = i == columns - 1 ? rest - (rest / signatureColumns) * (signatureColumns - 1)
                    : rest / signatureColumns;
        }
        XWPFTable table = table(docx, widths, false, 1);
        XWPFTableRow row = table.getRow(0);
        cantSplit(row);
        if (first == 1) {
            CellText recipients = new CellText(row.getCell(0));
            if (hasRecipients) {
                XWPFParagraph label = recipients.next(ParagraphAlignment.LEFT);
                run(label, DocumentLayout.RECIPIENTS_LABEL, DocumentLayout.RECIPIENTS_LABEL_SIZE, true, true);
                for (String recipient : recipientLines) {
                    run(recipients.next(ParagraphAlignment.LEFT), "- " + recipient.strip(),
                            DocumentLayout.RECIPIENTS_SIZE, false, false);
                }
            } else {
                recipients.next(ParagraphAlignment.LEFT);
            }
        }
        for (int i = 0; i < signatures.size(); i++) {
            signature(new CellText(row.getCell(first + i)), signatures.get(i));
        }
    }

    /**
     * The recipients under two signatures side by side, as the signatures' table's second row across its columns:
     * neither row splits and the first keeps with the second (keep-with-next in Word), so "Nơi nhận" never stands
     * alone on the last page. LibreOffice ignores keep-with-next from a table to the paragraph after it, which is
     * why the recipients are not a table of their own.
     */
    private static void recipientsUnder(XWPFTable signatures, List<String> recipientLines) {
        XWPFTableRow top = signatures.getRow(0);
        top.getTableCells().forEach(cell -> cell.getParagraphs().forEach(p -> p.setKeepNext(true)));
        int columns = top.getTableCells().size();
        XWPFTableRow row = signatures.createRow();
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        XWPFTableCell across = row.getCell(0);
        var tcPr = across.getCTTc().isSetTcPr() ? across.getCTTc().getTcPr() : across.getCTTc().addNewTcPr();
        (tcPr.isSetGridSpan() ? tcPr.getGridSpan() : tcPr.addNewGridSpan()).setVal(BigInteger.valueOf(columns));
        CTTblWidth width = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        cantSplit(row);
        CellText recipients = new CellText(across);
        XWPFParagraph label = recipients.next(ParagraphAlignment.LEFT);
        label.setSpacingBefore(120); // 6 pt under the names, as the spacing paragraph before a closing
        run(label, DocumentLayout.RECIPIENTS_LABEL, DocumentLayout.RECIPIENTS_LABEL_SIZE, true, true);
        for (String recipient : recipientLines) {
            run(recipients.next(ParagraphAlignment.LEFT), "- " + recipient.strip(), DocumentLayout.RECIPIENTS_SIZE,
                    false, false);
        }
    }

    // ---- annexes

    /**
     * An annex in a section of its own: the section before it ends here (its page settings move into a
     * section break), and the document's last section takes the annex's page size and orientation. The page
     * numbers run on, shown on the annex's first page too.
     */
    private static void annex(Writing writing, Annex annex) {
        XWPFDocument docx = writing.docx();
        writing.progress().step();
        CTSectPr last = section(docx);
        XWPFParagraph sectionBreak = docx.createParagraph();
        sectionBreak.setSpacingAfter(0);
        sectionBreak.setSpacingBetween(1, LineSpacingRule.EXACT);
        var pPr = sectionBreak.getCTP().isSetPPr() ? sectionBreak.getCTP().getPPr()
                : sectionBreak.getCTP().addNewPPr();
        pPr.setSectPr((CTSectPr) last.copy());
        page(last, annex.orientation());
        if (last.isSetTitlePg()) {
            last.unsetTitlePg();
        }
        for (String line : annex.heading().strip().split("\n")) {
            XWPFParagraph heading = docx.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            heading.setSpacingAfter(0);
            heading.setKeepNext(true);
            run(heading, line.strip(), DocumentLayout.TITLE_SIZE, true, false);
        }
        if (!annex.reference().isBlank()) {
            XWPFParagraph reference = docx.createParagraph();
            reference.setAlignment(ParagraphAlignment.CENTER);
            reference.setKeepNext(true);
            run(reference, annex.reference().strip(), DocumentLayout.BODY_SIZE, false, true);
        }
        XWPFParagraph space = docx.createParagraph();
        space.setSpacingAfter(0);
        space.setSpacingBetween(6, LineSpacingRule.EXACT);
        blocks(writing, annex.blocks(), mmToTwips(DocumentLayout.textWidthMm(annex.orientation())));
    }

    private static void signature(CellText cell, Signature signature) {
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        if (signature.authority() != null && !signature.authority().isBlank()) {
            run(cell.next(ParagraphAlignment.CENTER), signature.authority().toUpperCase(vi),
                    DocumentLayout.SIGNATURE_SIZE, true, false);
        }
        run(cell.next(ParagraphAlignment.CENTER), signature.title().toUpperCase(vi), DocumentLayout.SIGNATURE_SIZE,
                true, false);
        for (int i = 0; i < DocumentLayout.SIGNATURE_BLANK_LINES; i++) {
            cell.next(ParagraphAlignment.CENTER);
        }
        XWPFParagraph name = cell.next(ParagraphAlignment.CENTER);
        if (signature.name() != null && !signature.name().isBlank()) {
            run(name, signature.name().strip(), DocumentLayout.SIGNATURE_SIZE, true, false);
        }
    }

    // ---- helpers

    private static XWPFTable table(XWPFDocument docx, int[] widths, boolean bordered, int rows) {
        XWPFTable table = docx.createTable(rows, widths.length);
        CTTblPr tblPr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr()
                : table.getCTTbl().addNewTblPr();
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        CTTblWidth tblW = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        tblW.setType(STTblWidth.DXA);
        tblW.setW(BigInteger.valueOf(total));
        (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        table.setTableAlignment(TableRowAlign.CENTER);
        if (tblPr.isSetTblStyle()) {
            tblPr.unsetTblStyle();
        }
        CTTblBorders borders = tblPr.isSetTblBorders() ? tblPr.getTblBorders() : tblPr.addNewTblBorders();
        STBorder.Enum kind = bordered ? STBorder.SINGLE : STBorder.NONE;
        for (CTBorder border : new CTBorder[] {
            borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
            borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
            borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
            borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
            borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
            borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()}) {
            border.setVal(kind);
            border.setSz(BigInteger.valueOf(bordered ? 4 : 0));
            border.setSpace(BigInteger.ZERO);
            border.setColor(bordered ? "000000" : "auto");
        }
        CTTblCellMar margins = tblPr.isSetTblCellMar() ? tblPr.getTblCellMar() : tblPr.addNewTblCellMar();
        int side = bordered ? CELL_MARGIN : 0;
        margins.addNewLeft().setW(BigInteger.valueOf(side));
        margins.getLeft().setType(STTblWidth.DXA);
        margins.addNewRight().setW(BigInteger.valueOf(side));
        margins.getRight().setType(STTblWidth.DXA);
        margins.addNewTop().setW(BigInteger.valueOf(bordered ? 30 : 0));
        margins.getTop().setType(STTblWidth.DXA);
        margins.addNewBottom().setW(BigInteger.valueOf(bordered ? 30 : 0));
        margins.getBottom().setType(STTblWidth.DXA);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                var tcPr = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
                        : row.getCell(c).getCTTc().addNewTcPr();
                CTTblWidth tcW = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                tcW.setType(STTblWidth.DXA);
                tcW.setW(BigInteger.valueOf(widths[c]));
            }
        }
        return table;
    }

    private static void repeatAsHeader(XWPFTableRow row) {
        row.setRepeatHeader(true);
        cantSplit(row);
    }

    private static void cantSplit(XWPFTableRow row) {
        CTTrPr trPr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
        if (trPr.sizeOfCantSplitArray() == 0) {
            trPr.addNewCantSplit(); // no value means on
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, float size, boolean bold, boolean italic) {
        XWPFRun run = styledRun(paragraph, size);
        // plain is the default: "off" elements would only make a 5,000-row annex larger and slower to write
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
        run.setText(nfc(text));
        return run;
    }

    private static XWPFRun styledRun(XWPFParagraph paragraph, float size) {
        XWPFRun run = paragraph.createRun();
        CTRPr rPr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        fonts(rPr.sizeOfRFontsArray() > 0 ? rPr.getRFontsArray(0) : rPr.addNewRFonts());
        run.setFontSize((double) size);
        return run;
    }

    private static int halfPoints(float points) {
        return Math.round(points * 2);
    }

    private static void tight(XWPFParagraph paragraph) {
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingBetween(1.0);
    }

    private static ParagraphAlignment alignment(Column column) {
        return column.centered() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
    }

    /** What the writing of one document carries through its blocks. */
    private record Writing(StreamingDocument docx, ProgressSteps progress, int streamedFromRows) {
    }

    /**
     * A Word document whose big tables get their rows when it is saved: its {@code document.xml} is saved by
     * XmlBeans with one placeholder row per such table, and each placeholder is replaced by that table's rows
     * written as text ({@link StreamedRows}). XmlBeans needs about twenty objects per table cell and most of a
     * 5,000-row annex's writing time to build and save them (docs/decisions/0030).
     */
    private static final class StreamingDocument extends XWPFDocument {
        private final List<StreamedRows> streamed = new ArrayList<>();

        /** Keeps the rows for the save; returns the placeholder row's text. */
        String streamLater(StreamedRows rows) {
            streamed.add(rows);
            return marker(streamed.size() - 1);
        }

        private static String marker(int index) {
            return "\uE000cutri-streamed-rows-" + index + "\uE000";
        }

        @Override
        protected void commit() throws IOException {
            if (streamed.isEmpty()) {
                super.commit();
                return;
            }
            // what XWPFDocument.commit does, into memory first
            XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
            options.setSaveSyntheticDocumentElement(new QName(CTDocument1.type.getName().getNamespaceURI(),
                    "document"));
            ByteArrayOutputStream skeleton = new ByteArrayOutputStream(256 * 1024);
            getDocument().save(skeleton, options);
            String xml = skeleton.toString(StandardCharsets.UTF_8);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(getPackagePart().getOutputStream(),
                    StandardCharsets.UTF_8), 64 * 1024)) {
                int from = 0;
                for (int i = 0; i < streamed.size(); i++) {
                    int at = xml.indexOf(marker(i), from);
                    int start = at < 0 ? -1 : xml.lastIndexOf("<w:tr>", at);
                    int end = at < 0 ? -1 : xml.indexOf("</w:tr>", at);
                    if (start < from || end < 0) {
                        throw new IllegalStateException("The placeholder of table rows " + i + " is missing");
                    }
                    out.write(xml, from, start - from);
                    streamed.get(i).writeTo(out);
                    from = end + "</w:tr>".length();
                }
                out.write(xml, from, xml.length() - from);
            }
        }
    }

    /**
     * A table's body rows as WordprocessingML text, exactly as the object model writes them in {@link #table}
     * (row that cannot split; cells with their width; one tight paragraph per line with one run in Times New
     * Roman at the table's size): {@code DocxWriterTest} compares the two.
     */
    private record StreamedRows(int[] widths, List<Column> columns, List<List<String>> rows, ProgressSteps progress) {

        void writeTo(Writer out) throws IOException {
            String font = xmlText(DocumentLayout.WORD_FONT);
            String runStart = "<w:r><w:rPr><w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\" w:cs=\"" + font
                    + "\" w:eastAsia=\"" + font + "\"/><w:sz w:val=\"" + halfPoints(DocumentLayout.TABLE_SIZE)
                    + "\"/></w:rPr>";
            String[] paragraphStart = new String[columns.size()];
            String[] cellStart = new String[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                cellStart[c] = "<w:tc><w:tcPr><w:tcW w:w=\"" + widths[c] + "\" w:type=\"dxa\"/></w:tcPr>";
                paragraphStart[c] = "<w:p><w:pPr><w:spacing w:after=\"0\" w:before=\"0\" w:line=\"240\""
                        + " w:lineRule=\"auto\"/><w:jc w:val=\"" + (columns.get(c).centered() ? "center" : "left")
                        + "\"/></w:pPr>" + runStart;
            }
            StringBuilder row = new StringBuilder(4096);
            for (List<String> cells : rows) {
                progress.step();
                row.setLength(0);
                row.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
                for (int c = 0; c < columns.size(); c++) {
                    row.append(cellStart[c]);
                    String value = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
                    for (String line : value.split("\n", -1)) {
                        row.append(paragraphStart[c]);
                        text(row, nfc(line));
                        row.append("</w:r></w:p>");
                    }
                    row.append("</w:tc>");
                }
                row.append("</w:tr>");
                out.append(row);
            }
        }

        /** A run's {@code w:t} as XWPFRun.setText makes it and XmlBeans saves it. */
        private static void text(StringBuilder out, String text) {
            if (text.isEmpty()) {
                out.append("<w:t/>");
                return;
            }
            boolean preserve = Character.isWhitespace(text.charAt(0))
                    || Character.isWhitespace(text.charAt(text.length() - 1));
            out.append(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
            escape(out, text);
            out.append("</w:t>");
        }

        private static String xmlText(String text) {
            StringBuilder out = new StringBuilder(text.length());
            escape(out, text);
            return out.toString();
        }

        /**
         * XmlBeans' escaping of text: {@code &} and {@code <} as entities, {@code >} after {@code ]]}, a carriage
         * return as {@code &#13;}, and a character XML cannot hold (other control characters, a lone surrogate,
         * U+FFFE and U+FFFF) as {@code ?}.
         */
        private static void escape(StringBuilder out, String text) {
            int length = text.length();
            for (int i = 0; i < length; i++) {
                char ch = text.charAt(i);
                if (ch == '&') {
                    out.append("&amp;");
                } else if (ch == '<') {
                    out.append("&lt;");
                } else if (ch == '>' && i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']') {
                    out.append("&gt;");
                } else if (ch == '\r') {
                    out.append("&#13;");
                } else if (ch < 0x20 && ch != '\t' && ch != '\n' || ch == '\uFFFE' || ch == '\uFFFF') {
                    out.append('?');
                } else if (Character.isHighSurrogate(ch)) {
                    if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(ch).append(text.charAt(++i));
                    } else {
                        out.append('?');
                    }
                } else if (Character.isLowSurrogate(ch)) {
                    out.append('?');
                } else {
                    out.append(ch);
                }
            }
        }
    }

    /** Fills a table cell paragraph by paragraph, reusing the empty paragraph a new cell starts with. */
    private static final class CellText {
        private final XWPFTableCell cell;
        private final List<XWPFParagraph> written = new ArrayList<>();

        CellText(XWPFTableCell cell) {
            this.cell = cell;
        }

        XWPFParagraph next(ParagraphAlignment alignment) {
            XWPFParagraph paragraph = written.isEmpty() && !cell.getParagraphs().isEmpty()
                    ? cell.getParagraphs().get(0) : cell.addParagraph();
            written.add(paragraph);
            paragraph.setAlignment(alignment);
            tight(paragraph);
            return paragraph;
        }
    }
}
