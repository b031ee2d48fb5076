package org.cutri.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cutri.common.UserException;
import org.cutri.common.text.TextIn;
import org.cutri.common.text.VietText;
import org.cutri.council.CouncilLevel;
import org.cutri.hamlet.HamletKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the office's register workbook: sheet {@code Thôn} (Tên, Loại, Đơn vị bầu cử) and sheet
 * {@code Đại biểu} (Họ tên, Cấp, Đơn vị bầu cử, Chức vụ). Sheet names and headers are matched ignoring
 * case, diacritics, punctuation and extra spaces; other columns are ignored. Every row is checked
 * and every problem is collected, so the office can fix the whole file at once.
 */
final class RegisterWorkbook {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterWorkbook.class);

    static final String HAMLET_SHEET = "Thôn";
    static final String DEPUTY_SHEET = "Đại biểu";
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final int MAX_NAME = 200;
    /** The most rows a sheet of the register may have (a commune has tens of hamlets and deputies). */
    static final int MAX_ROWS = 5000;
    private static final Pattern NUMBER = Pattern.compile("^(?:don vi(?: bau cu)?|dvbc|dv)?\\s*(?:so)?\\s*(-?\\d+)(?:[.,]0+)?$");

    /** A hamlet row that passed the checks. */
    record HamletLine(int row, String name, HamletKind kind, Integer constituency) {
    }

    /** A deputy row that passed the checks. */
    record DeputyLine(int row, String fullName, CouncilLevel level, Integer constituency, String position) {
    }

    /** What the workbook holds: the good rows and the problems of the others. */
    record Content(String hamletSheet, String deputySheet, List<HamletLine> hamlets, List<DeputyLine> deputies,
            List<RegisterProblem> problems, int cellsCleaned) {
    }

    /** One expected column and the headers offices write for it (folded). */
    private enum Column {
        HAMLET_NAME(true, "Tên", "ten", "ten thon", "ten thon xom"),
        HAMLET_KIND(false, "Loại", "loai"),
        CONSTITUENCY(false, "Đơn vị bầu cử", "don vi bau cu", "dvbc", "don vi", "don vi so"),
        DEPUTY_NAME(true, "Họ tên", "ho ten", "ho va ten", "ten"),
        LEVEL(true, "Cấp", "cap"),
        POSITION(false, "Chức vụ", "chuc vu");

        final boolean required;
        final String header;
        final List<String> aliases;

        Column(boolean required, String header, String... aliases) {
            this.required = required;
            this.header = header;
            this.aliases = List.of(aliases);
        }
    }

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final List<RegisterProblem> problems = new ArrayList<>();
    /** Cells ("Thôn!B3") whose control characters were removed; a cell read twice counts once. */
    private final Set<String> cleanedCells = new HashSet<>();
    /** Cells already reported as formulas. */
    private final Set<String> formulaCells = new HashSet<>();

    private RegisterWorkbook() {
        // A formula shows its cached value, never the formula's text nor a new evaluation.
        formatter.setUseCachedValuesForFormulaCells(true);
    }

    /**
     * Reads the file.
     *
     * @throws UserException {@code register.file.missing}, {@code register.file.oldExcel} or
     *     {@code register.file.unreadable} when the file cannot be read as an .xlsx workbook at all
     */
    static Content read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new UserException("register.file.missing", file.toString());
        }
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            FileMagic magic = FileMagic.valueOf(in);
            if (magic == FileMagic.OLE2) {
                throw new UserException("register.file.oldExcel", name);
            }
            if (magic != FileMagic.OOXML) {
                throw new UserException("register.file.unreadable", name);
            }
            // The whole workbook is read into memory below: refuse first what would not fit.
            WorkbookFile.check(file, name, WorkbookFile.REGISTER);
            try (Workbook workbook = new XSSFWorkbook(in)) {
                return new RegisterWorkbook().read(workbook);
            }
        } catch (NoSuchFileException e) {
            throw new UserException(e, "register.file.missing", file.toString());
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException user) {
                throw user;
            }
            LOG.warn("Cannot read the register workbook {}", file, e);
            throw new UserException(e, "register.file.unreadable", name);
        }
    }

    private Content read(Workbook workbook) {
        List<HamletLine> hamlets = new ArrayList<>();
        List<DeputyLine> deputies = new ArrayList<>();
        Sheet hamletSheet = findSheet(workbook, HAMLET_SHEET);
        Sheet deputySheet = findSheet(workbook, DEPUTY_SHEET);
        if (hamletSheet != null) {
            readHamlets(hamletSheet, hamlets);
        }
        if (deputySheet != null) {
            readDeputies(deputySheet, deputies);
        }
        return new Content(hamletSheet == null ? HAMLET_SHEET : hamletSheet.getSheetName(),
                deputySheet == null ? DEPUTY_SHEET : deputySheet.getSheetName(), hamlets, deputies, List.copyOf(problems),
                cleanedCells.size());
    }

    private Sheet findSheet(Workbook workbook, String expected) {
        String wanted = headerKey(expected);
        List<String> legacyNames = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (headerKey(sheet.getSheetName()).equals(wanted)) {
                return sheet;
            }
            if (LegacyEncoding.detect(sheet.getSheetName()).isPresent()) {
                legacyNames.add(sheet.getSheetName());
            }
        }
        if (!legacyNames.isEmpty()) {
            problems.add(RegisterProblem.of(expected, null, "register.sheet.legacy", expected, legacyNames.get(0)));
        } else {
            problems.add(RegisterProblem.of(expected, null, "register.sheet.missing", expected));
        }
        return null;
    }

    private void readHamlets(Sheet sheet, List<HamletLine> out) {
        Map<Column, Integer> columns = findHeader(sheet, Column.HAMLET_NAME, Column.HAMLET_KIND, Column.CONSTITUENCY);
        if (columns == null) {
            return;
        }
        String sheetName = sheet.getSheetName();
        if (sheet.getLastRowNum() >= MAX_ROWS) {
            problems.add(RegisterProblem.of(sheetName, null, "register.tooManyRows", sheetName, MAX_ROWS));
            return;
        }
        for (int r = columns.get(null) + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            int excelRow = r + 1;
            String name = text(row, columns.get(Column.HAMLET_NAME));
            String kindText = text(row, columns.get(Column.HAMLET_KIND));
            String constituencyText = text(row, columns.get(Column.CONSTITUENCY));
            if (name.isEmpty() && kindText.isEmpty() && constituencyText.isEmpty()) {
                continue;
            }
            if (legacy(sheetName, excelRow, name, kindText, constituencyText)) {
                continue;
            }
            boolean ok = true;
            if (name.isEmpty()) {
                problems.add(RegisterProblem.of(sheetName, excelRow, "register.hamlet.nameMissing"));
                ok = false;
            } else if (name.length() > MAX_NAME) {
                problems.add(RegisterProblem.of(sheetName, excelRow, "register.nameTooLong", MAX_NAME));
                ok = false;
            }
            HamletKind kind = null;
            if (!kindText.isEmpty()) {
                kind = HamletKind.parse(kindText).orElse(null);
                if (kind == null) {
                    problems.add(RegisterProblem.of(sheetName, excelRow, "register.hamlet.kindUnknown", kindText));
                    ok = false;
                }
            } else if (!name.isEmpty()) {
                kind = HamletKind.fromName(name).orElse(null);
                if (kind == null) {
                    problems.add(RegisterProblem.of(sheetName, excelRow, "register.hamlet.kindMissing", name));
                    ok = false;
                }
            }
            Optional<Integer> constituency = constituency(sheetName, excelRow, constituencyText);
            if (ok && constituency != null) {
                out.add(new HamletLine(excelRow, name, kind, constituency.orElse(null)));
            }
        }
    }

    private void readDeputies(Sheet sheet, List<DeputyLine> out) {
        Map<Column, Integer> columns = findHeader(sheet, Column.DEPUTY_NAME, Column.LEVEL, Column.CONSTITUENCY,
                Column.POSITION);
        if (columns == null) {
            return;
        }
        String sheetName = sheet.getSheetName();
        if (sheet.getLastRowNum() >= MAX_ROWS) {
            problems.add(RegisterProblem.of(sheetName, null, "register.tooManyRows", sheetName, MAX_ROWS));
            return;
        }
        for (int r = columns.get(null) + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            int excelRow = r + 1;
            String name = text(row, columns.get(Column.DEPUTY_NAME));
            String levelText = text(row, columns.get(Column.LEVEL));
            String constituencyText = text(row, columns.get(Column.CONSTITUENCY));
            String position = text(row, columns.get(Column.POSITION));
            if (name.isEmpty() && levelText.isEmpty() && constituencyText.isEmpty() && position.isEmpty()) {
                continue;
            }
            if (legacy(sheetName, excelRow, name, levelText, constituencyText, position)) {
                continue;
            }
            boolean ok = true;
            if (name.isEmpty()) {
                problems.add(RegisterProblem.of(sheetName, excelRow, "register.deputy.nameMissing"));
                ok = false;
            } else if (name.length() > MAX_NAME) {
                problems.add(RegisterProblem.of(sheetName, excelRow, "register.nameTooLong", MAX_NAME));
                ok = false;
            }
            CouncilLevel level = null;
            if (levelText.isEmpty()) {
                problems.add(RegisterProblem.of(sheetName, excelRow, "register.deputy.levelMissing"));
                ok = false;
            } else {
                level = CouncilLevel.parse(levelText).orElse(null);
                if (level == null) {
                    problems.add(RegisterProblem.of(sheetName, excelRow, "register.deputy.levelUnknown", levelText));
                    ok = false;
                } else if (!level.current()) {
                    problems.add(RegisterProblem.of(sheetName, excelRow, "register.deputy.levelLegacy", levelText));
                    ok = false;
                }
            }
            if (position.length() > 300) {
                problems.add(RegisterProblem.of(sheetName, excelRow, "register.nameTooLong", 300));
                ok = false;
            }
            Optional<Integer> constituency = constituency(sheetName, excelRow, constituencyText);
            if (ok && constituency != null) {
                out.add(new DeputyLine(excelRow, name, level, constituency.orElse(null),
                        position.isEmpty() ? null : position));
            }
        }
    }

    /**
     * The header row (first of the first rows holding the first column's header) and where each
     * column is; the key {@code null} holds the header row's index. Null, with problems, when a
     * required column is missing.
     */
    private Map<Column, Integer> findHeader(Sheet sheet, Column... wanted) {
        String sheetName = sheet.getSheetName();
        int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1);
        for (int r = Math.max(sheet.getFirstRowNum(), 0); r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<Column, Integer> found = new HashMap<>();
            for (Cell cell : row) {
                String key = headerKey(text(row, cell.getColumnIndex()));
                for (Column column : wanted) {
                    if (!found.containsKey(column) && column.aliases.contains(key)) {
                        found.put(column, cell.getColumnIndex());
                        break;
                    }
                }
            }
            if (found.containsKey(wanted[0])) {
                boolean complete = true;
                for (Column column : wanted) {
                    if (column.required && !found.containsKey(column)) {
                        problems.add(RegisterProblem.of(sheetName, r + 1, "register.column.missing", column.header));
                        complete = false;
                    }
                }
                found.put(null, r);
                return complete ? found : null;
            }
        }
        Row first = sheet.getRow(Math.max(sheet.getFirstRowNum(), 0));
        String legacyHeader = null;
        if (first != null) {
            for (Cell cell : first) {
                String header = text(first, cell.getColumnIndex());
                if (LegacyEncoding.detect(header).isPresent()) {
                    legacyHeader = header;
                    break;
                }
            }
        }
        if (legacyHeader != null) {
            problems.add(RegisterProblem.of(sheetName, first.getRowNum() + 1, "register.legacy", legacyHeader));
            return null;
        }
        for (Column column : wanted) {
            if (column.required) {
                problems.add(RegisterProblem.of(sheetName, 1, "register.column.missing", column.header));
            }
        }
        return null;
    }

    /** Records a problem and returns true when any of the texts is in an old encoding. */
    private boolean legacy(String sheetName, int excelRow, String... texts) {
        for (String text : texts) {
            if (LegacyEncoding.detect(text).isPresent()) {
                problems.add(RegisterProblem.of(sheetName, excelRow, "register.legacy", text));
                return true;
            }
        }
        return false;
    }

    /** Empty optional for an empty cell, the number if it is a positive whole number, null (with a problem) else. */
    private Optional<Integer> constituency(String sheetName, int excelRow, String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = NUMBER.matcher(VietText.fold(text));
        if (matcher.matches()) {
            try {
                int number = Integer.parseInt(matcher.group(1));
                if (number > 0) {
                    return Optional.of(number);
                }
            } catch (NumberFormatException e) {
                // too large: reported below
            }
        }
        problems.add(RegisterProblem.of(sheetName, excelRow, "register.constituency.invalid", text));
        return null;
    }

    /**
     * The cell's text as Excel shows it, NFC-cleaned without control characters; empty for a missing column, row
     * or cell. A formula is not evaluated: its cached text is read and the cell is reported as a problem (a
     * link such as HYPERLINK would otherwise be lost silently).
     */
    private String text(Row row, Integer column) {
        if (row == null || column == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        String shown = formatter.formatCellValue(cell);
        String where = row.getSheet().getSheetName() + "!" + cell.getAddress().formatAsString();
        if (cell.getCellType() == CellType.FORMULA) {
            String formula = cell.getCellFormula();
            if (formulaCells.add(where)) {
                problems.add(RegisterProblem.of(row.getSheet().getSheetName(), row.getRowNum() + 1, "register.formula",
                        cell.getAddress().formatAsString(), shorten(formula), shorten(shown)));
            }
        }
        if (TextIn.hasControls(shown)) {
            cleanedCells.add(where);
        }
        return VietText.clean(shown.replace('\u00A0', ' '));
    }

    private static String shorten(String text) {
        String one = text.replace('\n', ' ');
        return one.length() <= 60 ? one : one.substring(0, 57) + "…";
    }

    /** True for the deputies' sheet, whatever its spelling: problems of the hamlets' sheet are listed first. */
    static boolean isDeputySheet(String sheetName) {
        return headerKey(sheetName).equals(headerKey(DEPUTY_SHEET));
    }

    /** Folded, punctuation as spaces: "Đơn vị bầu cử (*)" → "don vi bau cu". */
    static String headerKey(String text) {
        return VietText.fold(VietText.fold(text).replaceAll("[^a-z0-9]+", " "));
    }
}
