package org.cutri.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cutri.common.i18n.Localizable;
import org.cutri.common.text.DateText;
import org.cutri.hamlet.Hamlet;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundKind;

/**
 * Finds what is wrong in a round's schedule: a deputy expected in two places at once, a meeting without
 * any deputy (the voters would meet nobody), a hamlet without a meeting, a meeting outside the round's
 * days, after the hand-in deadline, or on (or after) the session day. Postponed meetings are left out:
 * they hold nobody and cover no hamlet.
 */
public final class MeetingConflicts {

    /** How long a meeting without an end time is taken to last. */
    public static final int DEFAULT_HOURS = 2;

    private MeetingConflicts() {
    }

    /**
     * Every problem of the round: deputies' clashes first, then meetings without a deputy, hamlets without a
     * meeting, then dates.
     */
    public static List<MeetingConflict> find(ContactRound round, List<Meeting> meetings, List<Hamlet> hamlets) {
        List<Meeting> active = meetings.stream().filter(m -> m.row().status() != MeetingStatus.POSTPONED)
                .sorted(Comparator.comparing((Meeting m) -> m.row().meetingDate())
                        .thenComparing(m -> m.row().startTime(), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingInt(Meeting::id))
                .toList();
        List<MeetingConflict> found = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            for (int j = i + 1; j < active.size(); j++) {
                Meeting a = active.get(i);
                Meeting b = active.get(j);
                if (!overlap(a.row(), b.row())) {
                    continue;
                }
                List<String> shared = a.deputies().stream()
                        .filter(d -> b.deputies().stream().anyMatch(o -> o.id() == d.id()))
                        .map(Meeting.DeputyRef::fullName).toList();
                if (!shared.isEmpty()) {
                    found.add(new MeetingConflict(MeetingConflict.Kind.DEPUTY_TWICE, b.id(),
                            "meeting.conflict.deputyTwice", List.of(String.join(", ", shared),
                                    Localizable.dayWithWeekday(a.row().meetingDate()),
                                    a.hamletNames(), DateText.format(a.row().startTime()),
                                    b.hamletNames(), DateText.format(b.row().startTime()))));
                }
            }
        }
        for (Meeting m : active) {
            if (m.deputies().isEmpty()) {
                found.add(new MeetingConflict(MeetingConflict.Kind.NO_DEPUTY, m.id(), "meeting.conflict.noDeputy",
                        List.of(m.hamletNames(), Localizable.dayWithWeekday(m.row().meetingDate()))));
            }
        }
        Set<Integer> covered = new HashSet<>();
        active.forEach(m -> m.hamlets().forEach(h -> covered.add(h.id())));
        for (Hamlet hamlet : hamlets) {
            if (!covered.contains(hamlet.id())) {
                found.add(new MeetingConflict(MeetingConflict.Kind.HAMLET_WITHOUT_MEETING, null,
                        "meeting.conflict.hamletWithout", List.of(hamlet.name())));
            }
        }
        for (Meeting m : active) {
            LocalDate day = m.row().meetingDate();
            Localizable when = Localizable.dayWithWeekday(day);
            if (day.isBefore(round.startDate()) || day.isAfter(round.endDate())) {
                found.add(new MeetingConflict(MeetingConflict.Kind.OUTSIDE_ROUND, m.id(), "meeting.conflict.outside",
                        List.of(m.hamletNames(), when, DateText.format(round.startDate()),
                                DateText.format(round.endDate()))));
            }
            if (round.handinDeadline() != null && day.isAfter(round.handinDeadline())) {
                found.add(new MeetingConflict(MeetingConflict.Kind.AFTER_DEADLINE, m.id(),
                        "meeting.conflict.afterDeadline",
                        List.of(m.hamletNames(), when, DateText.format(round.handinDeadline()))));
            }
            if (round.sessionDate() != null) {
                if (day.equals(round.sessionDate())) {
                    found.add(new MeetingConflict(MeetingConflict.Kind.SESSION_DAY, m.id(),
                            "meeting.conflict.sessionDay", List.of(m.hamletNames(), when)));
                } else if (round.kind() == RoundKind.BEFORE_SESSION && day.isAfter(round.sessionDate())) {
                    found.add(new MeetingConflict(MeetingConflict.Kind.AFTER_SESSION, m.id(),
                            "meeting.conflict.afterSession",
                            List.of(m.hamletNames(), when, DateText.format(round.sessionDate()))));
                }
            }
        }
        return found;
    }

    /** True when the two meetings are on the same day and their times overlap (no start: the whole day). */
    public static boolean overlap(MeetingRow a, MeetingRow b) {
        return overlap(a.meetingDate(), a.startTime(), a.endTime(), b.meetingDate(), b.startTime(), b.endTime());
    }

    public static boolean overlap(LocalDate dayA, LocalTime startA, LocalTime endA, LocalDate dayB, LocalTime startB,
            LocalTime endB) {
        if (!dayA.equals(dayB)) {
            return false;
        }
        if (startA == null || startB == null) {
            return true;
        }
        return startA.isBefore(end(startB, endB)) && startB.isBefore(end(startA, endA));
    }

    private static LocalTime end(LocalTime start, LocalTime end) {
        if (end != null) {
            return end;
        }
        LocalTime assumed = start.plusHours(DEFAULT_HOURS);
        return assumed.isBefore(start) ? LocalTime.MAX : assumed;
    }
}
