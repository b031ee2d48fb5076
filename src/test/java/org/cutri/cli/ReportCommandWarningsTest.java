package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.app.AppContext;
import org.cutri.grouping.GroupSuggestion;
import org.cutri.opinion.OpinionListItem;
import org.cutri.round.ContactRound;
import org.cutri.testing.DemoData;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report} cannot ask, as the window does, about suggested groups not reviewed and opinions typed without
 * diacritics: it writes the file and says on stderr how many there are and what to do.
 */
class ReportCommandWarningsTest {

    @TempDir
    Path folder;

    @Test
    void theReportCommandWarnsOfUnreviewedGroupsAndOpinionsWithoutDiacriticsAndStillWritesTheFile()
            throws Exception {
        Path data = DemoData.create(folder.resolve("data"));
        int roundId;
        int suggested;
        String unmarkedCode;
        try (AppContext context = TestContexts.open(data)) {
            ContactRound july = context.rounds().list().stream().filter(r -> r.name().contains("sau kỳ họp thứ 2"))
                    .findFirst().orElseThrow();
            roundId = july.id();
            suggested = context.groups().suggest(roundId).size();
            unmarkedCode = context.opinions().listItems(roundId).stream()
                    .filter(o -> o.content().startsWith("De nghi nao vet")).map(OpinionListItem::code).findFirst()
                    .orElseThrow();
        }
        assertThat(suggested).as("the demo's July round has same-issue groups to review").isPositive();
        Path docx = folder.resolve("bao-cao.docx");

        Result warned = run("--data-dir", data.toString(), "report", "--round", String.valueOf(roundId), "--out",
                docx.toString());

        assertThat(warned.exit).as(warned.err).isZero();
        assertThat(wordText(docx)).contains("De nghi nao vet");
        assertThat(warned.err).contains("còn " + suggested + " nhóm ý kiến cùng nội dung do chương trình gợi ý chưa"
                + " được xem xét").contains("“Báo cáo tổng hợp”");
        assertThat(warned.err).contains("có 1 ý kiến gõ không dấu được in nguyên văn (" + unmarkedCode + ")");
        assertThat(warned.err).doesNotContain("Exception");

        try (AppContext context = TestContexts.open(data)) {
            for (GroupSuggestion suggestion : context.groups().suggest(roundId)) {
                context.groups().accept(suggestion);
            }
        }
        Result reviewed = run("--data-dir", data.toString(), "report", "--round", String.valueOf(roundId), "--out",
                docx.toString());

        assertThat(reviewed.exit).as(reviewed.err).isZero();
        assertThat(reviewed.err).as("every group reviewed: nothing said about groups").doesNotContain("nhóm ý kiến")
                .contains(unmarkedCode);
    }

    private static String wordText(Path docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
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
