package org.cutri.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cutri.answer.Answer;
import org.cutri.answer.AnswerResult;
import org.cutri.answer.AnswerSource;
import org.cutri.answer.FollowUp;
import org.cutri.answer.FollowUpIssue;
import org.cutri.answer.Forwarding;
import org.cutri.app.AppContext;
import org.cutri.opinion.OpinionStatus;
import org.cutri.provinceanswer.ProvinceAnswerIssue;
import org.cutri.provinceanswer.ProvinceAnswerService;
import org.cutri.returns.ReturnLoop.Run;
import org.cutri.round.ContactRound;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two offices and two rounds on real H2 files, every step through the program's own commands and services (no SQL):
 * the commune hands its July round to the province; the province imports an agency's answer list (a group's member
 * code answers the whole group), types one answer and forwards one issue without an answer yet; it writes the
 * commune's return package, which the commune takes (twice: the second time changes nothing). The July read-back
 * document then lists the province's answers, and December's carries the unanswered issue over with "đã nêu N lần".
 */
class TwoRoundLoopTest {

    private static final String COMMUNE = ReturnLoop.COMMUNE;

    @TempDir
    Path root;

    @Test
    void theSecondRoundReadsBackTheFirstRoundsAnswersFromTheProvinceAndCarriesTheRestOver() throws Exception {
        Path commune = Files.createDirectories(root.resolve("xa"));
        Path province = Files.createDirectories(root.resolve("tinh"));
        Path files = Files.createDirectories(root.resolve("tep"));

        // The commune: the demo, July's issues that the demo had answered or redirected after forwarding reopened.
        int july;
        int december;
        FollowUpIssue group;
        List<FollowUpIssue> singles;
        try (AppContext c = TestContexts.open(commune)) {
            c.demo().load(false, true);
            List<ContactRound> rounds = c.rounds().list();
            july = rounds.stream().filter(r -> r.startDate().getMonthValue() == 7).findFirst().orElseThrow().id();
            december = rounds.stream().filter(r -> r.startDate().getMonthValue() == 12).findFirst().orElseThrow().id();
            for (FollowUpIssue issue : c.followUps().issues(july)) {
                OpinionStatus status = issue.followUp().status();
                if (issue.followUp().forwarded()
                        && (status == OpinionStatus.ANSWERED || status == OpinionStatus.NOT_COMPETENT)) {
                    c.followUps().reopen(issue);
                }
            }
            List<FollowUpIssue> open = c.followUps().issues(july).stream().filter(i -> !i.followUp().answered()
                    && i.followUp().status() != OpinionStatus.NOT_COMPETENT).toList();
            group = open.stream().filter(i -> i.groupId() != null && i.opinionIds().size() > 1).findFirst()
                    .orElseThrow();
            singles = open.stream().filter(i -> i.groupId() == null).limit(3).toList();
            assertThat(singles).hasSize(3);
        }
        FollowUpIssue listed = singles.get(0);
        FollowUpIssue typed = singles.get(1);
        FollowUpIssue pending = singles.get(2);

        // Round 1 goes up: the commune's package, taken at the province.
        Path handOver = files.resolve("xa-gui-tinh.zip");
        Run exported = ReturnLoop.cli(commune, "package", "export", "--round", String.valueOf(july), "--out",
                handOver.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        Run received = ReturnLoop.cli(province, "package", "import", handOver.toString(), "--trust");
        assertThat(received.exit()).as(received.out() + received.err()).isZero();

        // The province: an agency's list imported from the command line, one answer typed, one issue forwarded.
        Path list = files.resolve("tra-loi-so.csv");
        Files.writeString(list, "\uFEFFMã;Xã;Cơ quan trả lời;Số văn bản;Ngày;Nội dung trả lời\r\n"
                + group.codes().get(1) + ";Tân Phúc;Sở Xây dựng;215/SXD-HT;20/08/2026;"
                + "Đã bố trí vốn sửa tuyến đường trong quý IV năm 2026.\r\n"
                + listed.code() + ";;Sở Nông nghiệp và Môi trường;31/SNNMT;25/08/2026;"
                + "Đã kiểm tra hiện trường, yêu cầu khắc phục.\r\n", StandardCharsets.UTF_8);
        Run imported = ReturnLoop.cli(province, "answers", "import", list.toString(), "--province");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Đã lưu 2 trả lời; 0 dòng đã có (bỏ qua).");
        try (AppContext p = TestContexts.open(province)) {
            ProvinceAnswerService answers = p.provinceAnswers();
            answers.answer(issue(answers, typed.code()), new Answer("UBND tỉnh", "9/UBND-KT", LocalDate.of(2026, 9, 2),
                    "Đã giao Sở Công Thương kiểm tra, trả lời cử tri trong tháng 10.", AnswerResult.EXPLANATION));
            answers.forward(issue(answers, pending.code()), new Forwarding("Sở Y tế", "40/MTTQ-BTT",
                    LocalDate.of(2026, 8, 5)));
            ProvinceAnswerIssue groupAtProvince = issue(answers, group.codes().get(1));
            assertThat(groupAtProvince.opinions()).extracting(ProvinceAnswerIssue.Opinion::code)
                    .containsExactlyInAnyOrderElementsOf(group.codes());
            assertThat(groupAtProvince.answer().answered()).isTrue();
        }

        // The return package goes down and is taken; taken again, nothing changes.
        Path back = files.resolve("tinh-tra-loi.zip");
        Run written = ReturnLoop.cli(province, "package", "answers", "--commune", COMMUNE, "--out", back.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        Run taken = ReturnLoop.cli(commune, "package", "import", back.toString(), "--trust");
        assertThat(taken.exit()).as(taken.out() + taken.err()).isZero();
        assertThat(taken.out()).contains("\tAPPLIED\t");
        String after;
        try (AppContext c = TestContexts.open(commune)) {
            after = ReturnLoop.stored(c);
        }
        Run again = ReturnLoop.cli(commune, "package", "import", back.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("\tUNCHANGED\t");
        try (AppContext c = TestContexts.open(commune)) {
            assertThat(ReturnLoop.stored(c)).as("the same return package twice changes nothing").isEqualTo(after);
            for (int id : group.opinionIds()) {
                assertThat(c.followUps().issueOf(id).orElseThrow().followUp())
                        .extracting(FollowUp::status, FollowUp::answerLetterNo, FollowUp::source)
                        .containsExactly(OpinionStatus.ANSWERED, "215/SXD-HT", AnswerSource.PROVINCE);
            }
            assertThat(c.followUps().issueOf(listed.leadId()).orElseThrow().followUp().answerAgency())
                    .isEqualTo("Sở Nông nghiệp và Môi trường");
            assertThat(c.followUps().issueOf(typed.leadId()).orElseThrow().followUp().answerLetterNo())
                    .isEqualTo("9/UBND-KT");
            assertThat(c.followUps().issueOf(pending.leadId()).orElseThrow().followUp())
                    .extracting(FollowUp::status, FollowUp::forwardAgency)
                    .containsExactly(OpinionStatus.FORWARDED, "Sở Y tế");
            // December: the unanswered July issue is carried over, the answered ones are not.
            List<FollowUpIssue> carried = c.followUps().carriedInto(december);
            assertThat(carried).extracting(FollowUpIssue::leadId).contains(pending.leadId())
                    .doesNotContain(group.leadId(), listed.leadId(), typed.leadId());
        }

        // The read-back documents, written by the command line and opened again.
        Path julyReport = files.resolve("tra-loi-thang-7.docx");
        Run julyRun = ReturnLoop.cli(commune, "answers", "report", "--round", String.valueOf(july), "--out",
                julyReport.toString());
        assertThat(julyRun.exit()).as(julyRun.err()).isZero();
        String julyText = text(julyReport);
        assertThat(julyText).contains("BÁO CÁO")
                .contains("Đã bố trí vốn sửa tuyến đường trong quý IV năm 2026").contains("215/SXD-HT")
                .contains("Đã kiểm tra hiện trường, yêu cầu khắc phục").contains("31/SNNMT")
                .contains("Đã giao Sở Công Thương kiểm tra").contains("9/UBND-KT");

        Path decemberReport = files.resolve("tra-loi-thang-12.docx");
        Run decemberRun = ReturnLoop.cli(commune, "answers", "report", "--round", String.valueOf(december), "--out",
                decemberReport.toString());
        assertThat(decemberRun.exit()).as(decemberRun.err()).isZero();
        String decemberText = text(decemberReport);
        String pendingLine = decemberText.lines().filter(l -> l.contains(firstWords(pending.content()))).findFirst()
                .orElseThrow(() -> new AssertionError("December does not carry over: " + pending.content()));
        assertThat(pendingLine).contains("đã nêu 1 lần từ");
        assertThat(decemberText).doesNotContain(firstWords(listed.content()));
    }

    private static ProvinceAnswerIssue issue(ProvinceAnswerService answers, String code) {
        return answers.issues().stream().filter(i -> i.opinions().stream()
                .anyMatch(o -> o.communeCode().equals(COMMUNE) && o.code().equals(code))).findFirst().orElseThrow();
    }

    private static String firstWords(String text) {
        String[] words = text.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(6, words.length)));
    }

    private static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFWordExtractor extractor =
                new XWPFWordExtractor(new XWPFDocument(in))) {
            return extractor.getText();
        }
    }
}
