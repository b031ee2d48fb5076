package org.cutri.conference;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.DateText;
import org.cutri.common.text.VietText;
import org.cutri.meeting.MeetingText;

/**
 * The conference screen (Hội nghị tổng kết): the conferences, the chosen one's head (title, day, times, venue and
 * connection points, status), and its four lists, each with a small form: the programme, the participants in protocol
 * order with their attendance, the units' papers (overdue ones marked) and the commendations. Dates and times are
 * typed and read with the program's one date parser and one time grammar; what is wrong is said next to the field.
 * Work on the data runs on the worker; the forms are turned into plain drafts on the FX thread first.
 */
public class ConferenceViewModel {

    private final ConferenceService conferences;
    private final ConferenceFiles files;
    private final ConferencePlanner planner;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObservableList<Conference> conferenceList = FXCollections.observableArrayList();
    private final ObjectProperty<Conference> conference = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty();
    private Integer wanted;

    // the head
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty day = new SimpleStringProperty("");
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final ObjectProperty<VenueMode> mode = new SimpleObjectProperty<>(VenueMode.IN_PERSON);
    private final ObjectProperty<ConferenceStatus> conferenceStatus =
            new SimpleObjectProperty<>(ConferenceStatus.PLANNED);
    private final StringProperty venue = new SimpleStringProperty("");
    private final StringProperty points = new SimpleStringProperty("");
    private final StringBinding titleError;
    private final StringBinding dayError;
    private final StringBinding startError;
    private final StringBinding endError;
    private final StringBinding venueError;
    private final BooleanBinding headValid;

    // the programme
    private final ObservableList<ProgrammeItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<ProgrammeItem> item = new SimpleObjectProperty<>();
    private final StringProperty itemTime = new SimpleStringProperty("");
    private final StringProperty itemContent = new SimpleStringProperty("");
    private final StringProperty itemPresenter = new SimpleStringProperty("");
    private final StringBinding itemTimeError;

    // the participants
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final ObjectProperty<Participant> participant = new SimpleObjectProperty<>();
    private final ObjectProperty<ParticipantCategory> category = new SimpleObjectProperty<>(ParticipantCategory.PARTY);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final BooleanProperty invited = new SimpleBooleanProperty(true);
    private final ObjectProperty<Attendance> attendance = new SimpleObjectProperty<>(Attendance.UNKNOWN);
    private final StringProperty reason = new SimpleStringProperty("");

    // the papers
    private final ObservableList<PaperTask> tasks = FXCollections.observableArrayList();
    private final ObjectProperty<PaperTask> task = new SimpleObjectProperty<>();
    private final StringProperty taskUnit = new SimpleStringProperty("");
    private final StringProperty taskWhat = new SimpleStringProperty("");
    private final StringProperty taskPaper = new SimpleStringProperty("");
    private final StringProperty taskDue = new SimpleStringProperty("");
    private final StringProperty taskReceived = new SimpleStringProperty("");
    private final StringProperty taskReceivedBy = new SimpleStringProperty("");
    private final StringBinding taskDueError;
    private final StringBinding taskReceivedError;

    // the commendations
    private final ObservableList<Commendation> commendations = FXCollections.observableArrayList();
    private final ObjectProperty<Commendation> commendation = new SimpleObjectProperty<>();
    private final ObjectProperty<CommendationKind> kind = new SimpleObjectProperty<>(CommendationKind.INDIVIDUAL);
    private final StringProperty honoured = new SimpleStringProperty("");
    private final StringProperty honouredUnit = new SimpleStringProperty("");
    private final StringProperty form = new SimpleStringProperty("");
    private final StringProperty achievement = new SimpleStringProperty("");

    public ConferenceViewModel(ConferenceService conferences, ConferenceFiles files, ConferencePlanner planner,
            Messages messages, TaskExecutor executor, Clock clock) {
        this.conferences = conferences;
        this.files = files;
        this.planner = planner;
        this.messages = messages;
        this.executor = executor;
        this.clock = clock;
        titleError = text(() -> VietText.clean(title.get()).isEmpty() ? messages.get("conference.title.required")
                : null, title);
        dayError = text(() -> DateText.error(day.get(), true, null, messages), day);
        startError = text(() -> timeError(start.get()), start);
        endError = text(() -> {
            String wrong = timeError(end.get());
            if (wrong != null) {
                return wrong;
            }
            Optional<LocalTime> from = MeetingText.parseTime(start.get());
            Optional<LocalTime> to = MeetingText.parseTime(end.get());
            return from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())
                    ? messages.get("conference.time.order") : null;
        }, start, end);
        venueError = text(() -> VietText.clean(venue.get()).isEmpty() ? messages.get("conference.venue.required")
                : null, venue);
        headValid = Bindings.createBooleanBinding(() -> titleError.get() == null && dayError.get() == null
                && startError.get() == null && endError.get() == null && venueError.get() == null,
                titleError, dayError, startError, endError, venueError);
        itemTimeError = text(() -> timeError(itemTime.get()), itemTime);
        taskDueError = text(() -> DateText.error(taskDue.get(), false, null, messages), taskDue);
        taskReceivedError = text(() -> DateText.error(taskReceived.get(), false, null, messages), taskReceived);

        conference.addListener((obs, old, now) -> {
            if (now == null) {
                clearHead();
                clearLists();
            } else {
                fillHead(now);
                if (old == null || old.id() != now.id()) {
                    clearLists();
                    loadLists(now.id());
                }
            }
        });
        item.addListener((obs, old, now) -> fillItem(now));
        participant.addListener((obs, old, now) -> fillParticipant(now));
        task.addListener((obs, old, now) -> fillTask(now));
        commendation.addListener((obs, old, now) -> fillCommendation(now));
        fillTask(null);
        fillCommendation(null);
    }

    private String timeError(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return MeetingText.parseTime(text).isPresent() ? null : messages.get("conference.time.wrong", text.strip());
    }

    private static StringBinding text(Callable<String> check, javafx.beans.Observable... dependencies) {
        return Bindings.createStringBinding(check, dependencies);
    }

    // ---- loading

    /** Reads the conferences again, keeping the chosen one (or the one asked for by {@link #open(int)}). */
    public void refresh() {
        working.set(true);
        executor.execute(BackgroundTask.of(conferences::conferences).onSuccess(list -> {
            working.set(false);
            Conference chosen = conference.get();
            conferenceList.setAll(list);
            Integer keep = wanted != null ? wanted : chosen == null ? null : Integer.valueOf(chosen.id());
            wanted = null;
            Conference again = keep == null ? null
                    : list.stream().filter(c -> c.id() == keep).findFirst().orElse(null);
            if (again == null && !list.isEmpty()) {
                again = list.stream().filter(c -> c.status() == ConferenceStatus.PLANNED).reduce((a, b) -> b)
                        .orElse(list.get(0));
            }
            if (again != null && chosen != null && again.id() == chosen.id()) {
                conference.set(again);
                loadLists(again.id());
            } else {
                conference.set(again);
            }
        }).onFailure(this::failed));
    }

    /** Chooses the conference of this id (the calendar opened it). */
    public void open(int conferenceId) {
        wanted = conferenceId;
        refresh();
    }

    private record Lists(List<ProgrammeItem> items, List<Participant> participants, List<PaperTask> tasks,
            List<Commendation> commendations) {
    }

    private void loadLists(int conferenceId) {
        executor.execute(BackgroundTask.of(() -> new Lists(conferences.items(conferenceId),
                conferences.participants(conferenceId), conferences.tasks(conferenceId),
                conferences.commendations(conferenceId))).onSuccess(lists -> {
                    Conference chosen = conference.get();
                    if (chosen == null || chosen.id() != conferenceId) {
                        return;
                    }
                    setKeeping(items, item, lists.items(), ProgrammeItem::id);
                    setKeeping(participants, participant, lists.participants(), Participant::id);
                    setKeeping(tasks, task, lists.tasks(), PaperTask::id);
                    setKeeping(commendations, commendation, lists.commendations(), Commendation::id);
                }).onFailure(this::failed));
    }

    private static <T> void setKeeping(ObservableList<T> list, ObjectProperty<T> selected, List<T> fresh,
            java.util.function.ToIntFunction<T> idOf) {
        T chosen = selected.get();
        list.setAll(fresh);
        selected.set(chosen == null ? null : fresh.stream().filter(x -> idOf.applyAsInt(x) == idOf.applyAsInt(chosen))
                .findFirst().orElse(null));
    }

    private void clearLists() {
        item.set(null);
        participant.set(null);
        task.set(null);
        commendation.set(null);
        items.clear();
        participants.clear();
        tasks.clear();
        commendations.clear();
    }

    // ---- the head

    private void fillHead(Conference c) {
        title.set(c.title());
        day.set(DateText.format(c.heldOn()));
        start.set(c.startTime() == null ? "" : DateText.format(c.startTime()));
        end.set(c.endTime() == null ? "" : DateText.format(c.endTime()));
        mode.set(c.venueMode());
        conferenceStatus.set(c.status());
        venue.set(c.mainVenue());
        points.set(String.join("\n", c.points()));
    }

    private void clearHead() {
        title.set("");
        day.set("");
        start.set("");
        end.set("");
        mode.set(VenueMode.IN_PERSON);
        conferenceStatus.set(ConferenceStatus.PLANNED);
        venue.set("");
        points.set("");
    }

    /** Empties the head to type a new conference (saved as new while none is chosen). */
    public void newConference() {
        conference.set(null);
        title.set(messages.get("conference.new.title"));
        day.set("");
        setStatus(messages.get("conference.new.status"));
    }

    /** Saves the head: a new conference, or the chosen one changed. Wrong input: one message, nothing stored. */
    public void saveConference() {
        if (!headValid.get()) {
            String first = firstOf(titleError.get(), dayError.get(), startError.get(), endError.get(),
                    venueError.get());
            error.set(first);
            setStatus(first);
            return;
        }
        ConferenceDraft draft = new ConferenceDraft(ConferenceKind.SUMMARY, title.get(),
                DateText.parse(day.get()).orElseThrow(), MeetingText.parseTime(start.get()).orElse(null),
                MeetingText.parseTime(end.get()).orElse(null), mode.get(), venue.get(), points.get().lines().toList(),
                conferenceStatus.get(), conference.get() == null ? null : conference.get().note());
        Conference chosen = conference.get();
        work(() -> chosen == null ? conferences.create(draft) : conferences.update(chosen.id(), draft), saved -> {
            setStatus(messages.get("common.saved", saved.title()));
            wanted = saved.id();
            if (chosen != null) {
                loadLists(saved.id());
            }
            refresh();
        });
    }

    /** Deletes the chosen conference after {@code confirm} said yes; refused with one message once invitations went out. */
    public void deleteConference(Predicate<Conference> confirm) {
        Conference chosen = conference.get();
        if (chosen == null) {
            return;
        }
        // Asked of the data in the background first: a refused delete says why without a question.
        work(() -> conferences.deleteRefusal(chosen.id()), refusal -> {
            if (refused(refusal) || !confirm.test(chosen)) {
                return;
            }
            work(() -> {
                conferences.delete(chosen.id());
                return chosen;
            }, gone -> {
                setStatus(messages.get("common.deleted", gone.title()));
                conference.set(null);
                refresh();
            });
        });
    }

    /** Says a refusal on the form and in the status line; true when there was one. */
    private boolean refused(Optional<UserException> refusal) {
        refusal.ifPresent(r -> {
            error.set(messages.of(r));
            setStatus(messages.of(r));
        });
        return refusal.isPresent();
    }

    // ---- programme

    private void fillItem(ProgrammeItem i) {
        itemTime.set(i == null || i.startTime() == null ? "" : DateText.format(i.startTime()));
        itemContent.set(i == null ? "" : i.content());
        itemPresenter.set(i == null ? "" : Objects.toString(i.presenter(), ""));
    }

    /** Adds the item typed (none chosen) or changes the chosen one. */
    public void saveItem() {
        Conference c = conference.get();
        if (c == null) {
            return;
        }
        if (itemTimeError.get() != null) {
            error.set(itemTimeError.get());
            return;
        }
        ItemDraft draft = new ItemDraft(MeetingText.parseTime(itemTime.get()).orElse(null), itemContent.get(),
                itemPresenter.get());
        ProgrammeItem chosen = item.get();
        work(() -> chosen == null ? conferences.addItem(c.id(), draft) : conferences.updateItem(chosen.id(), draft),
                saved -> afterRowSaved(c, item, () -> fillItem(null)));
    }

    public void deleteItem() {
        ProgrammeItem chosen = item.get();
        Conference c = conference.get();
        if (chosen != null && c != null) {
            work(() -> {
                conferences.deleteItem(chosen.id());
                return chosen;
            }, gone -> afterRowDeleted(c, item, gone.content()));
        }
    }

    public void moveItem(boolean up) {
        ProgrammeItem chosen = item.get();
        Conference c = conference.get();
        if (chosen != null && c != null) {
            work(() -> conferences.moveItem(chosen.id(), up), list -> loadLists(c.id()));
        }
    }

    // ---- participants

    private void fillParticipant(Participant p) {
        category.set(p == null ? category.get() : p.category());
        name.set(p == null ? "" : Objects.toString(p.name(), ""));
        position.set(p == null ? "" : Objects.toString(p.title(), ""));
        unit.set(p == null ? "" : Objects.toString(p.unit(), ""));
        invited.set(p == null || p.invited());
        attendance.set(p == null ? Attendance.UNKNOWN : p.attendance());
        reason.set(p == null ? "" : Objects.toString(p.absenceReason(), ""));
    }

    public void saveParticipant() {
        Conference c = conference.get();
        if (c == null) {
            return;
        }
        ParticipantDraft draft = new ParticipantDraft(category.get(), name.get(), position.get(), unit.get(),
                invited.get(), attendance.get(), reason.get());
        Participant chosen = participant.get();
        work(() -> chosen == null ? conferences.addParticipant(c.id(), draft)
                : conferences.updateParticipant(chosen.id(), draft),
                saved -> afterRowSaved(c, participant, () -> fillParticipant(null)));
    }

    public void deleteParticipant() {
        Participant chosen = participant.get();
        Conference c = conference.get();
        if (chosen == null || c == null) {
            return;
        }
        work(() -> conferences.participantRefusal(chosen.id()), refusal -> {
            if (!refused(refusal)) {
                work(() -> {
                    conferences.deleteParticipant(chosen.id());
                    return chosen;
                }, gone -> afterRowDeleted(c, participant, gone.label()));
            }
        });
    }

    public void moveParticipant(boolean up) {
        Participant chosen = participant.get();
        Conference c = conference.get();
        if (chosen != null && c != null) {
            work(() -> conferences.moveParticipant(chosen.id(), up), list -> loadLists(c.id()));
        }
    }

    /** Issues the invitations not yet numbered (the register gives each its number, dated today). */
    public void issueInvitations() {
        Conference c = conference.get();
        if (c == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        work(() -> conferences.issueInvitations(c.id(), today), list -> {
            long numbered = list.stream().filter(p -> p.invitationDate() != null && p.invitationDate().equals(today))
                    .count();
            setStatus(messages.get("conference.status.issued", numbered));
            loadLists(c.id());
        });
    }

    // ---- papers

    private void fillTask(PaperTask t) {
        taskUnit.set(t == null ? "" : t.unit());
        taskWhat.set(t == null ? messages.get("conference.task.usual") : t.task());
        taskPaper.set(t == null ? "" : Objects.toString(t.paper(), ""));
        taskDue.set(t == null || !t.dueTyped() ? "" : DateText.format(t.dueDate()));
        taskReceived.set(t == null || t.receivedOn() == null ? "" : DateText.format(t.receivedOn()));
        taskReceivedBy.set(t == null ? "" : Objects.toString(t.receivedBy(), ""));
    }

    /** The date papers are due when none is typed: the conference day less three days. */
    public String usualDue() {
        Conference c = conference.get();
        return c == null ? "" : DateText.format(ConferenceService.papersDue(c.heldOn()));
    }

    public void saveTask() {
        Conference c = conference.get();
        if (c == null) {
            return;
        }
        String wrong = firstOf(taskDueError.get(), taskReceivedError.get());
        if (wrong != null) {
            error.set(wrong);
            setStatus(wrong);
            return;
        }
        TaskDraft draft = new TaskDraft(taskUnit.get(), taskWhat.get(), taskPaper.get(),
                DateText.parse(taskDue.get()).orElse(null), DateText.parse(taskReceived.get()).orElse(null),
                taskReceivedBy.get());
        PaperTask chosen = task.get();
        work(() -> chosen == null ? conferences.addTask(c.id(), draft) : conferences.updateTask(chosen.id(), draft),
                saved -> afterRowSaved(c, task, () -> fillTask(null)));
    }

    /** Marks the chosen unit's paper received today. */
    public void receiveToday() {
        PaperTask chosen = task.get();
        Conference c = conference.get();
        if (chosen != null && c != null) {
            LocalDate today = LocalDate.now(clock);
            String by = taskReceivedBy.get();
            work(() -> conferences.receive(chosen.id(), today, by), saved -> {
                setStatus(messages.get("conference.status.received", saved.unit(), DateText.format(today)));
                loadLists(c.id());
            });
        }
    }

    public void deleteTask() {
        PaperTask chosen = task.get();
        Conference c = conference.get();
        if (chosen != null && c != null) {
            work(() -> {
                conferences.deleteTask(chosen.id());
                return chosen;
            }, gone -> afterRowDeleted(c, task, gone.unit()));
        }
    }

    /** Whether a task's paper is late (not received, past its date). */
    public boolean overdue(PaperTask t) {
        return t.overdue(LocalDate.now(clock));
    }

    // ---- commendations

    private void fillCommendation(Commendation x) {
        kind.set(x == null ? kind.get() : x.kind());
        honoured.set(x == null ? "" : x.name());
        honouredUnit.set(x == null ? "" : Objects.toString(x.unit(), ""));
        form.set(x == null ? messages.get("conference.commendation.usualForm") : x.form());
        achievement.set(x == null ? "" : Objects.toString(x.achievement(), ""));
    }

    public void saveCommendation() {
        Conference c = conference.get();
        if (c == null) {
            return;
        }
        CommendationDraft draft = new CommendationDraft(kind.get(), honoured.get(), honouredUnit.get(), form.get(),
                achievement.get());
        Commendation chosen = commendation.get();
        work(() -> chosen == null ? conferences.addCommendation(c.id(), draft)
                : conferences.updateCommendation(chosen.id(), draft),
                saved -> afterRowSaved(c, commendation, () -> fillCommendation(null)));
    }

    public void deleteCommendation() {
        Commendation chosen = commendation.get();
        Conference c = conference.get();
        if (chosen != null && c != null) {
            work(() -> {
                conferences.deleteCommendation(chosen.id());
                return chosen;
            }, gone -> afterRowDeleted(c, commendation, gone.name()));
        }
    }

    // ---- documents and plan

    /** Writes one of the conference's documents in the background; the status says where it went. */
    public void saveDocument(ConferenceDocumentKind documentKind, Path target) {
        Conference c = conference.get();
        if (c == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        setStatus(messages.get("conference.status.saving"));
        working.set(true);
        executor.execute(BackgroundTask.monitored(monitor -> {
            files.save(c.id(), documentKind, target, today, monitor);
            return target;
        }).onSuccess(done -> {
            working.set(false);
            error.set("");
            setStatus(messages.get("conference.status.saved", messages.label(documentKind), done.getFileName()));
        }).onFailure(this::failed));
    }

    /** Makes (once) or finds the conference's plan, then hands its id to {@code open}. */
    public void makePlan(IntConsumer open) {
        Conference c = conference.get();
        if (c == null) {
            return;
        }
        work(() -> planner.planFor(c.id()), planId -> {
            setStatus(messages.get("conference.status.plan"));
            wanted = c.id();
            refresh();
            open.accept(planId);
        });
    }

    /** A file name to suggest: "chuong-trinh-hoi-nghi-tong-ket-09-07-2026.docx". */
    public String suggestedFileName(ConferenceDocumentKind documentKind, String extension) {
        Conference c = conference.get();
        String what = VietText.fold(messages.label(documentKind)).replaceAll("[^a-z0-9]+", "-");
        String when = c == null ? "" : "-" + DateText.format(c.heldOn()).replace('/', '-');
        return what + when + "." + extension;
    }

    /** Empties the programme's form for a new item. */
    public void newItem() {
        item.set(null);
        fillItem(null);
    }

    /** Empties the participants' form for a new one (the category stays). */
    public void newParticipant() {
        participant.set(null);
        fillParticipant(null);
    }

    /** Empties the papers' form for a new unit's task. */
    public void newTask() {
        task.set(null);
        fillTask(null);
    }

    /** Empties the commendations' form for a new line (the kind stays). */
    public void newCommendation() {
        commendation.set(null);
        fillCommendation(null);
    }

    // ---- helpers

    /** After a row is saved the form is empty again, ready for the next one. */
    private <T> void afterRowSaved(Conference c, ObjectProperty<T> selected, Runnable clearForm) {
        error.set("");
        setStatus(messages.get("conference.status.rowSaved"));
        selected.set(null);
        clearForm.run();
        loadLists(c.id());
    }

    private <T> void afterRowDeleted(Conference c, ObjectProperty<T> selected, String what) {
        error.set("");
        setStatus(messages.get("common.deleted", what));
        selected.set(null);
        loadLists(c.id());
    }

    private <T> void work(Callable<T> job, Consumer<T> done) {
        working.set(true);
        executor.execute(BackgroundTask.of(job).onSuccess(result -> {
            working.set(false);
            error.set("");
            done.accept(result);
        }).onFailure(this::failed));
    }

    private void failed(Exception e) {
        working.set(false);
        UserException user = UserException.find(e);
        if (user == null) {
            throw new IllegalStateException(e);
        }
        error.set(messages.of(user));
        setStatus(messages.of(user));
    }

    private void setStatus(String text) {
        status.set(text);
    }

    private static String firstOf(String... texts) {
        for (String t : texts) {
            if (t != null && !t.isEmpty()) {
                return t;
            }
        }
        return null;
    }

    // ---- properties

    public ObservableList<Conference> conferences() { return conferenceList; }
    public ObjectProperty<Conference> conferenceProperty() { return conference; }
    public StringProperty statusProperty() { return status; }
    public StringProperty errorProperty() { return error; }
    public BooleanProperty workingProperty() { return working; }
    public StringProperty titleProperty() { return title; }
    public StringProperty dayProperty() { return day; }
    public StringProperty startProperty() { return start; }
    public StringProperty endProperty() { return end; }
    public ObjectProperty<VenueMode> modeProperty() { return mode; }
    public ObjectProperty<ConferenceStatus> conferenceStatusProperty() { return conferenceStatus; }
    public StringProperty venueProperty() { return venue; }
    public StringProperty pointsProperty() { return points; }
    public StringBinding titleErrorProperty() { return titleError; }
    public StringBinding dayErrorProperty() { return dayError; }
    public StringBinding startErrorProperty() { return startError; }
    public StringBinding endErrorProperty() { return endError; }
    public StringBinding venueErrorProperty() { return venueError; }
    public ObservableList<ProgrammeItem> items() { return items; }
    public ObjectProperty<ProgrammeItem> itemProperty() { return item; }
    public StringProperty itemTimeProperty() { return itemTime; }
    public StringProperty itemContentProperty() { return itemContent; }
    public StringProperty itemPresenterProperty() { return itemPresenter; }
    public StringBinding itemTimeErrorProperty() { return itemTimeError; }
    public ObservableList<Participant> participants() { return participants; }
    public ObjectProperty<Participant> participantProperty() { return participant; }
    public ObjectProperty<ParticipantCategory> categoryProperty() { return category; }
    public StringProperty nameProperty() { return name; }
    public StringProperty positionProperty() { return position; }
    public StringProperty unitProperty() { return unit; }
    public BooleanProperty invitedProperty() { return invited; }
    public ObjectProperty<Attendance> attendanceProperty() { return attendance; }
    public StringProperty reasonProperty() { return reason; }
    public ObservableList<PaperTask> tasks() { return tasks; }
    public ObjectProperty<PaperTask> taskProperty() { return task; }
    public StringProperty taskUnitProperty() { return taskUnit; }
    public StringProperty taskWhatProperty() { return taskWhat; }
    public StringProperty taskPaperProperty() { return taskPaper; }
    public StringProperty taskDueProperty() { return taskDue; }
    public StringProperty taskReceivedProperty() { return taskReceived; }
    public StringProperty taskReceivedByProperty() { return taskReceivedBy; }
    public StringBinding taskDueErrorProperty() { return taskDueError; }
    public StringBinding taskReceivedErrorProperty() { return taskReceivedError; }
    public ObservableList<Commendation> commendations() { return commendations; }
    public ObjectProperty<Commendation> commendationProperty() { return commendation; }
    public ObjectProperty<CommendationKind> kindProperty() { return kind; }
    public StringProperty honouredProperty() { return honoured; }
    public StringProperty honouredUnitProperty() { return honouredUnit; }
    public StringProperty formProperty() { return form; }
    public StringProperty achievementProperty() { return achievement; }
}
