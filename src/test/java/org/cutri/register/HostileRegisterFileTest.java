package org.cutri.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.hamlet.Hamlet;
import org.cutri.testing.RawXlsx;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile register workbooks (issue 8, points 6, 12 and 13): refused with a reason, or cleaned and said so. */
class HostileRegisterFileTest {

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

    private static RawXlsx.SheetRows deputies() {
        return out -> {
            out.write(RawXlsx.row(1, "Họ tên", "Cấp", "Đơn vị bầu cử"));
            out.write(RawXlsx.row(2, "Nguyễn Văn An", "HĐND xã", "1"));
        };
    }

    @Test
    void aFormulaCellIsRefusedWithItsCellNotStoredAsItsShownText() throws IOException {
        // Regression: the formula was evaluated and its result stored; a HYPERLINK lost its link silently.
        Path file = new RawXlsx().sheet("Thôn", out -> {
            out.write(RawXlsx.row(1, "Tên", "Loại", "Đơn vị bầu cử"));
            out.write("<row r=\"2\">" + RawXlsx.formula(0, 2, "HYPERLINK(\"http://vi-du.invalid\",\"Thôn Đồng Tâm\")",
                    "Thôn Đồng Tâm") + RawXlsx.cell(1, 2, "Thôn") + "</row>");
        }).sheet("Đại biểu", deputies()).write(folder.resolve("cong-thuc.xlsx"));

        RegisterImportResult result = service.importFile(file);

        assertThat(result.imported()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.reason(TestContexts.VI)).startsWith("Ô A2 là công thức (=HYPERLINK(");
        });
        assertThat(context.hamlets().list()).isEmpty();
    }

    @Test
    void controlCharactersAreRemovedAndTheSummarySaysHowManyCells() throws IOException {
        Path file = new RawXlsx().sheet("Thôn", out -> {
            out.write(RawXlsx.row(1, "Tên", "Loại", "Đơn vị bầu cử"));
            out.write(RawXlsx.row(2, "Thôn Đồng\u202E Tâm", "Thôn", "1"));
            out.write(RawXlsx.row(3, "Xóm Bãi\u0000 Sậy", "Xóm", "1"));
        }).sheet("Đại biểu", deputies()).write(folder.resolve("an.xlsx"));

        RegisterImportResult result = service.importFile(file);

        assertThat(result.imported()).isTrue();
        assertThat(result.summary(TestContexts.VI)).endsWith(
                "Đã bỏ các ký tự điều khiển ẩn (như ký tự đảo chiều chữ U+202E hay NUL) ở 2 ô.");
        assertThat(context.hamlets().list()).extracting(Hamlet::name).containsExactlyInAnyOrder("Thôn Đồng Tâm",
                "Xóm Bãi Sậy");
    }

    @Test
    void aSheetLongerThanARegisterCanBeIsRefused() throws IOException {
        Path file = new RawXlsx().sheet("Thôn", out -> {
            out.write(RawXlsx.row(1, "Tên", "Loại", "Đơn vị bầu cử"));
            for (int r = 2; r <= RegisterWorkbook.MAX_ROWS + 1; r++) {
                out.write(RawXlsx.row(r, "Thôn Số " + r, "Thôn", "1"));
            }
        }).sheet("Đại biểu", deputies()).write(folder.resolve("dai.xlsx"));

        RegisterImportResult result = service.importFile(file);

        assertThat(result.imported()).isFalse();
        assertThat(result.problems()).extracting(p -> p.reason(TestContexts.VI))
                .containsExactly("Trang “Thôn” có hơn 5.000 dòng: sổ đăng ký không thể dài như vậy. Chưa nhập gì."
                        + " Hãy kiểm tra lại tệp.");
        assertThat(context.hamlets().list()).isEmpty();
    }

    @Test
    void workbooksBeyondTheLimitsAreRefusedBeforeTheyAreReadIntoMemory() throws IOException {
        // Regression: the register workbook was read whole into memory, whatever it held.
        Path parts = new RawXlsx().sheet("Thôn", out -> out.write(RawXlsx.row(1, "Tên")))
                .extraParts(600).write(folder.resolve("nhieu.xlsx"));
        String cell = "Thôn Đồng Tâm ".repeat(2000);
        Path big = new RawXlsx().sheet("Thôn", out -> {
            out.write(RawXlsx.row(1, "Tên", "Loại"));
            for (int r = 2; r < 1_000; r++) {
                out.write(RawXlsx.row(r, cell, "Thôn"));
            }
        }).write(folder.resolve("to.xlsx"));

        assertThatThrownBy(() -> service.importFile(parts)).isInstanceOf(UserException.class)
                .satisfies(e -> assertThat(TestContexts.VI.of((UserException) e))
                        .startsWith("Tệp nhieu.xlsx có quá nhiều trang tính hoặc phần (hơn 500)."));
        assertThatThrownBy(() -> service.importFile(big)).isInstanceOf(UserException.class)
                .satisfies(e -> assertThat(TestContexts.VI.of((UserException) e))
                        .startsWith("Tệp to.xlsx chứa quá nhiều dữ liệu (hơn 8 MB khi giải nén)."));
        assertThat(context.hamlets().list()).isEmpty();
    }
}
