package org.cutri.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.cutri.app.AppContext;
import org.cutri.plan.DutyCalendar;
import org.cutri.plan.DutyWork;
import org.cutri.plan.OfficePlan;
import org.cutri.plan.PlanDuty;
import org.cutri.plan.PlanKind;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo as a new user loads it holds one plan of each kind, and its calendar has work overdue and this week. */
class DemoPlansTest {

    @TempDir
    Path folder;

    @Test
    void theShownDemoHasAPlanOfEachKindAndACalendarAtWork() {
        try (AppContext context = TestContexts.open(folder.resolve("data"))) {
            context.demo().load(false, true);

            assertThat(context.plans().list()).extracting(OfficePlan::kind)
                    .containsExactlyInAnyOrderElementsOf(Arrays.asList(PlanKind.values()));
            assertThat(context.plans().list()).filteredOn(OfficePlan::issued).extracting(OfficePlan::numberText)
                    .allMatch(n -> n.matches("\\d{2}/KH-MTTQ-BTT"));
            assertThat(context.plans().incoming()).hasSize(2);
            DutyCalendar.Calendar today = context.dutyCalendar().at(LocalDate.now());
            assertThat(today.overdue()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(today.reminders()).hasSizeGreaterThan(today.overdue().size());
            assertThat(context.plans().allDuties()).anyMatch(d -> d.done() && d.doneDocument() != null);
            // the voter-contact plan is the December round's: its duties open that round and stand for the round's
            // own hand-in and compilation days, which are not listed a second time (at a fixed day they are due)
            int december = context.rounds().list().stream().filter(r -> r.startDate().getMonthValue() == 12)
                    .findFirst().orElseThrow().id();
            assertThat(context.plans().allDuties()).filteredOn(d -> d.work() == DutyWork.REPORTS)
                    .extracting(PlanDuty::sourceId).containsExactly(december);
            assertThat(context.dutyCalendar().at(LocalDate.of(2026, 12, 12)).all())
                    .noneMatch(e -> !e.planDuty() && e.duty().sourceId() != null && e.duty().sourceId() == december
                            && (e.duty().work() == DutyWork.REPORTS || e.duty().work() == DutyWork.MINUTES));

            // loading it again in place of the data leaves one set of plans
            context.demo().load(true, true);
            assertThat(context.plans().list()).hasSize(PlanKind.values().length);
        }
    }

    @Test
    void theRegisterTestsStartFromHasNoPlans() {
        try (AppContext context = TestContexts.open(folder.resolve("data"))) {
            context.demo().load(false);

            assertThat(context.plans().list()).isEmpty();
        }
    }
}
