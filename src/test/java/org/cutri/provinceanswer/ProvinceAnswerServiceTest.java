package org.cutri.provinceanswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cutri.answer.Answer;
import org.cutri.answer.AnswerResult;
import org.cutri.answer.AnswerRuleSet;
import org.cutri.answer.Forwarding;
import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.common.text.DateText;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionStatus;
import org.cutri.province.Approvals;
import org.cutri.province.PackageImportSummary;
import org.cutri.province.ProvinceGroupMember;
import org.cutri.province.ProvinceRoundSet;
import org.cutri.province.ReceivedGroup;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The province's answers to the communes' opinions on a real H2 file, with two communes' real packages: the status
 * moves of the commune's follow-up, one answer of a province group and of a commune's group written on every member
 * opinion in one transaction, a stale edit refused with the newer version kept, and answers that outlive a later
 * package of the same round replacing the imported rows.
 */
class ProvinceAnswerServiceTest {

    /** After both demo rounds: every meeting is past, the letters of the tests are not in the future. */
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @TempDir
    Path folder;

    private AppContext openProvince() {
        return TestContexts.open(ProvinceAnswerFixture.province(folder));
    }

    private static ProvinceAnswerService service(AppContext province) {
        return new ProvinceAnswerService(province.database().jdbi(), province.province(), province.provinceGroups(),
                province.answerRules(), Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                        ZoneId.systemDefault()));
    }

    private static ProvinceRoundSet firstSet(AppContext province) {
        List<ProvinceRoundSet> sets = province.provinceReports().roundSets();
        return sets.get(sets.size() - 1);
    }

    private static ProvinceAnswerIssue single(List<ProvinceAnswerIssue> issues, Authority authority) {
        return issues.stream().filter(i -> i.kind() == ProvinceAnswerIssue.Kind.OPINION && i.authority() == authority)
                .findFirst().orElseThrow();
    }

    @Test
    void anOpinionMovesThroughTheStatusesOfTheCommunesFollowUp() {
        try (AppContext province = openProvince()) {
            ProvinceAnswerService answers = service(province);
            List<ProvinceAnswerIssue> issues = answers.issues(firstSet(province));
            assertThat(issues).extracting(ProvinceAnswerIssue::kind).contains(ProvinceAnswerIssue.Kind.OPINION,
                    ProvinceAnswerIssue.Kind.COMMUNE_GROUP);
            assertThat(issues).allSatisfy(i -> assertThat(i.answer()).isEqualTo(ProvinceAnswer.NONE));
            assertThat(issues.stream().flatMap(i -> i.communeNames().stream()).distinct())
                    .containsExactlyInAnyOrder("Hòa Lạc", "Tân Phúc");
            ProvinceAnswerIssue issue = single(issues, Authority.PROVINCE);
            LocalDate raised = issue.raisedOn();
            assertThat(raised).isNotNull().isBefore(TODAY);

            // Nothing to start or reopen yet; a forwarding needs its agency and a date not before the meeting.
            refused(() -> answers.startWork(issue), "answer.start.notForwarded");
            refused(() -> answers.reopen(issue), "answer.reopen.open");
            refused(() -> answers.forward(issue, new Forwarding(" ", "1", raised)), "answer.forward.agencyMissing");
            refused(() -> answers.forward(issue, new Forwarding("Sở Xây dựng", "1", raised.minusDays(1))),
                    "answer.forward.beforeRaised");
            refused(() -> answers.forward(issue, new Forwarding("Sở Xây dựng", "1", TODAY.plusDays(1))),
                    "answer.date.future");
            // The message gives the dates as the user writes them.
            assertThatThrownBy(() -> answers.forward(issue, new Forwarding("Sở Xây dựng", "1", raised.minusDays(1))))
                    .satisfies(e -> assertThat(TestContexts.VI.of((UserException) e)).isEqualTo("Ngày chuyển "
                            + DateText.format(raised.minusDays(1)) + " sớm hơn ngày cử tri nêu ý kiến ("
                            + DateText.format(raised) + "). Hãy kiểm tra lại ngày."));
            assertThat(answers.answerOf(code(issue), issue.code())).isEmpty();

            // Forwarded: the province's default rule gives 30 days.
            ProvinceAnswerIssue forwarded = answers.forward(issue,
                    new Forwarding("Sở Xây dựng", "12/MTTQ-BTT", raised.plusDays(2)));
            assertThat(forwarded.answer().status()).isEqualTo(OpinionStatus.FORWARDED);
            assertThat(forwarded.answer().dueDate()).isEqualTo(raised.plusDays(32));
            assertThat(forwarded.overdueOn(raised.plusDays(33))).isTrue();
            assertThat(forwarded.overdueOn(raised.plusDays(32))).isFalse();

            ProvinceAnswerIssue working = answers.startWork(forwarded);
            assertThat(working.answer().status()).isEqualTo(OpinionStatus.IN_PROGRESS);
            // Forwarded again (another letter): still in progress, the due date follows the new letter.
            working = answers.forward(working, new Forwarding("Sở Xây dựng", "15/MTTQ-BTT", raised.plusDays(10)));
            assertThat(working.answer().status()).isEqualTo(OpinionStatus.IN_PROGRESS);
            assertThat(working.answer().dueDate()).isEqualTo(raised.plusDays(40));
            ProvinceAnswerIssue still = working;
            refused(() -> answers.answer(still, new Answer("Sở Xây dựng", "9/SXD", raised.plusDays(5), "Đã sửa.",
                    null)), "answer.answer.beforeForward");

            String letter = "Kính gửi: Ban Thường trực UBMTTQ tỉnh\n\nVề việc sửa đường:   \n\n\n\nSở đã bố trí vốn.";
            ProvinceAnswerIssue answered = answers.answer(working, new Answer("Sở Xây dựng", "88/SXD-HT",
                    raised.plusDays(20), letter, AnswerResult.ACTION));
            assertThat(answered.answer().status()).isEqualTo(OpinionStatus.ANSWERED);
            // The letter keeps its paragraphs (spaces at a line's end and runs of empty lines are tidied).
            assertThat(answered.answer().answerText())
                    .isEqualTo("Kính gửi: Ban Thường trực UBMTTQ tỉnh\n\nVề việc sửa đường:\n\nSở đã bố trí vốn.");
            assertThat(answered.overdueOn(TODAY)).isFalse();
            refused(() -> answers.forward(answered, new Forwarding("Sở Xây dựng", "1", raised.plusDays(21))),
                    "answer.forward.closed");
            refused(() -> answers.notCompetent(answered, "Tòa án"), "answer.redirect.answered");

            // Reopened: back to forwarded, the answer gone; then redirected, then reopened again.
            ProvinceAnswerIssue reopened = answers.reopen(answered);
            assertThat(reopened.answer().status()).isEqualTo(OpinionStatus.FORWARDED);
            assertThat(reopened.answer().answerText()).isNull();
            ProvinceAnswerIssue redirected = answers.notCompetent(reopened, "Tòa án nhân dân tỉnh");
            assertThat(redirected.answer().status()).isEqualTo(OpinionStatus.NOT_COMPETENT);
            refused(() -> answers.answer(redirected, new Answer("Sở", null, raised.plusDays(30), "x", null)),
                    "answer.answer.redirected");
            assertThat(answers.reopen(redirected).answer().status()).isEqualTo(OpinionStatus.FORWARDED);

            // Stored, and read again as such.
            ProvinceAnswer stored = answers.answerOf(code(issue), issue.code()).orElseThrow();
            assertThat(stored.status()).isEqualTo(OpinionStatus.FORWARDED);
            assertThat(stored.forwardLetterNo()).isEqualTo("15/MTTQ-BTT");
            assertThat(stored.redirectedTo()).isNull();
            assertThat(answers.reload(issue).orElseThrow().answer()).isEqualTo(stored);
            assertThat(answers.answersOf(code(issue))).extracting(StoredProvinceAnswer::opinionCode)
                    .containsExactly(issue.code());
        }
    }

    @Test
    void aNewRuleSetGivesItsOwnDaysToLettersFromItsDay() {
        try (AppContext province = openProvince()) {
            ProvinceAnswerService answers = service(province);
            ProvinceAnswerIssue issue = single(answers.issues(firstSet(province)), Authority.PROVINCE);
            LocalDate from = issue.raisedOn().plusDays(5);
            province.answerRules().add("Quy định mới", from, List.of(new AnswerRuleSet.Rule(Authority.PROVINCE, null, 15),
                    new AnswerRuleSet.Rule(Authority.PROVINCE, "Công ty Điện lực tỉnh", 7)));
            ProvinceAnswerIssue before = answers.forward(issue, new Forwarding("Sở Y tế", null, from.minusDays(1)));
            assertThat(before.answer().dueDate()).isEqualTo(from.minusDays(1).plusDays(30));
            ProvinceAnswerIssue after = answers.forward(before, new Forwarding("Sở Y tế", null, from));
            assertThat(after.answer().dueDate()).isEqualTo(from.plusDays(15));
            ProvinceAnswerIssue power = answers.forward(after, new Forwarding("công ty điện lực  tỉnh", null, from));
            assertThat(power.answer().dueDate()).isEqualTo(from.plusDays(7));
        }
    }

    @Test
    void oneAnswerOfAGroupIsWrittenOnEveryMemberOpinion() {
        try (AppContext province = openProvince()) {
            ProvinceAnswerService answers = service(province);
            ProvinceRoundSet set = firstSet(province);
            // A province group across the two communes: Tân Phúc's first group and one Hòa Lạc opinion alone.
            ReceivedGroup sent = province.provinceGroups().received().stream()
                    .filter(g -> g.communeCode().equals("tan-phuc")
                            && set.rounds().stream().anyMatch(r -> r.roundKey() == g.roundKey()
                                    && r.communeCode().equals("tan-phuc")))
                    .findFirst().orElseThrow();
            ProvinceAnswerIssue alone = answers.issues(set).stream()
                    .filter(i -> i.kind() == ProvinceAnswerIssue.Kind.OPINION && code(i).equals("hoa-lac"))
                    .findFirst().orElseThrow();
            ProvinceAnswerIssue.Opinion hoaLac = alone.opinions().get(0);
            int id = province.provinceGroups().create("Sửa đường liên xã", List.of(sent.member(),
                    ProvinceGroupMember.opinion(hoaLac.communeCode(), hoaLac.roundKey(), hoaLac.code()))).id();

            List<ProvinceAnswerIssue> issues = answers.issues(set);
            ProvinceAnswerIssue group = issues.stream().filter(i -> i.key().equals("p" + id)).findFirst().orElseThrow();
            assertThat(group.kind()).isEqualTo(ProvinceAnswerIssue.Kind.PROVINCE_GROUP);
            assertThat(group.content()).isEqualTo("Sửa đường liên xã");
            assertThat(group.opinions()).hasSize(sent.opinionCodes().size() + 1);
            assertThat(group.communeNames()).containsExactlyInAnyOrder("Tân Phúc", "Hòa Lạc");
            // Its opinions are no longer issues of their own.
            assertThat(issues).noneMatch(i -> i.key().equals(alone.key()));

            LocalDate day = group.raisedOn().plusDays(3);
            answers.answer(answers.forward(group, new Forwarding("Sở Giao thông vận tải", "20/MTTQ", day)),
                    new Answer("Sở Giao thông vận tải", "5/SGTVT", day.plusDays(9), "Đã đưa vào kế hoạch năm 2027.",
                            AnswerResult.DECISION));
            for (ProvinceAnswerIssue.Opinion o : group.opinions()) {
                ProvinceAnswer stored = answers.answerOf(o.communeCode(), o.code()).orElseThrow();
                assertThat(stored.status()).as(o.code()).isEqualTo(OpinionStatus.ANSWERED);
                assertThat(stored.answerText()).isEqualTo("Đã đưa vào kế hoạch năm 2027.");
                assertThat(stored.result()).isEqualTo(AnswerResult.DECISION);
                assertThat(stored.dueDate()).isEqualTo(day.plusDays(30));
                assertThat(stored.version()).isEqualTo(2);
            }
            assertThat(answers.answersOf("hoa-lac")).extracting(StoredProvinceAnswer::opinionCode)
                    .containsExactly(hoaLac.code());

            // A commune's group standing as sent: one forwarding on each of its opinions.
            ProvinceAnswerIssue communeGroup = answers.issues(set).stream()
                    .filter(i -> i.kind() == ProvinceAnswerIssue.Kind.COMMUNE_GROUP && code(i).equals("hoa-lac"))
                    .findFirst().orElseThrow();
            assertThat(communeGroup.opinions()).hasSizeGreaterThan(1);
            answers.forward(communeGroup, new Forwarding("UBND tỉnh", null, communeGroup.raisedOn()));
            assertThat(communeGroup.opinions()).allSatisfy(o -> assertThat(answers.answerOf(o.communeCode(), o.code())
                    .orElseThrow().forwardAgency()).isEqualTo("UBND tỉnh"));
        }
    }

    @Test
    void aGroupIsNotForwardedNorAnsweredBeforeTheLastDayItsOpinionsWereRaised() {
        try (AppContext province = openProvince()) {
            ProvinceAnswerService answers = service(province);
            ProvinceRoundSet set = firstSet(province);
            // Two opinions raised on different days, put in one province group.
            Map<String, LocalDate> raisedOn = new HashMap<>();
            province.province().opinions().forEach(o -> raisedOn.put(o.communeCode() + "/" + o.code(), o.meetingDate()));
            List<ProvinceAnswerIssue> singles = answers.issues(set).stream()
                    .filter(i -> i.kind() == ProvinceAnswerIssue.Kind.OPINION)
                    .sorted(Comparator.comparing(ProvinceAnswerIssue::raisedOn)).toList();
            ProvinceAnswerIssue.Opinion early = singles.get(0).opinions().get(0);
            ProvinceAnswerIssue.Opinion late = singles.get(singles.size() - 1).opinions().get(0);
            LocalDate first = raisedOn.get(early.communeCode() + "/" + early.code());
            LocalDate last = raisedOn.get(late.communeCode() + "/" + late.code());
            assertThat(last).isAfter(first);
            int id = province.provinceGroups().create("Sửa đường liên xã", List.of(
                    ProvinceGroupMember.opinion(early.communeCode(), early.roundKey(), early.code()),
                    ProvinceGroupMember.opinion(late.communeCode(), late.roundKey(), late.code()))).id();
            ProvinceAnswerIssue group = answers.issues(set).stream().filter(i -> i.key().equals("p" + id))
                    .findFirst().orElseThrow();

            // After the first meeting but before the last: refused, naming the last day, and nothing stored.
            LocalDate between = last.minusDays(1);
            assertThatThrownBy(() -> answers.forward(group, new Forwarding("Sở Giao thông vận tải", "20/MTTQ", between)))
                    .satisfies(e -> assertThat(TestContexts.VI.of((UserException) e)).isEqualTo("Ngày chuyển "
                            + DateText.format(between) + " sớm hơn ngày cử tri nêu ý kiến (" + DateText.format(last)
                            + "). Hãy kiểm tra lại ngày."));
            assertThatThrownBy(() -> answers.answer(group, new Answer("Sở Giao thông vận tải", "5/SGTVT", between,
                    "Đã đưa vào kế hoạch.", AnswerResult.DECISION)))
                    .satisfies(e -> assertThat(TestContexts.VI.of((UserException) e)).isEqualTo("Ngày trả lời "
                            + DateText.format(between) + " sớm hơn ngày cử tri nêu ý kiến (" + DateText.format(last)
                            + "). Hãy kiểm tra lại ngày."));
            assertThat(group.opinions()).allSatisfy(o -> assertThat(answers.answerOf(o.communeCode(), o.code()))
                    .isEmpty());

            // On the last day: forwarded on both opinions; an answer before the forwarding is still refused.
            ProvinceAnswerIssue forwarded = answers.forward(group, new Forwarding("Sở Giao thông vận tải", "20/MTTQ",
                    last));
            assertThat(group.opinions()).allSatisfy(o -> assertThat(answers.answerOf(o.communeCode(), o.code())
                    .orElseThrow().forwardDate()).isEqualTo(last));
            refused(() -> answers.answer(forwarded, new Answer("Sở Giao thông vận tải", "5/SGTVT", between,
                    "Đã đưa vào kế hoạch.", null)), "answer.answer.beforeRaised");
            assertThat(group.opinions()).allSatisfy(o -> assertThat(answers.answerOf(o.communeCode(), o.code())
                    .orElseThrow().status()).isEqualTo(OpinionStatus.FORWARDED));
        }
    }

    @Test
    void anAnswerOnAForwardingOlderThanTheCommunesCorrectedMeetingDayIsRefusedUntilItIsForwardedAgain() {
        try (AppContext province = openProvince()) {
            ProvinceAnswerService answers = service(province);
            ProvinceRoundSet set = firstSet(province);
            ProvinceAnswerIssue issue = tanPhucOpinion(answers, set);
            LocalDate raised = issue.lastRaisedOn();
            answers.forward(issue, new Forwarding("UBND tỉnh", "8/MTTQ", raised));
            // The commune's later package corrects the meeting's day to after that forwarding.
            LocalDate heldOn = raised.plusDays(3);
            province.database().jdbi().useHandle(h -> h.execute("UPDATE imported_meeting SET meeting_date = ?"
                    + " WHERE commune_code = ? AND meeting_date = ?", heldOn, "tan-phuc", raised));
            ProvinceAnswerIssue stale = answers.issues(set).stream().filter(i -> i.key().equals(issue.key()))
                    .findFirst().orElseThrow();
            assertThat(stale.lastRaisedOn()).isEqualTo(heldOn);

            Answer letter = new Answer("UBND tỉnh", "9/UBND", heldOn.plusDays(1), "Đã chỉ đạo xử lý.", null);
            assertThatThrownBy(() -> answers.answer(stale, letter)).satisfies(e -> assertThat(TestContexts.VI.of(
                    (UserException) e)).isEqualTo("Việc chuyển đã ghi ngày " + DateText.format(raised) + ", sớm hơn"
                            + " ngày cử tri nêu ý kiến (" + DateText.format(heldOn) + "): ngày hội nghị đã được sửa"
                            + " sau khi chuyển. Chưa lưu trả lời. Hãy ghi lại việc chuyển với ngày đúng trước, rồi lưu"
                            + " trả lời."));
            assertThat(answers.answerOf("tan-phuc", stale.code()).orElseThrow().status())
                    .isEqualTo(OpinionStatus.FORWARDED);

            ProvinceAnswerIssue again = answers.forward(stale, new Forwarding("UBND tỉnh", "8/MTTQ", heldOn));
            assertThat(answers.answer(again, letter).answer().status()).isEqualTo(OpinionStatus.ANSWERED);
        }
    }

    @Test
    void aStaleEditIsRefusedAndNothingOfItIsStored() {
        try (AppContext province = openProvince()) {
            ProvinceAnswerService answers = service(province);
            ProvinceAnswerIssue group = answers.issues(firstSet(province)).stream()
                    .filter(i -> i.kind() == ProvinceAnswerIssue.Kind.COMMUNE_GROUP).findFirst().orElseThrow();
            LocalDate day = group.raisedOn().plusDays(1);
            // Two users read the same group; the first forwards it, the second's answer is made from the old reading.
            ProvinceAnswerIssue first = answers.forward(group, new Forwarding("Sở Tài chính", "3/MTTQ", day));
            refused(() -> answers.answer(group, new Answer("Sở Nội vụ", null, day, "Trả lời cũ", null)),
                    "answer.changedElsewhere");
            for (ProvinceAnswerIssue.Opinion o : group.opinions()) {
                ProvinceAnswer stored = answers.answerOf(o.communeCode(), o.code()).orElseThrow();
                assertThat(stored.status()).isEqualTo(OpinionStatus.FORWARDED);
                assertThat(stored.answerText()).isNull();
                assertThat(stored.version()).isEqualTo(1);
            }
            // Read again, the second user sees the newer version and may go on.
            ProvinceAnswerIssue newer = answers.reload(group).orElseThrow();
            assertThat(newer.answer().forwardAgency()).isEqualTo("Sở Tài chính");
            assertThat(newer.versions()).isEqualTo(first.versions());
            assertThat(answers.answer(newer, new Answer("Sở Tài chính", null, day, "Đã cấp kinh phí.", null))
                    .answer().status()).isEqualTo(OpinionStatus.ANSWERED);

            // One member changed on its own (another user, as a single opinion before a group was made): refused.
            ProvinceAnswerIssue latest = answers.reload(group).orElseThrow();
            province.database().jdbi().useHandle(h -> h.execute("UPDATE province_answer SET version = version + 1"
                    + " WHERE commune_code = ? AND opinion_code = ?", code(latest),
                    latest.opinions().get(latest.opinions().size() - 1).code()));
            refused(() -> answers.reopen(latest), "answer.changedElsewhere");
            assertThat(answers.answerOf(code(latest), latest.code()).orElseThrow().status())
                    .isEqualTo(OpinionStatus.ANSWERED);
        }
    }

    @Test
    void answersOutliveALaterPackageOfTheSameRound() {
        try (AppContext province = openProvince()) {
            ProvinceAnswerService answers = service(province);
            ProvinceRoundSet set = firstSet(province);
            ProvinceAnswerIssue issue = tanPhucOpinion(answers, set);
            ProvinceAnswerIssue answered = answers.answer(issue, new Answer("UBND tỉnh", "7/UBND",
                    issue.raisedOn().plusDays(4), "Đã chỉ đạo xử lý.", AnswerResult.ACTION));

            // Tân Phúc sends the same round again: the imported rows are replaced, the answer stays with its opinion.
            int roundKey = issue.opinions().get(0).roundKey();
            Path later = ProvinceAnswerFixture.laterPackage("tan-phuc", roundKey);
            assertThat(province.packageImporter().importAll(List.of(later), Approvals.of(true, true)))
                    .singleElement().extracting(PackageImportSummary::outcome)
                    .isEqualTo(PackageImportSummary.Outcome.REPLACING);

            ProvinceAnswerIssue after = answers.issues(firstSet(province)).stream()
                    .filter(i -> i.key().equals(issue.key())).findFirst().orElseThrow();
            assertThat(after.answer()).isEqualTo(answered.answer());
            assertThat(after.answer().answerText()).isEqualTo("Đã chỉ đạo xử lý.");
            assertThat(after.versions()).containsExactly(1);
        }
        try (AppContext reopened = openProvince()) {
            assertThat(reopened.provinceAnswers().answersOf("tan-phuc")).singleElement()
                    .satisfies(a -> assertThat(a.answer().answerLetterNo()).isEqualTo("7/UBND"));
        }
    }

    /** The first opinion of Tân Phúc standing alone (in no group). */
    private static ProvinceAnswerIssue tanPhucOpinion(ProvinceAnswerService answers, ProvinceRoundSet set) {
        return answers.issues(set).stream()
                .filter(i -> i.kind() == ProvinceAnswerIssue.Kind.OPINION && code(i).equals("tan-phuc"))
                .findFirst().orElseThrow();
    }

    private static String code(ProvinceAnswerIssue issue) {
        return issue.opinions().get(0).communeCode();
    }

    private static void refused(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo(key);
    }
}
