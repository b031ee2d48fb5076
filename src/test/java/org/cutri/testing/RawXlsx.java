package org.cutri.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx files by hand, XML part by XML part, for hostile cases a spreadsheet program would not write:
 * formula cells with a cached value, control characters, huge cells, huge shared strings, thousands of parts,
 * many rows written as a stream (no library holds them in memory).
 */
public final class RawXlsx {

    /** Writes the rows of the sheet's {@code <sheetData>}, one {@code <row>} after another. */
    @FunctionalInterface
    public interface SheetRows {
        void write(Writer out) throws IOException;
    }

    private final List<String> sheetNames = new ArrayList<>();
    private final List<SheetRows> sheets = new ArrayList<>();
    private SheetRows sharedStrings;
    private int extraParts;

    public RawXlsx sheet(String name, SheetRows rows) {
        sheetNames.add(name);
        sheets.add(rows);
        return this;
    }

    /** A shared strings part; its {@code <si>} elements are written by {@code items}. */
    public RawXlsx sharedStrings(SheetRows items) {
        this.sharedStrings = items;
        return this;
    }

    /** Adds this many small parts that no relation points to (a file of "many sheets" for the zip). */
    public RawXlsx extraParts(int count) {
        this.extraParts = count;
        return this;
    }

    public Path write(Path file) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
            StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
            for (int i = 1; i <= sheets.size(); i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                        .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            }
            if (sharedStrings != null) {
                types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            }
            types.append("</Types>");
            put(zip, "[Content_Types].xml", types.toString());
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
            StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (int i = 1; i <= sheets.size(); i++) {
                workbook.append("<sheet name=\"").append(escape(sheetNames.get(i - 1))).append("\" sheetId=\"").append(i)
                        .append("\" r:id=\"rId").append(i).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                                + " Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            }
            if (sharedStrings != null) {
                rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\""
                        + " Target=\"sharedStrings.xml\"/>");
            }
            workbook.append("</sheets></workbook>");
            rels.append("</Relationships>");
            put(zip, "xl/workbook.xml", workbook.toString());
            put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
            for (int i = 1; i <= sheets.size(); i++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + i + ".xml"));
                Writer out = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                sheets.get(i - 1).write(out);
                out.write("</sheetData></worksheet>");
                out.flush();
                zip.closeEntry();
            }
            if (sharedStrings != null) {
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                Writer out = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                sharedStrings.write(out);
                out.write("</sst>");
                out.flush();
                zip.closeEntry();
            }
            for (int i = 0; i < extraParts; i++) {
                put(zip, "xl/extra/part" + i + ".xml", "<x/>");
            }
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A row of inline-string cells (null: no cell), columns A, B, C, … */
    public static String row(int excelRow, String... texts) {
        StringBuilder row = new StringBuilder("<row r=\"").append(excelRow).append("\">");
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null) {
                row.append(cell(c, excelRow, texts[c]));
            }
        }
        return row.append("</row>").toString();
    }

    /** An inline-string cell. */
    public static String cell(int column, int excelRow, String text) {
        return "<c r=\"" + column(column) + excelRow + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(text)
                + "</t></is></c>";
    }

    /** A formula cell with its cached text, as Excel saves it. */
    public static String formula(int column, int excelRow, String formula, String cached) {
        return "<c r=\"" + column(column) + excelRow + "\" t=\"str\"><f>" + escape(formula) + "</f><v>" + escape(cached)
                + "</v></c>";
    }

    /** A number cell. */
    public static String number(int column, int excelRow, double value) {
        return "<c r=\"" + column(column) + excelRow + "\"><v>" + value + "</v></c>";
    }

    public static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    /**
     * XML text; characters XML 1.0 cannot hold at all (NUL, most C0 controls) are written as Excel writes
     * them, {@code _x0000_}, which POI turns back into the character.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                        out.append(String.format("_x%04X_", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
