package org.cutri.draft;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.VietText;
import org.cutri.commune.CommuneProfile;
import org.cutri.commune.CommuneService;
import org.cutri.document.DocumentFiles;
import org.cutri.document.OfficialDocument;
import org.cutri.numbering.DocumentNumberService;
import org.cutri.plan.Deadline;
import org.cutri.plan.DeadlineSource;
import org.cutri.plan.DutyWork;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Comments on draft documents (góp ý dự thảo văn kiện): drafts imported from their .docx into sections, the comments
 * recorded per section, their compilation without double counting, and the report to the level above (a draft
 * without a number, or issued with the register's number, which marks it sent). Every change is one transaction.
 */
public class DraftService {

    static final int TITLE_LONGEST = 500;
    static final int NAME_LONGEST = 200;
    static final int ISSUER_LONGEST = 300;
    static final int TEXT_LONGEST = 4000;
    static final int MOST_PEOPLE = 1_000_000;
    /** The document type code of the report in its number ("07/BC-MTTQ-BTT"). */
    public static final String TYPE_CODE = "BC";
    /** How the register names a draft's report it numbered ("draft-report:3"). */
    public static final String SOURCE = "draft-report:";
    /** The plan kind a draft can belong to. */
    static final String PLAN_KIND = "DRAFT_COMMENTS";

    private final Jdbi jdbi;
    private final CommuneService commune;
    private final DocumentNumberService numbers;
    private final Clock clock;

    public DraftService(Jdbi jdbi, CommuneService commune, DocumentNumberService numbers, Clock clock) {
        this.jdbi = jdbi;
        this.commune = commune;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** Every draft, the latest imported first, with its counts of sections and comments. */
    public List<DraftDocument> drafts() {
        return jdbi.withExtension(DraftDao.class, DraftDao::drafts);
    }

    /** The draft; a user error when there is none of that number. */
    public DraftDocument draft(int id) {
        return jdbi.withExtension(DraftDao.class, dao -> dao.draft(id))
                .orElseThrow(() -> new UserException("draft.unknown", id));
    }

    /**
     * Imports a draft from its .docx: reads its sections (nothing is stored when the file cannot be read) and stores
     * the draft with them in one transaction.
     */
    public DraftDocument importDocx(Path file, DraftInfo info, TaskMonitor monitor) {
        DraftInfo checked = checked(info);
        jdbi.useHandle(handle -> checkNew(handle.attach(DraftDao.class), checked.title(), null));
        DraftOutline outline = DraftReader.read(file, monitor.part(0, 0.8));
        monitor.checkCancelled();
        String fileName = file.getFileName() == null ? null : VietText.cleanOrNull(file.getFileName().toString());
        DraftDocument stored = jdbi.inTransaction(handle -> insert(handle, checked, fileName, outline,
                LocalDateTime.now(clock)));
        monitor.progress(1, 1);
        return stored;
    }

    /** Stores a draft and its outline inside a transaction the caller holds (the import, the demo). */
    public static DraftDocument insert(Handle handle, DraftInfo info, String sourceFile, DraftOutline outline,
            LocalDateTime now) {
        DraftInfo d = checked(info);
        DraftDao dao = handle.attach(DraftDao.class);
        checkNew(dao, d.title(), null);
        checkPlan(dao, d.planId());
        String preamble = outline.preamble() == null ? null : shorten(outline.preamble(), 20000);
        int id = dao.insertDraft(d.title(), VietText.identityKey(d.title()), d.issuer(), d.receivedDate(),
                d.dueDate(), sourceFile == null ? null : shorten(sourceFile, 300), preamble, d.planId(), now);
        Deque<Integer> parents = new ArrayDeque<>();
        int position = 0;
        for (DraftOutline.Item item : outline.items()) {
            while (parents.size() >= item.level()) {
                parents.pop();
            }
            int level = parents.size() + 1;
            String heading = shorten(item.heading(), 1000);
            String label = shorten(item.label(), 100);
            int sectionId = dao.insertSection(id, parents.peek(), level, label, heading,
                    item.body() == null ? null : shorten(item.body(), 100000), ++position);
            parents.push(sectionId);
        }
        return dao.draft(id).orElseThrow();
    }

    /** Changes what the office recorded about a draft (its sections stay). */
    public DraftDocument update(int id, DraftInfo info) {
        DraftInfo d = checked(info);
        return jdbi.inTransaction(handle -> {
            DraftDao dao = handle.attach(DraftDao.class);
            dao.draft(id).orElseThrow(() -> new UserException("common.gone"));
            checkNew(dao, d.title(), id);
            checkPlan(dao, d.planId());
            dao.updateDraft(id, d.title(), VietText.identityKey(d.title()), d.issuer(), d.receivedDate(), d.dueDate(),
                    d.planId());
            return dao.draft(id).orElseThrow();
        });
    }

    /** Deletes a draft without comments; one with comments is refused (the comments are what people said). */
    public void delete(int id) {
        jdbi.useTransaction(handle -> {
            DraftDao dao = handle.attach(DraftDao.class);
            DraftDocument draft = dao.draft(id).orElseThrow(() -> new UserException("common.gone"));
            if (draft.comments() > 0) {
                throw new UserException("draft.delete.comments", draft.title(), draft.comments());
            }
            dao.unlinkSections(id);
            dao.deleteSections(id);
            dao.deleteDraft(id);
        });
    }

    private static void checkNew(DraftDao dao, String title, Integer self) {
        Optional<Integer> other = dao.draftIdByKey(VietText.identityKey(title));
        if (other.isPresent() && !other.get().equals(self)) {
            throw new UserException("draft.duplicate", title);
        }
    }

    private static void checkPlan(DraftDao dao, Integer planId) {
        if (planId != null && !dao.planKind(planId).map(PLAN_KIND::equals).orElse(false)) {
            throw new UserException("draft.plan.wrong");
        }
    }

    private static DraftInfo checked(DraftInfo info) {
        String title = VietText.clean(info == null ? null : info.title());
        if (title.isEmpty()) {
            throw new UserException("draft.title.required");
        }
        tooLong(title, TITLE_LONGEST);
        String issuer = VietText.cleanOrNull(info.issuer());
        tooLong(issuer, ISSUER_LONGEST);
        if (info.receivedDate() != null && info.dueDate() != null && info.dueDate().isBefore(info.receivedDate())) {
            throw new UserException("draft.dates.order");
        }
        return new DraftInfo(title, issuer, info.receivedDate(), info.dueDate(), info.planId());
    }

    /** The sections of a draft in its order. */
    public List<DraftSection> sections(int draftId) {
        return jdbi.withExtension(DraftDao.class, dao -> dao.sections(draftId));
    }

    /** Every comment on a draft, by section in the draft's order, then as entered. */
    public List<DraftComment> comments(int draftId) {
        return jdbi.withExtension(DraftDao.class, dao -> dao.comments(draftId));
    }

    /** The comments on one section (not its subsections), as entered. */
    public List<DraftComment> sectionComments(int sectionId) {
        return jdbi.withExtension(DraftDao.class, dao -> dao.sectionComments(sectionId));
    }

    /** Adds a comment to a section. */
    public DraftComment createComment(CommentDraft draft) {
        return jdbi.inTransaction(handle -> insertComment(handle, draft, LocalDateTime.now(clock)));
    }

    /** Adds a comment inside a transaction the caller holds (the demo). */
    public static DraftComment insertComment(Handle handle, CommentDraft draft, LocalDateTime now) {
        DraftDao dao = handle.attach(DraftDao.class);
        Clean c = checked(dao, draft);
        int id = dao.insertComment(c.section().draftId(), c.section().id(), draft.stance(), c.content(),
                DraftCompilation.contentKey(c.content()), c.people(), draft.sourceKind(), c.sourceName(),
                VietText.identityKey(c.sourceName()), draft.commentDate(), draft.hamletId(), draft.meetingId(), now);
        return dao.comment(id).orElseThrow();
    }

    /** Changes a comment; it may move to another section of the same draft. */
    public DraftComment updateComment(int id, CommentDraft draft) {
        return jdbi.inTransaction(handle -> {
            DraftDao dao = handle.attach(DraftDao.class);
            DraftComment before = dao.comment(id).orElseThrow(() -> new UserException("common.gone"));
            Clean c = checked(dao, draft);
            if (c.section().draftId() != before.draftId()) {
                throw new UserException("draft.comment.section.required");
            }
            dao.updateComment(id, c.section().id(), draft.stance(), c.content(),
                    DraftCompilation.contentKey(c.content()), c.people(), draft.sourceKind(), c.sourceName(),
                    VietText.identityKey(c.sourceName()), draft.commentDate(), draft.hamletId(), draft.meetingId(),
                    LocalDateTime.now(clock));
            return dao.comment(id).orElseThrow();
        });
    }

    public void deleteComment(int id) {
        jdbi.useTransaction(handle -> {
            DraftDao dao = handle.attach(DraftDao.class);
            dao.comment(id).orElseThrow(() -> new UserException("common.gone"));
            dao.deleteComment(id);
        });
    }

    private record Clean(DraftSection section, String content, int people, String sourceName) {
    }

    private static Clean checked(DraftDao dao, CommentDraft draft) {
        DraftSection section = dao.section(draft.sectionId())
                .orElseThrow(() -> new UserException("draft.comment.section.required"));
        if (draft.stance() == null) {
            throw new UserException("draft.comment.stance.required");
        }
        String content = VietText.clean(draft.content());
        if (content.isEmpty()) {
            throw new UserException("draft.comment.content.required");
        }
        tooLong(content, TEXT_LONGEST);
        if (draft.people() == null || draft.people() < 1 || draft.people() > MOST_PEOPLE) {
            throw new UserException("draft.comment.people.wrong");
        }
        if (draft.sourceKind() == null) {
            throw new UserException("draft.comment.sourceKind.required");
        }
        String sourceName = VietText.clean(draft.sourceName());
        if (draft.hamletId() != null) {
            String hamlet = dao.hamletName(draft.hamletId()).orElseThrow(() -> new UserException("common.gone"));
            if (sourceName.isEmpty()) {
                sourceName = hamlet;
            }
        }
        if (sourceName.isEmpty()) {
            throw new UserException("draft.comment.source.required");
        }
        tooLong(sourceName, NAME_LONGEST);
        if (draft.meetingId() != null && dao.meetingExists(draft.meetingId()) == 0) {
            throw new UserException("common.gone");
        }
        return new Clean(section, content, draft.people(), sourceName);
    }

    /** The comments of a draft compiled per section, without double counting. */
    public DraftCompilation compilation(int draftId) {
        return jdbi.withHandle(handle -> {
            DraftDao dao = handle.attach(DraftDao.class);
            return DraftCompilation.of(dao.sections(draftId), dao.comments(draftId));
        });
    }

    /** The report as an official document; a draft print has no number and says "(DỰ THẢO)". */
    public OfficialDocument document(int draftId, LocalDate date, boolean draftPrint) {
        DraftDocument draft = draft(draftId);
        return document(draft, compilation(draftId), date, draftPrint);
    }

    private OfficialDocument document(DraftDocument draft, DraftCompilation compilation, LocalDate date,
            boolean draftPrint) {
        Integer number = draftPrint ? null : draft.reportNumber();
        LocalDate dated = !draftPrint && draft.reportDate() != null ? draft.reportDate() : date;
        return DraftReportDocument.build(draft, compilation, commune.profile().orElse(CommuneProfile.usual()), number,
                dated, draftPrint);
    }

    /**
     * Issues the report: gives it the next number of the office's register (once) and marks the draft's comments
     * sent, so their deadline leaves the duty calendar.
     */
    public DraftDocument issue(int draftId, LocalDate issuedOn) {
        DraftDocument draft = draft(draftId);
        if (draft.reportNumber() != null) {
            return draft;
        }
        // the register's own transaction joins this one: a failure here takes no number
        jdbi.useTransaction(handle -> {
            int number = numbers.next(TYPE_CODE, DraftReportDocument.subject(draft), issuedOn, SOURCE + draftId);
            handle.attach(DraftDao.class).issued(draftId, number, issuedOn);
        });
        return draft(draftId);
    }

    /**
     * Told by the register when a number is cancelled: the draft's report that carried it is not sent any more (its
     * deadline is back on the calendar) and its next issue takes a new number.
     */
    public void numberCancelled(org.cutri.numbering.RegisteredDocument cancelled) {
        String source = cancelled.source();
        if (source != null && source.startsWith(SOURCE)) {
            int id = Integer.parseInt(source.substring(SOURCE.length()));
            jdbi.useExtension(DraftDao.class, dao -> dao.forgetIssue(id, cancelled.number(), cancelled.year()));
        }
    }

    /** The kinds of file the report is written to. */
    public enum Output { DOCX, PDF, XLSX }

    /** The kind of file a name asks for; a user error for another extension. */
    public static Output outputOf(Path target) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (Output output : Output.values()) {
            String ext = "." + output.name().toLowerCase(Locale.ROOT);
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                return output;
            }
        }
        throw new UserException("draft.report.unknownType", name);
    }

    /**
     * Writes the report (.docx, .pdf) or the per-section table (.xlsx): a draft print without a number, or the issued
     * report (issued first when it has no number yet; the table never issues).
     */
    public void save(int draftId, Path target, boolean draftPrint, LocalDate date, TaskMonitor monitor) {
        Output output = outputOf(target);
        if (output == Output.XLSX) {
            DraftDocument draft = draft(draftId);
            DraftCompilation compilation = compilation(draftId);
            // headed by the report it goes with: its number and date once issued, the number left blank before
            OfficialDocument.DocumentHeader header = document(draft, compilation, date, false).header();
            DraftWorkbook.save(draft, compilation, header, target, monitor);
            return;
        }
        if (!draftPrint) {
            issue(draftId, date);
        }
        DocumentFiles.save(document(draftId, date, draftPrint), target, monitor);
    }

    /** The comments' deadlines not yet met, for the duty calendar: each draft with a due date not yet sent. */
    public DeadlineSource deadlines() {
        return until -> {
            List<Deadline> result = new ArrayList<>();
            for (DraftDocument d : jdbi.withExtension(DraftDao.class, dao -> dao.openDue(until))) {
                result.add(new Deadline(d.dueDate(), d.title(), "Gửi báo cáo tổng hợp ý kiến góp ý dự thảo",
                        "Văn phòng Ủy ban MTTQ xã", DutyWork.DRAFT_COMMENTS, d.id()));
            }
            return result;
        };
    }

    /** Removes every draft with its sections and comments, inside a transaction the caller holds (the demo). */
    public static void clearAll(Handle handle) {
        DraftDao dao = handle.attach(DraftDao.class);
        for (int id : dao.allIds()) {
            dao.deleteComments(id);
            dao.unlinkSections(id);
            dao.deleteSections(id);
            dao.deleteDraft(id);
        }
    }

    private static String shorten(String text, int longest) {
        return text.length() <= longest ? text : text.substring(0, longest);
    }

    private static void tooLong(String text, int longest) {
        if (text != null && text.length() > longest) {
            throw new UserException("common.tooLong", longest);
        }
    }
}
