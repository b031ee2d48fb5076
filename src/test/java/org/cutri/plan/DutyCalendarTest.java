package org.cutri.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.cutri.app.AppContext;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The duty calendar at given days: overdue, this week (to Sunday), the next 30 days, the reminders at start. */
class DutyCalendarTest {

    @TempDir
    Path folder;

    private AppContext context;
    private PlanService plans;
    private DutyCalendar calendar;
    private OfficePlan plan;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder.resolve("data"));
        plans = new PlanService(context.database().jdbi(), context.documentNumbers(), context.commune(),
                Clock.fixed(LocalDate.of(2026, 12, 31).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                        ZoneId.systemDefault()));
        calendar = new DutyCalendar(plans);
        plan = plans.create(PlanKind.FREE, null, LocalDate.of(2026, 11, 2));
        plans.updateSections(plan.id(), new PlanSections("Công tác tháng 11", null, null, null, null, "Lưu: VT.", null, null));
        // Wednesday 18/11/2026 is "today" in most tests: its week ends on Sunday 22/11.
        add("Báo cáo tháng 10", null, LocalDate.of(2026, 11, 10), null);
        add("Họp Ban Thường trực", LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 17), null);
        add("Nộp danh sách khen thưởng", null, LocalDate.of(2026, 11, 18), null);
        add("Hội nghị tổng kết", LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 22), null);
        add("Gửi báo cáo quý", null, null, LocalDate.of(2026, 11, 23));
        add("Tiếp xúc cử tri", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 18), null);
        add("Tổng kết năm", null, LocalDate.of(2026, 12, 19), null);
        add("Việc không có ngày", null, null, null);
    }

    private PlanDuty add(String what, LocalDate from, LocalDate until, LocalDate report) {
        return plans.addDuty(plan.id(), new DutyDraft(what, null, null, from, until, report));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void onAWednesdayTheCalendarSortsOverdueThisWeekAndTheNextThirtyDays() {
        DutyCalendar.Calendar at = calendar.at(LocalDate.of(2026, 11, 18));

        assertThat(at.overdue()).extracting(e -> e.duty().what()).containsExactly("Báo cáo tháng 10", "Họp Ban Thường trực");
        assertThat(at.overdue()).extracting(CalendarEntry::daysLate).containsExactly(8L, 1L);
        assertThat(at.thisWeek()).extracting(e -> e.duty().what()).containsExactly("Nộp danh sách khen thưởng",
                "Hội nghị tổng kết");
        // the report due on Monday is next week; 18/12 is the 30th day; 19/12 is beyond
        assertThat(at.nextDays()).extracting(e -> e.duty().what()).containsExactly("Gửi báo cáo quý", "Tiếp xúc cử tri");
        assertThat(at.nextDays()).extracting(CalendarEntry::due)
                .containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 18));
        assertThat(at.all()).extracting(CalendarEntry::plan).containsOnly("Công tác tháng 11");
        // overdue, and due within three days (to Saturday 21/11): the Sunday conference is not reminded of yet
        assertThat(at.reminders()).extracting(e -> e.duty().what()).containsExactly("Báo cáo tháng 10",
                "Họp Ban Thường trực", "Nộp danh sách khen thưởng");
    }

    @Test
    void onASundayThisWeekIsTodayOnlyAndTheRestComesNext() {
        DutyCalendar.Calendar at = calendar.at(LocalDate.of(2026, 11, 22));

        assertThat(at.overdue()).extracting(e -> e.duty().what()).containsExactly("Báo cáo tháng 10",
                "Họp Ban Thường trực", "Nộp danh sách khen thưởng");
        assertThat(at.thisWeek()).extracting(e -> e.duty().what()).containsExactly("Hội nghị tổng kết");
        assertThat(at.nextDays()).extracting(e -> e.duty().what()).containsExactly("Gửi báo cáo quý", "Tiếp xúc cử tri",
                "Tổng kết năm");
    }

    @Test
    void aDoneDutyLeavesTheCalendarAndComesBackWhenUndone() {
        PlanDuty report = plans.duties(plan.id()).get(0);

        plans.markDone(report.id(), LocalDate.of(2026, 11, 12), "Báo cáo số 31/BC-MTTQ-BTT");
        assertThat(calendar.at(LocalDate.of(2026, 11, 18)).overdue()).extracting(e -> e.duty().what())
                .containsExactly("Họp Ban Thường trực");

        plans.reopen(report.id());
        assertThat(calendar.at(LocalDate.of(2026, 11, 18)).overdue()).extracting(e -> e.duty().what())
                .containsExactly("Báo cáo tháng 10", "Họp Ban Thường trực");
    }

    @Test
    void anIssuedPlanIsNamedByItsNumber() {
        plans.issue(plan.id(), LocalDate.of(2026, 11, 2));

        assertThat(calendar.at(LocalDate.of(2026, 11, 18)).all()).extracting(CalendarEntry::plan)
                .containsOnly("01/KH-MTTQ-BTT");
    }

    @Test
    void longBeforeAnythingIsDueTheCalendarIsEmptyAndRemindsOfNothing() {
        DutyCalendar.Calendar at = calendar.at(LocalDate.of(2026, 1, 5));

        assertThat(at.all()).isEmpty();
        assertThat(at.reminders()).isEmpty();
        assertThat(DutyCalendar.stateOf(plans.duties(plan.id()).get(7), LocalDate.of(2026, 1, 5)))
                .isEqualTo(DueState.LATER);
    }

    @Test
    void deadlinesOfOtherWorkShowBesideThePlansDutiesAndAreDoneOnTheirOwnScreen() {
        calendar.addSource(until -> java.util.List.of(
                new Deadline(LocalDate.of(2026, 11, 19), "Tháng 11/2026", "Gửi báo cáo tình hình Nhân dân", "Thường trực",
                        DutyWork.SENTIMENT, 7),
                new Deadline(LocalDate.of(2027, 3, 1), "Năm 2027", "Quá xa", "", DutyWork.SENTIMENT, 8)));

        DutyCalendar.Calendar at = calendar.at(LocalDate.of(2026, 11, 18));

        CalendarEntry sentiment = at.thisWeek().stream().filter(e -> !e.planDuty()).findFirst().orElseThrow();
        assertThat(sentiment.duty().what()).isEqualTo("Gửi báo cáo tình hình Nhân dân");
        assertThat(sentiment.plan()).isEqualTo("Tháng 11/2026");
        assertThat(sentiment.duty().work()).isEqualTo(DutyWork.SENTIMENT);
        assertThat(sentiment.duty().sourceId()).isEqualTo(7);
        assertThat(at.thisWeek()).extracting(e -> e.duty().what()).containsExactly("Nộp danh sách khen thưởng",
                "Gửi báo cáo tình hình Nhân dân", "Hội nghị tổng kết");
        assertThat(at.all()).extracting(e -> e.duty().what()).doesNotContain("Quá xa");
        assertThat(at.all().stream().filter(CalendarEntry::planDuty)).hasSize(6);
    }
}
