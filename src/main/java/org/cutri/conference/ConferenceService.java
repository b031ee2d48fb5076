package org.cutri.conference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.cutri.numbering.DocumentNumberService;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The summary conferences (hội nghị tổng kết): the conference with its date and venues, its programme, its
 * participants in protocol order with their attendance, the papers each unit owes (due three days before unless
 * typed), the commendation list, and the invitations numbered through the office's register when issued. Every change
 * is one transaction; bad input is one {@link UserException} and nothing is stored.
 */
public class ConferenceService {

    /** The document type code of an invitation in its number ("05/GM-MTTQ-BTT"). */
    public static final String INVITATION_CODE = "GM";
    /** Papers are due this many days before the conference (seed 002: "trước thời gian tổ chức hội nghị 03 ngày"). */
    public static final int PAPERS_DAYS_BEFORE = 3;
    /** What the register's line of an invitation points back to: "conference-invitation:&lt;participant id&gt;". */
    public static final String INVITATION_SOURCE = "conference-invitation:";

    static final int TITLE_LONGEST = 500;
    static final int NAME_LONGEST = 300;
    static final int TEXT_LONGEST = 2000;
    static final int POINTS_MOST = 100;

    private final Jdbi jdbi;
    private final DocumentNumberService numbers;
    private final Clock clock;

    public ConferenceService(Jdbi jdbi, DocumentNumberService numbers, Clock clock) {
        this.jdbi = jdbi;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** The day papers are due for a conference on {@code heldOn} when no date was typed. */
    public static LocalDate papersDue(LocalDate heldOn) {
        return heldOn.minusDays(PAPERS_DAYS_BEFORE);
    }

    // ---- conferences

    /** Every conference, the latest first. */
    public List<Conference> conferences() {
        return jdbi.withHandle(handle -> {
            ConferenceDao dao = handle.attach(ConferenceDao.class);
            return dao.conferences().stream().map(row -> withVenues(dao, row)).toList();
        });
    }

    /** The conference; a user error when there is none of that id. */
    public Conference conference(int id) {
        return jdbi.withHandle(handle -> find(handle.attach(ConferenceDao.class), id));
    }

    private static Conference find(ConferenceDao dao, int id) {
        return dao.conference(id).map(row -> withVenues(dao, row))
                .orElseThrow(() -> new UserException("conference.unknown", id));
    }

    private static Conference withVenues(ConferenceDao dao, ConferenceRow row) {
        List<VenueRow> venues = dao.venues(row.id());
        String main = venues.stream().filter(VenueRow::isMain).map(VenueRow::name).findFirst().orElse("");
        List<String> points = venues.stream().filter(v -> !v.isMain()).map(VenueRow::name).toList();
        return new Conference(row.id(), row.kind(), row.title(), row.heldOn(), row.startTime(), row.endTime(),
                row.venueMode(), main, points, row.planId(), row.status(), row.note());
    }

    /** Adds a conference. */
    public Conference create(ConferenceDraft draft) {
        return jdbi.inTransaction(handle -> insert(handle, draft, LocalDateTime.now(clock)));
    }

    /** Adds a conference inside a transaction the caller holds (the demo). */
    public static Conference insert(Handle handle, ConferenceDraft draft, LocalDateTime now) {
        ConferenceDraft d = checked(draft);
        ConferenceDao dao = handle.attach(ConferenceDao.class);
        String key = VietText.identityKey(d.title());
        if (dao.idByKey(key, d.heldOn()).isPresent()) {
            throw new UserException("conference.duplicate", d.title());
        }
        int id = dao.insertConference(d.kind(), d.title(), key, d.heldOn(), d.startTime(), d.endTime(), d.venueMode(),
                d.status(), d.note(), now);
        venues(dao, id, d);
        return find(dao, id);
    }

    /**
     * Changes a conference. When its day changes, the papers whose date was not typed follow it (three days before);
     * dates the office typed stay.
     */
    public Conference update(int id, ConferenceDraft draft) {
        ConferenceDraft d = checked(draft);
        return jdbi.inTransaction(handle -> {
            ConferenceDao dao = handle.attach(ConferenceDao.class);
            Conference before = find(dao, id);
            String key = VietText.identityKey(d.title());
            Optional<Integer> other = dao.idByKey(key, d.heldOn());
            if (other.isPresent() && other.get() != id) {
                throw new UserException("conference.duplicate", d.title());
            }
            dao.updateConference(id, d.kind(), d.title(), key, d.heldOn(), d.startTime(), d.endTime(), d.venueMode(),
                    d.status(), d.note());
            dao.deleteVenues(id);
            venues(dao, id, d);
            if (!before.heldOn().equals(d.heldOn())) {
                dao.moveComputedDueDates(id, papersDue(d.heldOn()));
            }
            return find(dao, id);
        });
    }

    private static void venues(ConferenceDao dao, int id, ConferenceDraft d) {
        dao.insertVenue(id, 0, true, d.mainVenue());
        int position = 1;
        for (String point : d.points()) {
            dao.insertVenue(id, position++, false, point);
        }
    }

    /**
     * Deletes a conference with everything it holds. One whose invitations were issued is refused: their numbers
     * are in the register and point at its participants.
     */
    public void delete(int id) {
        jdbi.useTransaction(handle -> {
            ConferenceDao dao = handle.attach(ConferenceDao.class);
            Conference conference = find(dao, id);
            int issued = dao.issuedInvitations(id);
            if (issued > 0) {
                throw new UserException("conference.delete.issued", conference.title(), issued);
            }
            dao.deleteConference(id);
        });
    }

    /** Why the conference cannot be deleted now, or empty when it can (asked before the user confirms). */
    public Optional<UserException> deleteRefusal(int id) {
        return jdbi.withHandle(handle -> {
            ConferenceDao dao = handle.attach(ConferenceDao.class);
            Optional<ConferenceRow> row = dao.conference(id);
            if (row.isEmpty()) {
                return Optional.of(new UserException("common.gone"));
            }
            int issued = dao.issuedInvitations(id);
            return issued > 0 ? Optional.of(new UserException("conference.delete.issued", row.get().title(), issued))
                    : Optional.empty();
        });
    }

    /** Removes every conference, inside a transaction the caller holds (the demo replacing the data). */
    public static void clearAll(Handle handle) {
        handle.attach(ConferenceDao.class).deleteAll();
    }

    /** Links the conference to the office's plan made for it. */
    public Conference linkPlan(int id, Integer planId) {
        return jdbi.inTransaction(handle -> {
            ConferenceDao dao = handle.attach(ConferenceDao.class);
            find(dao, id);
            if (planId != null && dao.planExists(planId) == 0) {
                throw new UserException("common.gone");
            }
            dao.linkPlan(id, planId);
            return find(dao, id);
        });
    }

    private static ConferenceDraft checked(ConferenceDraft draft) {
        String title = VietText.clean(draft.title());
        if (title.isEmpty()) {
            throw new UserException("conference.title.required");
        }
        tooLong(title, TITLE_LONGEST);
        if (draft.heldOn() == null) {
            throw new UserException("conference.date.required");
        }
        if (draft.startTime() != null && draft.endTime() != null && !draft.endTime().isAfter(draft.startTime())) {
            throw new UserException("conference.time.order");
        }
        VenueMode mode = draft.venueMode() == null ? VenueMode.IN_PERSON : draft.venueMode();
        String main = VietText.clean(draft.mainVenue());
        if (main.isEmpty()) {
            throw new UserException("conference.venue.required");
        }
        tooLong(main, TITLE_LONGEST);
        List<String> points = new ArrayList<>();
        if (mode.online()) {
            for (String point : draft.points()) {
                String p = VietText.clean(point);
                if (!p.isEmpty()) {
                    tooLong(p, TITLE_LONGEST);
                    points.add(p);
                }
            }
            if (points.size() > POINTS_MOST) {
                throw new UserException("conference.points.tooMany", POINTS_MOST);
            }
        }
        String note = VietText.cleanOrNull(draft.note());
        tooLong(note, TEXT_LONGEST);
        return new ConferenceDraft(draft.kind() == null ? ConferenceKind.SUMMARY : draft.kind(), title, draft.heldOn(),
                draft.startTime(), draft.endTime(), mode, main, points,
                draft.status() == null ? ConferenceStatus.PLANNED : draft.status(), note);
    }

    // ---- programme

    /** The programme in its order. */
    public List<ProgrammeItem> items(int conferenceId) {
        return jdbi.withExtension(ConferenceDao.class, dao -> dao.items(conferenceId));
    }

    /** Adds an item at the end of the programme. */
    public ProgrammeItem addItem(int conferenceId, ItemDraft draft) {
        return jdbi.inTransaction(handle -> insertItem(handle, conferenceId, draft));
    }

    /** Adds an item inside a transaction the caller holds (the demo). */
    public static ProgrammeItem insertItem(Handle handle, int conferenceId, ItemDraft draft) {
        ConferenceDao dao = handle.attach(ConferenceDao.class);
        find(dao, conferenceId);
        ItemDraft d = checked(draft);
        int id = dao.insertItem(conferenceId, d.startTime(), d.content(), d.presenter());
        return dao.item(id).orElseThrow();
    }

    public ProgrammeItem updateItem(int id, ItemDraft draft) {
        ItemDraft d = checked(draft);
        return jdbi.inTransaction(handle -> {
            ConferenceDao dao = handle.attach(ConferenceDao.class);
            dao.item(id).orElseThrow(() -> new UserException("common.gone"));
            dao.updateItem(id, d.startTime(), d.content(), d.presenter());
            return dao.item(id).orElseThrow();
        });
    }

    public void deleteItem(int id) {
        jdbi.useTransaction(handle -> {
            ConferenceDao dao = handle.attach(ConferenceDao.class);
            ProgrammeItem item = dao.item(id).orElseThrow(() -> new UserException("common.gone"));
            dao.deleteItem(id);
            renumber(dao.items(item.conferenceId()), ProgrammeItem::id, dao::placeItem);
        });
    }

    /** Moves an item one place up ({@code up}) or down the programme; at either end nothing changes. */
    public List<ProgrammeItem> moveItem(int id, boolean up) {
        return jdbi.inTransaction(handle -> {
            ConferenceDao dao = handle.attach(ConferenceDao.class);
            ProgrammeItem item = dao.item(id).orElseThrow(() -> new UserException("common.gone"));
            List<ProgrammeItem> list = new ArrayList<>(dao.items(item.conferenceId()));
            swap(list, id, up, ProgrammeItem::id);
            renumber(list, ProgrammeItem::id, dao::placeItem);
            return dao.items(item.conferenceId());
        });
    }

    private static ItemDraft checked(ItemDraft draft) {
        String content = VietText.clean(draft.content());
        if (content.isEmpty()) {
            throw new UserException("conference.item.content.required");
        }
        tooLong(content, 1000);
        String presenter = VietText.cleanOrNull(draft.presenter());
        tooLong(presenter, TITLE_LONGEST);
        return new ItemDraft(draft.startTime(), content, presenter);
    }

    // ---- participants

    /** The participants in protocol order: by category (in {@link ParticipantCategory}'s order), then their place. */
    public List<Participant> participants(int conferenceId) {
        return jdbi.withExtension(ConferenceDao.class, dao -> inProtocolOrder(dao.participantRows(conferenceId)));
    }

    static List<Participant> inProtocolOrder(List<Participant> rows) {
        return rows.stream().sorted(Comparator.comparing(Participant::category)
                .thenComparingInt(Participant::position).thenComparingInt(Participant::id)).toList();
    }

    public Participant addParticipant(int conferenceId, ParticipantDraft draft) {
        return jdbi.inTransaction(handle -> insertParticipant(handle, conferenceId, draft));
    }

    /** Adds a participant at the end of its category, inside a transaction the caller holds (the demo). */
    public static Participant insertParticipant(Handle handle, int conferenceId, ParticipantDraft draft) {
        ConferenceDao dao = handle.attach(ConferenceDao.class);
        find(dao, conferenceId);
        ParticipantDraft d = checked(draft);
        int id = dao.insertParticipant(conferenceId, d.category(), d.name(), d.title(), d.unit(), d.invited(),
                d.attendance(), d.absenceReason());
        return dao.participant(id).orElseThrow();
    }

    /** Changes a participant; one moved to another category goes to its end. */
    public Participant updateParticipant(int id, ParticipantDraft draft) {
        ParticipantDraft d = checked(draft);
        return jdbi.inTransaction(handle -> {
            ConferenceDao dao = handle.attach(ConferenceDao.class);
            Participant before = dao.participant(id).orElseThrow(() -> new UserException("common.gone"));
            if (before.invitationNumber() != null && !d.invited()) {
                throw new UserException("conference.participant.invitedIssued", before.invitationNumber());
            }
            dao.updateParticipant(id, d.category(), d.name(), d.title(), d.unit(), d.invited(), d.attendance(),
                    d.absenceReason());
            if (before.category() != d.category()) {
                dao.placeLast(id, before.conferenceId(), d.category());
            }
            return dao.participant(id).orElseThrow();
        });
    }

    /** Records whether a participant came, and why not. */
    public Participant setAttendance(int id, Attendance attendance, String reason) {
        Participant p = jdbi.withExtension(ConferenceDao.class, dao -> dao.participant(id))
                .orElseThrow(() -> new UserException("common.gone"));
        return updateParticipant(id, new ParticipantDraft(p.category(), p.name(), p.title(), p.unit(), p.invited(),
                attendance, reason));
    }

    /** Deletes a participant; one whose invitation was issued is refused (its number is in the register). */
    public void deleteParticipant(int id) {
        jdbi.useTransaction(handle -> {
            participantRefusal(handle, id).ifPresent(refusal -> {
                throw refusal;
            });
            handle.attach(ConferenceDao.class).deleteParticipant(id);
        });
    }

    public Optional<UserException> participantRefusal(int id) {
        return jdbi.withHandle(handle -> participantRefusal(handle, id));
    }

    private static Optional<UserException> participantRefusal(Handle handle, int id) {
        Optional<Participant> p = handle.attach(ConferenceDao.class).participant(id);
        if (p.isEmpty()) {
            return Optional.of(new UserException("common.gone"));
        }
        return p.get().invitationNumber() == null ? Optional.empty()
                : Optional.of(new UserException("conference.participant.delete.issued", p.get().invitationNumber()));
    }

    /** Moves a participant one place up or down inside its category (the protocol order); at either end nothing. */
    public List<Participant> moveParticipant(int id, boolean up) {
        return jdbi.inTransaction(handle -> {
            ConferenceDao dao = handle.attach(ConferenceDao.class);
            Participant p = dao.participant(id).orElseThrow(() -> new UserException("common.gone"));
            List<Participant> same = new ArrayList<>(inProtocolOrder(dao.participantRows(p.conferenceId())).stream()
                    .filter(o -> o.category() == p.category()).toList());
            swap(same, id, up, Participant::id);
            renumber(same, Participant::id, dao::placeParticipant);
            return inProtocolOrder(dao.participantRows(p.conferenceId()));
        });
    }

    private static ParticipantDraft checked(ParticipantDraft draft) {
        if (draft.category() == null) {
            throw new UserException("conference.participant.category.required");
        }
        String name = VietText.cleanOrNull(draft.name());
        String title = VietText.cleanOrNull(draft.title());
        String unit = VietText.cleanOrNull(draft.unit());
        if (name == null && unit == null) {
            throw new UserException("conference.participant.who.required");
        }
        tooLong(name, 200);
        tooLong(title, NAME_LONGEST);
        tooLong(unit, NAME_LONGEST);
        Attendance attendance = draft.attendance() == null ? Attendance.UNKNOWN : draft.attendance();
        String reason = attendance == Attendance.ABSENT ? VietText.cleanOrNull(draft.absenceReason()) : null;
        tooLong(reason, TITLE_LONGEST);
        return new ParticipantDraft(draft.category(), name, title, unit, draft.invited(), attendance, reason);
    }

    // ---- invitations

    /**
     * Issues the invitations (ban hành giấy mời): every invited participant without a number takes the next number of
     * the office's register, in protocol order, dated {@code issuedOn}. Those issued before keep theirs. Returns the
     * participants as they now are; a user error when there is nothing to issue.
     */
    public List<Participant> issueInvitations(int conferenceId, LocalDate issuedOn) {
        if (issuedOn == null) {
            throw new UserException("conference.date.required");
        }
        Conference conference = conference(conferenceId);
        if (conference.status() == ConferenceStatus.CANCELLED) {
            throw new UserException("conference.invitations.cancelled");
        }
        List<Participant> waiting = participants(conferenceId).stream()
                .filter(p -> p.invited() && p.invitationNumber() == null).toList();
        if (waiting.isEmpty()) {
            throw new UserException("conference.invitations.none");
        }
        for (Participant p : waiting) {
            String summary = "Giấy mời " + p.label() + " dự " + lowerFirst(conference.title());
            // the register's own transaction joins this one: a failure here takes no number
            jdbi.useTransaction(handle -> {
                int number = numbers.next(INVITATION_CODE, summary, issuedOn, INVITATION_SOURCE + p.id());
                handle.attach(ConferenceDao.class).invitationIssued(p.id(), number, issuedOn);
            });
        }
        return participants(conferenceId);
    }

    /**
     * Told by the register when a number is cancelled: the participant whose invitation carried it has no invitation
     * number any more (a new one is issued with the next "Ban hành giấy mời"); the cancelled number is never reused.
     */
    public void numberCancelled(org.cutri.numbering.RegisteredDocument cancelled) {
        String source = cancelled.source();
        if (source != null && source.startsWith(INVITATION_SOURCE)) {
            int id = Integer.parseInt(source.substring(INVITATION_SOURCE.length()));
            jdbi.useExtension(ConferenceDao.class, dao -> dao.forgetInvitation(id, cancelled.number(), cancelled.year()));
        }
    }

    // ---- tasks and papers

    /** The units' tasks in their order. */
    public List<PaperTask> tasks(int conferenceId) {
        return jdbi.withExtension(ConferenceDao.class, dao -> dao.tasks(conferenceId));
    }

    public PaperTask addTask(int conferenceId, TaskDraft draft) {
        return jdbi.inTransaction(handle -> insertTask(handle, conferenceId, draft));
    }

    /** Adds a task inside a transaction the caller holds (the demo). */
    public static PaperTask insertTask(Handle handle, int conferenceId, TaskDraft draft) {
        ConferenceDao dao = handle.attach(ConferenceDao.class);
        Conference conference = find(dao, conferenceId);
        TaskDraft d = checked(draft);
        LocalDate due = d.dueDate() == null ? papersDue(conference.heldOn()) : d.dueDate();
        int id = dao.insertTask(conferenceId, d.unit(), d.task(), d.paper(), due, d.dueDate() != null, d.receivedOn(),
                d.receivedBy());
        return dao.task(id).orElseThrow();
    }

    /** Changes a task; a null due date goes back to the conference day less three days. */
    public PaperTask updateTask(int id, TaskDraft draft) {
        TaskDraft d = checked(draft);
        return jdbi.inTransaction(handle -> {
            ConferenceDao dao = handle.attach(ConferenceDao.class);
            PaperTask before = dao.task(id).orElseThrow(() -> new UserException("common.gone"));
            Conference conference = find(dao, before.conferenceId());
            LocalDate due = d.dueDate() == null ? papersDue(conference.heldOn()) : d.dueDate();
            dao.updateTask(id, d.unit(), d.task(), d.paper(), due, d.dueDate() != null, d.receivedOn(), d.receivedBy());
            return dao.task(id).orElseThrow();
        });
    }

    /** Records that a unit's paper came in on {@code on}, received by {@code by}; null {@code on} undoes it. */
    public PaperTask receive(int id, LocalDate on, String by) {
        PaperTask t = jdbi.withExtension(ConferenceDao.class, dao -> dao.task(id))
                .orElseThrow(() -> new UserException("common.gone"));
        return updateTask(id, new TaskDraft(t.unit(), t.task(), t.paper(), t.dueTyped() ? t.dueDate() : null, on,
                on == null ? null : by));
    }

    public void deleteTask(int id) {
        jdbi.useTransaction(handle -> {
            ConferenceDao dao = handle.attach(ConferenceDao.class);
            dao.task(id).orElseThrow(() -> new UserException("common.gone"));
            dao.deleteTask(id);
        });
    }

    /** The papers not yet received and due up to {@code until}, of conferences still being prepared. */
    public List<PaperTask> openTasks(LocalDate until) {
        return jdbi.withExtension(ConferenceDao.class, dao -> dao.openTasks(until));
    }

    private static TaskDraft checked(TaskDraft draft) {
        String unit = VietText.clean(draft.unit());
        if (unit.isEmpty()) {
            throw new UserException("conference.task.unit.required");
        }
        tooLong(unit, NAME_LONGEST);
        String task = VietText.clean(draft.task());
        if (task.isEmpty()) {
            throw new UserException("conference.task.task.required");
        }
        tooLong(task, 1000);
        String paper = VietText.cleanOrNull(draft.paper());
        tooLong(paper, TITLE_LONGEST);
        String by = draft.receivedOn() == null ? null : VietText.cleanOrNull(draft.receivedBy());
        tooLong(by, 200);
        return new TaskDraft(unit, task, paper, draft.dueDate(), draft.receivedOn(), by);
    }

    // ---- commendations

    /** The commendation list: collectives first, then individuals, each in its order. */
    public List<Commendation> commendations(int conferenceId) {
        return jdbi.withExtension(ConferenceDao.class, dao -> inListOrder(dao.commendations(conferenceId)));
    }

    static List<Commendation> inListOrder(List<Commendation> rows) {
        return rows.stream().sorted(Comparator.comparing(Commendation::kind).thenComparingInt(Commendation::position)
                .thenComparingInt(Commendation::id)).toList();
    }

    public Commendation addCommendation(int conferenceId, CommendationDraft draft) {
        return jdbi.inTransaction(handle -> insertCommendation(handle, conferenceId, draft));
    }

    /** Adds a commendation inside a transaction the caller holds (the demo). */
    public static Commendation insertCommendation(Handle handle, int conferenceId, CommendationDraft draft) {
        ConferenceDao dao = handle.attach(ConferenceDao.class);
        find(dao, conferenceId);
        CommendationDraft d = checked(draft);
        int id = dao.insertCommendation(conferenceId, d.kind(), d.name(), d.unit(), d.form(), d.achievement());
        return dao.commendation(id).orElseThrow();
    }

    public Commendation updateCommendation(int id, CommendationDraft draft) {
        CommendationDraft d = checked(draft);
        return jdbi.inTransaction(handle -> {
            ConferenceDao dao = handle.attach(ConferenceDao.class);
            dao.commendation(id).orElseThrow(() -> new UserException("common.gone"));
            dao.updateCommendation(id, d.kind(), d.name(), d.unit(), d.form(), d.achievement());
            return dao.commendation(id).orElseThrow();
        });
    }

    public void deleteCommendation(int id) {
        jdbi.useTransaction(handle -> {
            ConferenceDao dao = handle.attach(ConferenceDao.class);
            dao.commendation(id).orElseThrow(() -> new UserException("common.gone"));
            dao.deleteCommendation(id);
        });
    }

    private static CommendationDraft checked(CommendationDraft draft) {
        if (draft.kind() == null) {
            throw new UserException("conference.commendation.kind.required");
        }
        String name = VietText.clean(draft.name());
        if (name.isEmpty()) {
            throw new UserException("conference.commendation.name.required");
        }
        tooLong(name, NAME_LONGEST);
        String form = VietText.clean(draft.form());
        if (form.isEmpty()) {
            throw new UserException("conference.commendation.form.required");
        }
        tooLong(form, NAME_LONGEST);
        String unit = VietText.cleanOrNull(draft.unit());
        tooLong(unit, NAME_LONGEST);
        String achievement = VietText.cleanOrNull(draft.achievement());
        tooLong(achievement, TEXT_LONGEST);
        return new CommendationDraft(draft.kind(), name, unit, form, achievement);
    }

    // ---- helpers

    private static <T> void swap(List<T> list, int id, boolean up, java.util.function.ToIntFunction<T> idOf) {
        for (int i = 0; i < list.size(); i++) {
            if (idOf.applyAsInt(list.get(i)) == id) {
                int other = up ? i - 1 : i + 1;
                if (other >= 0 && other < list.size()) {
                    T moved = list.get(i);
                    list.set(i, list.get(other));
                    list.set(other, moved);
                }
                return;
            }
        }
    }

    private static <T> void renumber(List<T> list, java.util.function.ToIntFunction<T> idOf, Placer placer) {
        for (int i = 0; i < list.size(); i++) {
            placer.place(idOf.applyAsInt(list.get(i)), i + 1);
        }
    }

    @FunctionalInterface
    private interface Placer {
        int place(int id, int position);
    }

    static String lowerFirst(String text) {
        if (text == null || text.length() < 2 || Character.isUpperCase(text.charAt(1))) {
            return text == null ? "" : text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static void tooLong(String text, int longest) {
        if (text != null && text.length() > longest) {
            throw new UserException("common.tooLong", longest);
        }
    }
}
