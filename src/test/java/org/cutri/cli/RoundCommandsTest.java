package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.app.AppContext;
import org.cutri.meeting.Meeting;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rounds}, {@code meetings} and {@code schedule}, run in-process as a technician would. */
class RoundCommandsTest {

    @TempDir
    Path folder;

    private Path data;
    private ContactRound round;
    private List<Meeting> meetings;

    @BeforeEach
    void prepare() {
        data = folder.resolve("data");
        try (AppContext context = TestContexts.open(data)) {
            context.demo().load(false);
            round = context.rounds().create(new RoundDraft(null, RoundKind.THEMATIC,
                    "Tiếp xúc cử tri chuyên đề về xây dựng nông thôn mới", null, null, LocalDate.of(2027, 3, 2),
                    LocalDate.of(2027, 3, 6), LocalDate.of(2027, 3, 10), null, null, LocalDate.of(2027, 2, 20)));
            context.meetingPlans().createForEveryHamlet(round.id());
            meetings = context.meetings().list(round.id());
        }
    }

    @Test
    void roundsListsIdNameAndDays() {
        Result result = run("--data-dir", data.toString(), "rounds");

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out.lines().toList()).contains(round.id()
                + "\tTiếp xúc cử tri chuyên đề về xây dựng nông thôn mới\t02/03/2027–06/03/2027");
        assertThat(result.out.lines().findFirst()).as("newest first").hasValueSatisfying(
                line -> assertThat(line).startsWith(round.id() + "\t"));
    }

    @Test
    void meetingsListsEachMeetingWithItsHamletsDateAndTime() {
        Result result = run("--data-dir", data.toString(), "meetings", "--round", String.valueOf(round.id()));

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out.lines().toList()).hasSize(meetings.size()).allMatch(
                line -> line.matches("\\d+\t[^\t]+\t0[2-6]/03/2027 (08:00|14:00|19:30)"));
        Meeting first = meetings.get(0);
        assertThat(result.out.lines().findFirst()).contains(first.id() + "\t" + first.hamletNames() + "\t02/03/2027 08:00");
    }

    @Test
    void scheduleWritesADraftWithoutNumberUntilIssuedThenTheNumberedPlan() throws Exception {
        Path draft = folder.resolve("du thao.docx");
        Result first = run("--data-dir", data.toString(), "schedule", "--round", String.valueOf(round.id()),
                "--out", draft.toString());
        assertThat(first.exit).as(first.err).isZero();
        assertThat(first.out).contains(draft.toAbsolutePath().toString()).contains("bản dự thảo kế hoạch, chưa có số")
                .doesNotContain("01/KH");
        assertThat(wordText(draft)).contains("Số:         /KH-MTTQ-BTT", "Tân Phúc, ngày 20 tháng 02 năm 2027")
                .doesNotContain("01/KH-MTTQ-BTT");
        assertThat(run("--data-dir", data.toString(), "documents", "--year", "2027").out).as("nothing registered")
                .isEmpty();

        Path out = folder.resolve("lich tiep xuc.docx");
        Result result = run("--data-dir", data.toString(), "schedule", "--round", String.valueOf(round.id()),
                "--issue", "--out", out.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out).contains("Kế hoạch đã ban hành: số 01/KH-MTTQ-BTT, ngày 20/02/2027")
                .contains(out.toAbsolutePath().toString());
        // place names are held together by no-break spaces (decision 0028)
        assertThat(wordText(out)).contains("Số: 01/KH-MTTQ-BTT", "KẾ HOẠCH", "LỊCH TIẾP XÚC CỬ TRI",
                "Tân Phúc, ngày 20 tháng 02 năm 2027", "Xóm Bến");
        assertThat(run("--data-dir", data.toString(), "documents", "--year", "2027").out.lines().toList())
                .containsExactly("1\t01/KH-MTTQ-BTT\t20/02/2027\tKế hoạch\tKế hoạch " + round.name());
        Result again = run("--data-dir", data.toString(), "schedule", "--round", String.valueOf(round.id()),
                "--out", folder.resolve("lan-hai.pdf").toString());
        assertThat(again.exit).as(again.err).isZero();
        assertThat(again.out).as("a reprint keeps the number").contains("01/KH-MTTQ-BTT");
        assertThat(folder.resolve("lan-hai.pdf")).isNotEmptyFile();
        Result twice = run("--data-dir", data.toString(), "schedule", "--round", String.valueOf(round.id()),
                "--issue", "--date", "25/02/2027");
        assertThat(twice.out).as("issuing twice keeps the number and date")
                .contains("Kế hoạch đã ban hành: số 01/KH-MTTQ-BTT, ngày 20/02/2027");

        // the number cancelled in the register: the plan is a draft again; the next issue takes a new number
        Result cancel = run("--data-dir", data.toString(), "documents", "cancel", "1", "--year", "2027", "--reason",
                "Sai lịch hai thôn");
        assertThat(cancel.exit).as(cancel.err).isZero();
        Path redraft = folder.resolve("du-thao-lai.docx");
        assertThat(run("--data-dir", data.toString(), "schedule", "--round", String.valueOf(round.id()), "--out",
                redraft.toString()).out).contains("bản dự thảo kế hoạch, chưa có số");
        assertThat(wordText(redraft)).contains("Số:         /KH-MTTQ-BTT").doesNotContain("01/KH-MTTQ-BTT");
        Result reissued = run("--data-dir", data.toString(), "schedule", "--round", String.valueOf(round.id()),
                "--issue", "--date", "23/02/2027");
        assertThat(reissued.exit).as(reissued.err).isZero();
        assertThat(reissued.out).contains("Kế hoạch đã ban hành: số 02/KH-MTTQ-BTT, ngày 23/02/2027");
    }

    @Test
    void aWrongIssueDateOrADateWithoutIssueIsRefusedAndNothingIsRegistered() {
        Result wrong = run("--data-dir", data.toString(), "schedule", "--round", String.valueOf(round.id()),
                "--issue", "--date", "31/02/2027", "--out", folder.resolve("x.docx").toString());
        assertThat(wrong.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(wrong.err).contains("31/02/2027").doesNotContain("Exception");
        Result alone = run("--data-dir", data.toString(), "schedule", "--round", String.valueOf(round.id()),
                "--date", "20/02/2027", "--out", folder.resolve("x.docx").toString());
        assertThat(alone.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(alone.err).contains("chỉ dùng cùng --issue");
        Result nothing = run("--data-dir", data.toString(), "schedule", "--round", String.valueOf(round.id()));
        assertThat(nothing.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(folder.resolve("x.docx")).doesNotExist();
        assertThat(run("--data-dir", data.toString(), "documents", "--year", "2027").out).isEmpty();
    }

    private static String wordText(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFWordExtractor text = new XWPFWordExtractor(
                new XWPFDocument(in))) {
            return text.getText().replace('\u00A0', ' ');
        }
    }

    @Test
    void anUnknownRoundIsExplainedInVietnameseWithoutAStackTrace() {
        Result result = run("--data-dir", data.toString(), "schedule", "--round", "999", "--out",
                folder.resolve("x.docx").toString());

        assertThat(result.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(result.err).contains("Không có đợt tiếp xúc số 999").doesNotContain("Exception");
        assertThat(folder.resolve("x.docx")).doesNotExist();

        Result meetingsOfNone = run("--data-dir", data.toString(), "meetings", "--round", "999");
        assertThat(meetingsOfNone.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(meetingsOfNone.err).contains("Không có đợt tiếp xúc số 999");
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = org.cutri.testing.CommandLines.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
