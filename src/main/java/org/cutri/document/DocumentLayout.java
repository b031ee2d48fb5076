package org.cutri.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import com.lowagie.text.pdf.BaseFont;

/**
 * The measures of Nghị định 30/2020/NĐ-CP shared by {@link DocxWriter} and {@link PdfWriter}, so the Word
 * file and the PDF look the same: A4, margins, font sizes, the widths of the header and closing columns.
 * Lengths are in millimetres or points; each writer converts to its own unit.
 */
final class DocumentLayout {

    static final float PAGE_WIDTH_MM = 210f;
    static final float PAGE_HEIGHT_MM = 297f;
    static final float MARGIN_TOP_MM = 20f;
    static final float MARGIN_BOTTOM_MM = 20f;
    static final float MARGIN_LEFT_MM = 30f;
    static final float MARGIN_RIGHT_MM = 15f;
    /** Distance from the top edge to the page number's line. */
    static final float PAGE_NUMBER_TOP_MM = 10f;
    static final float TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;

    /** Header: issuing body on the left, national motto on the right. */
    static final float HEADER_LEFT_MM = 66f;
    static final float HEADER_RIGHT_MM = TEXT_WIDTH_MM - HEADER_LEFT_MM;
    /** Closing: recipients on the left, the signature on the right. */
    static final float CLOSING_LEFT_MM = 75f;

    static final float BODY_SIZE = 14f;
    static final float ORGANISATION_SIZE = 13f;
    static final float NUMBER_SIZE = 13f;
    static final float NATION_SIZE = 12.5f;
    static final float MOTTO_SIZE = 13.5f;
    static final float DATE_SIZE = 14f;
    static final float TITLE_SIZE = 14f;
    static final float TABLE_SIZE = 13f;
    static final float RECIPIENTS_LABEL_SIZE = 12f;
    static final float RECIPIENTS_SIZE = 11f;
    static final float SIGNATURE_SIZE = 14f;
    static final float PAGE_NUMBER_SIZE = 14f;

    /** Word's "multiple 1.15" line spacing. */
    static final float LINE_SPACING = 1.15f;
    static final float FIRST_LINE_INDENT_MM = 12.7f;
    static final float SPACE_AFTER_PT = 6f;
    /** Blank lines left for the handwritten signature and the stamp. */
    static final int SIGNATURE_BLANK_LINES = 4;

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String RECIPIENTS_LABEL = "Nơi nhận:";
    static final String WORD_FONT = "Times New Roman";

    private DocumentLayout() {
    }

    static float mmToPt(float mm) {
        return mm * 72f / 25.4f;
    }

    static int mmToTwips(float mm) {
        return Math.round(mm * 1440f / 25.4f);
    }

    /** Every text is printed in NFC, so each Vietnamese letter is one precomposed glyph. */
    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The width of a line in points, measured with Liberation Serif (the same metrics as Times New Roman). */
    static float widthPt(String text, float size, boolean bold) {
        return (bold ? Fonts.BOLD : Fonts.REGULAR).getWidthPoint(nfc(text), size);
    }

    static float widthMm(String text, float size, boolean bold) {
        return widthPt(text, size, bold) * 25.4f / 72f;
    }

    /** The rule under the issuing body and under the subject: a third of the line above, within limits. */
    static float shortRuleMm(float lineWidthMm) {
        return Math.max(18f, Math.min(lineWidthMm / 3f, 45f));
    }

    /** Padding inside a bordered table cell, left and right. */
    static final float CELL_PADDING_MM = 1.5f;

    /**
     * The widths of a table's columns: by weight, but never so narrow that a word of the column's title
     * must break ("STT" split over two lines).
     */
    static float[] columnWidthsMm(java.util.List<OfficialDocument.Column> columns, float totalMm) {
        int n = columns.size();
        float[] weights = new float[n];
        float[] minimum = new float[n];
        float minimumTotal = 0;
        for (int i = 0; i < n; i++) {
            OfficialDocument.Column column = columns.get(i);
            weights[i] = column.weight() > 0 ? column.weight() : 1f;
            float widest = 0;
            for (String word : column.title().split("\\s+")) {
                widest = Math.max(widest, widthMm(word, TABLE_SIZE, true));
            }
            minimum[i] = widest + 2 * CELL_PADDING_MM + 1f;
            minimumTotal += minimum[i];
        }
        float[] widths = new float[n];
        if (minimumTotal >= totalMm) {
            for (int i = 0; i < n; i++) {
                widths[i] = minimum[i] * totalMm / minimumTotal;
            }
            return widths;
        }
        boolean[] fixed = new boolean[n];
        for (int round = 0; round <= n; round++) {
            float free = totalMm;
            float freeWeight = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    free -= minimum[i];
                } else {
                    freeWeight += weights[i];
                }
            }
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                widths[i] = fixed[i] ? minimum[i] : free * weights[i] / freeWeight;
                if (!fixed[i] && widths[i] < minimum[i]) {
                    fixed[i] = true;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return widths;
    }

    static BaseFont font(boolean bold, boolean italic) {
        if (bold) {
            return italic ? Fonts.BOLD_ITALIC : Fonts.BOLD;
        }
        return italic ? Fonts.ITALIC : Fonts.REGULAR;
    }

    /** Liberation Serif from the class path (src/main/resources/fonts), read once, embedded as Identity-H. */
    private static final class Fonts {
        static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
        static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
        static final BaseFont ITALIC = load("LiberationSerif-Italic.ttf");
        static final BaseFont BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

        private static BaseFont load(String file) {
            try (InputStream in = DocumentLayout.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the program: /fonts/" + file);
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the font " + file, e);
            }
        }
    }

    /** How many steps writing a document takes for its progress: one per block, one per table row. */
    static int steps(OfficialDocument document) {
        int count = steps(document.body());
        for (OfficialDocument.Annex annex : document.annexes()) {
            count += 1 + steps(annex.blocks());
        }
        return count;
    }

    private static int steps(java.util.List<OfficialDocument.Block> blocks) {
        int count = 0;
        for (OfficialDocument.Block block : blocks) {
            count += 1 + (block instanceof OfficialDocument.Table table ? table.rows().size() : 0);
        }
        return count;
    }

    /** The page's width in millimetres when turned as the annex says. */
    static float pageWidthMm(OfficialDocument.Orientation orientation) {
        return orientation == OfficialDocument.Orientation.LANDSCAPE ? PAGE_HEIGHT_MM : PAGE_WIDTH_MM;
    }

    static float pageHeightMm(OfficialDocument.Orientation orientation) {
        return orientation == OfficialDocument.Orientation.LANDSCAPE ? PAGE_WIDTH_MM : PAGE_HEIGHT_MM;
    }

    /** The width between the margins; a landscape page keeps the same margins as a portrait one. */
    static float textWidthMm(OfficialDocument.Orientation orientation) {
        return pageWidthMm(orientation) - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;
    }
}
