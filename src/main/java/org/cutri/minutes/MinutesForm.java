package org.cutri.minutes;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.DateText;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingRow;
import org.cutri.meeting.MeetingService;
import org.cutri.meeting.MinutesDraft;

/**
 * The minutes' own fields (times, chair, secretary, guests, voters, reports, conclusions) and the
 * deputies' "present" ticks. A time or a number that is not one is refused with a message on the form
 * and never stored: the field keeps its stored value while the other fields go on being stored.
 */
public final class MinutesForm {

    private final MeetingService meetingService;
    private final MinutesService minutesService;
    private final Messages messages;
    private final TaskExecutor executor;
    private final AutoSave autoSave;
    private final MinutesStatus status;

    private final StringProperty actualStart = new SimpleStringProperty("");
    private final StringProperty actualEnd = new SimpleStringProperty("");
    private final StringProperty chairName = new SimpleStringProperty("");
    private final StringProperty secretaryName = new SimpleStringProperty("");
    private final StringProperty guests = new SimpleStringProperty("");
    private final StringProperty votersInvited = new SimpleStringProperty("");
    private final StringProperty votersPresent = new SimpleStringProperty("");
    private final StringProperty reportsPresented = new SimpleStringProperty("");
    private final StringProperty closingNotes = new SimpleStringProperty("");
    private final StringProperty startError = new SimpleStringProperty("");
    private final StringProperty endError = new SimpleStringProperty("");
    private final StringProperty invitedError = new SimpleStringProperty("");
    private final StringProperty presentError = new SimpleStringProperty("");
    private final StringProperty saveError = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<DeputyPresence> deputies = FXCollections.observableArrayList();

    /** The meeting shown, null when none: a save for another meeting is never made with these fields. */
    private Integer meetingId;
    /** What is stored: a field whose text is not valid is stored with this value. */
    private MinutesDraft stored;
    private boolean filling;

    MinutesForm(MeetingService meetingService, MinutesService minutesService, Messages messages, TaskExecutor executor,
            AutoSave autoSave, MinutesStatus status) {
        this.meetingService = meetingService;
        this.minutesService = minutesService;
        this.messages = messages;
        this.executor = executor;
        this.autoSave = autoSave;
        this.status = status;
        for (StringProperty text : texts()) {
            text.addListener((obs, old, now) -> {
                if (!filling && meetingId != null) {
                    check();
                    int id = meetingId;
                    autoSave.schedule(this, () -> save(id), true);
                }
            });
        }
        for (StringProperty error : List.of(startError, endError, invitedError, presentError, saveError)) {
            error.addListener((obs, old, now) -> message.set(String.join("\n", List.of(startError.get(),
                    endError.get(), invitedError.get(), presentError.get(), saveError.get()).stream()
                    .filter(e -> !e.isEmpty()).toList())));
        }
    }

    private List<StringProperty> texts() {
        return List.of(actualStart, actualEnd, chairName, secretaryName, guests, votersInvited, votersPresent,
                reportsPresented, closingNotes);
    }

    /** Shows the stored minutes of a meeting. */
    void show(Meeting meeting) {
        MeetingRow row = meeting.row();
        filling = true;
        try {
            actualStart.set(DateText.format(row.actualStart() != null ? row.actualStart() : row.startTime()));
            actualEnd.set(DateText.format(row.actualEnd() != null ? row.actualEnd() : row.endTime()));
            chairName.set(orEmpty(row.chairName()));
            secretaryName.set(orEmpty(row.secretaryName()));
            guests.set(orEmpty(row.guests()));
            votersInvited.set(row.votersInvited() == null ? "" : String.valueOf(row.votersInvited()));
            votersPresent.set(row.votersPresent() == null ? "" : String.valueOf(row.votersPresent()));
            reportsPresented.set(orEmpty(row.reportsPresented()));
            closingNotes.set(orEmpty(row.closingNotes()));
            List<DeputyPresence> ticks = new ArrayList<>();
            for (Meeting.DeputyRef deputy : meeting.deputies()) {
                DeputyPresence presence = new DeputyPresence(deputy);
                presence.presentProperty().addListener((obs, old, now) -> setPresent(meeting.id(), deputy.id(), now));
                ticks.add(presence);
            }
            deputies.setAll(ticks);
            stored = new MinutesDraft(row.actualStart(), row.actualEnd(), row.chairName(), row.secretaryName(),
                    row.guests(), row.votersInvited(), row.votersPresent(), row.reportsPresented(), row.closingNotes());
            meetingId = meeting.id();
            for (StringProperty error : List.of(startError, endError, invitedError, presentError, saveError)) {
                error.set("");
            }
        } finally {
            filling = false;
        }
    }

    /** Shows nothing (no meeting chosen, or the next one is loading). */
    void clear() {
        meetingId = null;
        stored = null;
        filling = true;
        try {
            texts().forEach(text -> text.set(""));
            deputies.clear();
            for (StringProperty error : List.of(startError, endError, invitedError, presentError, saveError)) {
                error.set("");
            }
        } finally {
            filling = false;
        }
    }

    /** Marks each field whose text is not a time or a number; true when every field is valid. */
    private boolean check() {
        startError.set(timeError("minutes.start.name", actualStart.get(), stored.actualStart()));
        endError.set(timeError("minutes.end.name", actualEnd.get(), stored.actualEnd()));
        invitedError.set(countError("minutes.voters.invited.name", votersInvited.get(), stored.votersInvited()));
        presentError.set(countError("minutes.voters.present.name", votersPresent.get(), stored.votersPresent()));
        return startError.get().isEmpty() && endError.get().isEmpty() && invitedError.get().isEmpty()
                && presentError.get().isEmpty();
    }

    private String timeError(String field, String text, LocalTime kept) {
        return Typed.time(text).valid() ? "" : Typed.refusal(messages, "minutes.time.invalid", field, text,
                DateText.format(kept));
    }

    private String countError(String field, String text, Integer kept) {
        return Typed.countError(messages, field, text, kept);
    }

    private void save(int id) {
        if (meetingId == null || meetingId != id) {
            return;
        }
        boolean valid = check();
        MinutesDraft draft = new MinutesDraft(Typed.time(actualStart.get()).orKept(stored.actualStart()),
                Typed.time(actualEnd.get()).orKept(stored.actualEnd()), chairName.get(), secretaryName.get(),
                guests.get(), Typed.count(votersInvited.get()).orKept(stored.votersInvited()),
                Typed.count(votersPresent.get()).orKept(stored.votersPresent()), reportsPresented.get(),
                closingNotes.get());
        int shown = status.shown();
        executor.execute(BackgroundTask.of(() -> {
            meetingService.updateMinutes(id, draft);
            return minutesService.markHeld(id);
        }).onSuccess(held -> {
            if (meetingId != null && meetingId == id) {
                stored = draft;
                saveError.set("");
            }
            if (valid) {
                status.saved(held);
            } else {
                status.savedExceptInvalid(held, shown);
            }
        }).onFailure(error -> {
            UserException user = UserException.find(error);
            if (user != null && meetingId != null && meetingId == id) {
                saveError.set(messages.of(user));
            }
            status.failed(error);
        }));
    }

    private void setPresent(int meeting, int deputyId, boolean present) {
        if (filling || meetingId == null || meetingId != meeting) {
            return;
        }
        executor.execute(BackgroundTask.run(() -> meetingService.setPresent(meeting, deputyId, present))
                .onSuccess(v -> status.saved(false)).onFailure(status::failed));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
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

    /** Why the start time is refused; empty when it is fine. */
    public StringProperty startErrorProperty() {
        return startError;
    }

    public StringProperty endErrorProperty() {
        return endError;
    }

    public StringProperty invitedErrorProperty() {
        return invitedError;
    }

    public StringProperty presentErrorProperty() {
        return presentError;
    }

    /** Every problem of the form, one per line: the form's message line. Empty when all is well. */
    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<DeputyPresence> deputies() {
        return deputies;
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
}
