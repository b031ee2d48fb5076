package org.cutri.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The duty calendar (Việc sắp đến hạn): at a given day, the duties not done whose date has passed (overdue), those due
 * from that day to the end of its week (Sunday), and those due in the 30 days after it. Done duties and duties without a
 * date are not on it.
 */
public class DutyCalendar {

    /** How far ahead the calendar looks. */
    public static final int DAYS_AHEAD = 30;
    /** A duty due within this many days is reminded of at start. */
    public static final int REMINDER_DAYS = 3;

    private final PlanService plans;
    private final List<DeadlineSource> sources = new java.util.concurrent.CopyOnWriteArrayList<>();

    public DutyCalendar(PlanService plans) {
        this.plans = plans;
    }

    /** Adds the deadlines of other work (public sentiment, draft comments, conferences) to the calendar. */
    public void addSource(DeadlineSource source) {
        sources.add(source);
    }

    /**
     * The calendar at {@code today}.
     *
     * @param overdue oldest first
     * @param thisWeek due from today to Sunday, by date
     * @param nextDays due after this week within {@link #DAYS_AHEAD} days of today, by date
     */
    public record Calendar(LocalDate today, List<CalendarEntry> overdue, List<CalendarEntry> thisWeek,
            List<CalendarEntry> nextDays) {

        /** The duties to remind of at start: overdue, or due within {@link #REMINDER_DAYS} days. */
        public List<CalendarEntry> reminders() {
            List<CalendarEntry> result = new ArrayList<>(overdue);
            LocalDate limit = today.plusDays(REMINDER_DAYS);
            for (List<CalendarEntry> list : List.of(thisWeek, nextDays)) {
                list.stream().filter(e -> !e.due().isAfter(limit)).forEach(result::add);
            }
            return result;
        }

        /** Every entry, overdue first. */
        public List<CalendarEntry> all() {
            List<CalendarEntry> result = new ArrayList<>(overdue);
            result.addAll(thisWeek);
            result.addAll(nextDays);
            return result;
        }
    }

    /** The calendar at {@code today}. */
    public Calendar at(LocalDate today) {
        return at(today, DAYS_AHEAD);
    }

    /** The calendar at {@code today}, looking {@code days} ahead. */
    public Calendar at(LocalDate today, int days) {
        List<CalendarEntry> entries = entries(today, today.plusDays(days));
        return new Calendar(today,
                entries.stream().filter(e -> e.state() == DueState.OVERDUE).toList(),
                entries.stream().filter(e -> e.state() == DueState.THIS_WEEK).toList(),
                entries.stream().filter(e -> e.state() == DueState.NEXT_DAYS).toList());
    }

    /**
     * Every open duty dated up to {@code until} (overdue ones included), with the deadlines of the added sources, by
     * date then plan and position.
     */
    public List<CalendarEntry> entries(LocalDate today, LocalDate until) {
        Map<Integer, OfficePlan> byId = plans.list().stream()
                .collect(Collectors.toMap(OfficePlan::id, Function.identity()));
        List<CalendarEntry> entries = new ArrayList<>(plans.allDuties().stream()
                .filter(d -> !d.done() && d.dueDate() != null && !d.dueDate().isAfter(until))
                .map(d -> entry(d, byId.get(d.planId()) == null ? "" : byId.get(d.planId()).label(), today))
                .toList());
        for (DeadlineSource source : sources) {
            for (Deadline deadline : source.openDeadlines(today, until)) {
                if (deadline.due() != null && !deadline.due().isAfter(until)) {
                    entries.add(entry(deadline.asDuty(), deadline.owner(), today));
                }
            }
        }
        return entries.stream()
                .sorted(Comparator.comparing(CalendarEntry::due).thenComparing(CalendarEntry::planId)
                        .thenComparing(e -> e.duty().position()))
                .toList();
    }

    /** Where a duty stands at {@code today}. */
    public static DueState stateOf(PlanDuty duty, LocalDate today) {
        if (duty.done()) {
            return DueState.DONE;
        }
        LocalDate due = duty.dueDate();
        if (due == null) {
            return DueState.LATER;
        }
        if (due.isBefore(today)) {
            return DueState.OVERDUE;
        }
        if (!due.isAfter(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)))) {
            return DueState.THIS_WEEK;
        }
        return due.isAfter(today.plusDays(DAYS_AHEAD)) ? DueState.LATER : DueState.NEXT_DAYS;
    }

    private static CalendarEntry entry(PlanDuty duty, String plan, LocalDate today) {
        DueState state = stateOf(duty, today);
        long late = state == DueState.OVERDUE ? ChronoUnit.DAYS.between(duty.dueDate(), today) : 0;
        return new CalendarEntry(duty, duty.planId(), plan, duty.dueDate(), state, late);
    }
}
