package org.cutri.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.plan.CalendarEntry;
import org.cutri.plan.DueState;
import org.cutri.plan.DutyCalendar;
import org.cutri.plan.DutyDraft;
import org.cutri.plan.DutyWork;
import org.cutri.plan.OfficePlan;
import org.cutri.plan.PlanKind;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contact round's hand-in and compilation days on the duty calendar when no plan carries them and the round's plan
 * is issued, at fixed days: due, overdue, the hand-in left once the compilation day passed, gone when the report is
 * issued, and never nagging about a round more than 30 days past its compilation day.
 */
class RoundDeadlinesTest {

    private static final LocalDate HAND_IN = LocalDate.of(2026, 12, 11);
    private static final LocalDate COMPILE = LocalDate.of(2026, 12, 14);

    @TempDir
    Path folder;

    private AppContext context;
    private ContactRound round;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder.resolve("data"));
        round = context.rounds().create(new RoundDraft(null, RoundKind.THEMATIC, "Tiếp xúc chuyên đề đất đai", null, null,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 9), HAND_IN, COMPILE, null, null));
        context.rounds().issuePlan(round.id(), LocalDate.of(2026, 11, 25));
        // a round without its dates has nothing to remind of
        ContactRound undated = context.rounds().create(new RoundDraft(null, RoundKind.THEMATIC,
                "Tiếp xúc chuyên đề môi trường", null, null, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3), null,
                null, null, null));
        context.rounds().issuePlan(undated.id(), LocalDate.of(2026, 11, 26));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private List<CalendarEntry> at(LocalDate today) {
        return context.dutyCalendar().at(today).all();
    }

    @Test
    void theRoundsHandInAndCompilationDaysAreOnTheCalendarAndOpenTheirScreensOnTheRound() {
        List<CalendarEntry> entries = at(LocalDate.of(2026, 12, 3));

        assertThat(entries).extracting(e -> e.duty().what()).containsExactly(RoundDeadlines.HAND_IN, RoundDeadlines.COMPILE);
        assertThat(entries).extracting(CalendarEntry::due).containsExactly(HAND_IN, COMPILE);
        assertThat(entries).extracting(CalendarEntry::plan).containsOnly("Tiếp xúc chuyên đề đất đai");
        assertThat(entries).extracting(CalendarEntry::state).containsOnly(DueState.NEXT_DAYS);
        assertThat(entries).extracting(e -> e.duty().work()).containsExactly(DutyWork.MINUTES, DutyWork.REPORTS);
        assertThat(entries).extracting(e -> e.duty().sourceId()).containsOnly(round.id());
        assertThat(entries).noneMatch(CalendarEntry::planDuty);
    }

    @Test
    void aLateHandInIsOverdueUntilTheCompilationDayPassesThenTheCompilationStandsForIt() {
        DutyCalendar.Calendar friday = context.dutyCalendar().at(LocalDate.of(2026, 12, 12));
        assertThat(friday.overdue()).extracting(e -> e.duty().what()).containsExactly(RoundDeadlines.HAND_IN);
        assertThat(friday.overdue()).extracting(CalendarEntry::daysLate).containsExactly(1L);
        assertThat(friday.nextDays()).extracting(e -> e.duty().what()).containsExactly(RoundDeadlines.COMPILE);

        assertThat(at(COMPILE)).extracting(e -> e.duty().what())
                .containsExactly(RoundDeadlines.HAND_IN, RoundDeadlines.COMPILE);
        DutyCalendar.Calendar after = context.dutyCalendar().at(COMPILE.plusDays(1));
        assertThat(after.all()).extracting(e -> e.duty().what()).containsExactly(RoundDeadlines.COMPILE);
        assertThat(after.overdue()).extracting(CalendarEntry::daysLate).containsExactly(1L);
    }

    @Test
    void aRoundIsRemindedOfForThirtyDaysAfterItsCompilationDayThenNoMore() {
        assertThat(at(COMPILE.plusDays(RoundDeadlines.RECENT_DAYS))).extracting(CalendarEntry::daysLate)
                .containsExactly(30L);
        assertThat(at(COMPILE.plusDays(RoundDeadlines.RECENT_DAYS + 1))).isEmpty();
        assertThat(at(LocalDate.of(2027, 6, 1))).isEmpty();
    }

    @Test
    void issuingTheRoundsReportTakesBothDaysOffAndCancellingItsNumberBringsThemBack() {
        ReportIssue issue = context.reports().issue(round.id(), LocalDate.of(2026, 12, 10));

        assertThat(at(LocalDate.of(2026, 12, 3))).isEmpty();
        assertThat(at(COMPILE.plusDays(2))).isEmpty();

        context.documentNumbers().register().cancel(issue.issueYear(), issue.number(), "Ghi nhầm ngày");
        assertThat(at(LocalDate.of(2026, 12, 12))).extracting(e -> e.duty().what())
                .containsExactly(RoundDeadlines.HAND_IN, RoundDeadlines.COMPILE);
    }

    @Test
    void aRoundWhosePlanIsNotIssuedIsNotRemindedOfItsDatesAreStillADraft() {
        context.rounds().create(new RoundDraft(null, RoundKind.THEMATIC, "Tiếp xúc chuyên đề giao thông", null, null,
                LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 8), null, null));

        assertThat(at(LocalDate.of(2026, 12, 3))).extracting(CalendarEntry::plan)
                .containsOnly("Tiếp xúc chuyên đề đất đai");
    }

    @Test
    void aPlansDutyOnTheRoundCarriesItsDateInsteadDoneOrNot() {
        OfficePlan plan = context.plans().create(PlanKind.FREE, null, LocalDate.of(2026, 11, 20));
        var compile = context.plans().addDuty(plan.id(), new DutyDraft("Tổng hợp ý kiến cử tri chuyên đề đất đai",
                "Văn phòng", null, null, LocalDate.of(2026, 12, 15), null, DutyWork.REPORTS, round.id()));

        assertThat(at(LocalDate.of(2026, 12, 3))).extracting(e -> e.duty().what())
                .containsExactly(RoundDeadlines.HAND_IN, "Tổng hợp ý kiến cử tri chuyên đề đất đai");

        context.plans().markDone(compile.id(), LocalDate.of(2026, 12, 3), null);
        assertThat(at(LocalDate.of(2026, 12, 3))).extracting(e -> e.duty().what())
                .containsExactly(RoundDeadlines.HAND_IN);
    }
}
