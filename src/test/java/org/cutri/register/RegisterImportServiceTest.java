package org.cutri.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.constituency.Constituency;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilTerm;
import org.cutri.deputy.Deputy;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletDraft;
import org.cutri.hamlet.HamletKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterImportServiceTest {

    @TempDir
    Path folder;

    private AppContext context;
    private RegisterImportService service;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder.resolve("data"));
        service = context.registerImport();
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** The office's example, written by LibreOffice. */
    static Path example(Path folder) throws IOException {
        Path file = folder.resolve("so-dang-ky.xlsx");
        try (InputStream in = RegisterImportServiceTest.class.getResourceAsStream("/register/so-dang-ky.xlsx")) {
            Files.copy(in, file);
        }
        return file;
    }

    /** Writes a workbook: each sheet is its name followed by rows of cells (null: no cell). */
    static Path workbook(Path folder, String fileName, Object[]... sheets) throws IOException {
        Path file = folder.resolve(fileName);
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (Object[] sheetData : sheets) {
                Sheet sheet = workbook.createSheet((String) sheetData[0]);
                for (int r = 1; r < sheetData.length; r++) {
                    Row row = sheet.createRow(r - 1);
                    Object[] cells = (Object[]) sheetData[r];
                    for (int c = 0; c < cells.length; c++) {
                        if (cells[c] instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (cells[c] != null) {
                            row.createCell(c).setCellValue((String) cells[c]);
                        }
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    private List<String> reasons(RegisterImportResult result) {
        return result.problems().stream().map(p -> p.reason(TestContexts.VI)).toList();
    }

    @Test
    void theOfficesExampleIsImportedIntoANewTerm() throws IOException {
        RegisterImportResult result = service.importFile(example(folder));

        assertThat(result.imported()).isTrue();
        assertThat(result.hamletsAdded()).isEqualTo(12);
        assertThat(result.deputiesAdded()).isEqualTo(14);
        assertThat(result.constituenciesAdded()).isEqualTo(6);
        assertThat(result.termCreated()).isTrue();
        assertThat(result.summary(TestContexts.VI))
                .contains("Đã nhập 12 thôn, xóm, 14 đại biểu và 6 đơn vị bầu cử mới vào nhiệm kỳ 2026–2031")
                .contains("đã tạo nhiệm kỳ 2026–2031");

        CouncilTerm term = context.councils().currentTerm().orElseThrow();
        assertThat(term.label()).isEqualTo("2026–2031");
        List<Hamlet> hamlets = context.hamlets().list();
        assertThat(hamlets).hasSize(12);
        assertThat(hamlets).filteredOn(h -> h.name().equals("Tổ dân phố Chợ Mới"))
                .extracting(Hamlet::kind, Hamlet::constituencyNumber).containsExactly(tuple(HamletKind.TO_DAN_PHO, 4));
        assertThat(hamlets).filteredOn(h -> h.name().equals("Xóm Bãi Sậy"))
                .extracting(Hamlet::kind, Hamlet::constituencyNumber).containsExactly(tuple(HamletKind.XOM, 1));
        assertThat(context.constituencies().list(term.id(), CouncilLevel.COMMUNE)).extracting(Constituency::number)
                .containsExactly(1, 2, 3, 4);
        Constituency province = context.constituencies().find(term.id(), CouncilLevel.PROVINCE, 5).orElseThrow();
        assertThat(context.constituencies().hamletIds(province.id())).hasSize(12);

        List<Deputy> deputies = context.deputies().list(term.id());
        assertThat(deputies).hasSize(14);
        assertThat(deputies).filteredOn(d -> d.fullName().equals("Trịnh Thị Hằng"))
                .extracting(Deputy::level, Deputy::constituencyNumber, Deputy::position)
                .containsExactly(tuple(CouncilLevel.NATIONAL, 2, "Đại biểu Quốc hội"));
        assertThat(deputies).filteredOn(d -> d.level() == CouncilLevel.COMMUNE).hasSize(12);

        // The proposal of the assignment now follows: every hamlet has its commune deputies.
        assertThat(context.assignments().applyProposal(term.id())).isEqualTo(12 * 3 + 12 + 12);
    }

    @Test
    void importingTheSameFileAgainIsRefusedAndChangesNothing() throws IOException {
        Path file = example(folder);
        service.importFile(file);

        RegisterImportResult again = service.importFile(file);

        assertThat(again.imported()).isFalse();
        assertThat(again.problems()).hasSize(12 + 14);
        assertThat(again.problems().get(0).sheet()).isEqualTo("Thôn");
        assertThat(again.problems().get(0).row()).isEqualTo(2);
        assertThat(reasons(again).get(0)).contains("“Thôn Đồng Tâm” đã có trong sổ đăng ký");
        assertThat(context.hamlets().list()).hasSize(12);
        assertThat(context.deputies().list()).hasSize(14);
    }

    @Test
    void oneBadRowImportsNothingAndEveryBadRowIsListedWhereExcelShowsIt() throws IOException {
        Path file = workbook(folder, "bad.xlsx",
                new Object[] {"Thôn",
                        row("Tên", "Loại", "Đơn vị bầu cử", "Ghi chú"),
                        row("Thôn Đồng Tâm", "Thôn", 1, "bất kỳ"),
                        row("", "Thôn", 1),
                        row("Làng Cũ", "Làng", 2),
                        row("Xóm Bến", null, "abc"),
                        row("Xóm Trại", "Xóm", 0),
                        row(null, null, null),
                        row("thôn  đồng tâm", "Thôn", 1),
                        row("Khu Mới", null, 3)},
                new Object[] {"Đại biểu",
                        row("Họ tên", "Cấp", "Đơn vị bầu cử", "Chức vụ"),
                        row("Nguyễn Thị Hoa Mai", "HĐND xã", 1, "Đại biểu"),
                        row("Trần Văn Khải", "HĐND phường xã", 1),
                        row("Lê Quang Đạt", "", 2),
                        row("Phạm Thị Hà", "HĐND huyện", 1),
                        row("Hoàng Văn Lực", "Quốc hội", -2)});

        RegisterImportResult result = service.importFile(file);

        assertThat(result.imported()).isFalse();
        assertThat(result.problems()).extracting(RegisterProblem::sheet, RegisterProblem::row).containsExactly(
                tuple("Thôn", 3), tuple("Thôn", 4), tuple("Thôn", 5), tuple("Thôn", 6), tuple("Thôn", 8),
                tuple("Thôn", 9), tuple("Đại biểu", 3), tuple("Đại biểu", 4), tuple("Đại biểu", 5),
                tuple("Đại biểu", 6));
        assertThat(reasons(result)).containsExactly(
                "Thiếu tên thôn, xóm. Hãy điền cột “Tên” hoặc xóa dòng này.",
                "Loại “Làng” không rõ. Hãy ghi một trong: thôn, xóm, ấp, bản, tổ dân phố, khu phố.",
                "Đơn vị bầu cử “abc” không đúng: phải là một số nguyên dương (vd. 1, 2, 3).",
                "Đơn vị bầu cử “0” không đúng: phải là một số nguyên dương (vd. 1, 2, 3).",
                "“thôn đồng tâm” đã có ở dòng 2 của tệp. Hãy xóa một trong hai dòng.",
                "Chưa rõ “Khu Mới” là thôn, xóm, ấp, bản, tổ dân phố hay khu phố. Hãy điền cột “Loại” hoặc ghi tên bắt đầu bằng loại (vd. Xóm Bến).",
                "Cấp “HĐND phường xã” không rõ. Hãy ghi HĐND xã, HĐND tỉnh hoặc Quốc hội.",
                "Thiếu cấp của đại biểu. Hãy ghi HĐND xã, HĐND tỉnh hoặc Quốc hội vào cột “Cấp”.",
                "Cấp “HĐND huyện”: từ ngày 01/7/2025 không còn cấp huyện. Hãy ghi HĐND xã, HĐND tỉnh hoặc Quốc hội.",
                "Đơn vị bầu cử “-2” không đúng: phải là một số nguyên dương (vd. 1, 2, 3).");
        assertThat(context.hamlets().list()).isEmpty();
        assertThat(context.deputies().list()).isEmpty();
        assertThat(context.councils().terms()).as("no term is created when nothing is imported").isEmpty();
    }

    @Test
    void aHamletAlreadyInTheRegisterIsRefusedAndTheExistingTermIsUsed() throws IOException {
        CouncilTerm term = context.councils().ensureTerm(2026, 2031);
        context.hamlets().create(new HamletDraft("Xóm Bến", HamletKind.XOM, null, null, null));
        Path bad = workbook(folder, "again.xlsx",
                new Object[] {"Thôn", row("Tên", "Loại", "Đơn vị bầu cử"), row("Thôn Mới", "Thôn", 1), row("XÓM BẾN", "Xóm", 1)},
                new Object[] {"Đại biểu", row("Họ tên", "Cấp", "Đơn vị bầu cử", "Chức vụ")});

        RegisterImportResult refused = service.importFile(bad);

        assertThat(refused.problems()).extracting(RegisterProblem::sheet, RegisterProblem::row)
                .containsExactly(tuple("Thôn", 3));
        assertThat(reasons(refused).get(0)).contains("“XÓM BẾN” đã có trong sổ đăng ký");

        Path good = workbook(folder, "good.xlsx",
                new Object[] {"Thôn", row("Tên", "Loại", "Đơn vị bầu cử"), row("Thôn Mới", "Thôn", "Đơn vị số 1")},
                new Object[] {"Đại biểu", row("Họ tên", "Cấp", "Đơn vị bầu cử", "Chức vụ")});
        RegisterImportResult imported = service.importFile(good);
        assertThat(imported.termCreated()).isFalse();
        assertThat(imported.summary(TestContexts.VI)).doesNotContain("đã tạo nhiệm kỳ");
        assertThat(context.constituencies().find(term.id(), CouncilLevel.COMMUNE, 1)).isPresent();
        assertThat(context.hamlets().list()).extracting(Hamlet::name).containsExactly("Thôn Mới", "Xóm Bến");
    }

    @Test
    void sheetNamesAndHeadersAreMatchedIgnoringCaseDiacriticsAndSpaces() throws IOException {
        Path file = workbook(folder, "plain.xlsx",
                new Object[] {"Ghi chú", row("Không liên quan")},
                new Object[] {"DAI  BIEU",
                        row("STT", "HO TEN", " cap ", "Don vi bau cu", "chuc vu"),
                        row(1, "Nguyễn Thị Hoa Mai", "xa", 1, "Chủ tịch HĐND xã"),
                        row(2, "Trịnh Thị Hằng", "QH", 2, null)},
                new Object[] {" thon ",
                        row("ten", "LOAI", "DON VI  BAU CU"),
                        row("Xóm Bến", "xom", 1),
                        row("Tổ dân phố Chợ Mới", "TDP", "1")});

        RegisterImportResult result = service.importFile(file);

        assertThat(reasons(result)).isEmpty();
        assertThat(result.hamletsAdded()).isEqualTo(2);
        assertThat(result.deputiesAdded()).isEqualTo(2);
        assertThat(result.constituenciesAdded()).isEqualTo(2);
        assertThat(context.hamlets().list()).extracting(Hamlet::name, Hamlet::kind).containsExactly(
                tuple("Tổ dân phố Chợ Mới", HamletKind.TO_DAN_PHO), tuple("Xóm Bến", HamletKind.XOM));
        assertThat(context.deputies().list()).extracting(Deputy::fullName, Deputy::level).containsExactlyInAnyOrder(
                tuple("Nguyễn Thị Hoa Mai", CouncilLevel.COMMUNE), tuple("Trịnh Thị Hằng", CouncilLevel.NATIONAL));
    }

    @Test
    void aMissingSheetOrColumnIsReported() throws IOException {
        Path file = workbook(folder, "missing.xlsx",
                new Object[] {"Thôn", row("Tên", "Đơn vị bầu cử"), row("Xóm Bến", 1)},
                new Object[] {"Đại biểu", row("Họ tên", "Đơn vị bầu cử"), row("Nguyễn Thị Hoa Mai", 1)});
        RegisterImportResult result = service.importFile(file);
        assertThat(result.problems()).extracting(RegisterProblem::sheet, RegisterProblem::row)
                .containsExactly(tuple("Đại biểu", 1));
        assertThat(reasons(result)).containsExactly("Thiếu cột “Cấp”. Hãy thêm cột có tiêu đề “Cấp” vào dòng tiêu đề.");

        Path noDeputies = workbook(folder, "only-hamlets.xlsx",
                new Object[] {"Thôn", row("Tên"), row("Xóm Bến")});
        RegisterImportResult refused = service.importFile(noDeputies);
        assertThat(refused.problems()).extracting(RegisterProblem::sheet, RegisterProblem::rowText)
                .containsExactly(tuple("Đại biểu", "-"));
        assertThat(reasons(refused).get(0)).startsWith("Tệp không có trang tính “Đại biểu”");
        assertThat(context.hamlets().list()).isEmpty();
    }

    @Test
    void legacyTcvn3AndVniTextIsRecognisedAndMustBeConverted() throws IOException {
        Path file = workbook(folder, "tcvn3.xlsx",
                new Object[] {"Thôn", row("Tên", "Loại", "Đơn vị bầu cử"),
                        row("Th«n §ång T©m", "Th«n", 1),
                        row("Thoân Ñoàng Taâm", "Thoân", 1),
                        row("Thôn Hợp Nhất", "Thôn", 1)},
                new Object[] {"Đại biểu", row("Họ tên", "Cấp", "Đơn vị bầu cử", "Chức vụ"),
                        row("NguyÔn ThÞ Hoa Mai", "H§ND x·", 1)});

        RegisterImportResult result = service.importFile(file);

        assertThat(result.problems()).extracting(RegisterProblem::sheet, RegisterProblem::row)
                .containsExactly(tuple("Thôn", 2), tuple("Thôn", 3), tuple("Đại biểu", 2));
        assertThat(reasons(result).get(0)).startsWith("Chữ “Th«n §ång T©m” được gõ bằng bảng mã cũ (TCVN3/ABC hoặc VNI)")
                .contains("chuyển cả tệp sang Unicode");
        assertThat(reasons(result).get(1)).contains("Thoân Ñoàng Taâm");
        assertThat(context.hamlets().list()).isEmpty();
        assertThat(LegacyEncoding.detect("Th«n §ång T©m")).contains(LegacyEncoding.Kind.TCVN3);
        assertThat(LegacyEncoding.detect("Thoân Ñoàng")).contains(LegacyEncoding.Kind.VNI);
        assertThat(LegacyEncoding.detect("Thôn Đồng Tâm, Ấp Rạch Gốc, Xóm Bãi Sậy, Nguyễn Hoàng")).isEmpty();
    }

    @Test
    void aFileThatIsNotAnXlsxWorkbookIsRefusedWithOneMessage() throws IOException {
        Path text = Files.writeString(folder.resolve("danh-sach.xlsx"), "Thôn;Loại\nXóm Bến;Xóm\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> service.importFile(text)).isInstanceOf(UserException.class)
                .satisfies(e -> assertThat(TestContexts.VI.of((UserException) e))
                        .startsWith("Không đọc được tệp danh-sach.xlsx: tệp bị hỏng hoặc không phải tệp Excel .xlsx."));

        Path truncated = folder.resolve("cut.xlsx");
        byte[] whole = Files.readAllBytes(example(folder));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> service.importFile(truncated)).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("register.file.unreadable");

        Path xls = folder.resolve("old.xls");
        try (Workbook old = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            old.createSheet("Thôn");
            old.write(out);
        }
        assertThatThrownBy(() -> service.importFile(xls)).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("register.file.oldExcel");

        assertThatThrownBy(() -> service.importFile(folder.resolve("none.xlsx"))).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("register.file.missing");
        assertThat(context.hamlets().list()).isEmpty();
    }
}
