package org.cutri.sentiment;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.VietText;
import org.cutri.commune.CommuneService;
import org.cutri.document.DocumentFiles;
import org.cutri.document.OfficialDocument;
import org.cutri.numbering.DocumentNumberService;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The public-sentiment reports (báo cáo tình hình Nhân dân): periods, their notes, carrying an unresolved note over
 * to the next period, and the report of a period, drafted or issued with its number. Every change is one
 * transaction.
 */
public class SentimentService {

    static final int TEXT_LONGEST = 4000;
    static final int NAME_LONGEST = 200;
    static final int HOT_SPOT_LONGEST = 1000;
    static final int CANDIDATE_LONGEST = 2000;
    /** The document type code of a report in its number ("05/BC-MTTQ-BTT"). */
    public static final String TYPE_CODE = "BC";
    /** What the register says a period's report number was given to: "sentiment-report:" and the period's id. */
    public static final String SOURCE = "sentiment-report:";

    private final Jdbi jdbi;
    private final CommuneService commune;
    private final DocumentNumberService numbers;
    private final Clock clock;

    public SentimentService(Jdbi jdbi, CommuneService commune, DocumentNumberService numbers, Clock clock) {
        this.jdbi = jdbi;
        this.commune = commune;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** Every period, the latest first, with its count of notes. */
    public List<SentimentPeriod> periods() {
        return jdbi.withExtension(SentimentDao.class, SentimentDao::periods);
    }

    /** The period; a user error when it is gone. */
    public SentimentPeriod period(int id) {
        return jdbi.withExtension(SentimentDao.class, dao -> dao.period(id))
                .orElseThrow(() -> new UserException("sentiment.period.unknown", id));
    }

    /** Adds the three periods of an election on {@code votingDay} (before, during, after) with their deadlines. */
    public List<SentimentPeriod> createElection(LocalDate votingDay) {
        if (votingDay == null) {
            throw new UserException("sentiment.period.electionDay.required");
        }
        return createAll(SentimentPeriods.election(votingDay));
    }

    /** Adds one monthly period per month from {@code first} to {@code last} (a congress season). */
    public List<SentimentPeriod> createMonthly(YearMonth first, YearMonth last) {
        if (first == null || last == null || last.isBefore(first)) {
            throw new UserException("sentiment.period.months.wrong");
        }
        if (first.plusMonths(36).isBefore(last)) {
            throw new UserException("sentiment.period.months.tooMany", 36);
        }
        List<PeriodDraft> drafts = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            drafts.add(SentimentPeriods.monthly(month));
        }
        return createAll(drafts);
    }

    /** Adds the monthly period after the latest one, or the current month's when there is none. */
    public SentimentPeriod createNextMonth() {
        return jdbi.inTransaction(handle -> {
            YearMonth month = handle.attach(SentimentDao.class).lastMonthly().map(d -> YearMonth.from(d).plusMonths(1))
                    .orElse(YearMonth.now(clock));
            return insert(handle, SentimentPeriods.monthly(month));
        });
    }

    /** Adds a period the office sets itself. */
    public SentimentPeriod createPeriod(PeriodDraft draft) {
        return jdbi.inTransaction(handle -> insert(handle, draft));
    }

    private List<SentimentPeriod> createAll(List<PeriodDraft> drafts) {
        return jdbi.inTransaction(handle -> {
            List<SentimentPeriod> made = new ArrayList<>();
            for (PeriodDraft draft : drafts) {
                made.add(insert(handle, draft));
            }
            return made;
        });
    }

    private SentimentPeriod insert(Handle handle, PeriodDraft draft) {
        return insertPeriod(handle, draft, LocalDateTime.now(clock));
    }

    /** Adds a period inside a transaction the caller holds (the demo). */
    public static SentimentPeriod insertPeriod(Handle handle, PeriodDraft draft, LocalDateTime now) {
        PeriodDraft d = checked(draft);
        SentimentDao dao = handle.attach(SentimentDao.class);
        String key = VietText.identityKey(d.label());
        if (dao.periodIdByKey(key).isPresent()) {
            throw new UserException("sentiment.period.duplicate", d.label());
        }
        int id = dao.insertPeriod(d.kind(), d.label(), key, d.subject(), d.fromDate(), d.untilDate(), d.deadline(),
                d.generalText(), d.proposals(), now);
        return dao.period(id).orElseThrow();
    }

    /** Changes a period's label, dates, deadline and texts. */
    public SentimentPeriod updatePeriod(int id, PeriodDraft draft) {
        PeriodDraft d = checked(draft);
        return jdbi.inTransaction(handle -> {
            SentimentDao dao = handle.attach(SentimentDao.class);
            String key = VietText.identityKey(d.label());
            Optional<Integer> other = dao.periodIdByKey(key);
            if (other.isPresent() && other.get() != id) {
                throw new UserException("sentiment.period.duplicate", d.label());
            }
            SentimentPeriod before = dao.period(id).orElseThrow(() -> new UserException("common.gone"));
            if (!d.kind().election() && before.kind().election()
                    && dao.notes(id).stream().anyMatch(n -> n.candidateOpinion() != null)) {
                throw new UserException("sentiment.period.kind.candidates");
            }
            dao.updatePeriod(id, d.kind(), d.label(), key, d.subject(), d.fromDate(), d.untilDate(), d.deadline(),
                    d.generalText(), d.proposals());
            return dao.period(id).orElseThrow();
        });
    }

    /** Deletes a period without notes; one with notes is refused (its notes are the record of what people said). */
    public void deletePeriod(int id) {
        jdbi.useTransaction(handle -> {
            SentimentDao dao = handle.attach(SentimentDao.class);
            SentimentPeriod period = dao.period(id).orElseThrow(() -> new UserException("common.gone"));
            if (period.notes() > 0) {
                throw new UserException("sentiment.period.delete.notes", period.label(), period.notes());
            }
            dao.deletePeriod(id);
        });
    }

    private static PeriodDraft checked(PeriodDraft draft) {
        if (draft.kind() == null) {
            throw new UserException("sentiment.period.kind.required");
        }
        String label = VietText.clean(draft.label());
        if (label.isEmpty()) {
            throw new UserException("sentiment.period.label.required");
        }
        tooLong(label, NAME_LONGEST);
        if (draft.fromDate() == null || draft.untilDate() == null || draft.deadline() == null) {
            throw new UserException("sentiment.period.dates.required");
        }
        if (draft.untilDate().isBefore(draft.fromDate())) {
            throw new UserException("sentiment.period.dates.order");
        }
        String subject = VietText.clean(draft.subject());
        if (subject.isEmpty()) {
            subject = SentimentPeriods.freeSubject(label);
        }
        tooLong(subject, 500);
        String general = lines(draft.generalText());
        String proposals = lines(draft.proposals());
        tooLong(general, TEXT_LONGEST);
        tooLong(proposals, TEXT_LONGEST);
        return new PeriodDraft(draft.kind(), label, subject, draft.fromDate(), draft.untilDate(), draft.deadline(),
                general, proposals);
    }

    /** A text of several lines: each line cleaned, blank lines dropped; null when nothing is left. */
    private static String lines(String text) {
        if (text == null) {
            return null;
        }
        String joined = String.join("\n", VietText.nfc(text).lines().map(VietText::clean).filter(l -> !l.isEmpty())
                .toList());
        return joined.isEmpty() ? null : joined;
    }

    /** The topics (chủ đề) in their order, "Khác" last. */
    public List<SentimentEntry> topics() {
        return jdbi.withExtension(SentimentDao.class, SentimentDao::topics);
    }

    /** The sources: the hamlets' Front work groups and the member organisations (đoàn thể). */
    public List<SentimentEntry> sources() {
        return jdbi.withExtension(SentimentDao.class, SentimentDao::sources);
    }

    /** Adds a topic to the list, or gives the one of that name (case aside) already there. */
    public SentimentEntry addTopic(String name) {
        String clean = listName(name);
        return jdbi.inTransaction(handle -> {
            SentimentDao dao = handle.attach(SentimentDao.class);
            String key = VietText.identityKey(clean);
            int id = dao.topicByKey(key).orElseGet(() -> dao.insertTopic(clean, key));
            return dao.topics().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        });
    }

    /** Adds a source (an organisation) to the list, or gives the one of that name already there. */
    public SentimentEntry addSource(String name) {
        String clean = listName(name);
        return jdbi.inTransaction(handle -> {
            SentimentDao dao = handle.attach(SentimentDao.class);
            String key = VietText.identityKey(clean);
            int id = dao.sourceByKey(key).orElseGet(() -> dao.insertSource(clean, key));
            return dao.sources().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        });
    }

    private static String listName(String name) {
        String clean = VietText.clean(name);
        if (clean.isEmpty()) {
            throw new UserException("sentiment.list.name.required");
        }
        tooLong(clean, NAME_LONGEST);
        return clean;
    }

    /** The notes of a period, by topic (in the list's order), then as they were written. */
    public List<SentimentNote> notes(int periodId) {
        return jdbi.withExtension(SentimentDao.class, dao -> dao.notes(periodId));
    }

    public SentimentNote note(int id) {
        return jdbi.withExtension(SentimentDao.class, dao -> dao.note(id))
                .orElseThrow(() -> new UserException("common.gone"));
    }

    /** Adds a note to its period. */
    public SentimentNote createNote(NoteDraft draft) {
        return jdbi.inTransaction(handle -> insertNote(handle, draft, LocalDateTime.now(clock)));
    }

    /** Adds a note inside a transaction the caller holds (the demo). */
    public static SentimentNote insertNote(Handle handle, NoteDraft draft, LocalDateTime now) {
        SentimentDao dao = handle.attach(SentimentDao.class);
        CleanNote note = checked(dao, draft);
        int id = dao.insertNote(note, null, now);
        return dao.note(id).orElseThrow();
    }

    /** Changes a note (its period stays). */
    public SentimentNote updateNote(int id, NoteDraft draft) {
        return jdbi.inTransaction(handle -> {
            SentimentDao dao = handle.attach(SentimentDao.class);
            SentimentNote before = dao.note(id).orElseThrow(() -> new UserException("common.gone"));
            CleanNote note = checked(dao, new NoteDraft(before.periodId(), draft.topicId(), draft.hamletId(),
                    draft.placeName(), draft.sourceId(), draft.content(), draft.spread(), draft.hotSpot(),
                    draft.hotSpotNote(), draft.candidateOpinion(), draft.resolved()));
            dao.updateNote(id, note, LocalDateTime.now(clock));
            return dao.note(id).orElseThrow();
        });
    }

    /**
     * Deletes a note. A note already carried over into the next period is refused: its copy there is marked "tiếp tục
     * từ kỳ trước" by pointing at it, so the copy goes first.
     */
    public void deleteNote(int id) {
        jdbi.useTransaction(handle -> {
            deleteRefusal(handle, id).ifPresent(refusal -> {
                throw refusal;
            });
            handle.attach(SentimentDao.class).deleteNote(id);
        });
    }

    /** Why the note cannot be deleted now, or empty when it can (asked before the user confirms). */
    public Optional<UserException> deleteRefusal(int id) {
        return jdbi.withHandle(handle -> deleteRefusal(handle, id));
    }

    private static Optional<UserException> deleteRefusal(Handle handle, int id) {
        Optional<SentimentNote> note = handle.attach(SentimentDao.class).note(id);
        if (note.isEmpty()) {
            return Optional.of(new UserException("common.gone"));
        }
        return note.get().carriedOn() ? Optional.of(new UserException("sentiment.note.delete.carried"))
                : Optional.empty();
    }

    /**
     * Carries an unresolved note over to the next period (the one starting after its own), marked "tiếp tục từ kỳ
     * trước": a copy that follows it there. Refused for a resolved note, a note already carried over and a period
     * with no next one. Opinions about candidates are not carried into a period that is not an election's.
     */
    public SentimentNote carryOver(int noteId) {
        return jdbi.inTransaction(handle -> carryOver(handle, noteId, LocalDateTime.now(clock)));
    }

    /** As {@link #carryOver(int)}, inside a transaction the caller holds (the demo). */
    public static SentimentNote carryOver(Handle handle, int noteId, LocalDateTime now) {
        SentimentDao dao = handle.attach(SentimentDao.class);
        SentimentNote note = dao.note(noteId).orElseThrow(() -> new UserException("common.gone"));
        if (note.resolved()) {
            throw new UserException("sentiment.carry.resolved");
        }
        if (note.carriedOn()) {
            throw new UserException("sentiment.carry.already");
        }
        SentimentPeriod period = dao.period(note.periodId()).orElseThrow();
        int nextId = dao.nextPeriodId(period.fromDate(), period.id())
                .orElseThrow(() -> new UserException("sentiment.carry.noNext", period.label()));
        SentimentPeriod next = dao.period(nextId).orElseThrow();
        CleanNote copy = new CleanNote(nextId, note.topicId(), note.hamletId(), note.placeName(), note.sourceId(),
                note.content(), note.spread(), note.hotSpot(), note.hotSpotNote(),
                next.kind().election() ? note.candidateOpinion() : null, false);
        int id = dao.insertNote(copy, note.id(), now);
        return dao.note(id).orElseThrow();
    }

    /** Removes every period and note, inside a transaction the caller holds (the demo replacing the data). */
    public static void clearAll(Handle handle) {
        SentimentDao dao = handle.attach(SentimentDao.class);
        dao.unlinkCarried();
        dao.deleteAllNotes();
        dao.deleteAllPeriods();
    }

    private static CleanNote checked(SentimentDao dao, NoteDraft draft) {
        SentimentPeriod period = dao.period(draft.periodId()).orElseThrow(() -> new UserException("common.gone"));
        if (draft.topicId() == null || dao.topicExists(draft.topicId()) == 0) {
            throw new UserException("sentiment.note.topic.required");
        }
        if (draft.sourceId() == null || dao.sourceExists(draft.sourceId()) == 0) {
            throw new UserException("sentiment.note.source.required");
        }
        String place;
        if (draft.hamletId() != null) {
            place = dao.hamletName(draft.hamletId()).orElseThrow(() -> new UserException("common.gone"));
        } else {
            place = VietText.clean(draft.placeName());
            if (place.isEmpty()) {
                throw new UserException("sentiment.note.place.required");
            }
            tooLong(place, NAME_LONGEST);
        }
        String content = VietText.clean(draft.content());
        if (content.isEmpty()) {
            throw new UserException("sentiment.note.content.required");
        }
        tooLong(content, TEXT_LONGEST);
        if (draft.spread() == null) {
            throw new UserException("sentiment.note.spread.required");
        }
        String hotSpotNote = draft.hotSpot() ? VietText.cleanOrNull(draft.hotSpotNote()) : null;
        tooLong(hotSpotNote, HOT_SPOT_LONGEST);
        String candidates = VietText.cleanOrNull(draft.candidateOpinion());
        if (candidates != null && !period.kind().election()) {
            throw new UserException("sentiment.note.candidates.notElection");
        }
        tooLong(candidates, CANDIDATE_LONGEST);
        return new CleanNote(period.id(), draft.topicId(), draft.hamletId(), place, draft.sourceId(), content,
                draft.spread(), draft.hotSpot(), hotSpotNote, candidates, draft.resolved());
    }

    private static void tooLong(String text, int longest) {
        if (text != null && text.length() > longest) {
            throw new UserException("common.tooLong", longest);
        }
    }

    /** The report of a period as an official document; a draft has no number and says "(DỰ THẢO)". */
    public OfficialDocument document(int periodId, LocalDate date, boolean draft) {
        SentimentPeriod period = period(periodId);
        Integer number = draft ? null : period.reportNumber();
        LocalDate dated = !draft && period.reportDate() != null ? period.reportDate() : date;
        return SentimentReportDocument.build(period, notes(periodId),
                commune.profile().orElse(org.cutri.commune.CommuneProfile.usual()), number, dated, draft);
    }

    /**
     * Issues the report: in one transaction gives it the next number of the office's register (once: a period issued
     * before keeps its number and date) and marks the period reported. Returns the period as it now is.
     */
    public SentimentPeriod issue(int periodId, LocalDate issuedOn) {
        period(periodId);
        jdbi.useTransaction(handle -> {
            SentimentDao dao = handle.attach(SentimentDao.class);
            SentimentPeriod period = dao.period(periodId).orElseThrow(() -> new UserException("common.gone"));
            if (period.reportNumber() != null) {
                return;
            }
            int number = numbers.next(TYPE_CODE, SentimentReportDocument.subject(period), issuedOn, SOURCE + periodId);
            dao.issued(periodId, number, issuedOn);
        });
        return period(periodId);
    }

    /** The number the report would take if issued on {@code day} now, as printed: for the confirmation. */
    public String upcomingNumber(LocalDate day) {
        return org.cutri.numbering.DocumentNumberService.format(numbers.register().nextNumber(day.getYear()), TYPE_CODE,
                commune.profile().orElse(org.cutri.commune.CommuneProfile.usual()).symbolCode());
    }

    /**
     * Told by the register when a number is cancelled: a period whose report carried it is open again, its report a
     * draft, and its next issue takes a new number (the cancelled one is never given again).
     */
    public void numberCancelled(org.cutri.numbering.RegisteredDocument cancelled) {
        String source = cancelled.source() == null ? "" : cancelled.source();
        if (source.startsWith(SOURCE)) {
            int periodId = Integer.parseInt(source.substring(SOURCE.length()));
            jdbi.useExtension(SentimentDao.class, dao -> dao.forgetIssue(periodId, cancelled.number(),
                    cancelled.issuedOn()));
        }
    }

    /**
     * Writes the period's report to a Word or PDF file (by its extension): a draft without a number, or the issued
     * report (issuing it first when it has no number yet). Returns the document written.
     */
    public OfficialDocument save(int periodId, Path target, boolean draft, LocalDate date, TaskMonitor monitor) {
        DocumentFiles.formatOf(target);
        if (!draft) {
            issue(periodId, date);
        }
        OfficialDocument document = document(periodId, date, draft);
        DocumentFiles.save(document, target, monitor);
        return document;
    }
}
