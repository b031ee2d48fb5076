package org.cutri.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.conference.CommendationKind;
import org.cutri.conference.Conference;
import org.cutri.conference.PaperTask;
import org.cutri.conference.Participant;
import org.cutri.conference.ParticipantCategory;
import org.cutri.plan.CalendarEntry;
import org.cutri.plan.DutyWork;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's summary conference: programme, participants in protocol order, one paper received and one overdue, the
 * commendation list, and its papers and day on the duty calendar; loading the demo again leaves one conference.
 */
class DemoConferenceTest {

    @TempDir
    Path folder;

    @Test
    void theDemoHoldsOneSummaryConferenceWithItsPapersOnTheCalendar() {
        try (AppContext context = TestContexts.open(folder.resolve("data"))) {
            context.demo().load(false, true);
            LocalDate today = LocalDate.now();

            List<Conference> all = context.conferences().conferences();
            assertThat(all).hasSize(1);
            Conference c = all.get(0);
            assertThat(c.heldOn()).isEqualTo(today.plusDays(5));
            assertThat(c.points()).hasSize(2);
            assertThat(context.conferences().items(c.id())).hasSizeGreaterThanOrEqualTo(5);
            List<Participant> participants = context.conferences().participants(c.id());
            assertThat(participants.get(0).category()).isEqualTo(ParticipantCategory.UPPER_LEADERS);
            assertThat(participants).allMatch(p -> p.invitationNumber() == null);
            List<PaperTask> tasks = context.conferences().tasks(c.id());
            assertThat(tasks).filteredOn(PaperTask::received).hasSize(1);
            assertThat(tasks).filteredOn(t -> t.overdue(today)).hasSize(1);
            assertThat(context.conferences().commendations(c.id())).extracting(x -> x.kind())
                    .contains(CommendationKind.COLLECTIVE, CommendationKind.INDIVIDUAL);

            List<CalendarEntry> due = context.dutyCalendar().entries(today, today.plusDays(30)).stream()
                    .filter(e -> e.duty().work() == DutyWork.CONFERENCES).toList();
            // three papers not received and the conference day
            assertThat(due).hasSize(4);
            assertThat(due).allMatch(e -> e.duty().sourceId() == c.id());

            context.demo().load(true, true);
            assertThat(context.conferences().conferences()).hasSize(1);
        }
    }
}
