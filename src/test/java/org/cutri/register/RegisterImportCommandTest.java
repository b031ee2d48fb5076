package org.cutri.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.cutri.cli.CutriCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cutri import register FILE.xlsx}, run in-process as the office's script would. */
class RegisterImportCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return org.cutri.testing.CommandLines.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theExampleIsImportedAndTheCountsArePrinted() throws IOException {
        Path data = folder.resolve("data");
        Path file = RegisterImportServiceTest.example(folder);

        int code = run("--data-dir", data.toString(), "import", "register", file.toString());

        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("Đã nhập 12 thôn, xóm, 14 đại biểu và 6 đơn vị bầu cử mới vào nhiệm kỳ 2026–2031.");
        assertThat(run("--data-dir", data.toString(), "hamlets")).isZero();
        assertThat(out().lines()).hasSize(12).anyMatch(line -> line.endsWith("\tBản Nà Hin"));
    }

    @Test
    void badRowsArePrintedOnePerLineWithSheetRowAndReasonAndNothingIsImported() throws IOException {
        Path data = folder.resolve("data");
        Path file = RegisterImportServiceTest.workbook(folder, "bad.xlsx",
                new Object[] {"Thôn", RegisterImportServiceTest.row("Tên", "Loại", "Đơn vị bầu cử"),
                        RegisterImportServiceTest.row("Xóm Bến", "Xóm", 1),
                        RegisterImportServiceTest.row("Làng Cũ", "Làng", "một")},
                new Object[] {"Đại biểu", RegisterImportServiceTest.row("Họ tên", "Cấp"),
                        RegisterImportServiceTest.row("Trần Văn Khải", "HĐND quận")});

        int code = run("--data-dir", data.toString(), "import", "register", file.toString());

        assertThat(code).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(err()).contains("Chưa nhập gì: tệp có 3 chỗ cần sửa.")
                .contains("Thôn\t3\tLoại “Làng” không rõ.")
                .contains("Thôn\t3\tĐơn vị bầu cử “một” không đúng")
                .contains("Đại biểu\t2\tCấp “HĐND quận” không rõ.");
        assertThat(run("--data-dir", data.toString(), "hamlets")).isZero();
        assertThat(out()).isEmpty();
    }

    @Test
    void aMissingOrDamagedFileIsOneVietnameseLineWithoutStackTrace() throws IOException {
        Path data = folder.resolve("data");

        int missing = run("--data-dir", data.toString(), "import", "register", folder.resolve("khong-co.xlsx").toString());
        assertThat(missing).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(err().lines()).hasSize(1).first().asString().startsWith("Không tìm thấy tệp");

        Path damaged = java.nio.file.Files.writeString(folder.resolve("hong.xlsx"), "không phải Excel");
        int code = run("--data-dir", data.toString(), "import", "register", damaged.toString());
        assertThat(code).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(err().lines()).hasSize(1).first().asString().startsWith("Không đọc được tệp hong.xlsx");
        assertThat(err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
