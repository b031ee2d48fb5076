package org.cutri.opinionimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutri.opinionimport.OpinionImportFixtures.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.cutri.app.AppContext;
import org.cutri.cli.CutriCommand;
import org.cutri.opinion.Opinion;
import org.cutri.round.ContactRound;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cutri import opinions FILE --round ID [--with-names]}, run in-process as a script would. */
class OpinionImportCommandTest {

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

    private ContactRound prepare(Path data) throws IOException {
        try (AppContext context = TestContexts.open(data)) {
            return OpinionImportFixtures.roundWithMeetings(context, folder);
        }
    }

    private int opinionCount(Path data, ContactRound round) {
        try (AppContext context = TestContexts.open(data)) {
            return context.opinions().listItems(round.id()).size();
        }
    }

    @Test
    void theExampleIsImportedAndTheCountPrinted() throws IOException {
        Path data = folder.resolve("data");
        ContactRound round = prepare(data);

        int code = run("--data-dir", data.toString(), "import", "opinions",
                OpinionImportFixtures.example(folder).toString(), "--round", String.valueOf(round.id()));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã nhập 5 ý kiến.");
        assertThat(opinionCount(data, round)).isEqualTo(5);
    }

    @Test
    void badRowsArePrintedAsRowTabReasonAndNothingIsImported() throws IOException {
        Path data = folder.resolve("data");
        ContactRound round = prepare(data);
        Path file = OpinionImportFixtures.workbook(folder, "sai.xlsx", "Ý kiến", row("Thôn", "Nội dung", "Thẩm quyền"),
                row("Thôn Đồng Tâm", "Đề nghị làm đường", "Xã"),
                row("Thôn Ma", "Đề nghị lắp đèn", null),
                row("Thôn Tân Lập", null, "Huyện"));

        int code = run("--data-dir", data.toString(), "import", "opinions", file.toString(), "--round",
                String.valueOf(round.id()));

        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(errors).contains("Chưa nhập gì: tệp có 3 chỗ cần sửa.")
                .contains("3\tKhông có thôn, xóm “Thôn Ma” trong sổ đăng ký.")
                .contains("4\tThiếu nội dung ý kiến.")
                .contains("4\tThẩm quyền “Huyện” không rõ.")
                .doesNotContain("Exception");
        assertThat(opinionCount(data, round)).isZero();
    }

    @Test
    void aCsvRowWithAnUnbalancedQuoteIsRefusedWithItsRowNumberAndNothingIsImported() throws IOException {
        // Regression (issue 8, point 5): the row was merged into the previous opinion and imported.
        Path data = folder.resolve("data");
        ContactRound round = prepare(data);
        Path file = java.nio.file.Files.writeString(folder.resolve("hong.csv"), "Thôn,Nội dung\n"
                + "Thôn Đồng Tâm,Đề nghị sửa cầu\n"
                + "Thôn Hợp Nhất,Đề nghị lắp đèn\n"
                + "Thôn Tân Lập,\"Đường 5 hỏng\n"
                + "Xóm Bãi Sậy,Đề nghị nạo vét kênh\n", StandardCharsets.UTF_8);

        int code = run("--data-dir", data.toString(), "import", "opinions", file.toString(), "--round",
                String.valueOf(round.id()));

        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(errors.lines().toList()).containsExactly(
                "Chưa nhập gì: tệp có 1 chỗ cần sửa. Hãy sửa các dòng dưới đây, lưu lại rồi nhập lại.",
                "4\t" + TestContexts.VI.get("opinionimport.file.csvMalformed", "hong.csv", 4));
        assertThat(opinionCount(data, round)).isZero();
    }

    @Test
    void namesAreKeptOnlyWithTheWithNamesOption() throws IOException {
        Path data = folder.resolve("data");
        ContactRound round = prepare(data);
        Path file = OpinionImportFixtures.workbook(folder, "ten.xlsx", "Ý kiến", row("Thôn", "Nội dung", "Người nêu"),
                row("Thôn Đồng Tâm", "Đề nghị làm đường", "Bà Khổng Thị Lựu"));

        assertThat(run("--data-dir", data.toString(), "import", "opinions", file.toString(), "--round",
                String.valueOf(round.id()), "--with-names")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã ghi tên người nêu ở 1 ý kiến");
        try (AppContext context = TestContexts.open(data)) {
            int meeting = context.opinions().listItems(round.id()).get(0).meetingId();
            assertThat(context.opinions().listByMeeting(meeting)).extracting(Opinion::speakerName)
                    .containsExactly("Bà Khổng Thị Lựu");
        }
    }

    @Test
    void anUnknownRoundIsOneVietnameseLine() throws IOException {
        Path data = folder.resolve("data");
        prepare(data);

        int code = run("--data-dir", data.toString(), "import", "opinions",
                OpinionImportFixtures.example(folder).toString(), "--round", "999");

        assertThat(code).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(1).first().asString()
                .startsWith("Không có đợt tiếp xúc số 999");
    }
}
