package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.db.Database;
import org.cutri.hamlet.Hamlet;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingDraft;
import org.cutri.meeting.MeetingForm;
import org.cutri.meeting.MeetingStatus;
import org.cutri.opinion.OpinionDraft;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code similar --round ID}: one CSV line per opinion, same number for the same issue. */
class SimilarCommandTest {

    @TempDir
    Path folder;

    @Test
    void printsCodeAndGroupNumberForEveryOpinionOfTheRound() {
        List<String> codes = new ArrayList<>();
        int roundId;
        try (AppContext context = TestContexts.open(folder)) {
            context.demo().load(false);
            ContactRound round = context.rounds().create(new RoundDraft(null, RoundKind.BEFORE_SESSION,
                    "Tiếp xúc cử tri trước kỳ họp thứ tư", LocalDate.of(2027, 5, 20), null, LocalDate.of(2027, 6, 1),
                    LocalDate.of(2027, 6, 5), LocalDate.of(2027, 6, 8), LocalDate.of(2027, 6, 9),
                    LocalDate.of(2027, 6, 17), null));
            roundId = round.id();
            List<Hamlet> hamlets = context.hamlets().list();
            int deputy = context.deputies().list().get(0).id();
            String[][] texts = {
                    {"Đèn đường hỏng nhiều tháng chưa được thay", "Đường liên xã xuống cấp, nhiều ổ gà"},
                    {"Nước sạch có mùi lạ", "Đề nghị sửa chữa đường liên xã đã xuống cấp"},
                    {"de nghi thay bong den duong bi hong", "Trạm y tế thiếu thuốc"}};
            for (int i = 0; i < texts.length; i++) {
                Meeting meeting = context.meetings().create(new MeetingDraft(round.id(), LocalDate.of(2027, 6, i + 1),
                        LocalTime.of(8, 0), LocalTime.of(10, 0), "Nhà văn hóa", MeetingForm.IN_PERSON, null, null,
                        MeetingStatus.PLANNED, List.of(hamlets.get(i).id()), List.of(deputy)));
                for (String text : texts[i]) {
                    codes.add(context.opinions().add(meeting.id(), OpinionDraft.of(text)).code());
                }
            }
        }

        Result result = run("--data-dir", folder.toString(), "similar", "--round", String.valueOf(roundId));

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out.lines()).containsExactly(
                codes.get(0) + ",1",
                codes.get(1) + ",2",
                codes.get(2) + ",",
                codes.get(3) + ",2",
                codes.get(4) + ",1",
                codes.get(5) + ",");
    }

    @Test
    void codesASpreadsheetWouldRunAsFormulasAreWrittenWithAnApostrophe() {
        // Regression: a code such as =cmd|' /C calc'!A0 (typed before codes were checked, or from an old
        // version) was written as is and ran as a formula when the CSV was opened in a spreadsheet.
        int roundId;
        try (AppContext context = TestContexts.open(folder)) {
            context.demo().load(false);
            ContactRound round = context.rounds().create(new RoundDraft(null, RoundKind.BEFORE_SESSION,
                    "Tiếp xúc cử tri trước kỳ họp thứ năm", LocalDate.of(2027, 5, 20), null, LocalDate.of(2027, 6, 1),
                    LocalDate.of(2027, 6, 5), LocalDate.of(2027, 6, 8), LocalDate.of(2027, 6, 9),
                    LocalDate.of(2027, 6, 17), null));
            roundId = round.id();
            Meeting meeting = context.meetings().create(new MeetingDraft(round.id(), LocalDate.of(2027, 6, 1),
                    LocalTime.of(8, 0), LocalTime.of(10, 0), "Nhà văn hóa", MeetingForm.IN_PERSON, null, null,
                    MeetingStatus.PLANNED, List.of(context.hamlets().list().get(0).id()), List.of()));
            context.opinions().add(meeting.id(), OpinionDraft.of("Đèn đường hỏng"));
            context.opinions().add(meeting.id(), OpinionDraft.of("Trạm y tế thiếu thuốc"));
            context.opinions().add(meeting.id(), OpinionDraft.of("Nước sạch có mùi lạ"));
        }
        try (AppContext reopened = TestContexts.open(folder)) {
            reopened.database().jdbi().useHandle(handle -> {
                List<Integer> ids = handle.createQuery("SELECT id FROM opinion ORDER BY id DESC LIMIT 3")
                        .mapTo(Integer.class).list();
                String[] codes = {"=cmd|' /C calc'!A0", "+1-2", "@SUM(A1)"};
                for (int i = 0; i < 3; i++) {
                    handle.execute("UPDATE opinion SET code = ? WHERE id = ?", codes[i], ids.get(i));
                }
            });
        }

        Result result = run("--data-dir", folder.toString(), "similar", "--round", String.valueOf(roundId));

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out.lines()).containsExactlyInAnyOrder("'@SUM(A1),", "'+1-2,", "'=cmd|' /C calc'!A0,");
    }

    @Test
    void anUnknownRoundIsRefusedInVietnamese() {
        Result result = run("--data-dir", folder.toString(), "similar", "--round", "42");

        assertThat(result.exit).isEqualTo(CutriCommand.EXIT_USER_ERROR);
        assertThat(result.err).contains("Không có đợt tiếp xúc số 42").doesNotContain("Exception");
        assertThat(result.out).isEmpty();
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = org.cutri.testing.CommandLines.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int exit, String out, String err) {
    }
}
