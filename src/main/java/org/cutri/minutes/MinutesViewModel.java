package org.cutri.minutes;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.DateText;
import org.cutri.document.OfficialDocument;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingService;
import org.cutri.meeting.MeetingStatus;
import org.cutri.meeting.MinutesDraft;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionDraft;
import org.cutri.opinion.OpinionField;
import org.cutri.opinion.OpinionService;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typing the minutes of a meeting (biên bản) and its opinions. Nothing typed is lost: a new opinion is
 * inserted the moment it is started, and every change is stored as it is made (text after a short pause,
 * choices at once, everything when the focus leaves a field), on the background worker, in order.
 */
public class MinutesViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MinutesViewModel.class);
    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final RoundService roundService;
    private final MeetingService meetingService;
    private final OpinionService opinionService;
    private final MinutesService minutesService;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Duration pause;

    private final ObservableList<ContactRound> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<ContactRound> round = new SimpleObjectProperty<>();
    private final ObservableList<Meeting> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final BooleanProperty meetingOpen = new SimpleBooleanProperty();
    private final ObjectProperty<MeetingStatus> meetingStatus = new SimpleObjectProperty<>();

    private final StringProperty actualStart = new SimpleStringProperty("");
    private final StringProperty actualEnd = new SimpleStringProperty("");
    private final StringProperty chairName = new SimpleStringProperty("");
    private final StringProperty secretaryName = new SimpleStringProperty("");
    private final StringProperty guests = new SimpleStringProperty("");
    private final StringProperty votersInvited = new SimpleStringProperty("");
    private final StringProperty votersPresent = new SimpleStringProperty("");
    private final StringProperty reportsPresented = new SimpleStringProperty("");
    private final StringProperty closingNotes = new SimpleStringProperty("");
    private final StringProperty minutesError = new SimpleStringProperty("");

    private final ObservableList<DeputyPresence> deputies = FXCollections.observableArrayList();
    private final ObservableList<OpinionField> fields = FXCollections.observableArrayList();
    private final ObservableList<Meeting.HamletRef> hamlets = FXCollections.observableArrayList();
    private final ObservableList<OpinionEntry> opinions = FXCollections.observableArrayList(
            e -> new Observable[] {e.contentProperty(), e.approvedProperty(), e.fieldProperty(), e.kindProperty(),
                    e.authorityProperty(), e.codeProperty()});
    private final ObjectProperty<OpinionEntry> current = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final Map<Object, PauseTransition> pending = new HashMap<>();
    private final Map<Object, Runnable> pendingActions = new HashMap<>();
    private boolean filling;
    private boolean replacing;
    private Integer wantedMeetingId;
    private LocalTime lastStart;
    private LocalTime lastEnd;

    /**
     * @param pause how long typing must stop before the text is stored; {@link Duration#ZERO} stores each change
     *     at once (view-model tests run without the JavaFX toolkit)
     */
    public MinutesViewModel(RoundService roundService, MeetingService meetingService, OpinionService opinionService,
            MinutesService minutesService, Messages messages, TaskExecutor executor, Duration pause) {
        this.roundService = roundService;
        this.meetingService = meetingService;
        this.opinionService = opinionService;
        this.minutesService = minutesService;
        this.messages = messages;
        this.executor = executor;
        this.pause = pause;
        // While a list is replaced, its combo box briefly clears its value: that is not the user's choice.
        round.addListener((obs, old, now) -> {
            if (!replacing) {
                loadMeetings(now);
            }
        });
        meeting.addListener((obs, old, now) -> {
            if (!replacing) {
                flush();
                loadMeeting(now);
            }
        });
        for (StringProperty text : List.of(actualStart, actualEnd, chairName, secretaryName, guests, votersInvited,
                votersPresent, reportsPresented, closingNotes)) {
            text.addListener((obs, old, now) -> {
                Meeting shown = meeting.get();
                if (!filling && shown != null && meetingOpen.get()) {
                    int id = shown.id();
                    schedule("minutes", () -> saveMinutes(id), true);
                }
            });
        }
    }

    // ---------------------------------------------------------------- choosing the meeting

    /** Loads the rounds and the office's fields, keeping the chosen round. */
    public void refresh() {
        executor.execute(BackgroundTask.of(() -> new Lists(roundService.list(), opinionService.fields()))
                .onSuccess(lists -> {
                    fields.setAll(lists.fields());
                    ContactRound chosen = round.get();
                    ContactRound same = chosen == null ? null
                            : lists.rounds().stream().filter(r -> r.id() == chosen.id()).findFirst().orElse(null);
                    replacing = true;
                    try {
                        rounds.setAll(lists.rounds());
                        round.set(same);
                    } finally {
                        replacing = false;
                    }
                    if (chosen != null && same == null) {
                        loadMeetings(null);
                    } else if (chosen == null && wantedMeetingId == null && !lists.rounds().isEmpty()) {
                        round.set(lists.rounds().get(0));
                    }
                }));
    }

    /** Shows this meeting (from the opinions list or another screen): its round, then the meeting itself. */
    public void open(int meetingId) {
        wantedMeetingId = meetingId;
        executor.execute(BackgroundTask.of(() -> roundService.get(meetingService.get(meetingId).row().roundId()))
                .onSuccess(stored -> {
            ContactRound target = rounds.stream().filter(r -> r.id() == stored.id()).findFirst().orElse(stored);
            if (!rounds.contains(target)) {
                rounds.add(target);
            }
            if (target.equals(round.get())) {
                selectWantedMeeting();
            } else {
                round.set(target);
            }
        }));
    }

    private void loadMeetings(ContactRound chosen) {
        if (chosen == null) {
            meetings.clear();
            meeting.set(null);
            return;
        }
        executor.execute(BackgroundTask.of(() -> meetingService.list(chosen.id())).onSuccess(list -> {
            Meeting shown = meeting.get();
            Meeting same = shown == null ? null
                    : list.stream().filter(m -> m.id() == shown.id()).findFirst().orElse(null);
            replacing = true;
            try {
                meetings.setAll(list);
                meeting.set(same);
            } finally {
                replacing = false;
            }
            if (shown != null && same == null) {
                flush();
                loadMeeting(null);
            }
            if (wantedMeetingId != null) {
                selectWantedMeeting();
            }
        }));
    }

    private void selectWantedMeeting() {
        Integer wanted = wantedMeetingId;
        wantedMeetingId = null;
        if (wanted == null) {
            return;
        }
        Meeting found = meetings.stream().filter(m -> m.id() == wanted).findFirst().orElse(null);
        if (found == null || (meeting.get() != null && meeting.get().id() == wanted)) {
            return;
        }
        meeting.set(found);
    }

    private void loadMeeting(Meeting chosen) {
        filling = true;
        opinions.clear();
        deputies.clear();
        hamlets.clear();
        current.set(null);
        for (StringProperty text : List.of(actualStart, actualEnd, chairName, secretaryName, guests, votersInvited,
                votersPresent, reportsPresented, closingNotes, minutesError)) {
            text.set("");
        }
        filling = false;
        meetingOpen.set(false);
        meetingStatus.set(null);
        if (chosen == null) {
            return;
        }
        int id = chosen.id();
        executor.execute(BackgroundTask.of(() -> new Loaded(meetingService.get(id), opinionService.listByMeeting(id),
                opinionService.fields())).onSuccess(loaded -> {
                    if (meeting.get() == null || meeting.get().id() != id) {
                        return;
                    }
                    fill(loaded);
                }));
    }

    private void fill(Loaded loaded) {
        filling = true;
        try {
            var row = loaded.meeting().row();
            fields.setAll(loaded.fields());
            hamlets.setAll(loaded.meeting().hamlets());
            lastStart = row.actualStart();
            lastEnd = row.actualEnd();
            actualStart.set(DateText.format(row.actualStart() != null ? row.actualStart() : row.startTime()));
            actualEnd.set(DateText.format(row.actualEnd() != null ? row.actualEnd() : row.endTime()));
            chairName.set(orEmpty(row.chairName()));
            secretaryName.set(orEmpty(row.secretaryName()));
            guests.set(orEmpty(row.guests()));
            votersInvited.set(row.votersInvited() == null ? "" : String.valueOf(row.votersInvited()));
            votersPresent.set(row.votersPresent() == null ? "" : String.valueOf(row.votersPresent()));
            reportsPresented.set(orEmpty(row.reportsPresented()));
            closingNotes.set(orEmpty(row.closingNotes()));
            meetingStatus.set(row.status());
            for (Meeting.DeputyRef deputy : loaded.meeting().deputies()) {
                DeputyPresence presence = new DeputyPresence(deputy);
                presence.presentProperty().addListener((obs, old, now) -> setPresent(deputy.id(), now));
                deputies.add(presence);
            }
            for (Opinion opinion : loaded.opinions()) {
                OpinionEntry entry = new OpinionEntry();
                entry.load(opinion, loaded.fields(), loaded.meeting().hamlets());
                entry.numberProperty().set(opinions.size() + 1);
                watch(entry);
                opinions.add(entry);
            }
            if (!opinions.isEmpty()) {
                current.set(opinions.get(0));
            }
        } finally {
            filling = false;
        }
        meetingOpen.set(true);
    }

    // ---------------------------------------------------------------- the opinions

    /**
     * Starts the next opinion: it is inserted at once (anonymous, with the voters present as the default for
     * its vote) and becomes the current one. Returns it, or null when no meeting is open.
     */
    public OpinionEntry addOpinion() {
        Meeting shown = meeting.get();
        if (shown == null || !meetingOpen.get()) {
            return null;
        }
        flush();
        OpinionEntry entry = new OpinionEntry();
        OpinionEntry previous = opinions.isEmpty() ? null : opinions.get(opinions.size() - 1);
        if (hamlets.size() == 1) {
            entry.hamletProperty().set(hamlets.get(0));
        } else if (previous != null) {
            entry.hamletProperty().set(previous.hamletProperty().get());
        }
        entry.votersPresentProperty().set(votersPresent.get() == null ? "" : votersPresent.get().strip());
        entry.numberProperty().set(opinions.size() + 1);
        watch(entry);
        opinions.add(entry);
        current.set(entry);
        int meetingId = shown.id();
        OpinionDraft draft = entry.draft();
        executor.execute(BackgroundTask.of(() -> {
            Opinion added = opinionService.add(meetingId, draft);
            entry.setId(added.id());
            return new Added(added, minutesService.markHeld(meetingId));
        }).onSuccess(added -> {
            entry.codeProperty().set(added.opinion().code());
            saved(added.held());
        }).onFailure(this::failed));
        return entry;
    }

    /** Deletes the current opinion from the minutes (the caller asked first). */
    public void deleteCurrent() {
        OpinionEntry entry = current.get();
        if (entry == null) {
            return;
        }
        cancel(entry);
        int index = opinions.indexOf(entry);
        opinions.remove(entry);
        for (int i = 0; i < opinions.size(); i++) {
            opinions.get(i).numberProperty().set(i + 1);
        }
        current.set(opinions.isEmpty() ? null : opinions.get(Math.min(index, opinions.size() - 1)));
        executor.execute(BackgroundTask.run(() -> {
            if (entry.id() > 0) {
                opinionService.delete(entry.id());
            }
        }).onSuccess(v -> saved(false)).onFailure(this::failed));
    }

    /** Moves to the next (+1) or previous (-1) opinion; false at either end. */
    public boolean move(int step) {
        OpinionEntry entry = current.get();
        int index = entry == null ? -1 : opinions.indexOf(entry);
        int target = index + step;
        if (target < 0 || target >= opinions.size()) {
            return false;
        }
        flush();
        current.set(opinions.get(target));
        return true;
    }

    /** Adds a field to the office's list and gives it to the current opinion. */
    public void addField(String name, OpinionEntry entry) {
        executor.execute(BackgroundTask.of(() -> opinionService.addField(name)).onSuccess(field -> {
            if (fields.stream().noneMatch(f -> f.id() == field.id())) {
                fields.add(field);
            }
            if (entry != null) {
                entry.fieldProperty().set(field);
            }
            status.set(messages.get("minutes.field.added", field.name()));
        }).onFailure(this::failed));
    }

    private void watch(OpinionEntry entry) {
        for (StringProperty text : List.of(entry.contentProperty(), entry.authorityBodyProperty(),
                entry.speakerNameProperty(), entry.votesForProperty(), entry.votersPresentProperty(),
                entry.answeredByProperty(), entry.answerTextProperty())) {
            text.addListener((obs, old, now) -> changed(entry, true));
        }
        for (javafx.beans.value.ObservableValue<?> choice : List.of(entry.kindProperty(), entry.fieldProperty(),
                entry.authorityProperty(), entry.hamletProperty(), entry.speakerConsentProperty(),
                entry.answeredProperty())) {
            choice.addListener((obs, old, now) -> changed(entry, false));
        }
    }

    private void changed(OpinionEntry entry, boolean typing) {
        if (filling) {
            return;
        }
        entry.approvedProperty().set(OpinionService.approved(entry.draft()));
        schedule(entry, () -> saveOpinion(entry), typing);
    }

    private void saveOpinion(OpinionEntry entry) {
        if (!opinions.contains(entry)) {
            return;
        }
        OpinionDraft draft = entry.draft();
        executor.execute(BackgroundTask.of(() -> {
            int id = entry.id();
            if (id < 0) {
                return null;
            }
            return opinionService.update(id, draft);
        }).onSuccess(stored -> {
            if (stored != null) {
                entry.approvedProperty().set(stored.approved());
                entry.errorProperty().set("");
                saved(false);
            }
        }).onFailure(error -> {
            UserException user = UserException.find(error);
            if (user != null) {
                entry.errorProperty().set(messages.of(user));
            }
            failed(error);
        }));
    }

    // ---------------------------------------------------------------- the minutes' own fields

    private void saveMinutes(int id) {
        LocalTime start = parseTime(actualStart.get(), lastStart);
        LocalTime end = parseTime(actualEnd.get(), lastEnd);
        boolean timesOk = (blank(actualStart.get()) || parseTime(actualStart.get(), null) != null)
                && (blank(actualEnd.get()) || parseTime(actualEnd.get(), null) != null);
        minutesError.set(timesOk ? "" : messages.get("minutes.time.invalid"));
        lastStart = start;
        lastEnd = end;
        MinutesDraft draft = new MinutesDraft(start, end, chairName.get(), secretaryName.get(), guests.get(),
                OpinionEntry.number(votersInvited.get()), OpinionEntry.number(votersPresent.get()),
                reportsPresented.get(), closingNotes.get());
        executor.execute(BackgroundTask.of(() -> {
            meetingService.updateMinutes(id, draft);
            return minutesService.markHeld(id);
        }).onSuccess(this::saved).onFailure(error -> {
            UserException user = UserException.find(error);
            if (user != null) {
                minutesError.set(messages.of(user));
            }
            failed(error);
        }));
    }

    private void setPresent(int deputyId, boolean present) {
        Meeting shown = meeting.get();
        if (shown == null || filling) {
            return;
        }
        int id = shown.id();
        executor.execute(BackgroundTask.run(() -> meetingService.setPresent(id, deputyId, present))
                .onSuccess(v -> saved(false)).onFailure(this::failed));
    }

    /** "8", "830", "8:30", "8h30", "8 giờ 30" → 08:30; the fallback when the text is not a time. */
    static LocalTime parseTime(String text, LocalTime fallback) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = DIGITS.matcher(text);
        List<String> groups = new java.util.ArrayList<>();
        while (m.find()) {
            groups.add(m.group());
        }
        int hour;
        int minute;
        if (groups.size() == 1 && groups.get(0).length() <= 2) {
            hour = Integer.parseInt(groups.get(0));
            minute = 0;
        } else if (groups.size() == 1 && groups.get(0).length() <= 4) {
            String g = groups.get(0);
            hour = Integer.parseInt(g.substring(0, g.length() - 2));
            minute = Integer.parseInt(g.substring(g.length() - 2));
        } else if (groups.size() == 2 && groups.get(0).length() <= 2 && groups.get(1).length() <= 2) {
            hour = Integer.parseInt(groups.get(0));
            minute = Integer.parseInt(groups.get(1));
        } else {
            return fallback;
        }
        if (hour > 23 || minute > 59) {
            return fallback;
        }
        return LocalTime.of(hour, minute);
    }

    // ---------------------------------------------------------------- saving in order, after a pause

    private void schedule(Object key, Runnable action, boolean afterPause) {
        if (!afterPause || pause.lessThanOrEqualTo(Duration.ZERO)) {
            PauseTransition timer = pending.remove(key);
            if (timer != null) {
                timer.stop();
            }
            pendingActions.remove(key);
            action.run();
            return;
        }
        PauseTransition timer = pending.computeIfAbsent(key, k -> new PauseTransition(pause));
        pendingActions.put(key, action);
        timer.setOnFinished(e -> {
            pending.remove(key);
            Runnable run = pendingActions.remove(key);
            if (run != null) {
                run.run();
            }
        });
        timer.playFromStart();
    }

    private void cancel(Object key) {
        PauseTransition timer = pending.remove(key);
        if (timer != null) {
            timer.stop();
        }
        pendingActions.remove(key);
    }

    /** Stores at once everything still waiting for the typing pause (focus left a field, another meeting). */
    public void flush() {
        if (pendingActions.isEmpty()) {
            return;
        }
        List<Runnable> actions = List.copyOf(pendingActions.values());
        pending.values().forEach(PauseTransition::stop);
        pending.clear();
        pendingActions.clear();
        actions.forEach(Runnable::run);
    }

    private void saved(boolean becameHeld) {
        if (becameHeld) {
            meetingStatus.set(MeetingStatus.HELD);
            status.set(messages.get("minutes.saved.held", LocalTime.now().format(SAVED_AT)));
        } else {
            status.set(messages.get("minutes.saved", LocalTime.now().format(SAVED_AT)));
        }
    }

    private void failed(Exception error) {
        UserException user = UserException.find(error);
        if (user != null) {
            status.set(messages.get("minutes.notSaved", messages.of(user)));
        } else {
            LOG.error("Could not store the minutes", error);
            status.set(messages.get("minutes.notSaved", messages.get("common.error.unexpected")));
        }
    }

    // ---------------------------------------------------------------- the document

    /** Builds the minutes document in the background (after storing what is pending) and hands it over. */
    public void document(Consumer<Document> consumer) {
        Meeting shown = meeting.get();
        if (shown == null) {
            return;
        }
        flush();
        int id = shown.id();
        executor.execute(BackgroundTask.of(() -> new Document(minutesService.document(id), minutesService.fileName(id)))
                .onSuccess(consumer));
    }

    /** The minutes as a document and the file name to suggest. */
    public record Document(OfficialDocument document, String fileName) {
    }

    // ---------------------------------------------------------------- properties

    public ObservableList<ContactRound> rounds() {
        return rounds;
    }

    public ObjectProperty<ContactRound> roundProperty() {
        return round;
    }

    public ObservableList<Meeting> meetings() {
        return meetings;
    }

    public ObjectProperty<Meeting> meetingProperty() {
        return meeting;
    }

    public BooleanProperty meetingOpenProperty() {
        return meetingOpen;
    }

    public ObjectProperty<MeetingStatus> meetingStatusProperty() {
        return meetingStatus;
    }

    public StringProperty actualStartProperty() {
        return actualStart;
    }

    public StringProperty actualEndProperty() {
        return actualEnd;
    }

    public StringProperty chairNameProperty() {
        return chairName;
    }

    public StringProperty secretaryNameProperty() {
        return secretaryName;
    }

    public StringProperty guestsProperty() {
        return guests;
    }

    public StringProperty votersInvitedProperty() {
        return votersInvited;
    }

    public StringProperty votersPresentProperty() {
        return votersPresent;
    }

    public StringProperty reportsPresentedProperty() {
        return reportsPresented;
    }

    public StringProperty closingNotesProperty() {
        return closingNotes;
    }

    public StringProperty minutesErrorProperty() {
        return minutesError;
    }

    public ObservableList<DeputyPresence> deputies() {
        return deputies;
    }

    public ObservableList<OpinionField> fields() {
        return fields;
    }

    public ObservableList<Meeting.HamletRef> hamlets() {
        return hamlets;
    }

    public ObservableList<OpinionEntry> opinions() {
        return opinions;
    }

    public ObjectProperty<OpinionEntry> currentProperty() {
        return current;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A deputy assigned to the meeting and the "present" tick of the minutes. */
    public static final class DeputyPresence {
        private final Meeting.DeputyRef deputy;
        private final BooleanProperty present;

        DeputyPresence(Meeting.DeputyRef deputy) {
            this.deputy = deputy;
            this.present = new SimpleBooleanProperty(deputy.present());
        }

        public Meeting.DeputyRef deputy() {
            return deputy;
        }

        public BooleanProperty presentProperty() {
            return present;
        }
    }

    private record Lists(List<ContactRound> rounds, List<OpinionField> fields) {
    }

    private record Loaded(Meeting meeting, List<Opinion> opinions, List<OpinionField> fields) {
    }

    private record Added(Opinion opinion, boolean held) {
    }
}
