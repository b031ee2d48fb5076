package org.cutri.draft;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.VietText;
import org.cutri.register.LegacyEncoding;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;

/**
 * Reads a draft's .docx into its outline. Headings come from Word's heading styles when the file uses them
 * ("Heading 1".."Heading 9", localised names such as "Tiêu đề 1" or "Đề mục 1", or an outline level); otherwise from
 * the numbering of Vietnamese Party and State documents: "PHẦN THỨ NHẤT"/"Phần I", "Chương I", "I.", "1.", "1.1.",
 * "a)", and short lines in capitals or bold. The paragraphs under a heading are its body; the text before the first
 * heading is the preamble. Text comes in as every import takes it (NFC, Ð as Đ, no control characters); text in the
 * old TCVN3/VNI encodings, a damaged file, a file that is not a .docx and an empty one are refused with one message.
 */
public final class DraftReader {

    /** Longest paragraph taken as a numbered heading unless its numbering is bold. */
    static final int HEADING_LONGEST = 250;
    /** Longest line in capitals or bold taken as a heading without numbering. */
    static final int PLAIN_HEADING_LONGEST = 150;
    static final int LABEL_LONGEST = 100;
    static final int MOST_SECTIONS = 2000;
    /** The heading given to a draft without any heading, so its comments still have a section to go to. */
    public static final String WHOLE_TEXT = "Toàn văn dự thảo";

    private static final Pattern PART = Pattern.compile(
            "^(phần\\s+(?:thứ\\s+[\\p{L}]+|[ivxlc]+|\\d+))(?=$|[\\s.:\\-–])\\s*[.:\\-–]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CHAPTER = Pattern.compile(
            "^(chương\\s+(?:[ivxlc]+|\\d+))(?=$|[\\s.:\\-–])\\s*[.:\\-–]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ROMAN = Pattern.compile("^([IVXLC]{1,6}\\s*[.\\-–)])\\s*(.*)$");
    private static final Pattern MULTI = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})+\\.?)(?:\\s+(.*))?$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2}\\s*[.)])(?:\\s+(.*))?$");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ]\\))\\s*(.*)$");
    private static final Pattern STYLE_LEVEL = Pattern.compile("^(?:heading|tieu de|de muc|muc|uberschrift|titre)\\s*(\\d)$");
    private static final Set<String> OPENING_WORDS = Set.of("mo dau", "phan mo dau", "dat van de", "ket luan",
            "phan ket luan");

    private DraftReader() {
    }

    /** How a paragraph is numbered, from the top of a document down. */
    private enum Kind {
        PART(0), CHAPTER(1), ROMAN(2), ARABIC(3), MULTI(4), MULTI_DEEP(5), LETTER(6), CAPS(0), BOLD(7);

        private final int rank;

        Kind(int rank) {
            this.rank = rank;
        }
    }

    /** A paragraph of the file (a table row is one line of body text). */
    private record Line(String text, int styleLevel, boolean bold, String boldStart, boolean tableRow) {
    }

    /** A label split from its heading text. */
    private record Labelled(Kind kind, String label, String rest) {
    }

    /** Reads the outline of {@code file}; a user error when it cannot be read or has no text. */
    public static DraftOutline read(Path file, TaskMonitor monitor) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new UserException("draft.import.missing", name);
        }
        List<Line> lines;
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            lines = lines(document, monitor);
        } catch (IOException | RuntimeException e) {
            if (e instanceof java.util.concurrent.CancellationException cancelled) {
                throw cancelled;
            }
            if (e instanceof UserException user) {
                throw user;
            }
            throw new UserException(e, "draft.import.unreadable", name);
        }
        if (lines.isEmpty()) {
            throw new UserException("draft.import.empty", name);
        }
        StringBuilder all = new StringBuilder();
        lines.forEach(l -> all.append(l.text()).append('\n'));
        if (LegacyEncoding.detect(all.toString()).isPresent()) {
            throw new UserException("draft.import.legacy", name);
        }
        DraftOutline outline = lines.stream().anyMatch(l -> l.styleLevel() > 0) ? styled(lines) : numbered(lines);
        if (outline.items().size() > MOST_SECTIONS) {
            throw new UserException("draft.import.tooMany", name, MOST_SECTIONS);
        }
        return outline;
    }

    private static List<Line> lines(XWPFDocument document, TaskMonitor monitor) {
        XWPFStyles styles = document.getStyles();
        List<IBodyElement> elements = document.getBodyElements();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            if (i % 50 == 0) {
                monitor.checkCancelled();
                monitor.progress(i, elements.size());
            }
            IBodyElement element = elements.get(i);
            if (element instanceof XWPFParagraph paragraph) {
                String text = VietText.clean(paragraph.getText());
                if (!text.isEmpty()) {
                    lines.add(new Line(text, styleLevel(paragraph, styles), bold(paragraph), boldStart(paragraph),
                            false));
                }
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    List<String> cells = new ArrayList<>();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        String text = VietText.clean(cell.getText());
                        if (!text.isEmpty()) {
                            cells.add(text);
                        }
                    }
                    if (!cells.isEmpty()) {
                        lines.add(new Line(String.join(" | ", cells), 0, false, "", true));
                    }
                }
            }
        }
        monitor.progress(elements.size(), elements.size());
        return lines;
    }

    /** The heading level a paragraph's style or outline level gives it (1 at the top), 0 for body text. */
    static int styleLevel(XWPFParagraph paragraph, XWPFStyles styles) {
        Integer outline = outlineLevel(paragraph.getCTP().getPPr());
        if (outline != null) {
            return outline;
        }
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && styles != null && depth < 6; depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            int byName = levelOfName(styleId);
            if (byName == 0 && style != null) {
                byName = levelOfName(style.getName());
            }
            if (byName > 0) {
                return byName;
            }
            if (style == null) {
                return 0;
            }
            Integer styleOutline = style.getCTStyle().isSetPPr() ? outlineLevel(style.getCTStyle().getPPr()) : null;
            if (styleOutline != null) {
                return styleOutline;
            }
            styleId = style.getBasisStyleID();
        }
        return 0;
    }

    /** 1..9 for an outline level 0..8; null when none is set; 0 for "body text" (level 9). */
    private static Integer outlineLevel(CTPPrBase properties) {
        if (properties == null || !properties.isSetOutlineLvl()) {
            return null;
        }
        BigInteger value = properties.getOutlineLvl().getVal();
        int level = value == null ? 9 : value.intValue();
        return level >= 0 && level < 9 ? level + 1 : 0;
    }

    static int levelOfName(String styleName) {
        if (styleName == null) {
            return 0;
        }
        String folded = VietText.fold(styleName).replaceAll("(\\D)(\\d)$", "$1 $2").toLowerCase(Locale.ROOT);
        Matcher m = STYLE_LEVEL.matcher(folded);
        if (m.matches()) {
            int level = Integer.parseInt(m.group(1));
            return level >= 1 && level <= 9 ? level : 0;
        }
        return 0;
    }

    private static boolean bold(XWPFParagraph paragraph) {
        boolean any = false;
        for (XWPFRun run : paragraph.getRuns()) {
            String text = run.text();
            if (text == null || text.isBlank()) {
                continue;
            }
            if (!run.isBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The bold text the paragraph begins with ("" when its first words are not bold). */
    private static String boldStart(XWPFParagraph paragraph) {
        StringBuilder start = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            String text = run.text();
            if (text == null || text.isEmpty()) {
                continue;
            }
            if (!run.isBold()) {
                if (text.isBlank()) {
                    start.append(text);
                    continue;
                }
                break;
            }
            start.append(text);
        }
        return VietText.clean(start.toString());
    }

    /** Headings are the paragraphs in heading styles; the numbering written in them is split off as the label. */
    private static DraftOutline styled(List<Line> lines) {
        Builder builder = new Builder();
        Deque<Integer> open = new ArrayDeque<>();
        for (Line line : lines) {
            if (line.styleLevel() > 0) {
                while (!open.isEmpty() && open.peek() >= line.styleLevel()) {
                    open.pop();
                }
                open.push(line.styleLevel());
                Labelled labelled = labelled(line.text());
                builder.heading(open.size(), labelled == null ? "" : labelled.label(),
                        labelled == null ? line.text() : labelled.rest());
            } else {
                builder.body(line.text());
            }
        }
        return builder.outline();
    }

    /** Headings are the numbered paragraphs and the short lines in capitals or bold, ranked by their numbering. */
    private static DraftOutline numbered(List<Line> lines) {
        Builder builder = new Builder();
        Deque<Kind> open = new ArrayDeque<>();
        boolean started = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Labelled labelled = line.tableRow() ? null : headingOf(line, started);
            if (labelled == null) {
                builder.body(line.text());
                continue;
            }
            started = true;
            String heading = labelled.rest().replaceFirst("\\s*:$", "");
            String body = null;
            if (heading.length() > HEADING_LONGEST) {
                // "a) Về nông nghiệp: tập trung …": the bold words are the heading, the rest is its body.
                Labelled bold = labelled(line.boldStart());
                String boldHeading = bold == null ? "" : bold.rest();
                body = labelled.rest().substring(Math.min(boldHeading.length(), labelled.rest().length())).strip();
                heading = boldHeading.replaceFirst("\\s*:$", "");
            }
            if (heading.isEmpty() && (labelled.kind() == Kind.PART || labelled.kind() == Kind.CHAPTER)
                    && i + 1 < lines.size() && nameLine(lines.get(i + 1))) {
                // "PHẦN THỨ NHẤT" on its own line, its name on the next.
                heading = lines.get(++i).text();
            }
            while (!open.isEmpty() && open.peek().rank >= labelled.kind().rank) {
                open.pop();
            }
            open.push(labelled.kind());
            builder.heading(open.size(), labelled.label(), heading);
            if (body != null && !body.isEmpty()) {
                builder.body(body.replaceFirst("^[:.\\-–]\\s*", ""));
            }
        }
        return builder.outline();
    }

    /** The heading a paragraph is, with its label, or null for body text. */
    private static Labelled headingOf(Line line, boolean started) {
        String text = line.text();
        if (text.startsWith("-") || text.startsWith("+") || text.startsWith("•") || text.startsWith("*")) {
            return null;
        }
        Labelled labelled = labelled(text);
        if (labelled != null) {
            boolean boldLabel = !line.boldStart().isEmpty() && text.startsWith(line.boldStart().substring(0,
                    Math.min(line.boldStart().length(), labelled.label().length())));
            if (labelled.kind() == Kind.PART || labelled.kind() == Kind.CHAPTER) {
                boolean upper = labelled.label().equals(labelled.label().toUpperCase(Locale.ROOT));
                return upper || boldLabel || text.length() <= 120 ? labelled : null;
            }
            return text.length() <= HEADING_LONGEST || boldLabel ? labelled : null;
        }
        String folded = VietText.fold(text).replaceAll("[.:]$", "");
        if (OPENING_WORDS.contains(folded)) {
            return new Labelled(Kind.CAPS, "", text);
        }
        if (!started || text.length() > PLAIN_HEADING_LONGEST) {
            return null;
        }
        if (capitals(text)) {
            return new Labelled(Kind.CAPS, "", text);
        }
        return line.bold() && text.length() <= 120 ? new Labelled(Kind.BOLD, "", text) : null;
    }

    /** The line naming a part or a chapter written under its number: short, in capitals or bold, not numbered. */
    private static boolean nameLine(Line line) {
        return !line.tableRow() && line.text().length() <= PLAIN_HEADING_LONGEST && labelled(line.text()) == null
                && (capitals(line.text()) || line.bold());
    }

    private static boolean capitals(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }

    /** The numbering a text starts with, split from the rest; null when it has none. */
    private static Labelled labelled(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        for (Kind kind : new Kind[] {Kind.PART, Kind.CHAPTER, Kind.MULTI, Kind.ROMAN, Kind.ARABIC, Kind.LETTER}) {
            Matcher m = pattern(kind).matcher(text);
            if (m.matches()) {
                String label = VietText.clean(m.group(1));
                String rest = m.group(2) == null ? "" : VietText.clean(m.group(2)).replaceFirst("^[:.\\-–]\\s*", "");
                if (label.length() > LABEL_LONGEST) {
                    return null;
                }
                if (kind == Kind.MULTI) {
                    int parts = label.replaceAll("\\.$", "").split("\\.").length;
                    return new Labelled(parts >= 3 ? Kind.MULTI_DEEP : Kind.MULTI, label, rest);
                }
                return new Labelled(kind, label, rest);
            }
        }
        return null;
    }

    private static Pattern pattern(Kind kind) {
        return switch (kind) {
            case PART -> PART;
            case CHAPTER -> CHAPTER;
            case ROMAN -> ROMAN;
            case MULTI -> MULTI;
            case ARABIC -> ARABIC;
            default -> LETTER;
        };
    }

    /** Collects the headings and the body under each, and the preamble before the first. */
    private static final class Builder {
        private final StringBuilder preamble = new StringBuilder();
        private final List<DraftOutline.Item> items = new ArrayList<>();
        private int level;
        private String label;
        private String heading;
        private StringBuilder body;

        void heading(int depth, String newLabel, String newHeading) {
            flush();
            level = depth;
            label = newLabel;
            heading = newHeading;
            body = new StringBuilder();
        }

        void body(String text) {
            StringBuilder target = body == null ? preamble : body;
            if (!target.isEmpty()) {
                target.append('\n');
            }
            target.append(text);
        }

        private void flush() {
            if (body != null) {
                items.add(new DraftOutline.Item(level, label, heading, body.isEmpty() ? null : body.toString()));
            }
        }

        DraftOutline outline() {
            flush();
            body = null;
            if (items.isEmpty()) {
                return new DraftOutline(null, List.of(new DraftOutline.Item(1, "", WHOLE_TEXT, preamble.toString())));
            }
            return new DraftOutline(preamble.isEmpty() ? null : preamble.toString(), List.copyOf(items));
        }
    }
}
