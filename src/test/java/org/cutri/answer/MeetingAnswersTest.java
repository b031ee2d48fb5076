package org.cutri.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingDraft;
import org.cutri.meeting.MeetingForm;
import org.cutri.meeting.MeetingStatus;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is read back at a meeting of a later round, over three rounds on a real H2 file (the demo's July and December,
 * and a March 2027 round added): a settled answer read back once is not read back again, an answer the voters found
 * unsatisfactory is, and an issue raised again is carried on by the newer opinion.
 */
class MeetingAnswersTest {

    private static final String DONG_HAI = "Thôn Đông Hải";

    @TempDir
    Path folder;

    private AppContext context;
    private FollowUpService followUps;
    private MeetingAnswers answers;
    private ContactRound july;
    private Meeting december;
    private Meeting march;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        context.demo().load(false);
        Clock clock = Clock.fixed(LocalDate.of(2027, 3, 10).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        followUps = new FollowUpService(context.database().jdbi(), clock);
        answers = new MeetingAnswers(context.database().jdbi(), followUps);
        List<ContactRound> rounds = context.rounds().list();
        july = rounds.stream().filter(r -> r.startDate().getMonthValue() == 7).findFirst().orElseThrow();
        ContactRound dec = rounds.stream().filter(r -> r.startDate().getMonthValue() == 12).findFirst().orElseThrow();
        december = dongHai(dec);
        ContactRound next = context.rounds().create(new RoundDraft(null, RoundKind.THEMATIC,
                "Tiếp xúc cử tri tháng 3 năm 2027", null, null, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), null,
                null, null, null));
        int hamlet = december.hamlets().get(0).id();
        march = context.meetings().create(new MeetingDraft(next.id(), LocalDate.of(2027, 3, 2), LocalTime.of(8, 0),
                LocalTime.of(10, 0), "Nhà văn hóa thôn Đông Hải", MeetingForm.IN_PERSON, null, null,
                MeetingStatus.PLANNED, List.of(hamlet), december.deputies().stream().map(Meeting.DeputyRef::id).toList()));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Meeting dongHai(ContactRound round) {
        return context.meetings().list(round.id()).stream().filter(m -> m.hamletNames().equals(DONG_HAI)).findFirst()
                .orElseThrow();
    }

    private static List<Integer> leads(List<MeetingAnswers.ReadBackItem> items) {
        return items.stream().map(i -> i.issue().leadId()).toList();
    }

    @Test
    void aMeetingHearsItsHamletsEarlierIssuesOnce() {
        // The demo settles every July issue of Đông Hải; the last one is taken back to "forwarded" to stay open.
        List<FollowUpIssue> dongHai = followUps.issues(july.id()).stream().filter(i -> i.hamlets().contains(DONG_HAI))
                .toList();
        if (dongHai.stream().allMatch(FollowUpIssue::resolved)) {
            followUps.reopen(dongHai.get(dongHai.size() - 1));
        }
        List<FollowUpIssue> julyOfDongHai = followUps.issues(july.id()).stream()
                .filter(i -> i.hamlets().contains(DONG_HAI)).toList();
        assertThat(leads(answers.readBackAt(december.id())))
                .containsExactlyElementsOf(julyOfDongHai.stream().map(FollowUpIssue::leadId).toList());

        List<FollowUpIssue> answeredBefore = julyOfDongHai.stream().filter(FollowUpIssue::resolved).toList();
        FollowUpIssue open = julyOfDongHai.stream().filter(i -> !i.resolved()).findFirst().orElseThrow();
        FollowUpIssue settled = followUps.answer(answeredBefore.get(0), new Answer("UBND xã", "5/UBND",
                LocalDate.of(2026, 9, 1), "Đã sửa xong.", AnswerResult.ACTION), AnswerSource.TYPED);
        FollowUpIssue disputed = followUps.answer(answeredBefore.get(1), new Answer("UBND xã", "6/UBND",
                LocalDate.of(2026, 9, 1), "Sẽ xem xét.", AnswerResult.EXPLANATION), AnswerSource.TYPED);
        answers.react(december.id(), settled, Assessment.SATISFACTORY, null);
        answers.react(december.id(), disputed, Assessment.UNSATISFACTORY, "Chưa rõ thời gian");
        int again = followUps.issues(december.row().roundId()).stream().filter(i -> i.hamlets().contains(DONG_HAI))
                .findFirst().orElseThrow().leadId();
        RaisedAgain link = answers.linkRaisedAgain(again, open.leadId());
        assertThat(link.raisedTimes()).isEqualTo(2);
        assertThat(answers.raisedAgainAt(december.id())).containsOnlyKeys(again);

        List<MeetingAnswers.ReadBackItem> atDecember = answers.readBackAt(december.id());
        assertThat(leads(atDecember)).as("linked at this very meeting: still read back here")
                .contains(settled.leadId(), disputed.leadId(), open.leadId());
        MeetingAnswers.ReadBackItem heard = atDecember.stream().filter(i -> i.issue().leadId() == disputed.leadId())
                .findFirst().orElseThrow();
        assertThat(heard.reaction()).isEqualTo(Assessment.UNSATISFACTORY);
        assertThat(heard.note()).isEqualTo("Chưa rõ thời gian");

        List<Integer> atMarch = leads(answers.readBackAt(march.id()));
        assertThat(atMarch).as("settled and read back in December").doesNotContain(settled.leadId());
        assertThat(atMarch).as("not satisfactory to the voters: read back again").contains(disputed.leadId());
        assertThat(atMarch).as("carried on by the December opinion").doesNotContain(open.leadId()).contains(again);
        assertThat(leads(answers.readBackAt(march.id()))).doesNotHaveDuplicates();

        answers.unlinkRaisedAgain(again);
        assertThat(leads(answers.readBackAt(march.id()))).contains(open.leadId());
    }
}
