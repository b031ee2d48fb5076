package org.cutri.opinionimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.cutri.app.AppContext;
import org.cutri.cli.CutriCommand;
import org.cutri.common.db.Database;
import org.cutri.common.text.TextIn;
import org.cutri.round.ContactRound;
import org.cutri.testing.RawXlsx;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds generated hostile opinion and register files (fixed seed; 200 by default, more with
 * {@code -DargLine=-Dcutri.fuzz.cases=300}: each case opens the database twice, so the default keeps the class
 * near a minute on an idle machine) to the real command line, in-process: wrong cell types, formulas, huge cells, control characters, broken quotes, empty sheets, wrong
 * headers, dates outside 1945–2100, damaged zips, hostile codes. Each either imports (exit 0) or is refused
 * with exit code 2 and Vietnamese lines on standard error, no stack trace, and the database exactly as before.
 */
class HostileImportFuzzTest {

    private static final long SEED = 20261130L;
    private static final int CASES = Integer.getInteger("cutri.fuzz.cases", 200);
    private static final String[] HOSTILE = {"\u0000", "\u202E", "\u202D", "\u2066", "\u0007", "\u001B", "\u0085",
            "\u009B", "\uFEFF", "\u200F", "\r", "\t", "\n", "\"", "'", ";", ",", "=", "+", "-", "@", "<", "&", "\uD800"};
    private static final String[] HAMLETS = {"Thôn Đồng Tâm", "Thôn Hợp Nhất", "Thôn Tân Lập", "Xóm Bãi Sậy", "Đồng Tâm",
            "Thôn Không Có", ""};
    private static final String[] HEADERS = {"Thôn", "Nội dung", "Mã", "Lĩnh vực", "Thẩm quyền", "Người nêu", "Ghi chú",
            "STT", "Ngày", ""};
    /** A stored opinion code starting as a spreadsheet formula. */
    private static final Pattern FORMULA_CODE = Pattern.compile("\\bcode=[=+\\-@]");
    /** Read columns of the opinion and register files: a formula in one of them must be refused. */
    private static final java.util.Set<String> READ_COLUMNS = java.util.Set.of("Thôn", "Nội dung", "Mã", "Lĩnh vực",
            "Thẩm quyền", "Người nêu");
    /** A line a user can read: Vietnamese words, no Java class names or stack frames. */
    private static final Pattern VIETNAMESE = Pattern.compile(".*[ĐđÀ-ỹ].*");

    @TempDir
    Path folder;

    private final Random random = new Random(SEED);

    @Test
    void everyHostileFileIsImportedOrRefusedInVietnameseWithTheDatabaseUnchanged() throws IOException {
        Path data = folder.resolve("data");
        int roundId;
        try (AppContext context = TestContexts.open(data)) {
            ContactRound round = OpinionImportFixtures.roundWithMeetings(context, folder);
            roundId = round.id();
        }
        String dump = dump(data);
        int imported = 0;
        int refused = 0;
        for (int n = 0; n < CASES; n++) {
            boolean register = n % 5 == 4;
            formulaInReadColumn = false;
            Path file = register ? registerFile(n) : opinionFile(n);
            String[] args = register
                    ? new String[] {"--data-dir", data.toString(), "import", "register", file.toString()}
                    : new String[] {"--data-dir", data.toString(), "import", "opinions", file.toString(), "--round",
                            String.valueOf(roundId), "--with-names"};
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = org.cutri.testing.CommandLines.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String errors = err.toString(StandardCharsets.UTF_8);
            String what = "case " + n + " (" + file.getFileName() + "): " + errors;
            assertThat(exit).as(what).isIn(0, CutriCommand.EXIT_USER_ERROR);
            assertThat(errors).as(what).doesNotContain("Exception", "\tat ", "java.", "org.");
            if (exit == 0) {
                imported++;
                dump = dump(data);
                assertThat(formulaInReadColumn).as("a formula cell was imported, " + what).isFalse();
                assertThat(TextIn.hasControls(dump)).as("control characters stored, " + what).isFalse();
                assertThat(FORMULA_CODE.matcher(dump).find()).as("a code a spreadsheet runs stored, " + what).isFalse();
                continue;
            }
            refused++;
            List<String> lines = errors.lines().filter(l -> !l.startsWith("Tiến độ:")).toList();
            assertThat(lines).as(what).isNotEmpty();
            assertThat(lines.get(0)).as(what).matches(VIETNAMESE);
            assertThat(lines).as(what).allSatisfy(line -> assertThat(line).isNotBlank());
            assertThat(out.toString(StandardCharsets.UTF_8)).as(what).isEmpty();
            assertThat(dump(data)).as("database after refused " + what).isEqualTo(dump);
            Files.delete(file);
        }
        assertThat(imported).as("some files import").isPositive();
        assertThat(refused).as("most files are refused").isGreaterThan(CASES / 2);
    }

    /** Every row of every table, in a fixed order. */
    private static String dump(Path data) {
        try (Database database = Database.open(data)) {
            return database.jdbi().withHandle(handle -> {
                StringBuilder text = new StringBuilder();
                for (String table : Database.TABLES) {
                    List<Map<String, Object>> rows = handle.createQuery("SELECT * FROM " + table).mapToMap().list();
                    List<String> lines = new ArrayList<>();
                    for (Map<String, Object> row : rows) {
                        lines.add(new TreeMap<>(row).toString());
                    }
                    lines.sort(null);
                    text.append(table).append(' ').append(lines).append('\n');
                }
                return text.toString();
            });
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Ordinary text with hostile characters mixed in. */
    private String hostile(String text) {
        StringBuilder out = new StringBuilder(text);
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            out.insert(random.nextInt(out.length() + 1), pick(HOSTILE));
        }
        return out.toString();
    }

    /** One cell of a generated sheet: text, number, boolean, error, formula, date number, huge or empty. */
    private String cell(int column, int row, String text) {
        return switch (random.nextInt(12)) {
            case 0 -> RawXlsx.number(column, row, random.nextBoolean() ? 2_958_466 + random.nextInt(100) : -random.nextInt(1000));
            case 1 -> "<c r=\"" + RawXlsx.column(column) + row + "\" t=\"b\"><v>1</v></c>";
            case 2 -> "<c r=\"" + RawXlsx.column(column) + row + "\" t=\"e\"><v>#DIV/0!</v></c>";
            case 3 -> RawXlsx.formula(column, row, "HYPERLINK(\"http://vi-du.invalid\",\"" + text + "\")", text);
            case 4 -> RawXlsx.cell(column, row, random.nextBoolean() ? "31/12/9999" : "+999999999-12-31");
            case 5 -> RawXlsx.cell(column, row, "Đề nghị ".repeat(random.nextBoolean() ? 700 : 5000));
            case 6 -> "";
            default -> RawXlsx.cell(column, row, hostile(text));
        };
    }

    private Path opinionFile(int n) throws IOException {
        int kind = random.nextInt(10);
        if (kind <= 3) {
            return opinionWorkbook(n);
        }
        if (kind <= 6) {
            return opinionCsv(n);
        }
        Path file = folder.resolve("hong-" + n + (random.nextBoolean() ? ".xlsx" : ".csv"));
        switch (kind) {
            case 7 -> {
                byte[] whole = Files.readAllBytes(opinionWorkbook(n));
                Files.write(file, java.util.Arrays.copyOf(whole, random.nextInt(whole.length)));
            }
            case 8 -> {
                byte[] garbage = new byte[random.nextInt(4000)];
                random.nextBytes(garbage);
                if (random.nextBoolean() && garbage.length > 4) {
                    garbage[0] = 'P';
                    garbage[1] = 'K';
                    garbage[2] = 3;
                    garbage[3] = 4;
                }
                Files.write(file, garbage);
            }
            default -> {
                Path csv = folder.resolve("ansi-" + n + ".csv");
                Files.write(csv, ("Thôn,Nội dung\nThôn Đồng Tâm,Đề nghị sửa đường\n").getBytes(Charset.forName("windows-1252")));
                return csv;
            }
        }
        return file;
    }

    /** The current file holds a formula in a column the import reads. */
    private boolean formulaInReadColumn;

    /** Every fourth opinion file or so is well formed (the import must then succeed or list row problems). */
    private boolean tame;

    private Path opinionWorkbook(int n) throws IOException {
        tame = random.nextInt(3) == 0;
        if (tame) {
            return new RawXlsx().sheet("Ý kiến", out -> {
                out.write(RawXlsx.row(1, "Thôn", "Nội dung", "Người nêu"));
                for (int r = 2; r < 2 + random.nextInt(5) + 1; r++) {
                    out.write(RawXlsx.row(r, pick(new String[] {"Thôn Đồng Tâm", "Thôn Hợp Nhất", "Xóm Bãi Sậy"}),
                            hostile("Đề nghị sửa đường liên thôn đoạn " + r), random.nextBoolean() ? "Trần Thị Mai" : null));
                }
            }).write(folder.resolve("y-kien-" + n + ".xlsx"));
        }
        RawXlsx workbook = new RawXlsx();
        int sheets = random.nextInt(3);
        String lastName = pick(new String[] {"Ý kiến", "Sheet1", "y kien", "Đại biểu"});
        // The import reads the sheet named like "Ý kiến", else the first one.
        int readSheet = OpinionTable.headerKey(lastName).equals("y kien") ? sheets : 0;
        for (int s = 0; s <= sheets; s++) {
            String name = s == sheets ? lastName : "Trang " + s;
            boolean read = s == readSheet;
            boolean empty = random.nextInt(8) == 0;
            workbook.sheet(name, out -> {
                if (empty) {
                    return;
                }
                List<String> header = header();
                StringBuilder first = new StringBuilder("<row r=\"1\">");
                for (int c = 0; c < header.size(); c++) {
                    first.append(RawXlsx.cell(c, 1, header.get(c)));
                }
                out.write(first.append("</row>").toString());
                int rows = random.nextInt(12);
                for (int r = 2; r < rows + 2; r++) {
                    StringBuilder row = new StringBuilder("<row r=\"").append(r).append("\">");
                    for (int c = 0; c < header.size(); c++) {
                        String cell = cell(c, r, value(header.get(c), r));
                        formulaInReadColumn |= read && cell.contains("<f>") && READ_COLUMNS.contains(header.get(c))
                                && header.indexOf(header.get(c)) == c;
                        row.append(cell);
                    }
                    out.write(row.append("</row>").toString());
                }
            });
        }
        if (random.nextInt(20) == 0) {
            workbook.extraParts(1001);
        }
        return workbook.write(folder.resolve("y-kien-" + n + ".xlsx"));
    }

    private List<String> header() {
        List<String> header = new ArrayList<>();
        if (random.nextInt(6) != 0) {
            header.add("Thôn");
        }
        if (random.nextInt(6) != 0) {
            header.add("Nội dung");
        }
        int extra = random.nextInt(4);
        for (int i = 0; i < extra; i++) {
            header.add(random.nextInt(5) == 0 ? hostile(pick(HEADERS)) : pick(HEADERS));
        }
        java.util.Collections.shuffle(header, random);
        return header;
    }

    private String value(String header, int row) {
        return switch (header) {
            case "Thôn" -> pick(HAMLETS);
            case "Nội dung" -> "Đề nghị sửa đường liên thôn đoạn " + row;
            case "Mã" -> random.nextBoolean() ? "" : pick(new String[] {"DT-" + random.nextInt(50), "=cmd|' /C calc'!A0",
                    "+1", "@x", "a b", "ĐT/1.2_3"});
            case "Lĩnh vực" -> pick(new String[] {"Giao thông", "Không rõ", ""});
            case "Thẩm quyền" -> pick(new String[] {"Xã", "Tỉnh", "Huyện", ""});
            case "Người nêu" -> pick(new String[] {"Trần Thị Mai", "", "Lê Văn Bình"});
            case "Ngày" -> pick(new String[] {"1/1/1900", "31/12/9999", "15/3/2026"});
            default -> "x";
        };
    }

    private Path opinionCsv(int n) throws IOException {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
        String separator = pick(new String[] {",", ";", "\t"});
        List<String> header = header();
        text.append(String.join(separator, header)).append("\r\n");
        int rows = random.nextInt(12);
        for (int r = 2; r < rows + 2; r++) {
            List<String> cells = new ArrayList<>();
            for (String column : header) {
                String value = hostile(value(column, r));
                cells.add(switch (random.nextInt(10)) {
                    case 0 -> "\"" + value;
                    case 1 -> "\"" + value + "\"x";
                    case 2 -> "\"" + value.replace("\"", "\"\"") + "\"";
                    case 3 -> "Đề nghị ".repeat(random.nextBoolean() ? 700 : 5000);
                    default -> value;
                });
            }
            text.append(String.join(separator, cells)).append(random.nextBoolean() ? "\r\n" : "\n");
        }
        return Files.write(folder.resolve("y-kien-" + n + ".csv"), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Path registerFile(int n) throws IOException {
        RawXlsx workbook = new RawXlsx();
        workbook.sheet(random.nextInt(6) == 0 ? "Trang 1" : "Thôn", out -> {
            out.write(RawXlsx.row(1, random.nextInt(5) == 0 ? "Tên gọi" : "Tên", "Loại", "Đơn vị bầu cử"));
            int rows = random.nextInt(6);
            for (int r = 2; r < rows + 2; r++) {
                String name = cell(0, r, "Thôn Mới " + n + "-" + r);
                String constituency = cell(2, r, String.valueOf(random.nextInt(4)));
                formulaInReadColumn |= name.contains("<f>") || constituency.contains("<f>");
                out.write("<row r=\"" + r + "\">" + name + RawXlsx.cell(1, r, pick(new String[] {"Thôn", "Xóm", "Làng", ""}))
                        + constituency + "</row>");
            }
        });
        if (random.nextBoolean()) {
            workbook.sheet("Đại biểu", out -> {
                out.write(RawXlsx.row(1, "Họ tên", "Cấp", "Đơn vị bầu cử"));
                String name = cell(0, 2, "Phạm Văn " + n);
                String constituency = cell(2, 2, "1");
                formulaInReadColumn |= name.contains("<f>") || constituency.contains("<f>");
                out.write("<row r=\"2\">" + name + RawXlsx.cell(1, 2, pick(new String[] {"HĐND xã", "HĐND huyện",
                        "Quốc hội", "?"})) + constituency + "</row>");
            });
        }
        return workbook.write(folder.resolve("so-dang-ky-" + n + ".xlsx"));
    }
}
