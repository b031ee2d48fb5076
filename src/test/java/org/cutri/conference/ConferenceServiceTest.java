package org.cutri.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.numbering.RegisteredDocument;
import org.cutri.plan.CalendarEntry;
import org.cutri.plan.DutyWork;
import org.cutri.plan.OfficePlan;
import org.cutri.plan.PlanDuty;
import org.cutri.plan.PlanKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conferences, programme, participants, papers, commendations and invitations, on a real H2 file. */
class ConferenceServiceTest {

    static final LocalDate DAY = LocalDate.of(2026, 7, 9);

    @TempDir
    Path folder;

    private AppContext context;
    private ConferenceService conferences;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        conferences = context.conferences();
    }

    @AfterEach
    void close() {
        context.close();
    }

    static ConferenceDraft draft(String title, LocalDate day) {
        return new ConferenceDraft(ConferenceKind.SUMMARY, title, day, LocalTime.of(8, 0), LocalTime.of(11, 0),
                VenueMode.BOTH, "Hội trường UBND xã", List.of("Nhà văn hóa thôn Đông", "Nhà văn hóa thôn Tây"),
                ConferenceStatus.PLANNED, null);
    }

    private static UserException refused(Runnable work) {
        try {
            work.run();
        } catch (UserException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aConferenceKeepsItsVenuesAndTheUnitsPapersFollowItsDayUnlessTyped() {
        Conference c = conferences.create(draft("Hội nghị tổng kết công tác bầu cử", DAY));
        assertThat(c.mainVenue()).isEqualTo("Hội trường UBND xã");
        assertThat(c.points()).containsExactly("Nhà văn hóa thôn Đông", "Nhà văn hóa thôn Tây");
        assertThat(c.venueLine()).isEqualTo("Hội trường UBND xã (+ 2 điểm cầu)");

        PaperTask computed = conferences.addTask(c.id(), new TaskDraft("Hội Nông dân xã", "Chuẩn bị tham luận",
                "Tham luận về vận động hội viên đi bầu cử", null, null, null));
        PaperTask typed = conferences.addTask(c.id(), new TaskDraft("Đoàn Thanh niên xã", "Chuẩn bị tham luận",
                "Tham luận", LocalDate.of(2026, 7, 1), null, null));
        assertThat(computed.dueDate()).isEqualTo(LocalDate.of(2026, 7, 6));
        assertThat(computed.dueTyped()).isFalse();
        assertThat(typed.dueTyped()).isTrue();

        // The conference moves a week: the computed date follows, the typed one stays.
        conferences.update(c.id(), draft("Hội nghị tổng kết công tác bầu cử", DAY.plusDays(7)));
        assertThat(conferences.tasks(c.id())).extracting(PaperTask::dueDate)
                .containsExactly(LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 1));

        // In person: the connection points are dropped.
        Conference inPerson = conferences.update(c.id(), new ConferenceDraft(ConferenceKind.SUMMARY, c.title(), DAY,
                null, null, VenueMode.IN_PERSON, "Hội trường UBND xã", List.of("Nhà văn hóa thôn Đông"),
                ConferenceStatus.PLANNED, null));
        assertThat(inPerson.points()).isEmpty();

        // Receiving a paper and undoing it.
        PaperTask received = conferences.receive(computed.id(), LocalDate.of(2026, 7, 5), "Nguyễn Văn Thư");
        assertThat(received.received()).isTrue();
        assertThat(received.receivedBy()).isEqualTo("Nguyễn Văn Thư");
        assertThat(received.dueDate()).isEqualTo(LocalDate.of(2026, 7, 6));
        assertThat(conferences.receive(computed.id(), null, "x").receivedBy()).isNull();
    }

    @Test
    void badInputIsOneMessageAndNothingIsStored() {
        assertThat(refused(() -> conferences.create(draft(" ", DAY))).key()).isEqualTo("conference.title.required");
        assertThat(refused(() -> conferences.create(draft("Hội nghị", null))).key())
                .isEqualTo("conference.date.required");
        assertThat(refused(() -> conferences.create(new ConferenceDraft(null, "Hội nghị", DAY, LocalTime.of(10, 0),
                LocalTime.of(9, 0), null, "Hội trường", null, null, null))).key()).isEqualTo("conference.time.order");
        assertThat(refused(() -> conferences.create(new ConferenceDraft(null, "Hội nghị", DAY, null, null, null, "",
                null, null, null))).key()).isEqualTo("conference.venue.required");
        assertThat(conferences.conferences()).isEmpty();

        Conference c = conferences.create(draft("Hội nghị tổng kết", DAY));
        assertThat(refused(() -> conferences.create(draft("HỘI NGHỊ TỔNG KẾT", DAY))).key())
                .isEqualTo("conference.duplicate");
        assertThat(refused(() -> conferences.addParticipant(c.id(), new ParticipantDraft(ParticipantCategory.PARTY,
                " ", null, "", true, null, null))).key()).isEqualTo("conference.participant.who.required");
        assertThat(refused(() -> conferences.addTask(c.id(), new TaskDraft("", "x", null, null, null, null))).key())
                .isEqualTo("conference.task.unit.required");
        assertThat(refused(() -> conferences.addCommendation(c.id(), new CommendationDraft(
                CommendationKind.INDIVIDUAL, "Trần Văn Bình", null, " ", null))).key())
                .isEqualTo("conference.commendation.form.required");
        assertThat(conferences.participants(c.id())).isEmpty();
        assertThat(conferences.tasks(c.id())).isEmpty();
        assertThat(conferences.commendations(c.id())).isEmpty();
        assertThat(refused(() -> conferences.conference(999)).key()).isEqualTo("conference.unknown");
    }

    @Test
    void participantsFollowTheProtocolOrderAndMoveInsideTheirCategory() {
        Conference c = conferences.create(draft("Hội nghị tổng kết", DAY));
        Participant hamlet = conferences.addParticipant(c.id(), new ParticipantDraft(ParticipantCategory.HAMLETS,
                "Lê Văn Tư", "Trưởng thôn", "Thôn Đông", true, null, null));
        Participant party = conferences.addParticipant(c.id(), new ParticipantDraft(ParticipantCategory.PARTY,
                "Phạm Thị Hoa", "Phó Bí thư Đảng ủy", null, true, null, null));
        Participant upper = conferences.addParticipant(c.id(), new ParticipantDraft(ParticipantCategory.UPPER_LEADERS,
                null, null, "Ban Thường trực Ủy ban MTTQ tỉnh", true, null, null));
        Participant hamlet2 = conferences.addParticipant(c.id(), new ParticipantDraft(ParticipantCategory.HAMLETS,
                "Đỗ Văn Năm", "Trưởng thôn", "Thôn Tây", false, Attendance.ABSENT, "Ốm"));

        assertThat(conferences.participants(c.id())).extracting(Participant::id)
                .containsExactly(upper.id(), party.id(), hamlet.id(), hamlet2.id());
        conferences.moveParticipant(hamlet2.id(), true);
        assertThat(conferences.participants(c.id())).extracting(Participant::id)
                .containsExactly(upper.id(), party.id(), hamlet2.id(), hamlet.id());
        // at the top of its category it stays
        conferences.moveParticipant(hamlet2.id(), true);
        assertThat(conferences.participants(c.id())).extracting(Participant::id)
                .containsExactly(upper.id(), party.id(), hamlet2.id(), hamlet.id());
        assertThat(conferences.participants(c.id()).get(2).absenceReason()).isEqualTo("Ốm");
        // present: the reason goes
        assertThat(conferences.setAttendance(hamlet2.id(), Attendance.PRESENT, "Ốm").absenceReason()).isNull();
    }

    @Test
    void invitationsAreNumberedThroughTheRegisterOnlyWhenIssued() {
        Conference c = conferences.create(draft("Hội nghị tổng kết công tác bầu cử", DAY));
        Participant party = conferences.addParticipant(c.id(), new ParticipantDraft(ParticipantCategory.PARTY,
                "Phạm Thị Hoa", "Phó Bí thư Đảng ủy", null, true, null, null));
        Participant upper = conferences.addParticipant(c.id(), new ParticipantDraft(ParticipantCategory.UPPER_LEADERS,
                null, null, "Ban Thường trực Ủy ban MTTQ tỉnh", true, null, null));
        conferences.addParticipant(c.id(), new ParticipantDraft(ParticipantCategory.PRESS, "Phóng viên Đài xã", null,
                null, false, null, null));
        assertThat(context.documentRegister().list(2026)).isEmpty();

        List<Participant> issued = conferences.issueInvitations(c.id(), LocalDate.of(2026, 7, 1));
        // protocol order: the upper level's takes the first number
        assertThat(issued).extracting(Participant::invitationNumber).containsExactly(1, 2, null);
        assertThat(issued.get(0).id()).isEqualTo(upper.id());
        List<RegisteredDocument> register = context.documentRegister().list(2026);
        assertThat(register).extracting(RegisteredDocument::symbol).containsExactly("01/GM-MTTQ-BTT",
                "02/GM-MTTQ-BTT");
        assertThat(register.get(1).summary()).contains("Phạm Thị Hoa", "hội nghị tổng kết công tác bầu cử");

        // Issuing again has nothing to do; a late guest gets the next number.
        assertThat(refused(() -> conferences.issueInvitations(c.id(), LocalDate.of(2026, 7, 2))).key())
                .isEqualTo("conference.invitations.none");
        conferences.addParticipant(c.id(), new ParticipantDraft(ParticipantCategory.FRONT, "Trần Thị Lan",
                "Phó Chủ tịch Ủy ban MTTQ xã", null, true, null, null));
        assertThat(conferences.issueInvitations(c.id(), LocalDate.of(2026, 7, 2))).extracting(
                Participant::invitationNumber).containsExactly(1, 2, 3, null);

        // An issued invitation cannot be withdrawn or deleted, nor its conference.
        assertThat(refused(() -> conferences.deleteParticipant(party.id())).key())
                .isEqualTo("conference.participant.delete.issued");
        assertThat(refused(() -> conferences.updateParticipant(party.id(), new ParticipantDraft(
                ParticipantCategory.PARTY, "Phạm Thị Hoa", null, null, false, null, null))).key())
                .isEqualTo("conference.participant.invitedIssued");
        assertThat(refused(() -> conferences.delete(c.id())).key()).isEqualTo("conference.delete.issued");
        assertThat(conferences.conferences()).hasSize(1);
    }

    @Test
    void theProgrammeKeepsItsOrderAndDeletingRenumbers() {
        Conference c = conferences.create(draft("Hội nghị tổng kết", DAY));
        ProgrammeItem a = conferences.addItem(c.id(), new ItemDraft(LocalTime.of(8, 0), "Ổn định tổ chức", null));
        ProgrammeItem b = conferences.addItem(c.id(), new ItemDraft(LocalTime.of(8, 10), "Khai mạc hội nghị",
                "Chủ tịch Ủy ban MTTQ xã"));
        ProgrammeItem d = conferences.addItem(c.id(), new ItemDraft(null, "Báo cáo tổng kết", null));
        conferences.moveItem(d.id(), true);
        assertThat(conferences.items(c.id())).extracting(ProgrammeItem::content).containsExactly("Ổn định tổ chức",
                "Báo cáo tổng kết", "Khai mạc hội nghị");
        conferences.deleteItem(a.id());
        assertThat(conferences.items(c.id())).extracting(ProgrammeItem::position).containsExactly(1, 2);
        assertThat(conferences.updateItem(b.id(), new ItemDraft(LocalTime.of(8, 15), "Khai mạc", "Chủ tịch"))
                .presenter()).isEqualTo("Chủ tịch");

        conferences.delete(c.id());
        assertThat(conferences.conferences()).isEmpty();
        assertThat(conferences.items(c.id())).isEmpty();
    }

    @Test
    void theCalendarShowsPapersNotReceivedAndTheConferenceDayAndOpensTheConference() {
        Conference c = conferences.create(draft("Hội nghị tổng kết", DAY));
        PaperTask late = conferences.addTask(c.id(), new TaskDraft("Hội Nông dân xã", "Chuẩn bị tham luận",
                "Tham luận của Hội Nông dân", null, null, null));
        PaperTask done = conferences.addTask(c.id(), new TaskDraft("Hội Phụ nữ xã", "Chuẩn bị tham luận",
                "Tham luận của Hội Phụ nữ", null, LocalDate.of(2026, 7, 4), "Văn phòng"));

        List<CalendarEntry> entries = context.dutyCalendar().entries(LocalDate.of(2026, 7, 8), DAY.plusDays(5));
        List<PlanDuty> duties = entries.stream().map(CalendarEntry::duty).filter(d -> d.work() == DutyWork.CONFERENCES)
                .toList();
        assertThat(duties).extracting(PlanDuty::what).containsExactly("Nộp tham luận của Hội Nông dân",
                "Tổ chức hội nghị tổng kết");
        assertThat(duties).extracting(PlanDuty::sourceId).containsOnly(c.id());
        assertThat(duties.get(0).untilDate()).isEqualTo(LocalDate.of(2026, 7, 6));
        assertThat(done.received()).isTrue();
        assertThat(late.received()).isFalse();

        // A held conference has nothing more due.
        conferences.update(c.id(), new ConferenceDraft(ConferenceKind.SUMMARY, c.title(), DAY, null, null,
                VenueMode.IN_PERSON, "Hội trường", List.of(), ConferenceStatus.HELD, null));
        assertThat(context.dutyCalendar().entries(LocalDate.of(2026, 7, 8), DAY.plusDays(5)).stream()
                .filter(e -> e.duty().work() == DutyWork.CONFERENCES)).isEmpty();
    }

    @Test
    void makingThePlanWritesTheConferencesDayAndVenueAndLinksItsDuties() {
        Conference c = conferences.create(draft("Hội nghị tổng kết công tác bầu cử", DAY));
        int planId = context.conferencePlanner().planFor(c.id());
        OfficePlan plan = context.plans().get(planId);
        assertThat(plan.kind()).isEqualTo(PlanKind.SUMMARY_CONFERENCE);
        assertThat(plan.subject()).isEqualTo("Tổ chức hội nghị tổng kết công tác bầu cử");
        assertThat(plan.content()).contains("Thời gian, địa điểm: 08 giờ 00, ngày 09/07/2026, tại Hội trường UBND xã;"
                + " trực tuyến tại các điểm cầu: Nhà văn hóa thôn Đông; Nhà văn hóa thôn Tây");
        List<PlanDuty> duties = context.plans().duties(planId);
        assertThat(duties).filteredOn(d -> d.work() == DutyWork.CONFERENCES).extracting(PlanDuty::untilDate)
                .containsExactly(LocalDate.of(2026, 7, 6), DAY);
        assertThat(conferences.conference(c.id()).planId()).isEqualTo(planId);
        // Asked again, the same plan opens.
        assertThat(context.conferencePlanner().planFor(c.id())).isEqualTo(planId);
        assertThat(context.plans().list()).hasSize(1);
    }

    @Test
    void anInvitationWhoseNumberIsCancelledIsIssuedAgainWithTheNextNumber() {
        Conference c = conferences.create(draft("Hội nghị tổng kết công tác bầu cử", DAY));
        Participant party = conferences.addParticipant(c.id(), new ParticipantDraft(ParticipantCategory.PARTY,
                "Phạm Thị Hoa", "Phó Bí thư Đảng ủy", null, true, null, null));
        assertThat(conferences.issueInvitations(c.id(), LocalDate.of(2026, 7, 1))).extracting(
                Participant::invitationNumber).containsExactly(1);

        context.documentRegister().cancel(2026, 1, "Ghi sai chức vụ");

        Participant again = conferences.participants(c.id()).get(0);
        assertThat(again.id()).isEqualTo(party.id());
        assertThat(again.invitationNumber()).isNull();
        assertThat(conferences.issueInvitations(c.id(), LocalDate.of(2026, 7, 2))).extracting(
                Participant::invitationNumber).containsExactly(2);
    }
}
