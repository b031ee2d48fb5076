package org.cutri.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cutri.answer.Assessment;
import org.cutri.answer.FollowUpIssue;
import org.cutri.app.AppContext;
import org.cutri.cli.CutriCommand;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingStatus;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionListItem;
import org.cutri.opinion.OpinionStatus;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's two rounds, meetings, minutes and opinions, and the generated opinions for scale tests. */
class DemoWorkTest {

    @TempDir
    Path folder;

    @Test
    void theDemoHasTwoRoundsWithAMeetingPerHamletAndOpinions() {
        try (AppContext context = TestContexts.open(folder)) {
            DemoService.Summary summary = context.demo().load(false);

            List<ContactRound> rounds = context.rounds().list();
            assertThat(rounds).extracting(ContactRound::kind)
                    .containsExactly(RoundKind.BEFORE_SESSION, RoundKind.AFTER_SESSION);
            assertThat(summary.rounds()).isEqualTo(2);
            assertThat(summary.meetings()).isEqualTo(24);
            for (ContactRound round : rounds) {
                List<Meeting> meetings = context.meetings().list(round.id());
                assertThat(meetings).hasSize(12);
                assertThat(meetings).flatExtracting(Meeting::hamlets).extracting(Meeting.HamletRef::name)
                        .hasSize(12).doesNotHaveDuplicates().contains("Xóm Bến");
                assertThat(meetings).allSatisfy(m -> {
                    assertThat(m.deputies()).as("deputies of %s", m.hamletNames()).isNotEmpty();
                    assertThat(m.row().chairName()).isNotBlank();
                    assertThat(m.row().secretaryName()).isNotBlank();
                });
            }
            ContactRound july = rounds.get(1);
            ContactRound december = rounds.get(0);
            assertThat(context.meetings().list(july.id())).allSatisfy(m -> {
                assertThat(m.row().status()).isEqualTo(MeetingStatus.HELD);
                assertThat(m.row().meetingDate().getMonthValue()).isEqualTo(7);
                assertThat(m.row().votersPresent()).isLessThan(m.row().votersInvited());
                assertThat(context.opinions().listByMeeting(m.id())).hasSizeBetween(3, 6);
            });
            List<Meeting> decemberMeetings = context.meetings().list(december.id());
            assertThat(decemberMeetings).extracting(m -> m.row().status())
                    .contains(MeetingStatus.HELD, MeetingStatus.PLANNED);
            assertThat(decemberMeetings).allSatisfy(m -> assertThat(m.row().meetingDate().getDayOfMonth()).isLessThan(10));
            assertThat(decemberMeetings).filteredOn(m -> m.row().status() == MeetingStatus.PLANNED)
                    .allSatisfy(m -> assertThat(context.opinions().listByMeeting(m.id())).isEmpty());

            List<Opinion> all = rounds.stream().flatMap(r -> context.meetings().list(r.id()).stream())
                    .flatMap(m -> context.opinions().listByMeeting(m.id()).stream()).toList();
            assertThat(all).hasSize(summary.opinions());
            assertThat(all).filteredOn(o -> o.speakerName() != null).singleElement()
                    .satisfies(o -> assertThat(o.speakerConsent()).isTrue());
            assertThat(all).filteredOn(o -> !o.approved()).hasSize(1);
            assertThat(all).filteredOn(Opinion::answeredAtMeeting).hasSizeGreaterThanOrEqualTo(2);
            assertThat(all).anyMatch(o -> o.content().startsWith("De nghi nao vet"));
            assertThat(all).extracting(Opinion::authority).doesNotContainNull().hasSizeGreaterThan(50);
            assertThat(context.opinions().listItems(july.id())).extracting(OpinionListItem::status)
                    .contains(org.cutri.opinion.OpinionStatus.ANSWERED, org.cutri.opinion.OpinionStatus.FORWARDED,
                            org.cutri.opinion.OpinionStatus.IN_PROGRESS, org.cutri.opinion.OpinionStatus.NOT_COMPETENT);
            assertThat(context.opinions().listItems()).extracting(OpinionListItem::fieldName).doesNotContainNull();
        }
    }

    /**
     * The July round is followed up as an office would: forwarded by letters, most answered, three past their due
     * date on 1 December 2026, two answers judged unsatisfactory, one not for the authorities followed; what is not
     * resolved carries into December, and one December opinion raises a July issue again.
     */
    @Test
    void theJulyRoundIsFollowedUpAndCarriesIntoDecember() {
        try (AppContext context = TestContexts.open(folder)) {
            context.demo().load(false, true);
            List<ContactRound> rounds = context.rounds().list();
            ContactRound july = rounds.get(1);
            ContactRound december = rounds.get(0);
            List<FollowUpIssue> issues = context.followUps().issues(july.id());

            assertThat(issues).filteredOn(i -> i.followUp().forwarded())
                    .hasSizeGreaterThan(issues.size() * 3 / 4)
                    .allSatisfy(i -> {
                        assertThat(i.followUp().forwardLetterNo()).matches("\\d+/CV-MTTQ");
                        assertThat(i.followUp().forwardDate()).isBetween(LocalDate.of(2026, 7, 25),
                                LocalDate.of(2026, 8, 31));
                    });
            assertThat(issues).extracting(i -> i.followUp().forwardAgency())
                    .contains("UBND xã Tân Phúc", "UBND tỉnh An Sơn", "Điện lực Tân Phúc");
            assertThat(issues).filteredOn(i -> i.followUp().answered()).hasSizeGreaterThan(issues.size() / 2)
                    .allSatisfy(i -> assertThat(i.followUp().answerText()).isNotBlank());
            assertThat(issues).filteredOn(i -> i.followUp().answeredLate()).isNotEmpty();
            assertThat(context.followUps().overdue(LocalDate.of(2026, 12, 1))).hasSizeBetween(2, 3);
            assertThat(issues).filteredOn(i -> i.followUp().assessment() == Assessment.UNSATISFACTORY).hasSize(2)
                    .allSatisfy(i -> assertThat(i.followUp().assessmentNote()).isNotBlank());
            assertThat(issues).filteredOn(i -> i.followUp().status() == OpinionStatus.NOT_COMPETENT).singleElement()
                    .satisfies(i -> assertThat(i.followUp().redirectedTo()).isNotBlank());

            List<FollowUpIssue> carried = context.followUps().carriedInto(december.id());
            assertThat(carried).hasSizeGreaterThanOrEqualTo(3).allSatisfy(i -> {
                assertThat(i.carriedOver()).isTrue();
                assertThat(i.roundId()).isEqualTo(july.id());
            });
            assertThat(context.followUps().issues(december.id())).filteredOn(i -> i.raisedTimes() == 2)
                    .singleElement().satisfies(i -> assertThat(i.firstRaisedOn().getMonthValue()).isEqualTo(7));
        }
    }

    @Test
    void generatedOpinionsAreAddedToTheDemoWithUniqueCodes() {
        try (AppContext context = TestContexts.open(folder)) {
            DemoService.Summary summary = context.demo().load(false);

            DemoService.Generated generated = context.demo().addGeneratedOpinions(2000);
            DemoService.Generated again = context.demo().addGeneratedOpinions(10);

            assertThat(generated.demoLoaded()).isNull();
            assertThat(generated.meetings()).isEqualTo(24);
            List<OpinionListItem> items = context.opinions().listItems();
            assertThat(items).hasSize(summary.opinions() + 2010);
            Set<String> codes = new HashSet<>();
            items.forEach(i -> codes.add(i.code()));
            assertThat(codes).hasSize(items.size());
            assertThat(codes).contains("SL1-002000", "SL2-000010");
            assertThat(again.opinions()).isEqualTo(10);
        }
    }

    @Test
    void theDemoCommandWithOpinionsLoadsTheDemoFirstOnEmptyDataAndPrintsTheTime() {
        String dir = folder.resolve("cli").toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = org.cutri.testing.CommandLines.run(new String[] {"--data-dir", dir, "demo", "--opinions", "500"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("12 thôn").contains("2 đợt tiếp xúc")
                .containsPattern("Đã thêm 500 ý kiến sinh tự động vào 24 hội nghị trong [0-9]+[.,][0-9] giây");

        out.reset();
        assertThat(org.cutri.testing.CommandLines.run(new String[] {"--data-dir", dir, "demo", "--opinions", "100"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream())))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("12 thôn").contains("Đã thêm 100 ý kiến");
    }
}
