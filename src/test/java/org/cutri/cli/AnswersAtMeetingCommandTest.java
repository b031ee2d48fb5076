package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.cutri.answer.FollowUpIssue;
import org.cutri.app.AppContext;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code answers --round ID} names who answered an opinion at the meeting itself (trả lời tại hội nghị): the deputy or
 * official the minutes recorded, or "Trả lời tại hội nghị" when the minutes name nobody; before, the agency column was
 * empty for such an opinion.
 */
class AnswersAtMeetingCommandTest {

    @TempDir
    Path folder;

    @Test
    void anAnswerGivenAtTheMeetingNamesWhoGaveIt() {
        Path data = folder.resolve("data");
        int december;
        FollowUpIssue named;
        FollowUpIssue unnamed;
        try (AppContext context = TestContexts.open(data)) {
            context.demo().load(false, true);
            december = context.rounds().list().stream().filter(r -> r.startDate().getMonthValue() == 12).findFirst()
                    .orElseThrow().id();
            List<FollowUpIssue> untouched = context.followUps().issues(december).stream()
                    .filter(i -> i.groupId() == null && !i.followUp().forwarded() && i.followUp().answerAgency() == null
                            && i.followUp().redirectedTo() == null)
                    .toList();
            named = untouched.get(0);
            unnamed = untouched.get(1);
            // As the minutes store an opinion the meeting answered on the spot (with and without the one who answered).
            context.database().jdbi().useHandle(h -> {
                h.createUpdate("UPDATE opinion SET answered_at_meeting = TRUE, answered_by = :by,"
                        + " answer_text = 'Xã sẽ kiểm tra trong tuần.' WHERE id = :id")
                        .bind("by", "Ông Trần Văn Bình, Chủ tịch UBND xã").bind("id", named.leadId()).execute();
                h.createUpdate("UPDATE opinion SET answered_at_meeting = TRUE, answered_by = NULL,"
                        + " answer_text = 'Đã giải thích tại hội nghị.' WHERE id = :id").bind("id", unnamed.leadId())
                        .execute();
            });
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = org.cutri.testing.CommandLines.run(new String[] {"--data-dir", data.toString(), "answers", "--round",
            String.valueOf(december)}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(field(lines, named.code(), 2)).isEqualTo("Ông Trần Văn Bình, Chủ tịch UBND xã");
        assertThat(field(lines, unnamed.code(), 2)).isEqualTo("Trả lời tại hội nghị");
        assertThat(lines).filteredOn(l -> l.startsWith(named.code() + "\t")).singleElement()
                .satisfies(l -> assertThat(l.split("\t", -1)).hasSize(6));
    }

    private static String field(List<String> lines, String code, int index) {
        return lines.stream().filter(l -> l.startsWith(code + "\t")).findFirst().orElseThrow().split("\t", -1)[index];
    }
}
