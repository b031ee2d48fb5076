package org.cutri.help;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user guide read from its Markdown: headings, paragraphs, bulleted and numbered lists (nested by
 * indentation), tables and code blocks, with bold, italic, code and links inside the text. Only what
 * {@code docs/huong-dan-su-dung.md} uses; anything else is kept as plain text, never dropped.
 */
public final class GuideText {

    /** A run of text with one look. */
    public record Span(String text, boolean bold, boolean italic, boolean code) {
    }

    /** One block of the guide, in reading order. */
    public sealed interface Block permits Heading, Paragraph, ListItem, Table, Code {
    }

    /** {@code # Title} is level 1. */
    public record Heading(int level, List<Span> spans) implements Block {
        public String text() {
            return plain(spans);
        }

        /**
         * The heading without its chapter number ("Thôn, xóm" for "4. Thôn, xóm"): how the program names a section,
         * so that a chapter inserted before it (which renumbers the rest) does not lose the way to it.
         */
        public String title() {
            return CHAPTER_NUMBER.matcher(text()).replaceFirst("");
        }
    }

    public record Paragraph(List<Span> spans) implements Block {
    }

    /**
     * One item of a list.
     *
     * @param depth 0 for a top-level item, 1 for an item inside it…
     * @param marker "•" or the item's number as written ("3.")
     */
    public record ListItem(int depth, String marker, List<Span> spans) implements Block {
    }

    /** A table; the first row is the header. */
    public record Table(List<List<List<Span>>> rows) implements Block {
    }

    public record Code(String text) implements Block {
    }

    private static final Pattern CHAPTER_NUMBER = Pattern.compile("^\\d+(\\.\\d+)*\\.\\s+");
    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*?)\\s*#*\\s*");
    private static final Pattern ITEM = Pattern.compile("(\\s*)([-*+]|\\d+[.)])\\s+(.*)");
    private static final Pattern TABLE_RULE = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*");
    private static final int INDENT_PER_LEVEL = 2;

    private GuideText() {
    }

    /** The blocks of a Markdown text. */
    public static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder paragraph = new StringBuilder();
        ListItemBuilder item = null;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            String stripped = line.strip();
            Matcher itemMatch = ITEM.matcher(line);
            boolean continuation = item != null && !stripped.isEmpty() && !itemMatch.matches()
                    && !stripped.startsWith("#") && !stripped.startsWith("|") && line.startsWith(" ");
            if (continuation) {
                item.text.append(' ').append(stripped);
                i++;
                continue;
            }
            if (stripped.isEmpty() || stripped.startsWith("```") || HEADING.matcher(stripped).matches()
                    || stripped.startsWith("|") || itemMatch.matches()) {
                flushParagraph(blocks, paragraph);
                item = flushItem(blocks, item);
            }
            if (stripped.isEmpty()) {
                i++;
            } else if (stripped.startsWith("```")) {
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.length && !lines[i].strip().startsWith("```")) {
                    code.append(code.length() == 0 ? "" : "\n").append(lines[i]);
                    i++;
                }
                blocks.add(new Code(code.toString()));
                i++;
            } else if (HEADING.matcher(stripped).matches()) {
                Matcher heading = HEADING.matcher(stripped);
                heading.matches();
                blocks.add(new Heading(heading.group(1).length(), spans(heading.group(2))));
                i++;
            } else if (stripped.startsWith("|")) {
                List<List<List<Span>>> rows = new ArrayList<>();
                while (i < lines.length && lines[i].strip().startsWith("|")) {
                    String row = lines[i].strip();
                    if (!TABLE_RULE.matcher(row).matches()) {
                        rows.add(cells(row).stream().map(GuideText::spans).toList());
                    }
                    i++;
                }
                blocks.add(new Table(rows));
            } else if (itemMatch.matches()) {
                String marker = itemMatch.group(2);
                item = new ListItemBuilder(itemMatch.group(1).length() / INDENT_PER_LEVEL,
                        Character.isDigit(marker.charAt(0)) ? marker.replace(')', '.') : "•",
                        new StringBuilder(itemMatch.group(3).strip()));
                i++;
            } else if (item != null) {
                // A line right under an item, not indented, still belongs to it (as in Markdown).
                item.text().append(' ').append(stripped);
                i++;
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(stripped);
                i++;
            }
        }
        flushParagraph(blocks, paragraph);
        flushItem(blocks, item);
        return List.copyOf(blocks);
    }

    private record ListItemBuilder(int depth, String marker, StringBuilder text) {
    }

    private static void flushParagraph(List<Block> blocks, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            blocks.add(new Paragraph(spans(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    private static ListItemBuilder flushItem(List<Block> blocks, ListItemBuilder item) {
        if (item != null) {
            blocks.add(new ListItem(item.depth(), item.marker(), spans(item.text().toString())));
        }
        return null;
    }

    /** The cells of a table row "| a | b |"; a "|" inside `code` does not split. */
    static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.startsWith("|") ? inner.substring(1) : inner;
        inner = inner.endsWith("|") ? inner.substring(0, inner.length() - 1) : inner;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '`') {
                code = !code;
                cell.append(c);
            } else if (c == '|' && !code) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** The runs of a line: **bold**, *italic*, `code`, [link](target) shown as its text, \* escapes. */
    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "\\`*_[]()#|-.!".indexOf(text.charAt(i + 1)) >= 0) {
                run.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '`' && text.indexOf('`', i + 1) > i) {
                int end = text.indexOf('`', i + 1);
                add(spans, run, bold, italic);
                spans.add(new Span(text.substring(i + 1, end), bold, italic, true));
                i = end + 1;
            } else if (text.startsWith("**", i) && (bold || text.indexOf("**", i + 2) > i + 2)) {
                add(spans, run, bold, italic);
                bold = !bold;
                i += 2;
            } else if (c == '*' && (italic ? closesItalic(text, i) : opensItalic(text, i))) {
                add(spans, run, bold, italic);
                italic = !italic;
                i++;
            } else if (c == '[' && link(text, i) != null) {
                int[] link = link(text, i);
                run.append(text, i + 1, link[0]);
                i = link[1] + 1;
            } else {
                run.append(c);
                i++;
            }
        }
        add(spans, run, bold, italic);
        return List.copyOf(spans);
    }

    private static boolean opensItalic(String text, int at) {
        if (at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1)) || text.charAt(at + 1) == ')') {
            return false;
        }
        for (int j = at + 2; j < text.length(); j++) {
            if (text.charAt(j) == '*' && closesItalic(text, j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean closesItalic(String text, int at) {
        char before = text.charAt(at - 1);
        return !Character.isWhitespace(before) && before != '(' && !text.startsWith("**", at);
    }

    /** For "[text](target)" at {@code at}: the index of "]" and of ")"; null when it is no link. */
    private static int[] link(String text, int at) {
        int close = text.indexOf("](", at);
        if (close < 0) {
            return null;
        }
        int end = text.indexOf(')', close + 2);
        return end < 0 || text.substring(at + 1, close).contains("[") ? null : new int[] {close, end};
    }

    private static void add(List<Span> spans, StringBuilder run, boolean bold, boolean italic) {
        if (run.length() > 0) {
            spans.add(new Span(run.toString(), bold, italic, false));
            run.setLength(0);
        }
    }

    /** The text of runs without their look. */
    public static String plain(List<Span> spans) {
        StringBuilder text = new StringBuilder();
        spans.forEach(s -> text.append(s.text()));
        return text.toString();
    }
}
