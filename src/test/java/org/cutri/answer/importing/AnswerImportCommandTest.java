package org.cutri.answer.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutri.answer.importing.AnswerLists.HEADER;
import static org.cutri.answer.importing.AnswerLists.HEADER_WITH_CONTENT;
import static org.cutri.answer.importing.AnswerLists.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.cutri.answer.FollowUpIssue;
import org.cutri.app.AppContext;
import org.cutri.cli.CutriCommand;
import org.cutri.testing.DemoData;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cutri answers import FILE --round ID [--dry-run] [--accept-text-matches]}, run in-process as a script would. */
class AnswerImportCommandTest {

    @TempDir
    static Path shared;
    private static Path demo;
    private static int july;

    @TempDir
    Path folder;

    private Path data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void demo() {
        demo = shared.resolve("demo");
        try (AppContext context = TestContexts.open(demo)) {
            context.demo().load(false, true);
            AnswerFixtures.reopenJuly(context);
            july = context.rounds().list().stream().filter(r -> r.startDate().getMonthValue() == 7).findFirst()
                    .orElseThrow().id();
        }
    }

    @BeforeEach
    void copy() {
        data = DemoData.copy(demo, folder.resolve("data"));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        List<String> all = new java.util.ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return org.cutri.testing.CommandLines.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private FollowUpIssue issue(String code) {
        try (AppContext context = TestContexts.open(data)) {
            return context.followUps().followUpList(july).stream().filter(i -> i.codes().contains(code)).findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void textMatchesAreShownAndNeedTheFlagThenADryRunThenTheImportThenNothingTheSecondTime() throws IOException {
        Path file = AnswerLists.workbook(folder, "tra-loi.xlsx", HEADER_WITH_CONTENT,
                row("YK1-021", "Sở Xây dựng", "120/SXD-QH", "15/11/2026", "Đã có trong quy hoạch.", null),
                row("YK1-035", "UBND huyện", "88/UBND", "15/11/2026", "Đã chi trả xong.", null),
                row("", "Văn phòng đăng ký đất đai", "45/VPĐK", "20/11/2026", "Sẽ cấp trong quý I năm 2027.",
                        "Cử tri khu tái định cư Đồng Mới hỏi bao giờ được cấp giấy chứng nhận quyền sử dụng đất"));
        String round = String.valueOf(july);

        assertThat(run("answers", "import", file.toString(), "--round", round)).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(err()).containsPattern("4\tkhớp theo nội dung với YK1-047 \\(giống \\d+%\\)")
                .contains("--accept-text-matches");
        assertThat(issue("YK1-021").followUp().answered()).as("nothing stored").isFalse();

        assertThat(run("answers", "import", file.toString(), "--round", round, "--dry-run", "--accept-text-matches"))
                .as(err()).isZero();
        assertThat(out()).contains("Chạy thử, chưa lưu gì: sẽ lưu 3 trả lời; 0 dòng đã có (bỏ qua).");
        assertThat(issue("YK1-021").followUp().answered()).isFalse();

        assertThat(run("answers", "import", file.toString(), "--round", round, "--accept-text-matches")).as(err())
                .isZero();
        assertThat(out()).contains("4\tkhớp theo nội dung với YK1-047").contains("Đã lưu 3 trả lời; 0 dòng đã có (bỏ qua).");
        assertThat(issue("YK1-014").followUp().answerLetterNo()).isEqualTo("88/UBND");
        assertThat(issue("YK1-047").followUp().answerAgency()).isEqualTo("Văn phòng đăng ký đất đai");

        assertThat(run("answers", "import", file.toString(), "--round", round, "--accept-text-matches")).isZero();
        assertThat(out()).contains("Đã lưu 0 trả lời; 3 dòng đã có (bỏ qua).");
        assertThat(run("answers", "--round", round)).isZero();
        assertThat(out()).contains("YK1-021\tANSWERED\tSở Xây dựng\t");
    }

    @Test
    void problemsArePrintedAsRowTabReasonAndNothingIsStored() throws IOException {
        Path file = AnswerLists.csv(folder, "sai.csv", HEADER,
                row("YK1-021", "Sở Xây dựng", "120/SXD", "15/11/2026", "Đã có trong quy hoạch."),
                row("YK9-999", "Sở Y tế", "1/SYT", "15/11/2026", "Đã xử lý."),
                row("YK1-026", "UBND xã", "2/UBND", "", "Đã lắp đèn."));

        int code = run("answers", "import", file.toString(), "--round", String.valueOf(july));

        assertThat(code).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(err()).contains("3\tMã YK9-999 không có trong đợt này")
                .contains("4\tChưa có ngày trả lời.").doesNotContain("Exception");
        assertThat(out()).isEmpty();
        assertThat(issue("YK1-021").followUp().answered()).isFalse();

        assertThat(run("answers", "import", folder.resolve("khong-co.xlsx").toString(), "--round",
                String.valueOf(july))).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(err()).startsWith("-\tKhông tìm thấy tệp");
    }

    @Test
    void theListWithoutARoundIsStillRefusedAsBeforeTheSubcommandCame() {
        assertThat(run("answers")).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(err()).startsWith("Lệnh không đúng: thiếu --round=ID.");
        assertThat(run("answers", "import", "x.csv")).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(err()).startsWith("Lệnh không đúng: thiếu một trong các tùy chọn --round=ID, --province.");
    }
}
