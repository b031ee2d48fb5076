package org.cutri.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.common.text.DateText;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionStatus;
import org.cutri.round.ContactRound;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The follow-up of answers on a real H2 file holding the demo's two rounds (July, its groups accepted; December). */
class FollowUpServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 20);

    @TempDir
    Path folder;

    private AppContext context;
    private FollowUpService followUps;
    private AnswerRules rules;
    private ContactRound july;
    private ContactRound december;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        context.demo().load(false, true);
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        followUps = new FollowUpService(context.database().jdbi(), clock);
        rules = new AnswerRules(context.database().jdbi(), clock);
        List<ContactRound> rounds = context.rounds().list();
        july = rounds.stream().filter(r -> r.startDate().getMonthValue() == 7).findFirst().orElseThrow();
        december = rounds.stream().filter(r -> r.startDate().getMonthValue() == 12).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** The demo marks July's opinions answered without letters: back to an open item for the test. */
    private FollowUpIssue open(FollowUpIssue issue) {
        OpinionStatus status = issue.followUp().status();
        return status == OpinionStatus.ANSWERED || status == OpinionStatus.NOT_COMPETENT ? followUps.reopen(issue) : issue;
    }

    private FollowUpIssue group() {
        return followUps.issues(july.id()).stream().filter(i -> i.groupId() != null).findFirst().orElseThrow();
    }

    private FollowUpIssue single(Authority authority) {
        return followUps.issues(july.id()).stream()
                .filter(i -> i.groupId() == null && i.authority() == authority).findFirst().orElseThrow();
    }

    @Test
    void aGroupIsOneIssueAndItsAnswerIsStoredOnEveryHamlet() {
        FollowUpIssue issue = group();
        assertThat(issue.opinionIds()).hasSizeGreaterThan(1);
        assertThat(issue.hamlets()).hasSizeGreaterThan(1);
        long lines = followUps.issues(july.id()).stream().filter(i -> i.opinionIds().contains(issue.opinionIds().get(1)))
                .count();
        assertThat(lines).as("a member is not listed apart from its group").isEqualTo(1);

        FollowUpIssue answered = followUps.answer(issue, new Answer("UBND xã", "12/UBND", LocalDate.of(2026, 9, 1),
                "Đã sửa xong.", AnswerResult.ACTION), AnswerSource.TYPED);

        for (int id : issue.opinionIds()) {
            FollowUpIssue seen = followUps.issueOf(id).orElseThrow();
            assertThat(seen.followUp().status()).isEqualTo(OpinionStatus.ANSWERED);
            assertThat(seen.followUp().answerText()).isEqualTo("Đã sửa xong.");
            assertThat(context.opinions().find(id).orElseThrow().status()).isEqualTo(OpinionStatus.ANSWERED);
        }
        assertThat(answered.followUp().answerLetterNo()).isEqualTo("12/UBND");
    }

    @Test
    void aGroupIsNotForwardedNorAnsweredBeforeTheLastDayItsHamletsRaisedIt() {
        // A group whose hamlets met on different days: its first opinion's day is not the last one.
        FollowUpIssue group = followUps.issues(july.id()).stream().filter(i -> i.groupId() != null)
                .filter(i -> meetingDays(i).values().stream().distinct().count() > 1).findFirst().map(this::open)
                .orElseThrow();
        Map<Integer, LocalDate> days = meetingDays(group);
        LocalDate last = days.values().stream().max(Comparator.naturalOrder()).orElseThrow();
        assertThat(last).isAfter(group.raisedOn());
        LocalDate between = last.minusDays(1);
        List<FollowUp> before = group.opinionIds().stream().map(id -> followUps.issueOf(id).orElseThrow().followUp())
                .toList();

        UserException forward = catchThrowableOfType(() -> followUps.forward(group, new Forwarding("UBND xã", "3/MTTQ",
                between)), UserException.class);
        assertThat(forward).as("forwarded before the last hamlet met").isNotNull();
        assertThat(TestContexts.VI.get(forward.key(), forward.args())).isEqualTo("Ngày chuyển "
                + DateText.format(between) + " sớm hơn ngày cử tri nêu ý kiến (" + DateText.format(last)
                + "). Hãy kiểm tra lại ngày.");
        UserException answer = catchThrowableOfType(() -> followUps.answer(group, new Answer("UBND xã", "9/UBND",
                between, "Đã sửa xong.", AnswerResult.ACTION), AnswerSource.TYPED), UserException.class);
        assertThat(answer).as("answered before the last hamlet met").isNotNull();
        assertThat(TestContexts.VI.get(answer.key(), answer.args())).isEqualTo("Ngày trả lời "
                + DateText.format(between) + " sớm hơn ngày cử tri nêu ý kiến (" + DateText.format(last)
                + "). Hãy kiểm tra lại ngày.");
        assertThat(group.opinionIds().stream().map(id -> followUps.issueOf(id).orElseThrow().followUp()).toList())
                .as("a refusal stores nothing").isEqualTo(before);

        // On the last day it is forwarded, on every hamlet's opinion.
        FollowUpIssue forwarded = followUps.forward(group, new Forwarding("UBND xã", "3/MTTQ", last));
        assertThat(forwarded.followUp().forwardDate()).isEqualTo(last);
        assertThat(group.opinionIds()).allSatisfy(id -> assertThat(followUps.issueOf(id).orElseThrow().followUp()
                .forwardDate()).isEqualTo(last));
    }

    private Map<Integer, LocalDate> meetingDays(FollowUpIssue issue) {
        return context.database().jdbi().withHandle(h -> FollowUpStore.meetingDays(h, issue.opinionIds()));
    }

    @Test
    void statusMovesFromNewToForwardedToInProgressToAnsweredToAssessed() {
        FollowUpIssue issue = open(single(Authority.COMMUNE));
        FollowUpIssue forwarded = followUps.forward(issue, new Forwarding("UBND xã Tân Phúc", "45/MTTQ-BTT",
                LocalDate.of(2026, 8, 1)));
        assertThat(forwarded.followUp().status()).isEqualTo(OpinionStatus.FORWARDED);
        assertThat(forwarded.followUp().dueDate()).isEqualTo(LocalDate.of(2026, 8, 31));

        FollowUpIssue working = followUps.startWork(forwarded);
        assertThat(working.followUp().status()).isEqualTo(OpinionStatus.IN_PROGRESS);

        assertThatThrownBy(() -> followUps.assess(working, Assessment.SATISFACTORY, null))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("answer.assess.notAnswered"));
        assertThatThrownBy(() -> followUps.answer(working, new Answer("UBND xã", "1", LocalDate.of(2026, 7, 30), "x",
                null), AnswerSource.TYPED)).isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.key()).isEqualTo("answer.answer.beforeForward"));

        FollowUpIssue answered = followUps.answer(working, new Answer("UBND xã", "88/UBND", LocalDate.of(2026, 9, 15),
                "Đang lập dự án.", AnswerResult.EXPLANATION), AnswerSource.TYPED);
        assertThat(answered.followUp().answeredLate()).isTrue();
        FollowUpIssue assessed = followUps.assess(answered, Assessment.UNSATISFACTORY, "Trả lời chưa đúng câu hỏi");
        assertThat(assessed.followUp().assessmentNote()).isEqualTo("Trả lời chưa đúng câu hỏi");
        assertThat(assessed.resolved()).isFalse();

        FollowUpIssue reopened = followUps.reopen(assessed);
        assertThat(reopened.followUp().status()).isEqualTo(OpinionStatus.FORWARDED);
        assertThat(reopened.followUp().answerText()).isNull();
        assertThat(reopened.followUp().assessment()).isNull();
    }

    @Test
    void aChangeFromAnOlderReadingIsRefusedAndChangesNothing() {
        FollowUpIssue issue = open(single(Authority.COMMUNE));
        followUps.forward(issue, new Forwarding("UBND xã", "1", LocalDate.of(2026, 8, 1)));

        assertThatThrownBy(() -> followUps.forward(issue, new Forwarding("Công an xã", "2", LocalDate.of(2026, 8, 2))))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("answer.changedElsewhere"));
        assertThat(followUps.reload(issue).orElseThrow().followUp().forwardAgency()).isEqualTo("UBND xã");
    }

    @Test
    void aNewRuleSetAppliesToLaterForwardingsOnlyAndACorrectionMovesOpenItems() {
        FollowUpIssue central = open(single(Authority.PROVINCE));
        FollowUpIssue early = followUps.forward(central, new Forwarding("UBND tỉnh", "3", LocalDate.of(2026, 8, 1)));
        assertThat(early.followUp().dueDate()).isEqualTo(LocalDate.of(2026, 8, 31));

        AnswerRuleSet newer = rules.add("Quy định mới của tỉnh", LocalDate.of(2026, 9, 1), List.of(
                new AnswerRuleSet.Rule(Authority.PROVINCE, null, 45),
                new AnswerRuleSet.Rule(Authority.PROVINCE, "Công ty Điện lực", 15)));
        FollowUpIssue other = open(followUps.issues(july.id()).stream()
                .filter(i -> i.groupId() == null && i.authority() == Authority.PROVINCE
                        && i.leadId() != central.leadId()).findFirst().orElseThrow());
        FollowUpIssue late = followUps.forward(other, new Forwarding("UBND tỉnh", "4", LocalDate.of(2026, 9, 10)));
        assertThat(late.followUp().dueDate()).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(late.followUp().ruleSetId()).isEqualTo(newer.id());
        assertThat(followUps.reload(early).orElseThrow().followUp().dueDate()).as("the old item keeps its rule")
                .isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(newer.daysFor(Authority.PROVINCE, "cong ty dien luc")).isEqualTo(15);

        rules.update(newer.id(), newer.name(), List.of(new AnswerRuleSet.Rule(Authority.PROVINCE, null, 20)));
        assertThat(followUps.reload(late).orElseThrow().followUp().dueDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(followUps.reload(early).orElseThrow().followUp().dueDate()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThatThrownBy(() -> rules.add("x", LocalDate.of(2026, 9, 1), List.of()))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("answer.rules.sameDay"));
    }

    @Test
    void overdueOnAGivenDayAndTheRoundsCounts() {
        FollowUpIssue issue = open(single(Authority.COMMUNE));
        FollowUpIssue forwarded = followUps.forward(issue, new Forwarding("UBND xã", "5", LocalDate.of(2026, 8, 1)));
        assertThat(forwarded.overdueOn(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(forwarded.overdueOn(LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(followUps.overdue(LocalDate.of(2026, 9, 1))).extracting(FollowUpIssue::leadId)
                .contains(issue.leadId());

        List<FollowUpCounts> counts = followUps.counts(july.id(), LocalDate.of(2026, 9, 1));
        FollowUpCounts all = counts.get(counts.size() - 1);
        assertThat(all.authority()).isNull();
        assertThat(all.received()).isEqualTo(followUps.issues(july.id()).size());
        assertThat(all.overdue()).isGreaterThanOrEqualTo(1);
        FollowUpCounts commune = counts.stream().filter(c -> c.authority() == Authority.COMMUNE).findFirst().orElseThrow();
        assertThat(commune.forwarded()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void unresolvedItemsCarryOverUntilRaisedAgainAndTheCounterCountsRounds() {
        FollowUpIssue issue = open(single(Authority.COMMUNE));
        FollowUpIssue answered = followUps.answer(issue, new Answer("UBND xã", "9", LocalDate.of(2026, 9, 1),
                "Sẽ xem xét.", AnswerResult.EXPLANATION), AnswerSource.TYPED);
        assertThat(followUps.carriedInto(december.id())).extracting(FollowUpIssue::leadId)
                .doesNotContain(issue.leadId());

        followUps.assess(answered, Assessment.UNSATISFACTORY, "Chưa có thời hạn");
        List<FollowUpIssue> carried = followUps.carriedInto(december.id());
        FollowUpIssue pending = carried.stream().filter(i -> i.leadId() == issue.leadId()).findFirst().orElseThrow();
        assertThat(pending.carriedOver()).isTrue();
        assertThat(pending.shownStatus()).isEqualTo(OpinionStatus.PENDING);
        assertThat(followUps.followUpList(december.id())).extracting(FollowUpIssue::leadId).contains(issue.leadId());

        int again = followUps.issues(december.id()).get(0).leadId();
        followUps.linkRaisedAgain(again, issue.leadId());
        FollowUpIssue newer = followUps.issueOf(again).orElseThrow();
        assertThat(newer.raisedTimes()).isEqualTo(2);
        assertThat(newer.firstRaisedOn()).isEqualTo(issue.raisedOn());
        assertThat(followUps.raisedAgainOf(again).orElseThrow().code()).isEqualTo(issue.code());
        assertThat(followUps.carriedInto(december.id())).extracting(FollowUpIssue::leadId)
                .as("raised again: the new opinion carries it on").doesNotContain(issue.leadId());
        assertThatThrownBy(() -> followUps.linkRaisedAgain(issue.leadId(), again))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("answer.link.notEarlier"));

        followUps.unlinkRaisedAgain(again);
        assertThat(followUps.issueOf(again).orElseThrow().raisedTimes()).isEqualTo(1);
    }

    @Test
    void theVotersReactionAtAReadBackCarriesAnUnassessedAnswerOver() {
        FollowUpIssue issue = open(group());
        FollowUpIssue answered = followUps.answer(issue, new Answer("UBND xã", "9", LocalDate.of(2026, 9, 1),
                "Đã bố trí vốn năm 2027.", AnswerResult.DECISION), AnswerSource.TYPED);
        int meeting = context.meetings().list(december.id()).get(0).row().id();
        followUps.react(meeting, answered, Assessment.UNSATISFACTORY, "Cử tri chưa đồng tình");

        assertThat(followUps.reactionsAt(meeting)).containsKeys(issue.opinionIds().toArray(Integer[]::new));
        assertThat(followUps.carriedInto(december.id())).extracting(FollowUpIssue::leadId).contains(issue.leadId());

        followUps.assess(followUps.reload(answered).orElseThrow(), Assessment.SATISFACTORY, null);
        assertThat(followUps.carriedInto(december.id())).extracting(FollowUpIssue::leadId)
                .as("the Front's assessment decides").doesNotContain(issue.leadId());
    }

    @Test
    void notCompetentNeedsWhereItWentAndClosesTheItem() {
        FollowUpIssue issue = open(single(Authority.OTHER));
        assertThatThrownBy(() -> followUps.notCompetent(issue, " "))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("answer.redirect.whereMissing"));
        FollowUpIssue redirected = followUps.notCompetent(issue, "Tòa án nhân dân khu vực");
        assertThat(redirected.followUp().status()).isEqualTo(OpinionStatus.NOT_COMPETENT);
        assertThat(redirected.resolved()).isTrue();
        assertThatThrownBy(() -> followUps.forward(redirected, new Forwarding("UBND xã", "1", LocalDate.of(2026, 8, 1))))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("answer.forward.closed"));
    }

    @Test
    void changesRunTogetherAreAllOrNothing() {
        FollowUpIssue first = open(single(Authority.COMMUNE));
        FollowUpIssue second = open(single(Authority.OTHER));

        assertThatThrownBy(() -> followUps.allOrNothing(() -> {
            followUps.answer(first, new Answer("UBND xã", "1", LocalDate.of(2026, 9, 1), "Đã làm.", null),
                    AnswerSource.IMPORTED);
            return followUps.answer(second, new Answer("UBND xã", "2", LocalDate.of(2026, 9, 1), " ", null),
                    AnswerSource.IMPORTED);
        })).isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("answer.answer.textMissing"));

        assertThat(followUps.reload(first).orElseThrow().followUp().answerText()).as("the first answer is undone").isNull();
        assertThat(followUps.reload(first).orElseThrow().followUp().status()).isEqualTo(first.followUp().status());
    }

    @Test
    void aPastedLetterKeepsItsParagraphs() {
        FollowUpIssue issue = open(single(Authority.COMMUNE));
        String pasted = "  Kính gửi: Ban Thường trực   Ủy ban MTTQ xã.\r\n\r\n\r\n1. Về   đường   liên thôn:\n"
                + "đã sửa xong.\t\n";

        FollowUpIssue answered = followUps.answer(issue, new Answer("UBND xã", "7", LocalDate.of(2026, 9, 1), pasted,
                AnswerResult.ACTION), AnswerSource.TYPED);

        assertThat(answered.followUp().answerText())
                .isEqualTo("Kính gửi: Ban Thường trực Ủy ban MTTQ xã.\n\n1. Về đường liên thôn:\nđã sửa xong.");
    }

    @Test
    void aRefusalNamesItsDatesAsOfficesWriteThem() {
        FollowUpIssue issue = open(single(Authority.COMMUNE));
        UserException refused = org.assertj.core.api.Assertions.catchThrowableOfType(() -> followUps.forward(issue,
                new Forwarding("UBND xã", "1", LocalDate.of(2026, 7, 1))), UserException.class);

        assertThat(TestContexts.VI.get(refused.key(), refused.args()))
                .contains("01/07/2026").doesNotContain("2026-07-01");
    }
}
