package org.cutri.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cutri.app.AppContext;
import org.cutri.assignment.Assignment;
import org.cutri.common.UserException;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilSession;
import org.cutri.deputy.Deputy;
import org.cutri.hamlet.Hamlet;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planning a round's meetings and finding the problems of its schedule, on a real H2 file with the demo commune. */
class MeetingPlanServiceTest {

    @TempDir
    Path folder;

    private AppContext context;
    private ContactRound round;
    private CouncilSession third;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder);
        context.demo().load(false);
        int term = context.councils().currentTerm().orElseThrow().id();
        third = context.councils().sessions(term).stream()
                .filter(s -> s.level() == CouncilLevel.COMMUNE && s.number() == 3).findFirst().orElseThrow();
        round = context.rounds().create(new RoundDraft(third.id(), RoundKind.BEFORE_SESSION,
                "Tiếp xúc cử tri trước kỳ họp thứ 3, HĐND xã khóa I, nhiệm kỳ 2026–2031", LocalDate.of(2026, 11, 26),
                "Hội trường UBND xã", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 8),
                LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 17), null));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Hamlet hamlet(String name) {
        return context.hamlets().list().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    private List<MeetingConflict> conflicts() {
        return MeetingConflicts.find(context.rounds().get(round.id()), context.meetings().list(round.id()),
                context.hamlets().list());
    }

    @Test
    void everyHamletGetsOneMeetingAtItsCulturalHouseWithItsAssignedDeputies() {
        List<Meeting> created = context.meetingPlans().createForEveryHamlet(round.id());

        List<Hamlet> hamlets = context.hamlets().list();
        assertThat(created).hasSize(hamlets.size());
        assertThat(created).allSatisfy(m -> assertThat(m.hamlets()).hasSize(1));
        assertThat(created.stream().map(Meeting::hamletNames))
                .containsExactlyInAnyOrderElementsOf(hamlets.stream().map(Hamlet::name).toList());

        int term = context.councils().currentTerm().orElseThrow().id();
        Set<Assignment> assigned = context.assignments().assigned(term);
        Map<Integer, Deputy> deputies = context.deputies().list(term).stream()
                .collect(Collectors.toMap(Deputy::id, Function.identity()));
        Meeting ben = created.stream().filter(m -> m.hamletNames().equals("Xóm Bến")).findFirst().orElseThrow();
        assertThat(ben.row().venue()).isEqualTo("Nhà văn hóa xóm Bến");
        assertThat(ben.row().chairName()).isEqualTo(hamlet("Xóm Bến").frontHeadName());
        Set<Integer> expected = assigned.stream().filter(a -> a.hamletId() == hamlet("Xóm Bến").id())
                .map(Assignment::deputyId).filter(id -> deputies.get(id).level() == CouncilLevel.COMMUNE)
                .collect(Collectors.toSet());
        assertThat(expected).isNotEmpty();
        assertThat(ben.deputies()).extracting(Meeting.DeputyRef::id).containsExactlyInAnyOrderElementsOf(expected);

        assertThat(created).allSatisfy(m -> {
            assertThat(m.row().meetingDate()).isBetween(round.startDate(), round.endDate());
            assertThat(m.row().startTime()).isIn(LocalTime.of(8, 0), LocalTime.of(14, 0), LocalTime.of(19, 30));
            assertThat(m.row().status()).isEqualTo(MeetingStatus.PLANNED);
        });
        assertThat(created.stream().map(m -> m.row().meetingDate()).distinct().count())
                .as("spread over the round's days").isGreaterThanOrEqualTo(4);
        assertThat(conflicts()).as("no deputy double-booked, every hamlet covered").isEmpty();
    }

    @Test
    void aLongRoundHasItsMeetingsSpreadOverItsDaysNotCrowdedIntoTheFirst() {
        // a reviewer's six-day round with three hamlets had all three on its first day (08:00, 14:00, 19:30)
        ContactRound month = context.rounds().create(new RoundDraft(third.id(), RoundKind.BEFORE_SESSION,
                "Tiếp xúc cử tri cả tháng", LocalDate.of(2026, 11, 26), "Hội trường UBND xã", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3),
                LocalDate.of(2027, 1, 10), null));
        int hamlets = context.hamlets().list().size();

        List<Meeting> created = context.meetingPlans().createForEveryHamlet(month.id());

        assertThat(created).hasSize(hamlets);
        assertThat(created.stream().map(m -> m.row().meetingDate()).distinct().count())
                .as("one hamlet a day while the round has days enough").isEqualTo(hamlets);
        assertThat(created.get(created.size() - 1).row().meetingDate())
                .as("the last meeting in the round's second half").isAfter(LocalDate.of(2026, 12, 15));
        assertThat(MeetingConflicts.find(context.rounds().get(month.id()), context.meetings().list(month.id()),
                context.hamlets().list())).isEmpty();
        assertThat(context.meetings().list(month.id())).hasSize(hamlets);
    }

    @Test
    void onlyHamletsWithoutAMeetingGetOneAndASecondRunHasNothingToDo() {
        Hamlet ben = hamlet("Xóm Bến");
        context.meetings().create(new MeetingDraft(round.id(), LocalDate.of(2026, 12, 1), LocalTime.of(8, 0), null,
                "Đình làng", MeetingForm.IN_PERSON, null, null, MeetingStatus.PLANNED, List.of(ben.id()), List.of()));

        List<Meeting> created = context.meetingPlans().createForEveryHamlet(round.id());

        assertThat(created).hasSize(context.hamlets().list().size() - 1);
        assertThat(created).noneMatch(m -> m.hamletNames().equals("Xóm Bến"));
        assertThatThrownBy(() -> context.meetingPlans().createForEveryHamlet(round.id()))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("meeting.plan.nothingToDo"));
    }

    @Test
    void aFailureHalfWayLeavesNoMeetingBehind() {
        // The eighth hamlet in schedule order cannot be stored: everything must be rolled back.
        context.database().jdbi().useHandle(h -> h.execute("ALTER TABLE meeting ADD CONSTRAINT test_refuse CHECK"
                + " (round_id <> " + round.id() + " OR venue <> 'Nhà văn hóa xóm Đồng Chùa')"));

        assertThatThrownBy(() -> context.meetingPlans().createForEveryHamlet(round.id())).isInstanceOf(Exception.class);

        assertThat(context.meetings().list(round.id())).isEmpty();
    }

    @Test
    void aDeputyInTwoOverlappingMeetingsIsReportedAndAChangedTimeClearsIt() {
        context.meetingPlans().createForEveryHamlet(round.id());
        List<Meeting> meetings = context.meetings().list(round.id());
        Meeting first = meetings.get(0);
        Meeting.DeputyRef shared = first.deputies().get(0);
        Meeting other = meetings.stream().filter(m -> m.id() != first.id()
                && m.deputies().stream().anyMatch(d -> d.id() == shared.id())).findFirst().orElseThrow();
        // Same day, 09:00 without an end: counts as 09:00–11:00, overlapping 08:00–10:30.
        Meeting moved = context.meetings().update(other.id(), draft(other, first.row().meetingDate(), LocalTime.of(9, 0),
                null));

        List<MeetingConflict> found = conflicts();
        assertThat(found).hasSize(1);
        MeetingConflict clash = found.get(0);
        assertThat(clash.kind()).isEqualTo(MeetingConflict.Kind.DEPUTY_TWICE);
        assertThat(clash.meetingId()).isEqualTo(moved.id());
        String names = first.deputies().stream().map(Meeting.DeputyRef::fullName)
                .filter(n -> moved.deputies().stream().anyMatch(d -> d.fullName().equals(n)))
                .collect(Collectors.joining(", "));
        assertThat(clash.text(TestContexts.VI)).isEqualTo("Đại biểu " + names + " phải dự hai hội nghị cùng lúc ("
                + MeetingText.dayWithWeekday(first.row().meetingDate()) + "): " + first.hamletNames() + " lúc 08:00 và "
                + moved.hamletNames() + " lúc 09:00. Hãy đổi giờ một hội nghị hoặc đổi đại biểu.");

        context.meetings().update(other.id(), draft(moved, first.row().meetingDate(), LocalTime.of(11, 0), null));
        assertThat(conflicts()).isEmpty();
    }

    @Test
    void aHamletWithoutMeetingAndMeetingsOnWrongDaysAreReported() {
        context.meetingPlans().createForEveryHamlet(round.id());
        List<Meeting> meetings = context.meetings().list(round.id());
        Meeting missing = meetings.get(0);
        context.meetings().delete(missing.id());
        Meeting late = meetings.get(1);
        Meeting outside = meetings.get(2);
        Meeting sessionDay = meetings.get(3);
        Meeting afterSession = meetings.get(4);
        context.meetings().update(late.id(), draft(late, LocalDate.of(2026, 12, 10), LocalTime.of(8, 0), null));
        context.meetings().update(outside.id(), draft(outside, LocalDate.of(2026, 11, 30), LocalTime.of(8, 0), null));
        context.meetings().update(sessionDay.id(), draft(sessionDay, LocalDate.of(2026, 12, 17), LocalTime.of(8, 0), null));
        context.meetings().update(afterSession.id(), draft(afterSession, LocalDate.of(2026, 12, 19), LocalTime.of(8, 0),
                null));

        Map<MeetingConflict.Kind, List<MeetingConflict>> byKind = conflicts().stream()
                .collect(Collectors.groupingBy(MeetingConflict::kind));

        assertThat(byKind.get(MeetingConflict.Kind.HAMLET_WITHOUT_MEETING)).singleElement()
                .satisfies(c -> assertThat(c.text(TestContexts.VI)).isEqualTo(missing.hamletNames()
                        + " chưa có hội nghị nào trong đợt này. Hãy thêm hội nghị cho thôn, xóm này."));
        assertThat(byKind.get(MeetingConflict.Kind.AFTER_DEADLINE)).extracting(MeetingConflict::meetingId)
                .containsExactlyInAnyOrder(late.id(), sessionDay.id(), afterSession.id());
        assertThat(byKind.get(MeetingConflict.Kind.OUTSIDE_ROUND)).extracting(MeetingConflict::meetingId)
                .containsExactlyInAnyOrder(late.id(), outside.id(), sessionDay.id(), afterSession.id());
        assertThat(byKind.get(MeetingConflict.Kind.SESSION_DAY)).singleElement()
                .satisfies(c -> assertThat(c.text(TestContexts.VI)).isEqualTo("Hội nghị " + sessionDay.hamletNames()
                        + " (Thứ Năm, 17/12/2026) họp đúng ngày khai mạc kỳ họp. Hãy chuyển sang ngày khác."));
        assertThat(byKind.get(MeetingConflict.Kind.AFTER_SESSION)).extracting(MeetingConflict::meetingId)
                .containsExactly(afterSession.id());
        assertThat(byKind.get(MeetingConflict.Kind.OUTSIDE_ROUND).get(0).text(TestContexts.VI))
                .contains("nằm ngoài thời gian của đợt (từ 01/12/2026 đến 05/12/2026)");
    }

    @Test
    void aPostponedMeetingNeitherClashesNorCoversItsHamlet() {
        context.meetingPlans().createForEveryHamlet(round.id());
        Meeting first = context.meetings().list(round.id()).get(0);
        Meeting row = first;
        context.meetings().update(first.id(), new MeetingDraft(round.id(), row.row().meetingDate(), row.row().startTime(),
                row.row().endTime(), row.row().venue(), row.row().form(), row.row().chairName(), null,
                MeetingStatus.POSTPONED, row.hamlets().stream().map(Meeting.HamletRef::id).toList(),
                row.deputies().stream().map(Meeting.DeputyRef::id).toList()));

        assertThat(conflicts()).extracting(MeetingConflict::kind).containsExactly(MeetingConflict.Kind.HAMLET_WITHOUT_MEETING);
    }

    @Test
    void theProposedDeputiesOfSeveralHamletsAreThoseAssignedToAnyOfThem() {
        Hamlet ben = hamlet("Xóm Bến");
        Hamlet dong = hamlet("Thôn Đông Hải");
        Set<Integer> both = new HashSet<>();
        both.addAll(context.meetingPlans().proposedByHamlet(round.id()).get(ben.id()));
        both.addAll(context.meetingPlans().proposedByHamlet(round.id()).get(dong.id()));

        assertThat(context.meetingPlans().proposedDeputies(round.id(), List.of(ben.id(), dong.id())))
                .extracting(Deputy::id).containsExactlyInAnyOrderElementsOf(both);
    }

    @Test
    void overlapCountsAMeetingWithoutEndAsTwoHours() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        assertThat(MeetingConflicts.overlap(day, LocalTime.of(8, 0), null, day, LocalTime.of(9, 59), null)).isTrue();
        assertThat(MeetingConflicts.overlap(day, LocalTime.of(8, 0), null, day, LocalTime.of(10, 0), null)).isFalse();
        assertThat(MeetingConflicts.overlap(day, LocalTime.of(8, 0), LocalTime.of(9, 0), day, LocalTime.of(9, 0), null))
                .isFalse();
        assertThat(MeetingConflicts.overlap(day, LocalTime.of(8, 0), null, day.plusDays(1), LocalTime.of(8, 0), null))
                .isFalse();
    }

    private MeetingDraft draft(Meeting m, LocalDate day, LocalTime start, LocalTime end) {
        return new MeetingDraft(round.id(), day, start, end, m.row().venue(), m.row().form(), m.row().chairName(),
                m.row().secretaryName(), m.row().status(), m.hamlets().stream().map(Meeting.HamletRef::id).toList(),
                m.deputies().stream().map(Meeting.DeputyRef::id).toList());
    }
}
