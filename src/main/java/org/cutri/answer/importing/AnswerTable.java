package org.cutri.answer.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.TextIn;
import org.cutri.common.text.VietText;
import org.cutri.opinionimport.Csv;
import org.cutri.register.WorkbookFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an agency's list of answers (.xlsx: the sheet named like "Trả lời", else the first; .csv: as every CSV of
 * the program, {@link Csv}) with the guards of the other imports ({@link WorkbookFile}: size, zip bombs, cells
 * longer than Excel allows). Columns are found by their headers among the first rows, ignoring case, diacritics,
 * punctuation, spaces and the look-alike Ð. A file that cannot be read gives one reason, never an exception.
 */
final class AnswerTable {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerTable.class);
    private static final int HEADER_SEARCH_ROWS = 10;
    /** An agency answers a commune's round in tens of rows; a list of thousands is not one. */
    static final int MAX_ROWS = 5_000;
    static final long MAX_CSV_BYTES = 10L * 1024 * 1024;

    /** The columns the import knows, with the headers (folded) they go by; others are ignored. */
    enum Column {
        CODE("Mã", "ma", "ma y kien", "ma so", "ma so y kien"),
        AGENCY("Cơ quan trả lời", "co quan tra loi", "co quan", "don vi tra loi", "co quan giai quyet"),
        LETTER("Số văn bản", "so van ban", "so van ban tra loi", "so hieu van ban", "so cong van", "van ban"),
        DATE("Ngày", "ngay", "ngay van ban", "ngay tra loi", "ngay ban hanh"),
        ANSWER("Nội dung trả lời", "noi dung tra loi", "tra loi", "ket qua tra loi", "ket qua giai quyet"),
        OPINION("Nội dung ý kiến", "noi dung y kien", "y kien", "noi dung y kien kien nghi", "y kien kien nghi",
                "noi dung kien nghi"),
        /** At the province: the commune of the opinion (its code or name), when a code is in several communes. */
        COMMUNE("Xã", "xa", "ma xa", "ten xa", "xa phuong", "xa phuong dac khu", "phuong xa");

        final String header;
        final List<String> aliases;

        Column(String header, String... aliases) {
            this.header = header;
            this.aliases = List.of(aliases);
        }
    }

    /** One data row: its number as the spreadsheet shows it and its cells by column, cleaned ("" when empty). */
    record Line(int row, Map<Column, String> cells) {
        String get(Column column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** The rows, or the reason the file cannot be read (a message key with its arguments). */
    record Content(List<Line> lines, String problemKey, List<Object> problemArgs) {
        static Content failed(String key, Object... args) {
            return new Content(List.of(), key, List.of(args));
        }

        boolean readable() {
            return problemKey == null;
        }
    }

    private AnswerTable() {
    }

    static Content read(Path file, TaskMonitor monitor) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return Content.failed("opinionimport.file.missing", file.toString());
        }
        try {
            FileMagic magic;
            try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
            String lower = name.toLowerCase(Locale.ROOT);
            Rows rows = new Rows(name);
            if (magic == FileMagic.OOXML) {
                Map<String, Long> sizes = WorkbookFile.check(file, name, WorkbookFile.REGISTER);
                WorkbookFile.readSheet(file, sizes, sheet -> key(sheet).equals("tra loi"), monitor, (excelRow, cells) -> {
                    List<String> texts = new ArrayList<>();
                    for (WorkbookFile.CellText cell : cells) {
                        while (texts.size() < cell.column()) {
                            texts.add("");
                        }
                        texts.add(cell.text());
                    }
                    rows.add(excelRow, texts);
                });
            } else if (magic == FileMagic.OLE2) {
                return Content.failed("opinionimport.file.oldExcel", name);
            } else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
                String text = Csv.text(file, name, MAX_CSV_BYTES);
                int[] row = {0};
                Csv.parse(text, cells -> {
                    row[0]++;
                    for (String cell : cells) {
                        if (cell.length() > WorkbookFile.MAX_CELL_CHARS) {
                            throw new UserException("register.workbook.cellTooLong", String.valueOf(row[0]),
                                    WorkbookFile.MAX_CELL_CHARS);
                        }
                    }
                    rows.add(row[0], cells);
                });
            } else {
                return Content.failed("opinionimport.file.unreadable", name);
            }
            return rows.content();
        } catch (UserException e) {
            LOG.info("Answer list {} refused: {}", name, e.key());
            return Content.failed(e.key(), e.args());
        } catch (Csv.Malformed e) {
            LOG.info("Answer list {} refused: malformed CSV at record {}", name, e.row(), e);
            return Content.failed("opinionimport.file.csvMalformed", name, e.row());
        } catch (NoSuchFileException e) {
            return Content.failed("opinionimport.file.missing", file.toString());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the answer list {}", file, e);
            return Content.failed("opinionimport.file.unreadable", name);
        }
    }

    /** Finds the header among the first rows, then keeps the known columns of each following row, cleaned. */
    private static final class Rows {
        private final String fileName;
        private Map<Column, Integer> columns;
        private int searched;
        private final List<Line> lines = new ArrayList<>();

        Rows(String fileName) {
            this.fileName = fileName;
        }

        void add(int row, List<String> cells) {
            if (columns == null) {
                if (searched++ < HEADER_SEARCH_ROWS) {
                    header(cells);
                }
                return;
            }
            Map<Column, String> values = new EnumMap<>(Column.class);
            boolean empty = true;
            for (Map.Entry<Column, Integer> column : columns.entrySet()) {
                String text = column.getValue() < cells.size() ? cells.get(column.getValue()) : "";
                String clean = VietText.clean(text.replace('\u00A0', ' '));
                values.put(column.getKey(), clean);
                empty &= clean.isEmpty();
            }
            if (empty) {
                return;
            }
            if (lines.size() >= MAX_ROWS) {
                throw new UserException("answerimport.tooManyRows", fileName, MAX_ROWS);
            }
            lines.add(new Line(row, values));
        }

        private void header(List<String> cells) {
            Map<Column, Integer> found = new EnumMap<>(Column.class);
            for (int c = 0; c < cells.size(); c++) {
                String key = key(cells.get(c));
                for (Column column : Column.values()) {
                    if (!found.containsKey(column) && column.aliases.contains(key)) {
                        found.put(column, c);
                        break;
                    }
                }
            }
            if (found.containsKey(Column.ANSWER) || found.containsKey(Column.AGENCY)) {
                columns = found;
            }
        }

        Content content() {
            List<String> missing = new ArrayList<>();
            for (Column column : List.of(Column.AGENCY, Column.DATE, Column.ANSWER)) {
                if (columns == null || !columns.containsKey(column)) {
                    missing.add(column.header);
                }
            }
            if (columns == null || !columns.containsKey(Column.CODE) && !columns.containsKey(Column.OPINION)) {
                missing.add(0, Column.CODE.header);
            }
            if (!missing.isEmpty()) {
                return Content.failed("answerimport.columns.missing", fileName, String.join(", ", missing));
            }
            return new Content(List.copyOf(lines), null, List.of());
        }
    }

    /** A header as compared: Ð as Đ, folded, punctuation as spaces ("Nội dung trả lời (*)" → "noi dung tra loi"). */
    static String key(String text) {
        return VietText.fold(VietText.fold(TextIn.clean(text)).replaceAll("[^a-z0-9]+", " "));
    }
}
