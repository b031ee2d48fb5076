package org.cutri.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.commune.CommuneProfile;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans from their templates, their sections and duties, done and undone, issued with a number: on a real H2 file. */
class PlanServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 4, 20);

    @TempDir
    Path folder;

    private AppContext context;
    private PlanService plans;

    @BeforeEach
    void open() {
        context = TestContexts.open(folder.resolve("data"));
        context.commune().save(new CommuneProfile("Hòa Lạc", "Sơn Trà", "Hòa Lạc", "ỦY BAN MTTQ VIỆT NAM", "XÃ HÒA LẠC",
                "BAN THƯỜNG TRỰC", "MTTQ-BTT", "Vương Đình Khải", null, null));
        plans = new PlanService(context.database().jdbi(), context.documentNumbers(), context.commune(),
                Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aDeadlineThatIsNoDateIsRefusedSoTheDeadlinesAfterItAreNotShiftedAndNothingIsStored() {
        for (String wrong : List.of("31/02/2026", "10/5", "10/5/26")) {
            String deadlines = "Trước bầu cử: " + wrong + "; trong bầu cử: 20/5/2026; sau bầu cử: 01/6/2026";
            assertThatThrownBy(() -> plans.recordIncoming(new IncomingDraft("45/KH-MTTQ-BTT", LocalDate.of(2026, 3, 2),
                    "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "nắm tình hình Nhân dân quanh bầu cử", deadlines)))
                    .isInstanceOf(UserException.class).hasFieldOrPropertyWithValue("key", "plan.incoming.badDeadline")
                    .satisfies(e -> assertThat(TestContexts.VI.of((UserException) e)).startsWith("Hạn “" + wrong + "”"));
        }
        assertThat(plans.incoming()).isEmpty();
        IncomingDocument right = plans.recordIncoming(new IncomingDraft("45/KH-MTTQ-BTT", LocalDate.of(2026, 3, 2),
                "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "nắm tình hình Nhân dân quanh bầu cử",
                "Thực hiện Kế hoạch 12/KH-MTTQ-BTT; trước bầu cử: 10/5/2026; trong bầu cử: 20/5/2026."));
        assertThatThrownBy(() -> plans.updateIncoming(right.id(), new IncomingDraft("45/KH-MTTQ-BTT",
                LocalDate.of(2026, 3, 2), "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "nắm tình hình Nhân dân quanh bầu cử",
                "trước bầu cử: 10/5/2026; trong bầu cử: 30/02/2026")))
                .hasFieldOrPropertyWithValue("key", "plan.incoming.badDeadline");
        assertThat(plans.incoming()).singleElement().satisfies(i -> assertThat(i.deadlines()).contains("20/5/2026"));
    }

    @Test
    void aPastedPageLongerThanItsFieldHoldsIsOneMessageAndNothingIsStored() {
        OfficePlan plan = plans.create(PlanKind.FREE, null, LocalDate.of(2026, 3, 10));
        String page = "Tổ chức hội nghị tiếp xúc cử tri. ".repeat(70);
        assertThatThrownBy(() -> plans.addDuty(plan.id(), new DutyDraft(page, null, null, null, null, null)))
                .isInstanceOf(UserException.class).hasFieldOrPropertyWithValue("key", "common.tooLong");
        assertThat(plans.duties(plan.id())).isEmpty();
        PlanDuty duty = plans.addDuty(plan.id(), new DutyDraft("Họp Ban Thường trực", null, null, null, null, null));
        assertThatThrownBy(() -> plans.updateDuty(duty.id(), new DutyDraft("Họp", page, null, null, null, null)))
                .hasFieldOrPropertyWithValue("key", "common.tooLong");
        assertThatThrownBy(() -> plans.markDone(duty.id(), LocalDate.of(2026, 3, 10), page))
                .hasFieldOrPropertyWithValue("key", "common.tooLong");
        assertThat(plans.findDuty(duty.id()).orElseThrow()).satisfies(d -> {
            assertThat(d.leadUnit()).isNull();
            assertThat(d.done()).isFalse();
        });
        assertThatThrownBy(() -> plans.updateSections(plan.id(), new PlanSections(page, null, null, null, null, null,
                null, null))).hasFieldOrPropertyWithValue("key", "common.tooLong");
        assertThat(plans.find(plan.id()).orElseThrow().subject()).isEqualTo(plan.subject());
        assertThatThrownBy(() -> plans.recordIncoming(new IncomingDraft("45/KH-MTTQ-BTT", null, "Tỉnh", page, null)))
                .hasFieldOrPropertyWithValue("key", "common.tooLong");
        assertThat(plans.incoming()).isEmpty();
    }

    @Test
    void theElectionTemplateTakesItsThreeReportDeadlinesFromTheIncomingPlan() {
        IncomingDocument incoming = plans.recordIncoming(new IncomingDraft(" 45/KH-MTTQ-BTT ", LocalDate.of(2026, 3, 2),
                "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "tuyên truyền, nắm tình hình Nhân dân quanh bầu cử",
                "Trước bầu cử: trước ngày 10/5/2026; trong bầu cử: 20/5/2026; sau bầu cử: 01/6/2026"));

        OfficePlan plan = plans.create(PlanKind.ELECTION_SENTIMENT, incoming.id(), LocalDate.of(2026, 3, 10));

        assertThat(incoming.docNumber()).isEqualTo("45/KH-MTTQ-BTT");
        assertThat(plan.issued()).isFalse();
        assertThat(plan.incomingId()).isEqualTo(incoming.id());
        assertThat(plan.subject()).startsWith("Tuyên truyền, vận động, theo dõi, nắm tình hình Nhân dân");
        assertThat(plan.purpose()).contains("ngày hội của toàn dân");
        assertThat(plan.signerName()).isEqualTo("Vương Đình Khải");
        List<PlanDuty> duties = plans.duties(plan.id());
        assertThat(duties).extracting(PlanDuty::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(duties).filteredOn(d -> d.what().startsWith("Báo cáo")).extracting(PlanDuty::untilDate)
                .containsExactly(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 1));
        assertThat(duties.get(0).fromDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(duties).allMatch(d -> d.status() == DutyStatus.OPEN);
    }

    @Test
    void withoutAnIncomingPlanTheDatesCountFromThePlansDate() {
        OfficePlan plan = plans.create(PlanKind.SUMMARY_CONFERENCE, null, LocalDate.of(2026, 6, 1));

        List<PlanDuty> duties = plans.duties(plan.id());
        // the conference falls 30 days after the plan; papers are due three days before it
        PlanDuty conference = duties.stream().filter(d -> d.what().equals("Tổ chức hội nghị tổng kết")).findFirst()
                .orElseThrow();
        assertThat(conference.untilDate()).isEqualTo(LocalDate.of(2026, 7, 1));
        PlanDuty papers = duties.stream().filter(d -> d.what().startsWith("Gửi tham luận")).findFirst().orElseThrow();
        assertThat(papers.untilDate()).isEqualTo(LocalDate.of(2026, 6, 28));
    }

    @Test
    void everyKindHasItsTemplateAndTheFreePlanStartsWithoutDuties() {
        for (PlanKind kind : PlanKind.values()) {
            OfficePlan plan = plans.create(kind, null, TODAY);
            assertThat(plan.kind()).isEqualTo(kind);
            assertThat(plan.subject()).as(kind.name()).isNotBlank();
            assertThat(plan.recipients()).as(kind.name()).endsWith("Lưu: VT.");
            if (kind == PlanKind.FREE) {
                assertThat(plans.duties(plan.id())).isEmpty();
            } else {
                assertThat(plans.duties(plan.id())).as(kind.name()).hasSizeGreaterThanOrEqualTo(4)
                        .allMatch(d -> d.dueDate() != null);
                assertThat(plan.purpose()).as(kind.name()).isNotBlank();
                assertThat(plan.organisation()).as(kind.name()).isNotBlank();
            }
        }
        assertThat(plans.list()).hasSize(PlanKind.values().length);
    }

    @Test
    void sectionsAreEditedAndStoredWithTheirLineBreaks() {
        OfficePlan plan = plans.create(PlanKind.DRAFT_COMMENTS, null, TODAY);

        plans.updateSections(plan.id(), new PlanSections("Góp ý dự thảo văn kiện Đại hội Đảng bộ xã",
                "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;\r\nCăn cứ chương trình công tác năm 2026.", "  Mục đích mới  ",
                plan.content(), plan.organisation(), "Đảng ủy xã (b/c);\nLưu: VT.", "PHÓ CHỦ TỊCH", "Đinh Thị Hoa"));

        OfficePlan stored = plans.get(plan.id());
        assertThat(stored.subject()).isEqualTo("Góp ý dự thảo văn kiện Đại hội Đảng bộ xã");
        assertThat(stored.bases()).isEqualTo("Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;\nCăn cứ chương trình công tác năm 2026.");
        assertThat(stored.purpose()).isEqualTo("Mục đích mới");
        assertThat(stored.recipients()).isEqualTo("Đảng ủy xã (b/c);\nLưu: VT.");
        assertThat(stored.signerTitle()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(stored.signerName()).isEqualTo("Đinh Thị Hoa");
    }

    @Test
    void anEmptySubjectIsRefusedAndNothingChanges() {
        OfficePlan plan = plans.create(PlanKind.DRAFT_COMMENTS, null, TODAY);

        assertThatThrownBy(() -> plans.updateSections(plan.id(), new PlanSections("  ", null, "x", null, null, null,
                null, null))).isInstanceOf(UserException.class).hasFieldOrPropertyWithValue("key", "plan.subjectRequired");

        assertThat(plans.get(plan.id())).isEqualTo(plan);
    }

    @Test
    void dutiesAreAddedUpdatedAndRemoved() {
        OfficePlan plan = plans.create(PlanKind.FREE, null, TODAY);

        PlanDuty first = plans.addDuty(plan.id(), new DutyDraft("Họp Ban Thường trực", "Chủ tịch", null,
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4), null));
        PlanDuty second = plans.addDuty(plan.id(), new DutyDraft("Gửi báo cáo quý", "Văn phòng", "Các đoàn thể", null,
                LocalDate.of(2026, 6, 25), LocalDate.of(2026, 6, 28), DutyWork.REPORTS, null));
        plans.updateDuty(first.id(), new DutyDraft("Họp Ban Thường trực mở rộng", "Chủ tịch", "Các đoàn thể",
                LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 6), null));

        assertThat(plans.duties(plan.id())).extracting(PlanDuty::position, PlanDuty::what, PlanDuty::untilDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Họp Ban Thường trực mở rộng", LocalDate.of(2026, 5, 6)),
                        org.assertj.core.groups.Tuple.tuple(2, "Gửi báo cáo quý", LocalDate.of(2026, 6, 25)));
        assertThat(plans.findDuty(second.id()).orElseThrow().work()).isEqualTo(DutyWork.REPORTS);

        plans.removeDuty(first.id());
        assertThat(plans.duties(plan.id())).extracting(PlanDuty::what).containsExactly("Gửi báo cáo quý");
    }

    @Test
    void aDutyEndingBeforeItStartsOrWithoutTextIsRefused() {
        OfficePlan plan = plans.create(PlanKind.FREE, null, TODAY);

        assertThatThrownBy(() -> plans.addDuty(plan.id(), new DutyDraft("Việc", null, null, LocalDate.of(2026, 5, 5),
                LocalDate.of(2026, 5, 1), null))).hasFieldOrPropertyWithValue("key", "plan.duty.untilBeforeFrom");
        assertThatThrownBy(() -> plans.addDuty(plan.id(), new DutyDraft(" ", null, null, null, null, null)))
                .hasFieldOrPropertyWithValue("key", "plan.duty.whatRequired");
        assertThat(plans.duties(plan.id())).isEmpty();
    }

    @Test
    void aDutyIsDoneWithItsDateAndDocumentAndUndoneAgain() {
        OfficePlan plan = plans.create(PlanKind.DRAFT_COMMENTS, null, TODAY);
        PlanDuty duty = plans.duties(plan.id()).get(0);

        PlanDuty done = plans.markDone(duty.id(), LocalDate.of(2026, 4, 18), "Công văn số 07/CV-MTTQ-BTT");

        assertThat(done.status()).isEqualTo(DutyStatus.DONE);
        assertThat(plans.findDuty(duty.id()).orElseThrow()).extracting(PlanDuty::doneOn, PlanDuty::doneDocument)
                .containsExactly(LocalDate.of(2026, 4, 18), "Công văn số 07/CV-MTTQ-BTT");
        assertThatThrownBy(() -> plans.markDone(duty.id(), TODAY.plusDays(1), null))
                .hasFieldOrPropertyWithValue("key", "plan.duty.doneInFuture");

        plans.reopen(duty.id());
        PlanDuty reopened = plans.findDuty(duty.id()).orElseThrow();
        assertThat(reopened.status()).isEqualTo(DutyStatus.OPEN);
        assertThat(reopened.doneOn()).isNull();
        assertThat(reopened.doneDocument()).isNull();
    }

    @Test
    void issuingTakesTheNextNumberOfTheRegisterOnceAndLocksTheText() {
        context.documentNumbers().next("BC", "Báo cáo tổng hợp", LocalDate.of(2026, 2, 1));
        OfficePlan plan = plans.create(PlanKind.VOTER_CONTACT, null, TODAY);

        OfficePlan issued = plans.issue(plan.id(), LocalDate.of(2026, 4, 21));

        assertThat(issued.planNumber()).isEqualTo(2);
        assertThat(issued.numberText()).isEqualTo("02/KH-MTTQ-BTT");
        assertThat(issued.planDate()).isEqualTo(LocalDate.of(2026, 4, 21));
        assertThat(issued.label()).isEqualTo("02/KH-MTTQ-BTT");
        assertThatThrownBy(() -> plans.issue(plan.id(), TODAY)).hasFieldOrPropertyWithValue("key", "plan.alreadyIssued");
        assertThatThrownBy(() -> plans.updateSections(plan.id(), issued.sections()))
                .hasFieldOrPropertyWithValue("key", "plan.issuedLocked");
        assertThatThrownBy(() -> plans.deleteDraft(plan.id())).hasFieldOrPropertyWithValue("key", "plan.issuedNotDeleted");
        // the next document of the year takes the number after it
        assertThat(context.documentNumbers().next("BC", "x", LocalDate.of(2026, 5, 1))).isEqualTo(3);
        // its duties stay editable
        PlanDuty duty = plans.duties(plan.id()).get(0);
        plans.markDone(duty.id(), TODAY, null);
        assertThat(plans.findDuty(duty.id()).orElseThrow().done()).isTrue();
    }

    @Test
    void aDraftIsDeletedWithItsDuties() {
        OfficePlan plan = plans.create(PlanKind.VOTER_CONTACT, null, TODAY);

        plans.deleteDraft(plan.id());

        assertThat(plans.list()).isEmpty();
        assertThat(plans.allDuties()).isEmpty();
    }

    @Test
    void anIncomingPlanWithoutNumberIsRefused() {
        assertThatThrownBy(() -> plans.recordIncoming(new IncomingDraft("", null, "Tỉnh", "Việc", null)))
                .hasFieldOrPropertyWithValue("key", "plan.incoming.numberRequired");
        assertThat(plans.incoming()).isEmpty();
    }

    @Test
    void theDeadlinesAreReadInTheirOrder() {
        assertThat(PlanTemplate.deadlinesIn("trước ngày 14/5/2026, rồi 24/05/2026; 31/02/2026 không có; 02/6/2026"))
                .containsExactly(LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 24), LocalDate.of(2026, 6, 2));
    }

    @Test
    void aPlanWhoseNumberIsCancelledInTheRegisterIsADraftAgainAndTakesANewNumber() {
        PlanService office = context.plans();
        OfficePlan plan = office.create(PlanKind.FREE, null, TODAY);
        office.updateSections(plan.id(), new PlanSections("Công tác tháng 5", null, null, null, null, "Lưu: VT.", null, null));
        assertThat(office.issue(plan.id(), LocalDate.of(2026, 4, 21)).planNumber()).isEqualTo(1);

        context.documentRegister().cancel(2026, 1, "Ban hành nhầm ngày");

        OfficePlan again = office.find(plan.id()).orElseThrow();
        assertThat(again.issued()).isFalse();
        // its text can be corrected again, and the next issue takes a new number (01 is never given again)
        office.updateSections(plan.id(), new PlanSections("Công tác tháng 5 (sửa)", null, null, null, null, "Lưu: VT.",
                null, null));
        assertThat(office.issue(plan.id(), LocalDate.of(2026, 4, 22)).numberText()).isEqualTo("02/KH-MTTQ-BTT");
    }
}
