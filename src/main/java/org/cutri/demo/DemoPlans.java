package org.cutri.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.cutri.commune.CommuneService;
import org.cutri.numbering.DocumentNumberService;
import org.cutri.plan.DutyDraft;
import org.cutri.plan.IncomingDocument;
import org.cutri.plan.IncomingDraft;
import org.cutri.plan.OfficePlan;
import org.cutri.plan.PlanDuty;
import org.cutri.plan.PlanKind;
import org.cutri.plan.PlanSections;
import org.cutri.plan.PlanService;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo's plans (issue 12): one plan of each kind, two of them implementing plans received from the province, with
 * duties dated around the day the demo is loaded, so that a new user finds overdue duties, duties of this week and
 * duties coming up on the calendar, and some already done. The province's documents and every name are invented.
 */
final class DemoPlans {

    private final Jdbi jdbi;
    private final PlanService plans;

    DemoPlans(Jdbi jdbi, CommuneService commune) {
        this.jdbi = jdbi;
        this.plans = new PlanService(jdbi, new DocumentNumberService(new org.cutri.numbering.DocumentRegister(jdbi,
                () -> commune.profile().orElse(org.cutri.commune.CommuneProfile.usual()), Clock.systemDefaultZone())),
                commune, Clock.systemDefaultZone());
    }

    /**
     * Replaces the plans with the demo's, dated around {@code today}; only for the demo as the program shows it to a
     * user ({@code shown}: the first-start offer, the {@code demo} command), not for the register tests start from.
     * The voter-contact plan is the December round's ({@code roundId}): its duties open that round, and its dates
     * stand for the round's own on the calendar.
     */
    void write(LocalDate today, boolean shown, int roundId) {
        if (!shown) {
            return;
        }
        jdbi.useHandle(handle -> {
            handle.execute("DELETE FROM plan_duty");
            handle.execute("DELETE FROM office_plan");
            handle.execute("DELETE FROM incoming_document");
        });
        IncomingDocument election = plans.recordIncoming(new IncomingDraft("12/KH-MTTQ-BTT", today.minusDays(45),
                "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Sơn",
                "tuyên truyền, vận động, theo dõi, nắm tình hình Nhân dân trước, trong và sau cuộc bầu cử bổ sung đại"
                        + " biểu Hội đồng nhân dân tỉnh",
                "Báo cáo trước bầu cử: trước ngày " + d(today.minusDays(5)) + "; trong bầu cử: trước ngày "
                        + d(today.plusDays(2)) + "; sau bầu cử: trước ngày " + d(today.plusDays(20)) + "."));
        IncomingDocument summary = plans.recordIncoming(new IncomingDraft("07/HD-MTTQ-BTT", today.minusDays(15),
                "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Sơn",
                "tổng kết công tác Mặt trận tham gia cuộc bầu cử bổ sung",
                "Hội nghị tổng kết cấp xã xong trước ngày " + d(today.plusDays(12)) + "."));

        OfficePlan electionPlan = plans.create(PlanKind.ELECTION_SENTIMENT, election.id(), today.minusDays(40));
        plans.issue(electionPlan.id(), inOrder(today.minusDays(40)));

        OfficePlan congress = plans.create(PlanKind.CONGRESS_SENTIMENT, null, today.minusDays(30));
        plans.issue(congress.id(), inOrder(today.minusDays(30)));

        OfficePlan contact = plans.create(PlanKind.VOTER_CONTACT, null, today.minusDays(20));
        plans.issue(contact.id(), inOrder(today.minusDays(20)));
        for (PlanDuty duty : plans.duties(contact.id())) {
            if (duty.work() != null) {
                DutyDraft linked = duty.draft();
                plans.updateDuty(duty.id(), new DutyDraft(linked.what(), linked.leadUnit(), linked.joins(),
                        linked.fromDate(), linked.untilDate(), linked.reportDue(), linked.work(), roundId));
            }
        }
        List<PlanDuty> contactDuties = plans.duties(contact.id());
        plans.markDone(contactDuties.get(0).id(), today.minusDays(17), "Thông báo kết luận hội nghị triển khai");
        plans.markDone(contactDuties.get(1).id(), today.minusDays(1), "Biên bản hội nghị tiếp xúc cử tri 12 thôn");

        OfficePlan comments = plans.create(PlanKind.DRAFT_COMMENTS, null, today.minusDays(8));
        plans.markDone(plans.duties(comments.id()).get(0).id(), today.minusDays(2),
                "Công văn gửi dự thảo đến Ban công tác Mặt trận 12 thôn");

        plans.create(PlanKind.SUMMARY_CONFERENCE, summary.id(), today.minusDays(10));

        OfficePlan month = plans.create(PlanKind.FREE, null, today.minusDays(3));
        plans.updateSections(month.id(), new PlanSections("Công tác Mặt trận trong tháng",
                null, "Triển khai kịp thời các việc thường xuyên của Ban Thường trực trong tháng.",
                "Ban Thường trực Ủy ban MTTQ Việt Nam xã thực hiện các việc sau:",
                "Văn phòng Ủy ban MTTQ xã theo dõi, nhắc việc và báo cáo Ban Thường trực.",
                "Các tổ chức chính trị - xã hội xã;\nLưu: VT.", "CHỦ TỊCH", month.signerName()));
        plans.addDuty(month.id(), new DutyDraft("Báo cáo công tác Mặt trận tháng trước", "Văn phòng Ủy ban MTTQ xã",
                null, null, today.minusDays(1), null));
        plans.addDuty(month.id(), new DutyDraft("Họp Ban Thường trực định kỳ", "Chủ tịch Ủy ban MTTQ xã",
                "Các Phó Chủ tịch", today.plusDays(1), today.plusDays(1), null));
    }

    private static String d(LocalDate date) {
        return org.cutri.common.text.DateText.format(date);
    }

    /**
     * The day a demo plan is issued: its own day, or the day of the register's last number when that is later, so
     * that the register's numbers run in the order of their dates whatever day the demo is loaded.
     */
    private LocalDate inOrder(LocalDate day) {
        LocalDate last = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT MAX(issued_on) FROM document_number WHERE doc_year = :year")
                .bind("year", day.getYear()).mapTo(LocalDate.class).findOne().orElse(null));
        return last != null && last.isAfter(day) ? last : day;
    }
}
