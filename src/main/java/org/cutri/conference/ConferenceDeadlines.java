package org.cutri.conference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cutri.plan.Deadline;
import org.cutri.plan.DeadlineSource;
import org.cutri.plan.DutyWork;

/**
 * Tells the duty calendar about the conferences being prepared: each paper not yet received by its due date, and the
 * conference day itself (left out when the conference has a plan: the plan's duty "Tổ chức hội nghị" carries it).
 */
public class ConferenceDeadlines implements DeadlineSource {

    private final ConferenceService conferences;

    public ConferenceDeadlines(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @Override
    public List<Deadline> openDeadlines(LocalDate until) {
        Map<Integer, Conference> planned = conferences.conferences().stream()
                .filter(c -> c.status() == ConferenceStatus.PLANNED)
                .collect(Collectors.toMap(Conference::id, Function.identity()));
        List<Deadline> deadlines = new ArrayList<>();
        for (PaperTask task : conferences.openTasks(until)) {
            Conference c = planned.get(task.conferenceId());
            if (c != null) {
                String what = task.paper() == null ? task.task() : "Nộp " + lowerFirst(task.paper());
                deadlines.add(new Deadline(task.dueDate(), c.title(), what, task.unit(), DutyWork.CONFERENCES, c.id()));
            }
        }
        for (Conference c : planned.values()) {
            if (c.planId() == null && !c.heldOn().isAfter(until)) {
                deadlines.add(new Deadline(c.heldOn(), c.title(), "Tổ chức " + lowerFirst(c.title()),
                        "Ban Thường trực Ủy ban MTTQ xã", DutyWork.CONFERENCES, c.id()));
            }
        }
        return deadlines;
    }

    private static String lowerFirst(String text) {
        return ConferenceService.lowerFirst(text);
    }
}
