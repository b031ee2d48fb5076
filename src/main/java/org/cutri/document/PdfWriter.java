package org.cutri.document;

import static org.cutri.document.DocumentLayout.mmToPt;
import static org.cutri.document.DocumentLayout.nfc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;

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

/**
 * Writes an {@link OfficialDocument} as PDF with the same layout as {@link DocxWriter}, in Liberation Serif
 * (Times New Roman's metrics, every Vietnamese letter) embedded in the file, so it prints the same on any
 * computer. Used for the preview, for printing and for "Lưu PDF".
 */
public final class PdfWriter {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final float TEXT_WIDTH = mmToPt(DocumentLayout.TEXT_WIDTH_MM);
    /** Liberation Serif's line height at "single" spacing, in ems (as Word measures Times New Roman). */
    private static final float SINGLE_LINE = 1.15f;
    private static final float BODY_LEADING = SINGLE_LINE * DocumentLayout.LINE_SPACING;

    private PdfWriter() {
    }

    /** Writes the document; the stream is left open. */
    public static void write(OfficialDocument document, OutputStream out) throws IOException {
        write(document, out, TaskMonitor.NONE);
    }

    /**
     * As {@link #write(OfficialDocument, OutputStream)}, reporting progress by blocks and table rows, and stopping
     * with {@link java.util.concurrent.CancellationException} once the monitor is cancelled (a long annex is
     * checked between its chunks of rows).
     */
    public static void write(OfficialDocument document, OutputStream out, TaskMonitor monitor) throws IOException {
        ProgressSteps progress = new ProgressSteps(monitor, DocumentLayout.steps(document));
        Document pdf = new Document(PageSize.A4, mmToPt(DocumentLayout.MARGIN_LEFT_MM),
                mmToPt(DocumentLayout.MARGIN_RIGHT_MM), mmToPt(DocumentLayout.MARGIN_TOP_MM),
                mmToPt(DocumentLayout.MARGIN_BOTTOM_MM));
        try {
            com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new PageNumbers());
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("vi-VN"));
            pdf.addTitle(nfc(DocxWriter.documentTitle(document)));
            pdf.addCreator("cutri");
            List<String> organisation = document.header().organisationLines();
            if (!organisation.isEmpty()) {
                pdf.addAuthor(nfc(String.join(" ", organisation)));
            }
            pdf.open();
            header(pdf, document.header());
            title(pdf, document);
            blocks(writer, pdf, document.body(), progress, closingHeight(document));
            closing(pdf, document);
            annexes(writer, pdf, document, progress);
            pdf.close();
        } catch (ExceptionConverter e) {
            throw e.getException() instanceof IOException io ? io : new IOException(e.getException());
        } catch (DocumentException e) {
            throw new IOException("Cannot write the PDF", e);
        }
    }

    /**
     * Writes several documents into one PDF, each from a new page with its own page numbers (from its page 2 on): the
     * invitations of a conference, one per page. The stream is left open.
     */
    public static void writeAll(List<OfficialDocument> documents, OutputStream out, TaskMonitor monitor)
            throws IOException {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("No document to write");
        }
        ProgressSteps progress = new ProgressSteps(monitor,
                documents.stream().mapToInt(DocumentLayout::steps).sum());
        Document pdf = new Document(PageSize.A4, mmToPt(DocumentLayout.MARGIN_LEFT_MM),
                mmToPt(DocumentLayout.MARGIN_RIGHT_MM), mmToPt(DocumentLayout.MARGIN_TOP_MM),
                mmToPt(DocumentLayout.MARGIN_BOTTOM_MM));
        try {
            com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            PageNumbers numbers = new PageNumbers();
            writer.setPageEvent(numbers);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("vi-VN"));
            pdf.addTitle(nfc(DocxWriter.documentTitle(documents.get(0))));
            pdf.addCreator("cutri");
            pdf.open();
            for (int i = 0; i < documents.size(); i++) {
                OfficialDocument document = documents.get(i);
                if (i > 0) {
                    pdf.newPage();
                    numbers.firstPage = writer.getPageNumber();
                }
                header(pdf, document.header());
                title(pdf, document);
                blocks(writer, pdf, document.body(), progress, closingHeight(document));
                closing(pdf, document);
                annexes(writer, pdf, document, progress);
            }
            pdf.close();
        } catch (ExceptionConverter e) {
            throw e.getException() instanceof IOException io ? io : new IOException(e.getException());
        } catch (DocumentException e) {
            throw new IOException("Cannot write the PDF", e);
        }
    }

    /** The PDF in memory, for the preview and the printer. */
    public static byte[] toBytes(OfficialDocument document) throws IOException {
        return toBytes(document, TaskMonitor.NONE);
    }

    /** As {@link #toBytes(OfficialDocument)}, watched by the monitor (see {@link #write(OfficialDocument, OutputStream, TaskMonitor)}). */
    public static byte[] toBytes(OfficialDocument document, TaskMonitor monitor) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(document, out, monitor);
        return out.toByteArray();
    }

    // ---- header

    private static void header(Document pdf, DocumentHeader header) {
        float left = mmToPt(DocumentLayout.HEADER_LEFT_MM);
        float right = TEXT_WIDTH - left;
        PdfPTable table = new PdfPTable(new float[] {left, right});
        table.setTotalWidth(TEXT_WIDTH);
        table.setLockedWidth(true);

        PdfPCell organisation = cell(false);
        List<String> lines = header.organisationLines();
        for (int i = 0; i < lines.size(); i++) {
            boolean issuingBody = i == lines.size() - 1;
            organisation.addElement(line(lines.get(i).toUpperCase(VIETNAMESE), DocumentLayout.ORGANISATION_SIZE,
                    issuingBody, false, Element.ALIGN_CENTER));
        }
        if (!lines.isEmpty()) {
            float issuingWidth = DocumentLayout.widthMm(lines.get(lines.size() - 1).toUpperCase(VIETNAMESE),
                    DocumentLayout.ORGANISATION_SIZE, true);
            organisation.addElement(rule(DocumentLayout.shortRuleMm(issuingWidth), left));
        }
        table.addCell(organisation);

        PdfPCell nation = cell(false);
        nation.addElement(line(DocumentLayout.NATION, DocumentLayout.NATION_SIZE, true, false, Element.ALIGN_CENTER));
        nation.addElement(line(DocumentLayout.MOTTO, DocumentLayout.MOTTO_SIZE, true, false, Element.ALIGN_CENTER));
        nation.addElement(rule(DocumentLayout.widthMm(DocumentLayout.MOTTO, DocumentLayout.MOTTO_SIZE, true), right));
        table.addCell(nation);

        PdfPCell number = cell(false);
        number.setPaddingTop(4f);
        if (!header.number().isBlank()) {
            number.addElement(line(header.number(), DocumentLayout.NUMBER_SIZE, false, false, Element.ALIGN_CENTER));
        }
        table.addCell(number);
        PdfPCell date = cell(false);
        date.setPaddingTop(4f);
        date.addElement(line(header.placeAndDate(), DocumentLayout.DATE_SIZE, false, true, Element.ALIGN_CENTER));
        table.addCell(date);
        pdf.add(table);
    }

    /**
     * A centred rule {@code lengthMm} long inside a column {@code columnWidth} points wide: the top border of
     * the middle cell of a borderless table (exact, unlike OpenPDF's line separators).
     */
    private static PdfPTable rule(float lengthMm, float columnWidth) {
        float length = Math.min(columnWidth, mmToPt(lengthMm));
        float side = (columnWidth - length) / 2f;
        PdfPTable rule = new PdfPTable(new float[] {Math.max(side, 0.01f), length, Math.max(side, 0.01f)});
        rule.setTotalWidth(columnWidth);
        rule.setLockedWidth(true);
        rule.setSpacingAfter(0f);
        // the text's last baseline is where a table starts: an empty first row keeps the rule off the letters
        for (int i = 0; i < 6; i++) {
            PdfPCell cell = cell(false);
            cell.setFixedHeight(i < 3 ? 5.5f : 2f);
            if (i == 4) {
                cell.setBorder(Rectangle.TOP);
                cell.setBorderWidthTop(0.6f);
            }
            rule.addCell(cell);
        }
        return rule;
    }

    // ---- title and body

    private static void title(Document pdf, OfficialDocument document) {
        com.lowagie.text.Paragraph type = line(document.type().toUpperCase(VIETNAMESE), DocumentLayout.TITLE_SIZE,
                true, false, Element.ALIGN_CENTER);
        type.setSpacingBefore(18f);
        pdf.add(type);
        String subject = document.subject() == null ? "" : document.subject().strip();
        float widest = 0;
        for (String line : subject.isEmpty() ? new String[0] : subject.split("\n")) {
            pdf.add(line(line.strip(), DocumentLayout.TITLE_SIZE, true, false, Element.ALIGN_CENTER));
            widest = Math.max(widest, DocumentLayout.widthMm(line.strip(), DocumentLayout.TITLE_SIZE, true));
        }
        if (subject.isEmpty()) {
            widest = DocumentLayout.widthMm(document.type(), DocumentLayout.TITLE_SIZE, true) * 3;
        }
        PdfPTable rule = rule(DocumentLayout.shortRuleMm(Math.min(widest, DocumentLayout.TEXT_WIDTH_MM)), TEXT_WIDTH);
        rule.setSpacingAfter(12f);
        pdf.add(rule);
    }

    private static com.lowagie.text.Paragraph paragraph(Paragraph paragraph) {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph();
        // the paragraph's own font is used for its line ends; the default would bring in Helvetica
        p.setFont(font(DocumentLayout.BODY_SIZE, false, false));
        for (Run run : paragraph.runs()) {
            p.add(new Chunk(nfc(run.text()), font(DocumentLayout.BODY_SIZE, run.bold(), run.italic())));
        }
        // a fixed leading: a multiplied one would follow the paragraph's own (default 12 pt) font
        p.setLeading(DocumentLayout.BODY_SIZE * BODY_LEADING);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        if (paragraph.indent()) {
            p.setFirstLineIndent(mmToPt(DocumentLayout.FIRST_LINE_INDENT_MM));
        }
        p.setSpacingAfter(DocumentLayout.SPACE_AFTER_PT);
        return p;
    }

    /**
     * A heading never ends a page: the headings that follow one another and the start of what comes after them
     * (two lines of a paragraph, or a table's header row with its first rows) are measured, and when they do not
     * fit in what is left of the page the headings start the next one.
     */
    private static void keepWithNext(com.lowagie.text.pdf.PdfWriter writer, Document pdf, List<Block> from) {
        float needed = 0;
        int i = 0;
        while (i < from.size() && from.get(i) instanceof Heading heading) {
            needed += heading(heading).getSpacingBefore() + height(heading(heading));
            i++;
        }
        if (i < from.size() && from.get(i) instanceof Paragraph paragraph) {
            float twoLines = 2 * DocumentLayout.BODY_SIZE * BODY_LEADING;
            needed += Math.min(height(paragraph(paragraph)), twoLines);
        } else if (i < from.size() && from.get(i) instanceof Table table) {
            PdfPTable start = table(table, pdf.right() - pdf.left());
            for (List<String> row : table.rows().subList(0, Math.min(ROWS_WITH_HEADER, table.rows().size()))) {
                addRow(start, table.columns(), row);
            }
            needed += start.spacingBefore() + start.getTotalHeight();
        }
        if (writer.getVerticalPosition(false) - pdf.bottom() < needed) {
            pdf.newPage();
        }
    }

    /**
     * The signatures never stand alone on the last page: when the body's last paragraph fits on this page and the
     * closing after it does not, the paragraph starts the next page with them (a short closing paragraph only, so
     * no more than half a page is left blank).
     */
    private static void keepWithClosing(com.lowagie.text.pdf.PdfWriter writer, Document pdf,
            com.lowagie.text.Paragraph last, float closingHeight) {
        float top = writer.getVerticalPosition(false);
        float left = top - pdf.bottom();
        float own = height(last);
        boolean pageStarted = top >= pdf.top() - 0.5f;
        if (!pageStarted && left >= own && left < own + closingHeight
                && own + closingHeight <= (pdf.top() - pdf.bottom()) / 2) {
            pdf.newPage();
        }
    }

    /** The height an element takes in the text column, its space after included, laid out off the page. */
    private static float height(Element element) {
        float top = 10_000f;
        ColumnText column = new ColumnText(null);
        column.setSimpleColumn(0, 0, TEXT_WIDTH, top);
        column.addElement(element);
        try {
            column.go(true);
        } catch (DocumentException e) {
            throw new ExceptionConverter(e);
        }
        return top - column.getYLine();
    }

    private static com.lowagie.text.Paragraph heading(Heading heading) {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(nfc(heading.text()),
                font(DocumentLayout.BODY_SIZE, true, heading.level() >= 3));
        p.setLeading(DocumentLayout.BODY_SIZE * BODY_LEADING);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setSpacingBefore(heading.level() <= 1 ? 6f : 0f);
        p.setSpacingAfter(DocumentLayout.SPACE_AFTER_PT);
        return p;
    }

    /** Rows added to a large table between two flushes to the page. */
    private static final int ROWS_PER_FLUSH = 40;
    /** Body rows that stay on the page of the table's header row: a header alone never ends a page. */
    private static final int ROWS_WITH_HEADER = 2;

    /**
     * Adds a table as a large element: rows are laid out and written in chunks, so a 5,000-row annex
     * costs time in proportion to its rows instead of re-measuring the whole table on every page. The first
     * chunk is the header row with the first rows, kept together: when they do not fit at the bottom of a
     * page the table starts on the next one. Only the first chunk has the space before the table and only the
     * last the space after, so the chunks join without a gap. A chunk whose first row starts a new page
     * starts it here, with the header row (OpenPDF would leave the header out, as if the page went on).
     */
    private static void addTable(com.lowagie.text.pdf.PdfWriter writer, Document pdf, Table table,
            ProgressSteps progress) throws DocumentException {
        // a landscape annex is wider: its columns are measured on its own width, as the .docx does
        PdfPTable t = table(table, pdf.right() - pdf.left());
        float spacingAfter = t.spacingAfter();
        t.setSpacingAfter(0f);
        t.setComplete(false);
        t.setKeepTogether(true);
        int added = 0;
        int flushed = 0;
        for (List<String> row : table.rows()) {
            addRow(t, table.columns(), row);
            added++;
            if (added == ROWS_WITH_HEADER || added % ROWS_PER_FLUSH == 0) {
                addChunk(writer, pdf, t, added > ROWS_WITH_HEADER);
                t.setKeepTogether(false);
                t.setSpacingBefore(0f);
                progress.step(added - flushed);
                flushed = added;
            }
        }
        t.setSpacingAfter(spacingAfter);
        t.setComplete(true);
        addChunk(writer, pdf, t, added > ROWS_WITH_HEADER);
        progress.step(added - flushed);
    }

    private static void addChunk(com.lowagie.text.pdf.PdfWriter writer, Document pdf, PdfPTable t, boolean continued) {
        if (continued && t.size() > t.getHeaderRows()) {
            float top = writer.getVerticalPosition(false);
            boolean pageStarted = top >= pdf.top() - 0.5f;
            if (pageStarted || top - pdf.bottom() < t.getRowHeight(t.getHeaderRows())) {
                pdf.newPage();
                t.setSkipFirstHeader(false);
            }
        }
        pdf.add(t);
    }

    private static PdfPTable table(Table table, float widthPt) {
        List<Column> columns = table.columns();
        float[] widths = DocumentLayout.columnWidthsMm(columns, widthPt * 25.4f / 72f);
        PdfPTable t = new MeasuredOnce(widths);
        t.setTotalWidth(widthPt);
        t.setLockedWidth(true);
        t.setHeaderRows(1);
        t.setSpacingBefore(2f);
        t.setSpacingAfter(8f);
        t.setSplitLate(true);
        for (Column column : columns) {
            PdfPCell cell = cell(true);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            for (String line : column.title().split("\n", -1)) {
                cell.addElement(line(line, DocumentLayout.TABLE_SIZE, true, false, Element.ALIGN_CENTER));
            }
            t.addCell(cell);
        }
        return t;
    }

    private static void addRow(PdfPTable t, List<Column> columns, List<String> row) {
        for (int c = 0; c < columns.size(); c++) {
            String value = c < row.size() && row.get(c) != null ? row.get(c) : "";
            PdfPCell cell = cell(true);
            int alignment = columns.get(c).centered() ? Element.ALIGN_CENTER : Element.ALIGN_LEFT;
            String[] lines = value.split("\n", -1);
            for (String line : lines) {
                cell.addElement(line(line, DocumentLayout.TABLE_SIZE, false, false, alignment));
            }
            // empty lines keep their height, as empty paragraphs do in the .docx (rows left to write in by hand)
            cell.setMinimumHeight(lines.length * DocumentLayout.TABLE_SIZE * SINGLE_LINE + cell.getPaddingTop()
                    + cell.getPaddingBottom());
            t.addCell(cell);
        }
    }

    /**
     * A table whose width is fixed before its first row: OpenPDF measures each row once, when it is complete
     * ({@code addCell}), and then, asked for the table's height at the moment it is put on the page, measures all
     * of them again as if the columns could have changed, laying out every cell's text a second time. With
     * the width locked they cannot, so the heights already measured are kept. A third of the writing time of a
     * 5,000-row annex; the pages are the same (docs/decisions/0030).
     */
    private static final class MeasuredOnce extends PdfPTable {

        MeasuredOnce(float[] relativeWidths) {
            super(relativeWidths);
        }

        @Override
        public float calculateHeights(boolean firstTime) {
            return super.calculateHeights(firstTime && !isLockedWidth());
        }
    }

    // ---- closing

    /** As {@code DocxWriter}: two signatures side by side put the recipients under them. */
    private static void closing(Document pdf, OfficialDocument document) throws DocumentException {
        for (PdfPTable table : closingTables(document)) {
            pdf.add(table);
        }
    }

    private static List<PdfPTable> closingTables(OfficialDocument document) {
        List<PdfPTable> tables = new ArrayList<>();
        if (document.signatures().size() > 1 && !document.recipients().isEmpty()) {
            closing(List.of(), document.signatures()).ifPresent(tables::add);
            closing(document.recipients(), List.of()).ifPresent(tables::add);
        } else {
            closing(document.recipients(), document.signatures()).ifPresent(tables::add);
        }
        return tables;
    }

    /** The height the signatures and recipients take below the body, the space before them included. */
    private static float closingHeight(OfficialDocument document) {
        float height = 0;
        for (PdfPTable table : closingTables(document)) {
            height += table.spacingBefore() + table.getTotalHeight();
        }
        return height;
    }

    private static java.util.Optional<PdfPTable> closing(List<String> recipientLines, List<Signature> signatures) {
        boolean hasRecipients = !recipientLines.isEmpty();
        if (signatures.isEmpty() && !hasRecipients) {
            return java.util.Optional.empty();
        }
        int columns = Math.max(1, signatures.size()) + (hasRecipients || signatures.size() == 1 ? 1 : 0);
        boolean recipientColumn = columns > signatures.size();
        float[] widths = new float[columns];
        int first = recipientColumn ? 1 : 0;
        float rest = TEXT_WIDTH;
        if (recipientColumn) {
            widths[0] = mmToPt(DocumentLayout.CLOSING_LEFT_MM);
            rest -= widths[0];
        }
        for (int i = first; i < columns; i++) {
            widths[i] = rest / (columns - first);
        }
        PdfPTable table = new PdfPTable(widths);
        table.setTotalWidth(TEXT_WIDTH);
        table.setLockedWidth(true);
        table.setKeepTogether(true);
        table.setSpacingBefore(6f);
        if (recipientColumn) {
            PdfPCell recipients = cell(false);
            if (hasRecipients) {
                recipients.addElement(line(DocumentLayout.RECIPIENTS_LABEL, DocumentLayout.RECIPIENTS_LABEL_SIZE,
                        true, true, Element.ALIGN_LEFT));
                for (String recipient : recipientLines) {
                    recipients.addElement(line("- " + recipient.strip(), DocumentLayout.RECIPIENTS_SIZE, false,
                            false, Element.ALIGN_LEFT));
                }
            }
            table.addCell(recipients);
        }
        for (Signature signature : signatures) {
            table.addCell(signature(signature));
        }
        if (signatures.isEmpty()) {
            table.addCell(cell(false));
        }
        return java.util.Optional.of(table);
    }

    // ---- annexes

    /**
     * Each annex from a new page of its own size (A4 turned for a landscape annex, same margins): its heading
     * centred and bold, the centred italic line saying which document it goes with, then its blocks.
     */
    private static void annexes(com.lowagie.text.pdf.PdfWriter writer, Document pdf, OfficialDocument document,
            ProgressSteps progress) throws DocumentException {
        for (Annex annex : document.annexes()) {
            progress.step(1);
            // a landscape media box, not a portrait one with /Rotate: viewers and printers turn it alike
            pdf.setPageSize(annex.orientation() == Orientation.LANDSCAPE
                    ? new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()) : PageSize.A4);
            pdf.newPage();
            for (String heading : annex.heading().strip().split("\n")) {
                pdf.add(line(heading.strip(), DocumentLayout.TITLE_SIZE, true, false, Element.ALIGN_CENTER));
            }
            if (!annex.reference().isBlank()) {
                pdf.add(line(annex.reference().strip(), DocumentLayout.BODY_SIZE, false, true, Element.ALIGN_CENTER));
            }
            pdf.add(line(" ", 6f, false, false, Element.ALIGN_LEFT));
            blocks(writer, pdf, annex.blocks(), progress, 0f);
        }
    }

    /** The blocks of the body or of an annex, in order. */
    private static void blocks(com.lowagie.text.pdf.PdfWriter writer, Document pdf, List<Block> blocks,
            ProgressSteps progress, float closingHeight) throws DocumentException {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            progress.step(1);
            if (block instanceof Paragraph paragraph) {
                com.lowagie.text.Paragraph p = paragraph(paragraph);
                if (i == blocks.size() - 1 && closingHeight > 0) {
                    keepWithClosing(writer, pdf, p, closingHeight);
                }
                pdf.add(p);
            } else if (block instanceof Heading heading) {
                if (i == 0 || !(blocks.get(i - 1) instanceof Heading)) {
                    keepWithNext(writer, pdf, blocks.subList(i, blocks.size()));
                }
                pdf.add(heading(heading));
            } else if (block instanceof Table table) {
                addTable(writer, pdf, table, progress);
            }
        }
    }

    private static PdfPCell signature(Signature signature) {
        PdfPCell cell = cell(false);
        float size = DocumentLayout.SIGNATURE_SIZE;
        if (signature.authority() != null && !signature.authority().isBlank()) {
            cell.addElement(line(signature.authority().toUpperCase(VIETNAMESE), size, true, false,
                    Element.ALIGN_CENTER));
        }
        cell.addElement(line(signature.title().toUpperCase(VIETNAMESE), size, true, false, Element.ALIGN_CENTER));
        String name = signature.name() == null ? "" : signature.name().strip();
        com.lowagie.text.Paragraph nameLine = line(name.isEmpty() ? " " : name, size, true, false,
                Element.ALIGN_CENTER);
        nameLine.setSpacingBefore(DocumentLayout.SIGNATURE_BLANK_LINES * size * SINGLE_LINE);
        cell.addElement(nameLine);
        return cell;
    }

    // ---- helpers

    private static PdfPCell cell(boolean bordered) {
        // an empty phrase in our own font: a bare PdfPCell would bring in (unembedded) Helvetica
        PdfPCell cell = new PdfPCell(new Phrase("", font(1f, false, false)));
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        if (bordered) {
            cell.setBorder(Rectangle.BOX);
            cell.setBorderWidth(0.5f);
            cell.setPaddingLeft(mmToPt(DocumentLayout.CELL_PADDING_MM));
            cell.setPaddingRight(mmToPt(DocumentLayout.CELL_PADDING_MM));
            cell.setPaddingTop(2.5f);
            cell.setPaddingBottom(3.5f);
        } else {
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0f);
        }
        return cell;
    }

    /** One line (or a short text) at single spacing, as in the header, tables and the closing. */
    private static com.lowagie.text.Paragraph line(String text, float size, boolean bold, boolean italic,
            int alignment) {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(nfc(text), font(size, bold, italic));
        p.setLeading(size * SINGLE_LINE);
        p.setAlignment(alignment);
        p.setSpacingAfter(0f);
        p.setSpacingBefore(0f);
        return p;
    }

    private static Font font(float size, boolean bold, boolean italic) {
        return new Font(DocumentLayout.font(bold, italic), size);
    }

    /** The page number, centred at the top, from page 2 on. */
    private static final class PageNumbers extends PdfPageEventHelper {
        /** The writer's number of the first page of the document being written (several in one file). */
        private int firstPage = 1;

        @Override
        public void onEndPage(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            int page = writer.getPageNumber() - firstPage + 1;
            if (page < 2) {
                return;
            }
            float size = DocumentLayout.PAGE_NUMBER_SIZE;
            Phrase number = new Phrase(String.valueOf(page), font(size, false, false));
            float x = (document.left() + document.right()) / 2f;
            float y = document.getPageSize().getHeight() - mmToPt(DocumentLayout.PAGE_NUMBER_TOP_MM)
                    - DocumentLayout.font(false, false).getAscentPoint("0", size);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, number, x, y, 0f);
        }
    }
}
