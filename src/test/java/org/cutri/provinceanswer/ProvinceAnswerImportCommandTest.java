package org.cutri.provinceanswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutri.answer.importing.AnswerLists.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.cutri.answer.importing.AnswerLists;
import org.cutri.app.AppContext;
import org.cutri.cli.CutriCommand;
import org.cutri.opinion.OpinionStatus;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code answers import FILE --province [--dry-run]} on a real province data folder holding two communes' packages,
 * run in-process as a script would: a code both communes use without the "Xã" column is refused as
 * {@code row<TAB>reason} with nothing stored; with the commune named, a dry run stores nothing, the import stores the
 * answer, and a second import changes nothing. At a commune office the option is refused in one line.
 */
class ProvinceAnswerImportCommandTest {

    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = org.cutri.testing.CommandLines.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aProvinceImportsAnAgencysListAllOrNothingAndOnlyOnce() throws IOException {
        Path province = ProvinceAnswerFixture.province(folder);
        ProvinceAnswerIssue issue;
        try (AppContext context = TestContexts.open(province)) {
            issue = context.provinceAnswers().issues().stream()
                    .filter(i -> i.kind() == ProvinceAnswerIssue.Kind.OPINION
                            && i.opinions().get(0).communeCode().equals("tan-phuc")
                            && i.raisedOn().isBefore(LocalDate.now().minusDays(10)))
                    .findFirst().orElseThrow();
        }
        LocalDate day = issue.raisedOn().plusDays(10);
        String date = String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
        String dataDir = province.toString();

        Path withoutCommune = AnswerLists.csv(folder, "khong-xa.csv", AnswerLists.HEADER,
                row(issue.code(), "Sở Công Thương", "8/SCT", date, "Đã yêu cầu Công ty Điện lực sửa chữa."));
        Run refused = run("--data-dir", dataDir, "answers", "import", withoutCommune.toString(), "--province");
        assertThat(refused.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(refused.err().lines()).contains("2\tMã " + issue.code() + " có ở nhiều xã (Hòa Lạc, Tân Phúc):"
                + " không biết dòng này trả lời ý kiến của xã nào. Hãy thêm cột “Xã” ghi mã hoặc tên xã.");
        assertThat(refused.out()).isEmpty();

        Path list = AnswerLists.csv(folder, "tra-loi.csv",
                new String[] {"Mã", "Xã", "Cơ quan trả lời", "Số văn bản", "Ngày", "Nội dung trả lời"},
                row(issue.code(), "Tân Phúc", "Sở Công Thương", "8/SCT", date, "Đã yêu cầu Công ty Điện lực sửa chữa."));
        Run dry = run("--data-dir", dataDir, "answers", "import", list.toString(), "--province", "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out().lines()).containsExactly("Chạy thử, chưa lưu gì: sẽ lưu 1 trả lời; 0 dòng đã có (bỏ qua).");
        try (AppContext context = TestContexts.open(province)) {
            assertThat(context.provinceAnswers().answersOf("tan-phuc")).as("nothing stored before").isEmpty();
        }

        Run stored = run("--data-dir", dataDir, "answers", "import", list.toString(), "--province");
        assertThat(stored.exit()).as(stored.err()).isZero();
        assertThat(stored.out().lines()).containsExactly("Đã lưu 1 trả lời; 0 dòng đã có (bỏ qua).");
        Run again = run("--data-dir", dataDir, "answers", "import", list.toString(), "--province");
        assertThat(again.out().lines()).containsExactly("Đã lưu 0 trả lời; 1 dòng đã có (bỏ qua).");
        try (AppContext context = TestContexts.open(province)) {
            assertThat(context.provinceAnswers().answerOf("tan-phuc", issue.code()).orElseThrow())
                    .extracting(ProvinceAnswer::status, ProvinceAnswer::answerAgency, ProvinceAnswer::answerDate,
                            ProvinceAnswer::version)
                    .containsExactly(OpinionStatus.ANSWERED, "Sở Công Thương", day, 1);
            assertThat(context.provinceAnswers().answersOf("hoa-lac")).isEmpty();
        }

        Run both = run("--data-dir", dataDir, "answers", "import", list.toString(), "--province", "--round", "1");
        assertThat(both.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
    }

    @Test
    void aCommuneOfficeIsToldTheOptionIsForAProvince() throws IOException {
        Path commune = ProvinceAnswerFixture.commune("hoa-lac");
        Path list = AnswerLists.csv(folder, "tra-loi.csv", AnswerLists.HEADER,
                row("YK1-001", "Sở Công Thương", "8/SCT", "01/09/2026", "Đã sửa."));

        Run refused = run("--data-dir", commune.toString(), "answers", "import", list.toString(), "--province");

        assertThat(refused.exit()).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines()).containsExactly("Tùy chọn --province chỉ dùng ở văn phòng Ban Thường trực"
                + " tỉnh (thư mục dữ liệu đã nhận gói của các xã); đây là dữ liệu của một xã: hãy dùng --round ID.");
    }
}
