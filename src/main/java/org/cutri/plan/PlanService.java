package org.cutri.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.cutri.commune.CommuneProfile;
import org.cutri.commune.CommuneService;
import org.cutri.numbering.DocumentNumberService;
import org.jdbi.v3.core.Jdbi;

/**
 * The office's plans (kế hoạch): incoming plans recorded, the office's own plans made from a template per kind, their
 * sections and duties edited, duties marked done (and back), and a plan issued with its number from the register.
 * Each change is one transaction; wrong input is refused with a message and changes nothing.
 */
public class PlanService {

    /** The document type code of a plan. */
    public static final String TYPE_CODE = "KH";
    /** How the register names a plan it numbered ("plan:12"), so a cancelled number finds its plan. */
    public static final String SOURCE = "plan:";

    private final Jdbi jdbi;
    private final DocumentNumberService numbers;
    private final CommuneService commune;
    private final Clock clock;

    public PlanService(Jdbi jdbi, DocumentNumberService numbers, CommuneService commune, Clock clock) {
        this.jdbi = jdbi;
        this.numbers = numbers;
        this.commune = commune;
        this.clock = clock;
    }

    // ---- incoming plans

    public List<IncomingDocument> incoming() {
        return jdbi.withExtension(PlanDao.class, PlanDao::incoming);
    }

    public Optional<IncomingDocument> findIncoming(int id) {
        return jdbi.withExtension(PlanDao.class, dao -> dao.findIncoming(id));
    }

    /** Records a plan or directive received from the level above. */
    public IncomingDocument recordIncoming(IncomingDraft draft) {
        IncomingDraft clean = checked(draft);
        return jdbi.inTransaction(handle -> {
            PlanDao dao = handle.attach(PlanDao.class);
            int id = dao.insertIncoming(clean.docNumber(), clean.docDate(), clean.issuer(), clean.subject(),
                    clean.deadlines(), now());
            return dao.findIncoming(id).orElseThrow();
        });
    }

    public IncomingDocument updateIncoming(int id, IncomingDraft draft) {
        IncomingDraft clean = checked(draft);
        return jdbi.inTransaction(handle -> {
            PlanDao dao = handle.attach(PlanDao.class);
            dao.updateIncoming(id, clean.docNumber(), clean.docDate(), clean.issuer(), clean.subject(), clean.deadlines());
            return dao.findIncoming(id).orElseThrow(() -> new UserException("plan.incoming.gone"));
        });
    }

    private static IncomingDraft checked(IncomingDraft draft) {
        String number = VietText.clean(draft.docNumber());
        String issuer = VietText.clean(draft.issuer());
        String subject = VietText.clean(draft.subject());
        if (number.isEmpty()) {
            throw new UserException("plan.incoming.numberRequired");
        }
        if (issuer.isEmpty()) {
            throw new UserException("plan.incoming.issuerRequired");
        }
        if (subject.isEmpty()) {
            throw new UserException("plan.incoming.subjectRequired");
        }
        longest(number, 100);
        longest(issuer, 500);
        longest(subject, 2000);
        longest(draft.deadlines(), 4000);
        String unreadable = PlanTemplate.unreadableDeadline(draft.deadlines());
        if (unreadable != null) {
            throw new UserException("plan.incoming.badDeadline", unreadable);
        }
        return new IncomingDraft(number, draft.docDate(), issuer, subject, VietText.cleanOrNull(draft.deadlines()));
    }

    // ---- plans

    /** Every plan, newest first. */
    public List<OfficePlan> list() {
        return jdbi.withExtension(PlanDao.class, PlanDao::plans);
    }

    public Optional<OfficePlan> find(int id) {
        return jdbi.withExtension(PlanDao.class, dao -> dao.findPlan(id));
    }

    public OfficePlan get(int id) {
        return find(id).orElseThrow(() -> new UserException("plan.gone"));
    }

    /**
     * A new draft plan of this kind dated {@code planDate}, implementing the incoming plan {@code incomingId} (may be
     * null): the template's sections, and its duties with their dates counted from the plan's date or from the
     * incoming plan's deadlines. The subject of a plan implementing an incoming one is the incoming one's, when the
     * template has none.
     */
    public OfficePlan create(PlanKind kind, Integer incomingId, LocalDate planDate) {
        if (kind == null) {
            throw new UserException("plan.kindRequired");
        }
        if (planDate == null) {
            throw new UserException("plan.dateRequired");
        }
        PlanTemplate template = PlanTemplates.of(kind);
        Optional<CommuneProfile> profile = commune.profile();
        return jdbi.inTransaction(handle -> {
            PlanDao dao = handle.attach(PlanDao.class);
            Optional<IncomingDocument> incoming = incomingId == null ? Optional.empty() : dao.findIncoming(incomingId);
            if (incomingId != null && incoming.isEmpty()) {
                throw new UserException("plan.incoming.gone");
            }
            String subject = template.subject().isEmpty() ? incoming.map(IncomingDocument::subject).orElse("")
                    : template.subject();
            if (subject.isEmpty()) {
                subject = "Kế hoạch";
            }
            int id = dao.insertPlan(kind, incomingId, planDate, subject, null, template.purpose(), template.content(),
                    template.organisation(), template.recipients(), "CHỦ TỊCH",
                    profile.map(CommuneProfile::chairName).orElse(null), now());
            List<LocalDate> deadlines = PlanTemplate.deadlinesIn(incoming.map(IncomingDocument::deadlines).orElse(null));
            int position = 1;
            for (PlanTemplate.DutyTemplate duty : template.duties()) {
                DutyDraft d = duty.draft(planDate, deadlines);
                dao.insertDuty(id, position++, d.what(), d.leadUnit(), d.joins(), d.fromDate(), d.untilDate(),
                        d.reportDue(), d.work(), d.sourceId());
            }
            return dao.findPlan(id).orElseThrow();
        });
    }

    /** Stores the plan's edited text. An issued plan keeps the text it was issued with. */
    public OfficePlan updateSections(int planId, PlanSections sections) {
        String subject = VietText.clean(sections.subject());
        if (subject.isEmpty()) {
            throw new UserException("plan.subjectRequired");
        }
        longest(subject, 2000);
        longest(sections.signerTitle(), 200);
        longest(sections.signerName(), 200);
        return jdbi.inTransaction(handle -> {
            PlanDao dao = handle.attach(PlanDao.class);
            OfficePlan plan = dao.findPlan(planId).orElseThrow(() -> new UserException("plan.gone"));
            if (plan.issued()) {
                throw new UserException("plan.issuedLocked", plan.numberText());
            }
            dao.updateSections(planId, subject, text(sections.bases()), text(sections.purpose()),
                    text(sections.content()), text(sections.organisation()), text(sections.recipients()),
                    VietText.cleanOrNull(sections.signerTitle()), VietText.cleanOrNull(sections.signerName()), now());
            return dao.findPlan(planId).orElseThrow();
        });
    }

    /** Stores a draft's head (the incoming plan it implements, its date) and its text together, or nothing. */
    public OfficePlan saveDraft(int planId, Integer incomingId, LocalDate planDate, PlanSections sections) {
        return jdbi.inTransaction(handle -> {
            updateHead(planId, incomingId, planDate);
            return updateSections(planId, sections);
        });
    }

    /** Changes the incoming plan a draft implements and its date. */
    public OfficePlan updateHead(int planId, Integer incomingId, LocalDate planDate) {
        if (planDate == null) {
            throw new UserException("plan.dateRequired");
        }
        return jdbi.inTransaction(handle -> {
            PlanDao dao = handle.attach(PlanDao.class);
            OfficePlan plan = dao.findPlan(planId).orElseThrow(() -> new UserException("plan.gone"));
            if (plan.issued()) {
                throw new UserException("plan.issuedLocked", plan.numberText());
            }
            dao.updateHead(planId, incomingId, planDate, now());
            return dao.findPlan(planId).orElseThrow();
        });
    }

    /**
     * Issues the plan (ban hành): it takes the next number of the office's register for {@code issuedOn}'s year, and
     * its date becomes {@code issuedOn}. A plan is issued once; issuing it again is refused.
     */
    public OfficePlan issue(int planId, LocalDate issuedOn) {
        if (issuedOn == null) {
            throw new UserException("plan.dateRequired");
        }
        String symbol = commune.profile().map(CommuneProfile::symbolCode).filter(s -> !s.isBlank())
                .orElse(CommuneProfile.USUAL_SYMBOL_CODE);
        return jdbi.inTransaction(handle -> {
            PlanDao dao = handle.attach(PlanDao.class);
            OfficePlan plan = dao.findPlan(planId).orElseThrow(() -> new UserException("plan.gone"));
            if (plan.issued()) {
                throw new UserException("plan.alreadyIssued", plan.numberText());
            }
            // the register's own transaction joins this one: a failure here takes no number
            int number = numbers.next(TYPE_CODE, plan.subject(), issuedOn, SOURCE + planId);
            dao.issue(planId, number, DocumentNumberService.format(number, TYPE_CODE, symbol), issuedOn, now());
            return dao.findPlan(planId).orElseThrow();
        });
    }

    /**
     * Told by the register when a number is cancelled: the plan that carried it is a draft again (its text can be
     * corrected) and its next issue takes a new number; the cancelled one is never given again.
     */
    public void numberCancelled(org.cutri.numbering.RegisteredDocument cancelled) {
        String source = cancelled.source();
        if (source != null && source.startsWith(SOURCE)) {
            int id = Integer.parseInt(source.substring(SOURCE.length()));
            jdbi.useExtension(PlanDao.class, dao -> dao.forgetIssue(id, cancelled.number(), cancelled.year(), now()));
        }
    }

    /** Deletes a draft plan and its duties; an issued plan has a number in the register and stays. */
    public void deleteDraft(int planId) {
        jdbi.useTransaction(handle -> {
            PlanDao dao = handle.attach(PlanDao.class);
            OfficePlan plan = dao.findPlan(planId).orElseThrow(() -> new UserException("plan.gone"));
            if (plan.issued()) {
                throw new UserException("plan.issuedNotDeleted", plan.numberText());
            }
            dao.deleteDraft(planId);
        });
    }

    // ---- duties

    /** The plan's duties in their order. */
    public List<PlanDuty> duties(int planId) {
        return jdbi.withExtension(PlanDao.class, dao -> dao.duties(planId));
    }

    /** Every duty of every plan. */
    public List<PlanDuty> allDuties() {
        return jdbi.withExtension(PlanDao.class, PlanDao::allDuties);
    }

    public Optional<PlanDuty> findDuty(int dutyId) {
        return jdbi.withExtension(PlanDao.class, dao -> dao.findDuty(dutyId));
    }

    /** Adds a duty at the end of the plan. */
    public PlanDuty addDuty(int planId, DutyDraft draft) {
        DutyDraft clean = checked(draft);
        return jdbi.inTransaction(handle -> {
            PlanDao dao = handle.attach(PlanDao.class);
            dao.findPlan(planId).orElseThrow(() -> new UserException("plan.gone"));
            int id = dao.insertDuty(planId, dao.lastPosition(planId) + 1, clean.what(), clean.leadUnit(), clean.joins(),
                    clean.fromDate(), clean.untilDate(), clean.reportDue(), clean.work(), clean.sourceId());
            dao.touch(planId, now());
            return dao.findDuty(id).orElseThrow();
        });
    }

    public PlanDuty updateDuty(int dutyId, DutyDraft draft) {
        DutyDraft clean = checked(draft);
        return jdbi.inTransaction(handle -> {
            PlanDao dao = handle.attach(PlanDao.class);
            PlanDuty duty = dao.findDuty(dutyId).orElseThrow(() -> new UserException("plan.duty.gone"));
            dao.updateDuty(dutyId, clean.what(), clean.leadUnit(), clean.joins(), clean.fromDate(), clean.untilDate(),
                    clean.reportDue(), clean.work(), clean.sourceId());
            dao.touch(duty.planId(), now());
            return dao.findDuty(dutyId).orElseThrow();
        });
    }

    public void removeDuty(int dutyId) {
        jdbi.useTransaction(handle -> {
            PlanDao dao = handle.attach(PlanDao.class);
            PlanDuty duty = dao.findDuty(dutyId).orElseThrow(() -> new UserException("plan.duty.gone"));
            dao.deleteDuty(dutyId);
            dao.touch(duty.planId(), now());
        });
    }

    /** Marks the duty done on {@code on}, with the document that fulfilled it (may be empty). */
    public PlanDuty markDone(int dutyId, LocalDate on, String document) {
        if (on == null) {
            throw new UserException("plan.duty.doneDateRequired");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new UserException("plan.duty.doneInFuture");
        }
        longest(document, 1000);
        return jdbi.inTransaction(handle -> {
            PlanDao dao = handle.attach(PlanDao.class);
            dao.findDuty(dutyId).orElseThrow(() -> new UserException("plan.duty.gone"));
            dao.setStatus(dutyId, DutyStatus.DONE, on, VietText.cleanOrNull(document));
            return dao.findDuty(dutyId).orElseThrow();
        });
    }

    /** Undoes "done": the duty is owed again, without its done date and document. */
    public PlanDuty reopen(int dutyId) {
        return jdbi.inTransaction(handle -> {
            PlanDao dao = handle.attach(PlanDao.class);
            dao.findDuty(dutyId).orElseThrow(() -> new UserException("plan.duty.gone"));
            dao.setStatus(dutyId, DutyStatus.OPEN, null, null);
            return dao.findDuty(dutyId).orElseThrow();
        });
    }

    private static DutyDraft checked(DutyDraft draft) {
        String what = VietText.clean(draft.what());
        if (what.isEmpty()) {
            throw new UserException("plan.duty.whatRequired");
        }
        longest(what, 2000);
        longest(draft.leadUnit(), 500);
        longest(draft.joins(), 1000);
        if (draft.fromDate() != null && draft.untilDate() != null && draft.untilDate().isBefore(draft.fromDate())) {
            throw new UserException("plan.duty.untilBeforeFrom");
        }
        if (draft.fromDate() != null && draft.reportDue() != null && draft.reportDue().isBefore(draft.fromDate())) {
            throw new UserException("plan.duty.reportBeforeFrom");
        }
        return new DutyDraft(what, VietText.cleanOrNull(draft.leadUnit()), VietText.cleanOrNull(draft.joins()),
                draft.fromDate(), draft.untilDate(), draft.reportDue(), draft.work(), draft.sourceId());
    }

    /** Refuses a text longer than its column holds (a pasted page), before anything is written. */
    private static void longest(String text, int longest) {
        if (text != null && VietText.clean(text).length() > longest) {
            throw new UserException("common.tooLong", longest);
        }
    }

    /** Multi-line text: each line cleaned, line breaks kept; null when nothing is left. */
    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = String.join("\n", value.replace("\r\n", "\n").replace('\r', '\n').lines()
                .map(line -> VietText.nfc(line).strip()).toList()).strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
