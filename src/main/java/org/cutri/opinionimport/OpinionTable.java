package org.cutri.opinionimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cutri.common.text.VietText;
import org.cutri.register.LegacyEncoding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the rows of an opinion file (.xlsx: the sheet named like "Ý kiến", else the first; .csv: UTF-8
 * with or without BOM, comma or semicolon separated, quoted fields may hold line breaks, read strictly by
 * {@link Csv}) and finds the
 * columns by their headers, ignoring case, diacritics, punctuation and extra spaces. Problems of the
 * file itself (unreadable, not UTF-8, missing column) are collected, never thrown.
 */
final class OpinionTable {

    private static final Logger LOG = LoggerFactory.getLogger(OpinionTable.class);
    private static final int HEADER_SEARCH_ROWS = 10;
    static final String SHEET = "Ý kiến";

    /** The columns the import knows; others are ignored. */
    enum Column {
        CODE(false, "Mã", "ma", "ma y kien", "ma so", "so hieu"),
        HAMLET(true, "Thôn", "thon", "thon xom", "ten thon", "ten thon xom", "thon to dan pho"),
        CONTENT(true, "Nội dung", "noi dung", "noi dung y kien", "noi dung y kien kien nghi", "y kien",
                "y kien kien nghi"),
        FIELD(false, "Lĩnh vực", "linh vuc"),
        AUTHORITY(false, "Thẩm quyền", "tham quyen", "tham quyen giai quyet", "cap giai quyet"),
        SPEAKER(false, "Người nêu", "nguoi neu", "nguoi neu y kien", "nguoi phat bieu", "cu tri", "ho ten",
                "ho ten cu tri", "ho va ten");

        final boolean required;
        final String header;
        final List<String> aliases;

        Column(boolean required, String header, String... aliases) {
            this.required = required;
            this.header = header;
            this.aliases = List.of(aliases);
        }
    }

    /** One data row: its number as the spreadsheet shows it and its cells by column (cleaned, "" if empty). */
    record Line(int row, Map<Column, String> cells) {
        String get(Column column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** The rows of the file, or the reasons it cannot be read. */
    record Content(List<Line> lines, List<OpinionImportProblem> problems) {
    }

    /** One row of cells as read, before the header is known. */
    private record RawRow(int row, List<String> cells) {
    }

    private OpinionTable() {
    }

    static Content read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return failed("opinionimport.file.missing", file.toString());
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            FileMagic magic;
            try (InputStream in = FileMagic.prepareToCheckMagic(new java.io.ByteArrayInputStream(bytes))) {
                magic = FileMagic.valueOf(in);
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (magic == FileMagic.OOXML) {
                return columns(readWorkbook(bytes));
            }
            if (magic == FileMagic.OLE2) {
                return failed("opinionimport.file.oldExcel", name);
            }
            if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
                return readCsv(bytes, name);
            }
            return failed("opinionimport.file.unreadable", name);
        } catch (NoSuchFileException e) {
            return failed("opinionimport.file.missing", file.toString());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the opinion file {}", file, e);
            return failed("opinionimport.file.unreadable", name);
        }
    }

    private static Content failed(String key, Object... args) {
        return new Content(List.of(), List.of(OpinionImportProblem.of(null, key, args)));
    }

    private static List<RawRow> readWorkbook(byte[] bytes) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            Sheet sheet = null;
            for (Sheet candidate : workbook) {
                if (headerKey(candidate.getSheetName()).equals(headerKey(SHEET))) {
                    sheet = candidate;
                    break;
                }
            }
            if (sheet == null) {
                sheet = workbook.getSheetAt(0);
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    while (cells.size() < cell.getColumnIndex()) {
                        cells.add("");
                    }
                    String shown;
                    try {
                        shown = formatter.formatCellValue(cell, evaluator);
                    } catch (RuntimeException e) {
                        shown = formatter.formatCellValue(cell);
                    }
                    cells.add(shown);
                }
                rows.add(new RawRow(row.getRowNum() + 1, cells));
            }
            return rows;
        }
    }

    private static Content readCsv(byte[] bytes, String name) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            // Not UTF-8: an "ANSI" CSV, often Vietnamese typed in TCVN3 or VNI with the old fonts.
            String latin = new String(bytes, Charset.forName("windows-1252"));
            if (LegacyEncoding.detect(latin).isPresent()) {
                return failed("opinionimport.file.csvLegacy", name);
            }
            return failed("opinionimport.file.csvNotUtf8", name);
        }
        List<List<String>> records;
        try {
            records = Csv.parse(text);
        } catch (Csv.Malformed e) {
            LOG.info("CSV file {} refused: malformed at record {}", name, e.row(), e);
            return new Content(List.of(),
                    List.of(OpinionImportProblem.of(e.row(), "opinionimport.file.csvMalformed", name, e.row())));
        }
        List<RawRow> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            rows.add(new RawRow(i + 1, records.get(i)));
        }
        return columns(rows);
    }

    /** Finds the header row among the first rows, then turns the following rows into lines. */
    private static Content columns(List<RawRow> rows) {
        List<OpinionImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size() && i < HEADER_SEARCH_ROWS; i++) {
            RawRow header = rows.get(i);
            Map<Column, Integer> found = new EnumMap<>(Column.class);
            for (int c = 0; c < header.cells().size(); c++) {
                String key = headerKey(header.cells().get(c));
                for (Column column : Column.values()) {
                    if (!found.containsKey(column) && column.aliases.contains(key)) {
                        found.put(column, c);
                        break;
                    }
                }
            }
            if (found.containsKey(Column.HAMLET) || found.containsKey(Column.CONTENT)) {
                for (Column column : Column.values()) {
                    if (column.required && !found.containsKey(column)) {
                        problems.add(OpinionImportProblem.of(header.row(), "opinionimport.column.missing", column.header));
                    }
                }
                if (!problems.isEmpty()) {
                    return new Content(List.of(), problems);
                }
                return new Content(lines(rows.subList(i + 1, rows.size()), found), List.of());
            }
        }
        if (!rows.isEmpty()) {
            for (String cell : rows.get(0).cells()) {
                if (LegacyEncoding.detect(cell).isPresent()) {
                    problems.add(OpinionImportProblem.of(rows.get(0).row(), "opinionimport.legacy", VietText.clean(cell)));
                    return new Content(List.of(), problems);
                }
            }
        }
        int headerRow = rows.isEmpty() ? 1 : rows.get(0).row();
        for (Column column : Column.values()) {
            if (column.required) {
                problems.add(OpinionImportProblem.of(headerRow, "opinionimport.column.missing", column.header));
            }
        }
        return new Content(List.of(), problems);
    }

    private static List<Line> lines(List<RawRow> rows, Map<Column, Integer> columns) {
        List<Line> lines = new ArrayList<>();
        for (RawRow raw : rows) {
            Map<Column, String> cells = new EnumMap<>(Column.class);
            boolean empty = true;
            for (Map.Entry<Column, Integer> entry : columns.entrySet()) {
                int index = entry.getValue();
                String text = index < raw.cells().size() ? raw.cells().get(index) : "";
                // The content keeps its line breaks; every other cell is one line.
                String clean = entry.getKey() == Column.CONTENT ? cleanKeepingLines(text)
                        : VietText.clean(text.replace('\u00A0', ' '));
                cells.put(entry.getKey(), clean);
                empty &= clean.isEmpty();
            }
            if (!empty) {
                lines.add(new Line(raw.row(), cells));
            }
        }
        return lines;
    }

    private static String cleanKeepingLines(String text) {
        String nfc = VietText.nfc(text.replace('\u00A0', ' ').replace("\r\n", "\n").replace('\r', '\n'));
        StringBuilder out = new StringBuilder();
        for (String line : nfc.split("\n")) {
            String clean = VietText.clean(line);
            if (!clean.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(clean);
            }
        }
        return out.toString();
    }

    /** Folded, punctuation as spaces: "Nội dung (*)" → "noi dung". */
    static String headerKey(String text) {
        return VietText.fold(VietText.fold(text).replaceAll("[^a-z0-9]+", " "));
    }
}
