package org.cutri.provinceanswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cutri.answer.importing.AnswerLists.row;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.cutri.answer.importing.AnswerImportPreview;
import org.cutri.answer.importing.AnswerImportResult;
import org.cutri.answer.importing.AnswerImportRow;
import org.cutri.answer.importing.AnswerLists;
import org.cutri.answer.importing.ConfirmedMatches;
import org.cutri.app.AppContext;
import org.cutri.common.task.TaskMonitor;
import org.cutri.opinion.OpinionStatus;
import org.cutri.opinionimport.OpinionImportProblem;
import org.cutri.province.ProvinceGroupMember;
import org.cutri.province.ReceivedGroup;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agency's answer list imported at the province, on a real H2 file holding two communes' real packages (the same
 * demo data sent as Tân Phúc and as Hòa Lạc, so every code is used by both): a code several communes use needs the
 * "Xã" column, a wrong commune or a code not in it is a row problem and nothing is stored, an answer on a province
 * group is written on every member across communes, a match by content waits for confirmation, and importing the
 * same list twice changes nothing.
 */
class ProvinceAnswerImportServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final String[] HEADER = {"Xã", "Mã", "Cơ quan trả lời", "Số văn bản", "Ngày", "Nội dung trả lời",
        "Nội dung ý kiến"};

    @TempDir
    Path folder;

    private AppContext openProvince() {
        return TestContexts.open(ProvinceAnswerFixture.province(folder));
    }

    private static Clock clock() {
        return Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }

    private static ProvinceAnswerService answers(AppContext province) {
        return new ProvinceAnswerService(province.database().jdbi(), province.province(), province.provinceGroups(),
                province.answerRules(), clock());
    }

    private static ProvinceAnswerImportService imports(AppContext province) {
        return new ProvinceAnswerImportService(answers(province), clock());
    }

    /** Tân Phúc's opinions standing alone, each also used (same code) by Hòa Lạc. */
    private static List<ProvinceAnswerIssue> aloneInTanPhuc(ProvinceAnswerService answers) {
        List<ProvinceAnswerIssue> issues = answers.issues();
        return issues.stream().filter(i -> i.kind() == ProvinceAnswerIssue.Kind.OPINION
                && i.opinions().get(0).communeCode().equals("tan-phuc")
                && issues.stream().anyMatch(other -> other.opinions().stream().anyMatch(o ->
                        o.communeCode().equals("hoa-lac") && o.code().equals(i.code()))))
                .toList();
    }

    private static String day(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static List<String> keys(List<OpinionImportProblem> problems) {
        return problems.stream().map(p -> p.row() + " " + p.key()).toList();
    }

    @Test
    void aCodeOfSeveralCommunesNeedsTheCommuneAndABadRowStoresNothing() throws IOException {
        try (AppContext province = openProvince()) {
            ProvinceAnswerService answers = answers(province);
            ProvinceAnswerImportService imports = imports(province);
            List<ProvinceAnswerIssue> alone = aloneInTanPhuc(answers);
            assertThat(alone).hasSizeGreaterThanOrEqualTo(2);
            ProvinceAnswerIssue first = alone.get(0);
            ProvinceAnswerIssue second = alone.get(1);
            String firstDay = day(first.raisedOn().plusDays(10));
            String secondDay = day(second.raisedOn().plusDays(12));

            Path bad = AnswerLists.csv(folder, "sai.csv", HEADER,
                    row("Tân Phúc", first.code(), "Sở Xây dựng", "12/SXD", firstDay, "Đã đưa vào kế hoạch.", ""),
                    row("", second.code(), "Sở Y tế", "3/SYT", secondDay, "Đã bố trí bác sĩ.", ""),
                    row("hoa-lac", "YK9-999", "Sở Y tế", "4/SYT", secondDay, "Đã xử lý.", ""),
                    row("Xã Bình An", second.code(), "Sở Y tế", "5/SYT", secondDay, "Đã xử lý.", ""),
                    row("tan-phuc", second.code(), "S".repeat(301), "6/SYT", secondDay, "Đã xử lý.", ""));
            AnswerImportPreview preview = imports.preview(bad, TaskMonitor.NONE);
            assertThat(keys(preview.problems())).containsExactly(
                    "3 provinceanswer.import.codeAmbiguous",
                    "4 provinceanswer.import.codeNotInCommune",
                    "5 provinceanswer.import.communeUnknown",
                    "6 answerimport.tooLong");
            assertThat(preview.problems().get(0).reason(TestContexts.VI)).isEqualTo("Mã " + second.code()
                    + " có ở nhiều xã (Hòa Lạc, Tân Phúc): không biết dòng này trả lời ý kiến của xã nào."
                    + " Hãy thêm cột “Xã” ghi mã hoặc tên xã.");
            assertThat(preview.problems().get(2).reason(TestContexts.VI))
                    .startsWith("Không có xã “Xã Bình An” trong các gói đã nhận.");
            assertThat(preview.rows().get(0)).extracting(AnswerImportRow::match, AnswerImportRow::issueCode)
                    .containsExactly(AnswerImportRow.Match.CODE, first.code());

            AnswerImportResult refused = imports.importFile(bad, ConfirmedMatches.ALL, false, TaskMonitor.NONE);
            assertThat(refused.refused()).isTrue();
            assertThat(answers.answersOf("tan-phuc")).as("all or nothing: the good first row is not stored").isEmpty();
            assertThat(answers.answersOf("hoa-lac")).isEmpty();

            // The same list with the communes named: Tân Phúc by its name, Hòa Lạc by its code.
            Path good = AnswerLists.workbook(folder, "tra-loi.xlsx", HEADER,
                    row("Tân Phúc", first.code(), "Sở Xây dựng", "12/SXD", firstDay, "Đã đưa vào kế hoạch.", null),
                    row("hoa-lac", second.code(), "Sở Y tế", "3/SYT", secondDay, "Đã bố trí bác sĩ.", null));
            AnswerImportResult dry = imports.importFile(good, ConfirmedMatches.NONE, true, TaskMonitor.NONE);
            assertThat(dry).extracting(AnswerImportResult::stored, AnswerImportResult::dryRun).containsExactly(2, true);
            assertThat(answers.answersOf("tan-phuc")).as("a dry run stores nothing").isEmpty();

            AnswerImportResult stored = imports.importFile(good, ConfirmedMatches.NONE, false, TaskMonitor.NONE);
            assertThat(stored).extracting(AnswerImportResult::stored, AnswerImportResult::alreadyStored)
                    .containsExactly(2, 0);
            assertThat(answers.answerOf("tan-phuc", first.code()).orElseThrow())
                    .extracting(ProvinceAnswer::status, ProvinceAnswer::answerAgency, ProvinceAnswer::answerLetterNo,
                            ProvinceAnswer::answerDate, ProvinceAnswer::answerText)
                    .containsExactly(OpinionStatus.ANSWERED, "Sở Xây dựng", "12/SXD", first.raisedOn().plusDays(10),
                            "Đã đưa vào kế hoạch.");
            assertThat(answers.answerOf("tan-phuc", second.code())).as("Hòa Lạc's, not Tân Phúc's").isEmpty();
            assertThat(answers.answerOf("hoa-lac", second.code()).orElseThrow().answerAgency()).isEqualTo("Sở Y tế");
            assertThat(answers.answerOf("hoa-lac", first.code())).isEmpty();

            AnswerImportResult again = imports.importFile(good, ConfirmedMatches.NONE, false, TaskMonitor.NONE);
            assertThat(again).extracting(AnswerImportResult::stored, AnswerImportResult::alreadyStored)
                    .containsExactly(0, 2);
            assertThat(answers.answerOf("tan-phuc", first.code()).orElseThrow().version())
                    .as("importing twice changes nothing").isEqualTo(1);
        }
    }

    @Test
    void anAnswerOnAProvinceGroupServesEveryMemberAndAMatchByContentWaitsForConfirmation() throws IOException {
        try (AppContext province = openProvince()) {
            ProvinceAnswerService answers = answers(province);
            ProvinceAnswerImportService imports = imports(province);
            // A province group: a group Tân Phúc sent and one Hòa Lạc opinion alone.
            ReceivedGroup sent = province.provinceGroups().received().stream()
                    .filter(g -> g.communeCode().equals("tan-phuc")).findFirst().orElseThrow();
            ProvinceAnswerIssue.Opinion hoaLac = answers.issues().stream()
                    .filter(i -> i.kind() == ProvinceAnswerIssue.Kind.OPINION
                            && i.opinions().get(0).communeCode().equals("hoa-lac")
                            && i.opinions().get(0).roundKey() == sent.roundKey())
                    .findFirst().orElseThrow().opinions().get(0);
            int id = province.provinceGroups().create("Sửa đường liên xã", List.of(sent.member(),
                    ProvinceGroupMember.opinion(hoaLac.communeCode(), hoaLac.roundKey(), hoaLac.code()))).id();
            ProvinceAnswerIssue group = answers.issues().stream().filter(i -> i.key().equals("p" + id)).findFirst()
                    .orElseThrow();
            assertThat(group.communeNames()).containsExactlyInAnyOrder("Tân Phúc", "Hòa Lạc");
            ProvinceAnswerIssue byContent = aloneInTanPhuc(answers).get(0);

            Path file = AnswerLists.csv(folder, "tra-loi.csv", HEADER,
                    row("Hòa Lạc", hoaLac.code(), "Sở Giao thông vận tải", "5/SGTVT", day(group.raisedOn().plusDays(20)),
                            "Đã đưa vào kế hoạch năm 2027.", ""),
                    row("", "", "Sở Nông nghiệp và Môi trường", "9/SNNMT", day(byContent.raisedOn().plusDays(20)),
                            "Đã kiểm tra, xử lý.", byContent.content()));
            AnswerImportPreview preview = imports.preview(file, TaskMonitor.NONE);
            assertThat(preview.problems()).isEmpty();
            assertThat(preview.rows()).extracting(AnswerImportRow::match)
                    .containsExactly(AnswerImportRow.Match.CODE, AnswerImportRow.Match.TEXT);
            assertThat(preview.rows().get(0).issue().key()).isEqualTo(group.key());
            assertThat(preview.rows().get(0).issue().places()).contains("Tân Phúc").contains("Hòa Lạc");
            AnswerImportRow textRow = preview.rows().get(1);
            assertThat(textRow.issue().content()).isEqualTo(byContent.content());

            AnswerImportResult first = imports.importFile(file, ConfirmedMatches.NONE, false, TaskMonitor.NONE);
            assertThat(first).extracting(AnswerImportResult::stored, AnswerImportResult::leftOut).containsExactly(1, 1);
            for (ProvinceAnswerIssue.Opinion o : group.opinions()) {
                assertThat(answers.answerOf(o.communeCode(), o.code())).as(o.communeCode() + " " + o.code())
                        .hasValueSatisfying(a -> assertThat(a.answerLetterNo()).isEqualTo("5/SGTVT"));
            }
            assertThat(group.opinions()).extracting(ProvinceAnswerIssue.Opinion::communeCode)
                    .contains("tan-phuc", "hoa-lac");

            AnswerImportResult confirmed = imports.importFile(file,
                    ConfirmedMatches.rows(Map.of(textRow.row(), textRow.issue().key())), false, TaskMonitor.NONE);
            assertThat(confirmed).extracting(AnswerImportResult::stored, AnswerImportResult::alreadyStored,
                    AnswerImportResult::leftOut).containsExactly(1, 1, 0);
            ProvinceAnswerIssue shown = answers.issues().stream().filter(i -> i.key().equals(textRow.issue().key()))
                    .findFirst().orElseThrow();
            assertThat(shown.answer().answerLetterNo()).isEqualTo("9/SNNMT");
        }
    }
}
