package org.cutri.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.hamlet.Hamlet;
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

/** Rounds, meetings and opinions stored on a real H2 file. */
class OpinionCoreTest {

    @TempDir
    Path folder;

    private AppContext context;
    private Meeting meeting;
    private ContactRound round;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        context.demo().load(false);
        round = context.rounds().create(new RoundDraft(null, RoundKind.BEFORE_SESSION, "Tiếp xúc cử tri trước kỳ họp thứ ba",
                LocalDate.of(2026, 11, 20), null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5),
                LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 17), null));
        Hamlet ben = context.hamlets().list().stream().filter(h -> h.name().equals("Xóm Bến")).findFirst().orElseThrow();
        int deputy = context.deputies().list().get(0).id();
        meeting = context.meetings().create(new MeetingDraft(round.id(), LocalDate.of(2026, 12, 2), LocalTime.of(8, 0),
                LocalTime.of(10, 30), "Nhà văn hóa xóm Bến", MeetingForm.IN_PERSON, null, null, MeetingStatus.PLANNED,
                List.of(ben.id()), List.of(deputy)));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void opinionsGetCodesInOrderAndKeepTheirTextInNfc() {
        Opinion first = context.opinions().add(meeting.id(), OpinionDraft.of(
                java.text.Normalizer.normalize("Đề nghị sửa đường nước sạch", java.text.Normalizer.Form.NFD)));
        Opinion second = context.opinions().add(meeting.id(), OpinionDraft.of("Đề nghị lắp đèn đường"));

        assertThat(first.code()).isEqualTo("YK" + round.id() + "-001");
        assertThat(second.code()).isEqualTo("YK" + round.id() + "-002");
        assertThat(first.content()).isEqualTo("Đề nghị sửa đường nước sạch");
        assertThat(context.opinions().listByMeeting(meeting.id())).extracting(Opinion::seq).containsExactly(1, 2);
        assertThat(context.opinions().listItems(round.id())).extracting(OpinionListItem::hamletName).containsOnly("Xóm Bến");
    }

    @Test
    void anOpinionWithoutAMajorityIsKeptButNotApproved() {
        Opinion added = context.opinions().add(meeting.id(), OpinionDraft.of("Đề nghị đổi giờ họp"));
        Opinion voted = context.opinions().update(added.id(), added.version(), new OpinionDraft(null, added.content(),
                OpinionKind.PETITION,
                null, Authority.COMMUNE, null, null, false, 20, 45, false, null, null));

        assertThat(voted.approved()).isFalse();
        assertThat(context.opinions().find(added.id())).hasValueSatisfying(o -> assertThat(o.votesFor()).isEqualTo(20));
    }

    @Test
    void aSpeakersNameIsKeptOnlyWithConsent() {
        Opinion added = context.opinions().add(meeting.id(), new OpinionDraft(null, "Phản ánh ô nhiễm", OpinionKind.REFLECTION,
                null, null, null, "Nguyễn Văn Tý", false, null, null, false, null, null));
        assertThat(added.speakerName()).isNull();

        Opinion named = context.opinions().update(added.id(), added.version(), new OpinionDraft(null, "Phản ánh ô nhiễm",
                OpinionKind.REFLECTION, null, null, null, "Nguyễn Văn Tý", true, null, null, false, null, null));
        assertThat(named.speakerName()).isEqualTo("Nguyễn Văn Tý");
    }

    @Test
    void aMeetingWithOpinionsCannotBeDeletedAndARoundWithMeetingsNeither() {
        context.opinions().add(meeting.id(), OpinionDraft.of("Đề nghị"));
        assertThatThrownBy(() -> context.meetings().delete(meeting.id())).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> context.rounds().delete(round.id())).isInstanceOf(UserException.class);
    }

    @Test
    void aHamletOrADeputyOnRecordInAMeetingCannotBeDeleted() {
        int hamlet = meeting.hamlets().get(0).id();
        int deputy = meeting.deputies().get(0).id();

        assertThatThrownBy(() -> context.hamlets().delete(hamlet))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key())
                .isEqualTo("hamlet.delete.meetings");
        assertThatThrownBy(() -> context.deputies().delete(deputy))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key())
                .isEqualTo("deputy.delete.meetings");
        assertThat(context.hamlets().find(hamlet)).isPresent();
        assertThat(context.deputies().find(deputy)).isPresent();
    }

    @Test
    void thePlanNumberComesFromTheYearlySequenceAtIssueAndIsKept() {
        context.schedulePlans().build(round.id(), LocalDate.of(2026, 11, 20));
        assertThat(context.rounds().get(round.id()).planNumber()).as("a draft print takes no number").isNull();
        assertThat(context.documentRegister().list(2026)).isEmpty();
        ContactRound numbered = context.rounds().issuePlan(round.id(), LocalDate.of(2026, 11, 21));
        assertThat(numbered.planNumber()).isEqualTo(1);
        assertThat(numbered.planDate()).as("the plan is dated the day it is issued").isEqualTo(LocalDate.of(2026, 11, 21));
        ContactRound again = context.rounds().issuePlan(round.id(), LocalDate.of(2026, 11, 22));
        assertThat(again.planNumber()).as("issuing twice keeps the number").isEqualTo(1);
        assertThat(again.planDate()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(context.documentNumbers().next("BC", "Báo cáo", LocalDate.of(2026, 11, 23))).isEqualTo(2);
        assertThat(context.documentNumbers().next("BC", "Báo cáo", LocalDate.of(2027, 1, 3))).isEqualTo(1);
    }

    @Test
    void deputiesWhoStayKeepTheirPresenceWhenTheMeetingChanges() {
        int deputy = meeting.deputies().get(0).id();
        context.meetings().setPresent(meeting.id(), deputy, true);
        int other = context.deputies().list().get(1).id();
        Meeting changed = context.meetings().update(meeting.id(), new MeetingDraft(round.id(), LocalDate.of(2026, 12, 3),
                LocalTime.of(14, 0), LocalTime.of(16, 0), "Hội trường thôn", MeetingForm.HYBRID, null, null,
                MeetingStatus.PLANNED, meeting.hamlets().stream().map(Meeting.HamletRef::id).toList(), List.of(deputy, other)));

        assertThat(changed.deputies()).extracting(Meeting.DeputyRef::id).containsExactlyInAnyOrder(deputy, other);
        assertThat(changed.deputies()).filteredOn(d -> d.id() == deputy).allMatch(Meeting.DeputyRef::present);
        assertThat(changed.deputies()).filteredOn(d -> d.id() == other).noneMatch(Meeting.DeputyRef::present);
    }
}
