package org.cutri.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cutri.plan.Deadline;
import org.cutri.plan.DeadlineSource;
import org.cutri.plan.DutyWork;
import org.cutri.plan.PlanDuty;
import org.cutri.plan.PlanService;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundService;

/**
 * A contact round's own dates on the duty calendar, when no plan carries them: the day the hamlets hand in their
 * minutes and opinions (until the compilation day has passed: the compilation then stands for it) and the day the
 * office compiles them. Only a round whose plan (kế hoạch của đợt) was issued counts: its dates are then the office's
 * word, not a draft's. Both leave once the round's compiled report is issued, and a round whose compilation day is
 * more than {@link #RECENT_DAYS} days past is not reminded of any more (an old round is not nagged about forever).
 * A plan's duty opening the same work on the same round (done or not) carries that date instead.
 */
public class RoundDeadlines implements DeadlineSource {

    /** How long after its compilation day a round without an issued report is still reminded of. */
    public static final int RECENT_DAYS = 30;

    static final String HAND_IN = "Các thôn nộp biên bản và ý kiến, kiến nghị của cử tri";
    static final String COMPILE = "Tổng hợp ý kiến, kiến nghị của cử tri";
    private static final String WORK_GROUPS = "Ban công tác Mặt trận các thôn";
    private static final String OFFICE = "Ban Thường trực Ủy ban MTTQ Việt Nam xã";

    private final RoundService rounds;
    private final ReportService reports;
    private final PlanService plans;

    public RoundDeadlines(RoundService rounds, ReportService reports, PlanService plans) {
        this.rounds = rounds;
        this.reports = reports;
        this.plans = plans;
    }

    /** Without the calendar's day, no round counts as stale. */
    @Override
    public List<Deadline> openDeadlines(LocalDate until) {
        return openDeadlines(null, until);
    }

    @Override
    public List<Deadline> openDeadlines(LocalDate today, LocalDate until) {
        Set<String> carried = new HashSet<>();
        for (PlanDuty duty : plans.allDuties()) {
            if (duty.work() != null && duty.sourceId() != null) {
                carried.add(duty.work() + ":" + duty.sourceId());
            }
        }
        List<Deadline> result = new ArrayList<>();
        for (ContactRound round : rounds.list()) {
            LocalDate last = round.compilationDate() != null ? round.compilationDate() : round.handinDeadline();
            boolean stale = today != null && last != null && last.plusDays(RECENT_DAYS).isBefore(today);
            if (last == null || round.planNumber() == null || stale || reports.issued(round.id()).isPresent()) {
                continue;
            }
            LocalDate handIn = round.handinDeadline();
            boolean compiledDayPassed = today != null && round.compilationDate() != null
                    && round.compilationDate().isBefore(today);
            if (handIn != null && !handIn.isAfter(until) && !compiledDayPassed
                    && !carried.contains(DutyWork.MINUTES + ":" + round.id())) {
                result.add(new Deadline(handIn, round.name(), HAND_IN, WORK_GROUPS, DutyWork.MINUTES, round.id()));
            }
            LocalDate compile = round.compilationDate();
            if (compile != null && !compile.isAfter(until) && !carried.contains(DutyWork.REPORTS + ":" + round.id())) {
                result.add(new Deadline(compile, round.name(), COMPILE, OFFICE, DutyWork.REPORTS, round.id()));
            }
        }
        return result;
    }
}
