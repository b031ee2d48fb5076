package org.cutri.document;

import java.util.List;

/**
 * A document in the official format of Nghị định 30/2020/NĐ-CP (see docs and DOMAIN.md): the two-column
 * header (issuing body and number on the left; the national motto and the place and date on the right),
 * the document type and subject, the body, the recipients ({@code Nơi nhận}) and the signature blocks.
 * Features build this model; {@code DocxWriter} and {@code PdfWriter} print it the same way.
 *
 * @param header the header block
 * @param type the document type in capitals ("KẾ HOẠCH", "BIÊN BẢN", "BÁO CÁO")
 * @param subject the subject line(s) under the type, printed bold; may be empty
 * @param body paragraphs, headings and tables, in order
 * @param recipients lines of {@code Nơi nhận} without the leading dash ("Đảng ủy xã (b/c);", "Lưu: VT.");
 *     empty for documents without it
 * @param signatures one block (to the right of the recipients) or two side by side (minutes: secretary
 *     left, chair right; the recipients then come under them, as in Nghị định 30's form for minutes)
 * @param annexes the annexes ({@code phụ lục}), printed after the signature and {@code Nơi nhận}, each from a
 *     new page; empty for most documents
 */
public record OfficialDocument(DocumentHeader header, String type, String subject, List<Block> body,
        List<String> recipients, List<Signature> signatures, List<Annex> annexes) {

    public OfficialDocument {
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
        signatures = List.copyOf(signatures);
        annexes = List.copyOf(annexes);
    }

    /** A document without annexes. */
    public OfficialDocument(DocumentHeader header, String type, String subject, List<Block> body,
            List<String> recipients, List<Signature> signatures) {
        this(header, type, subject, body, recipients, signatures, List.of());
    }

    /** How an annex's pages are turned. */
    public enum Orientation {
        PORTRAIT, LANDSCAPE
    }

    /**
     * An annex ({@code phụ lục}) sent with the document: it starts on a new page after the signature, with
     * its heading centred and bold, a centred italic line saying which document it goes with, then its blocks.
     *
     * @param heading the heading in capitals ("PHỤ LỤC", "LỊCH TIẾP XÚC CỬ TRI"); '\n' starts a new centred line
     * @param reference the italic line under the heading ("(Kèm theo Báo cáo số 05/BC-MTTQ ngày …)"); may be empty
     * @param blocks paragraphs, headings and tables, in order
     * @param orientation portrait, or landscape for wide tables (a meeting schedule)
     */
    public record Annex(String heading, String reference, List<Block> blocks, Orientation orientation) {
        public Annex {
            blocks = List.copyOf(blocks);
            reference = reference == null ? "" : reference;
            orientation = orientation == null ? Orientation.PORTRAIT : orientation;
        }
    }

    /**
     * The header.
     *
     * @param organisationLines the issuing organisation, top to bottom ("ỦY BAN MTTQ VIỆT NAM", "XÃ TÂN PHÚC",
     *     "BAN THƯỜNG TRỰC"); the last line is the issuing body, printed bold with a short rule under it
     * @param number the full number line ("Số: 01/KH-MTTQ-BTT"); empty when the document has none
     * @param placeAndDate the italic place and date line ("Tân Phúc, ngày 05 tháng 6 năm 2026")
     */
    public record DocumentHeader(List<String> organisationLines, String number, String placeAndDate) {
        public DocumentHeader {
            organisationLines = List.copyOf(organisationLines);
        }
    }

    /** One part of the body. */
    public sealed interface Block permits Paragraph, Heading, Table {
    }

    /**
     * A justified body paragraph with a first-line indent, made of runs.
     *
     * @param indent false for lines that must start at the margin (e.g. list items starting with "-")
     */
    public record Paragraph(List<Run> runs, boolean indent) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(Run.plain(text)), true);
        }

        /** A bold label followed by plain text: "Thời gian: 08 giờ 00, ngày …". */
        public static Paragraph labelled(String label, String text) {
            return new Paragraph(List.of(Run.bold(label), Run.plain(text)), true);
        }

        /**
         * A line of a form to fill by hand: the bold label, then dots to the end of the line (measured with the
         * documents' font, so the line never wraps).
         */
        public static Paragraph fillIn(String label) {
            float indent = DocumentLayout.mmToPt(DocumentLayout.FIRST_LINE_INDENT_MM);
            float used = indent + DocumentLayout.widthPt(label, DocumentLayout.BODY_SIZE, true);
            return new Paragraph(List.of(Run.bold(label), Run.plain(dots(used))), true);
        }

        /** A whole line of dots from margin to margin, to write on by hand. */
        public static Paragraph dottedLine() {
            return new Paragraph(List.of(Run.plain(dots(0f))), false);
        }

        /** As many dots as fit in the rest of a body line after {@code usedPt} points (a little short of it). */
        private static String dots(float usedPt) {
            float free = DocumentLayout.mmToPt(DocumentLayout.TEXT_WIDTH_MM) - usedPt;
            float dot = DocumentLayout.widthPt(".", DocumentLayout.BODY_SIZE, false);
            return ".".repeat(Math.max(3, (int) Math.floor(free * 0.96f / dot)));
        }
    }

    /** A run of text with its emphasis. */
    public record Run(String text, boolean bold, boolean italic) {
        public static Run plain(String text) {
            return new Run(text, false, false);
        }

        public static Run bold(String text) {
            return new Run(text, true, false);
        }

        public static Run italic(String text) {
            return new Run(text, false, true);
        }
    }

    /** A section heading ("I. MỤC ĐÍCH, YÊU CẦU" at level 1, "1. Mục đích" at level 2), bold, not indented. */
    public record Heading(String text, int level) implements Block {
    }

    /**
     * A table with a header row repeated on every page.
     *
     * @param columns titles and relative widths
     * @param rows cells as text; a cell may hold several lines separated by '\n'
     */
    public record Table(List<Column> columns, List<List<String>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A column of a table.
     *
     * @param weight relative width
     * @param centered true for short values (STT, dates, times)
     */
    public record Column(String title, float weight, boolean centered) {
    }

    /**
     * A signature block: "TM. BAN THƯỜNG TRỰC" / "CHỦ TỊCH", space to sign, the name in bold.
     *
     * @param authority the line above the title, may be empty ("TM. BAN THƯỜNG TRỰC", "KT. CHỦ TỊCH")
     * @param title the signer's title in capitals ("CHỦ TỊCH", "THƯ KÝ")
     * @param name the signer's name; empty leaves the space blank
     */
    public record Signature(String authority, String title, String name) {
    }
}
