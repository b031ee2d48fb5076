package org.cutri.conference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cutri.common.text.DateText;
import org.cutri.plan.DutyWork;
import org.cutri.plan.OfficePlan;
import org.cutri.plan.PlanDuty;
import org.cutri.plan.PlanKind;
import org.cutri.plan.PlanSections;
import org.cutri.plan.PlanService;

/**
 * "Lập kế hoạch": the office's plan for a conference (a plan of kind SUMMARY_CONFERENCE, see org.cutri.plan), made
 * once and opened again afterwards. The plan is dated a month before the conference so the template's duties fall on
 * the right days before it; its subject, its time and venue line follow the conference, and its duties "send the
 * papers" and "hold the conference" open the conference screen from the calendar.
 */
public class ConferencePlanner {

    /** The template's duties count from the plan's date plus this many days: the conference day. */
    static final int PLAN_DAYS_BEFORE = 30;

    private final ConferenceService conferences;
    private final PlanService plans;

    public ConferencePlanner(ConferenceService conferences, PlanService plans) {
        this.conferences = conferences;
        this.plans = plans;
    }

    /** The id of the conference's plan: the one made before if it still exists, else a new draft. */
    public int planFor(int conferenceId) {
        Conference c = conferences.conference(conferenceId);
        if (c.planId() != null && plans.find(c.planId()).isPresent()) {
            return c.planId();
        }
        OfficePlan plan = plans.create(PlanKind.SUMMARY_CONFERENCE, null, c.heldOn().minusDays(PLAN_DAYS_BEFORE));
        PlanSections s = plan.sections();
        plans.updateSections(plan.id(), new PlanSections("Tổ chức " + ConferenceService.lowerFirst(c.title()),
                s.bases(), s.purpose(), content(s.content(), c), s.organisation(), s.recipients(), s.signerTitle(),
                s.signerName()));
        for (PlanDuty duty : plans.duties(plan.id())) {
            boolean papers = duty.what().startsWith("Gửi tham luận");
            boolean held = duty.what().startsWith("Tổ chức hội nghị");
            if (papers || held) {
                LocalDate until = held ? c.heldOn() : ConferenceService.papersDue(c.heldOn());
                plans.updateDuty(duty.id(), new org.cutri.plan.DutyDraft(duty.what(), duty.leadUnit(), duty.joins(),
                        held ? c.heldOn() : duty.fromDate(), until, duty.reportDue(), DutyWork.CONFERENCES, c.id()));
            }
        }
        conferences.linkPlan(conferenceId, plan.id());
        return plan.id();
    }

    /** The template's content with its "Thời gian, địa điểm" line written from the conference. */
    static String content(String template, Conference c) {
        String when = "Thời gian, địa điểm: " + (c.startTime() == null ? "01 buổi"
                : ConferenceDocuments.timeWords(c.startTime())) + ", ngày " + DateText.format(c.heldOn()) + ", tại "
                + c.mainVenue() + (c.points().isEmpty() ? "" : "; trực tuyến tại các điểm cầu: "
                        + String.join("; ", c.points())) + " (sẽ có giấy mời sau).";
        List<String> lines = new ArrayList<>();
        boolean replaced = false;
        for (String line : (template == null ? "" : template).split("\n")) {
            if (line.startsWith("Thời gian, địa điểm")) {
                lines.add(when);
                replaced = true;
            } else if (!line.isBlank()) {
                lines.add(line);
            }
        }
        if (!replaced) {
            lines.add(when);
        }
        return String.join("\n", lines);
    }
}
