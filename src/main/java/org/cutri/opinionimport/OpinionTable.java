package org.cutri.opinionimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.TextIn;
import org.cutri.common.text.VietText;
import org.cutri.register.LegacyEncoding;
import org.cutri.register.WorkbookFile;
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
    /** The most opinion rows one file may hold (a commune's round has hundreds; a province's a few thousand). */
    static final int MAX_ROWS = 100_000;
    /** The most characters the read columns of one file may hold together (about 80 MB of memory). */
    static final long MAX_TEXT_CHARS = 40_000_000L;
    /** The largest CSV file read (it is read whole into memory). */
    static final long MAX_CSV_BYTES = 50L * 1024 * 1024;
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

    /**
     * One data row: its number as the spreadsheet shows it, its cells by column (cleaned, "" if empty) and the
     * problems of the row found while reading (a formula cell).
     */
    record Line(int row, Map<Column, String> cells, List<OpinionImportProblem> problems) {
        String get(Column column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** The rows of the file, or the reasons it cannot be read; {@code warnings} never stop an import. */
    record Content(List<Line> lines, List<OpinionImportProblem> problems, List<OpinionImportProblem> warnings) {
    }

    /** One row of cells as read, before the header is known; {@code formulas}: column → formula text. */
    private record RawRow(int row, List<String> cells, Map<Integer, String> formulas) {
    }

    private OpinionTable() {
    }

    static Content read(Path file) {
        return read(file, TaskMonitor.NONE);
    }

    /** Reads the file; progress (0..1 of the reading) goes to {@code monitor}. */
    static Content read(Path file, TaskMonitor monitor) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return failed("opinionimport.file.missing", file.toString());
        }
        try {
            FileMagic magic;
            try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (magic == FileMagic.OOXML) {
                return readWorkbook(file, name, monitor);
            }
            if (magic == FileMagic.OLE2) {
                return failed("opinionimport.file.oldExcel", name);
            }
            if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
                return readCsv(file, name, monitor);
            }
            return failed("opinionimport.file.unreadable", name);
        } catch (UserException e) {
            LOG.info("Opinion file {} refused: {}", name, e.key());
            return failed(e.key(), e.args());
        } catch (NoSuchFileException e) {
            return failed("opinionimport.file.missing", file.toString());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the opinion file {}", file, e);
            return failed("opinionimport.file.unreadable", name);
        }
    }

    private static Content failed(String key, Object... args) {
        return new Content(List.of(), List.of(OpinionImportProblem.of(null, key, args)), List.of());
    }

    private static Content readWorkbook(Path file, String name, TaskMonitor monitor) throws IOException {
        Map<String, Long> sizes = WorkbookFile.check(file, name, WorkbookFile.OPINIONS);
        Rows rows = new Rows(name);
        WorkbookFile.readSheet(file, sizes, sheet -> headerKey(sheet).equals(headerKey(SHEET)), monitor,
                (excelRow, cells) -> {
                    List<String> texts = new ArrayList<>();
                    Map<Integer, String> formulas = new HashMap<>();
                    for (WorkbookFile.CellText cell : cells) {
                        while (texts.size() < cell.column()) {
                            texts.add("");
                        }
                        texts.add(cell.text());
                        if (cell.formula()) {
                            formulas.put(cell.column(), cell.formulaText());
                        }
                    }
                    rows.add(new RawRow(excelRow, texts, formulas));
                });
        return rows.content();
    }

    private static Content readCsv(Path file, String name, TaskMonitor monitor) throws IOException {
        String text = Csv.text(file, name, MAX_CSV_BYTES);
        Rows rows = new Rows(name);
        int length = text.length();
        int[] row = {0};
        try {
            Csv.parse(text, cells -> {
                row[0]++;
                for (String cell : cells) {
                    if (cell.length() > WorkbookFile.MAX_CELL_CHARS) {
                        throw new UserException("register.workbook.cellTooLong", String.valueOf(row[0]), WorkbookFile.MAX_CELL_CHARS);
                    }
                }
                rows.add(new RawRow(row[0], cells, Map.of()));
                if (row[0] % 1000 == 0) {
                    monitor.checkCancelled();
                    monitor.progress(Math.min(length, rows.chars), length);
                }
            });
        } catch (Csv.Malformed e) {
            LOG.info("CSV file {} refused: malformed at record {}", name, e.row(), e);
            return new Content(List.of(),
                    List.of(OpinionImportProblem.of(e.row(), "opinionimport.file.csvMalformed", name, e.row())), List.of());
        }
        return rows.content();
    }

    /**
     * Gathers the rows as they are read: finds the header among the first rows, then keeps only the known
     * columns of each following row, cleaned. Refuses a file beyond {@link #MAX_ROWS} data rows or
     * {@link #MAX_TEXT_CHARS} characters as soon as it gets there, so memory stays bounded.
     */
    private static final class Rows {
        private final String fileName;
        private final List<RawRow> beforeHeader = new ArrayList<>();
        private Map<Column, Integer> columns;
        private final List<OpinionImportProblem> headerProblems = new ArrayList<>();
        private final List<Line> lines = new ArrayList<>();
        private final List<Integer> cleanedRows = new ArrayList<>();
        private long chars;
        private int dataRows;

        Rows(String fileName) {
            this.fileName = fileName;
        }

        void add(RawRow raw) {
            if (columns != null) {
                line(raw);
                return;
            }
            if (beforeHeader.size() >= HEADER_SEARCH_ROWS) {
                return;
            }
            beforeHeader.add(raw);
            Map<Column, Integer> found = new EnumMap<>(Column.class);
            for (int c = 0; c < raw.cells().size(); c++) {
                String key = headerKey(raw.cells().get(c));
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
                        headerProblems.add(OpinionImportProblem.of(raw.row(), "opinionimport.column.missing", column.header));
                    }
                }
                columns = found;
            }
        }

        private void line(RawRow raw) {
            if (!headerProblems.isEmpty()) {
                return;
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            List<OpinionImportProblem> problems = new ArrayList<>();
            boolean empty = true;
            boolean cleaned = false;
            for (Map.Entry<Column, Integer> entry : columns.entrySet()) {
                int index = entry.getValue();
                String text = index < raw.cells().size() ? raw.cells().get(index) : "";
                cleaned |= TextIn.hasControls(text);
                // The content keeps its line breaks; every other cell is one line.
                String clean = entry.getKey() == Column.CONTENT ? cleanKeepingLines(text)
                        : VietText.clean(text.replace('\u00A0', ' '));
                cells.put(entry.getKey(), clean);
                empty &= clean.isEmpty();
                String formula = raw.formulas().get(index);
                if (formula != null) {
                    problems.add(OpinionImportProblem.of(raw.row(), "opinionimport.formula",
                            org.apache.poi.ss.util.CellReference.convertNumToColString(index) + raw.row(), shorten(formula),
                            clean.isEmpty() ? "" : shorten(clean)));
                }
                chars += clean.length();
            }
            if (empty && problems.isEmpty()) {
                return;
            }
            dataRows++;
            if (dataRows > MAX_ROWS) {
                throw new UserException("opinionimport.tooManyRows", fileName, MAX_ROWS);
            }
            if (chars > MAX_TEXT_CHARS) {
                throw new UserException("opinionimport.tooMuchText", fileName, MAX_TEXT_CHARS);
            }
            if (cleaned) {
                cleanedRows.add(raw.row());
            }
            lines.add(new Line(raw.row(), cells, problems));
        }

        Content content() {
            if (columns != null) {
                if (!headerProblems.isEmpty()) {
                    return new Content(List.of(), headerProblems, List.of());
                }
                List<OpinionImportProblem> warnings = new ArrayList<>();
                if (!cleanedRows.isEmpty()) {
                    warnings.add(OpinionImportProblem.of(cleanedRows.get(0), "opinionimport.controlsRemoved",
                            rowList(cleanedRows)));
                }
                return new Content(lines, List.of(), warnings);
            }
            List<OpinionImportProblem> problems = new ArrayList<>();
            if (!beforeHeader.isEmpty()) {
                for (String cell : beforeHeader.get(0).cells()) {
                    if (LegacyEncoding.detect(cell).isPresent()) {
                        problems.add(OpinionImportProblem.of(beforeHeader.get(0).row(), "opinionimport.legacy",
                                VietText.clean(cell)));
                        return new Content(List.of(), problems, List.of());
                    }
                }
            }
            int headerRow = beforeHeader.isEmpty() ? 1 : beforeHeader.get(0).row();
            for (Column column : Column.values()) {
                if (column.required) {
                    problems.add(OpinionImportProblem.of(headerRow, "opinionimport.column.missing", column.header));
                }
            }
            return new Content(List.of(), problems, List.of());
        }
    }

    /** "3, 5, 9" — the first rows, then "…" when there are more. */
    static String rowList(List<Integer> rows) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows.size() && i < 10; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(rows.get(i));
        }
        if (rows.size() > 10) {
            text.append(", …");
        }
        return text.toString();
    }

    static String shorten(String text) {
        String one = text.replace('\n', ' ');
        return one.length() <= 60 ? one : one.substring(0, 57) + "…";
    }

    private static String cleanKeepingLines(String text) {
        String nfc = VietText.nfc(text.replace('\u00A0', ' '));
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
