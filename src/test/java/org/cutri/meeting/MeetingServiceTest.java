package org.cutri.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.hamlet.Hamlet;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.testing.DemoData;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Meetings and their deputies as stored, on a real H2 file with the demo commune. */
class MeetingServiceTest {

    @TempDir
    static Path folder;
    private static Path demo;

    private AppContext context;
    private Meeting meeting;
    private List<Integer> deputies;

    @BeforeAll
    static void buildDemo() {
        demo = DemoData.create(folder.resolve("demo"));
    }

    @BeforeEach
    void open() {
        context = DemoData.openCopy(demo, folder);
        ContactRound round = context.rounds().create(new RoundDraft(null, RoundKind.THEMATIC, "Đợt thử đại biểu", null,
                null, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8), null, null, null, null));
        Hamlet hamlet = context.hamlets().list().get(0);
        deputies = context.deputies().list().stream().limit(2).map(d -> d.id()).toList();
        meeting = context.meetings().create(draft(round.id(), hamlet.id(), deputies));
        context.meetings().setPresent(meeting.id(), deputies.get(0), true);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static MeetingDraft draft(int roundId, int hamletId, List<Integer> deputyIds) {
        return new MeetingDraft(roundId, LocalDate.of(2027, 1, 5), LocalTime.of(8, 0), LocalTime.of(10, 0),
                "Nhà văn hóa", MeetingForm.IN_PERSON, null, null, MeetingStatus.PLANNED, List.of(hamletId), deputyIds);
    }

    @Test
    void theDaoKeepsOnlyTheDeputiesGivenEvenNone() {
        context.database().jdbi().useTransaction(handle -> handle.attach(MeetingDao.class)
                .keepOnlyDeputies(meeting.id(), List.of(deputies.get(0))));
        assertThat(context.meetings().get(meeting.id()).deputies()).extracting(Meeting.DeputyRef::id)
                .containsExactly(deputies.get(0));
        assertThat(context.meetings().get(meeting.id()).deputies().get(0).present()).isTrue();

        context.database().jdbi().useTransaction(handle -> handle.attach(MeetingDao.class)
                .keepOnlyDeputies(meeting.id(), List.of()));
        assertThat(context.meetings().get(meeting.id()).deputies()).isEmpty();
    }

    @Test
    void aMeetingSavedWithEveryDeputyUntickedHasNone() {
        MeetingRow row = meeting.row();
        Meeting saved = context.meetings().update(meeting.id(), draft(row.roundId(), meeting.hamlets().get(0).id(),
                List.of()));
        assertThat(saved.deputies()).isEmpty();
        assertThat(context.meetings().get(meeting.id()).deputies()).isEmpty();

        Meeting again = context.meetings().update(meeting.id(), draft(row.roundId(), meeting.hamlets().get(0).id(),
                deputies));
        assertThat(again.deputies()).extracting(Meeting.DeputyRef::id).containsExactlyInAnyOrderElementsOf(deputies);
    }

    @Test
    void aMeetingWithoutDeputiesIsAProblemOfTheScheduleUnlessPostponed() {
        MeetingRow row = meeting.row();
        int hamlet = meeting.hamlets().get(0).id();
        assertThat(problems(row.roundId())).noneMatch(c -> c.kind() == MeetingConflict.Kind.NO_DEPUTY);

        context.meetings().update(meeting.id(), draft(row.roundId(), hamlet, List.of()));
        assertThat(problems(row.roundId())).filteredOn(c -> c.kind() == MeetingConflict.Kind.NO_DEPUTY)
                .singleElement().satisfies(c -> {
                    assertThat(c.meetingId()).isEqualTo(meeting.id());
                    assertThat(c.text(TestContexts.VI)).isEqualTo("Hội nghị " + meeting.hamletNames()
                            + " (Thứ Ba, 05/01/2027) chưa có đại biểu nào dự. Hãy chọn đại biểu cho hội nghị này.");
                    // In English the day is English, as in every other line of the list (it once read "Thứ Ba").
                    assertThat(c.text(org.cutri.common.i18n.Messages.load(java.util.Locale.ENGLISH)))
                            .isEqualTo("The meeting of " + meeting.hamletNames() + " (Tuesday, 05/01/2027) has no"
                                    + " deputy. Choose the deputies who will attend it.");
                });

        MeetingDraft postponed = draft(row.roundId(), hamlet, List.of());
        context.meetings().update(meeting.id(), new MeetingDraft(postponed.roundId(), postponed.meetingDate(),
                postponed.startTime(), postponed.endTime(), postponed.venue(), postponed.form(), null, null,
                MeetingStatus.POSTPONED, postponed.hamletIds(), List.of()));
        assertThat(problems(row.roundId())).noneMatch(c -> c.kind() == MeetingConflict.Kind.NO_DEPUTY);
    }

    private List<MeetingConflict> problems(int roundId) {
        return MeetingConflicts.find(context.rounds().get(roundId), context.meetings().list(roundId),
                context.hamlets().list());
    }
}
