package org.cutri.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.answer.MeetingAnswers;
import org.cutri.answer.RaisedAgain;
import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.meeting.Meeting;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionDraft;
import org.cutri.opinion.OpinionField;
import org.cutri.opinion.OpinionService;

/**
 * The opinions of the minutes shown, one after another: a new opinion is inserted the moment it is
 * started, every change is stored as it is made (text after a short pause, choices at once), a deleted
 * opinion is removed from the data only if it is the stored opinion of this meeting. An opinion that raises again
 * an issue of an earlier round is offered the likely earlier issues once its content is stored, and can be linked
 * to one ("Nêu lần thứ N") and unlinked.
 */
public final class OpinionEditor {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OpinionEditor.class);

    private final OpinionService opinionService;
    private final MinutesService minutesService;
    private final Messages messages;
    private final TaskExecutor executor;
    private final AutoSave autoSave;
    private final MinutesStatus status;
    private final Supplier<String> votersPresent;

    private final ObservableList<OpinionField> fields = FXCollections.observableArrayList();
    private final ObservableList<Meeting.HamletRef> hamlets = FXCollections.observableArrayList();
    private final ObservableList<OpinionEntry> opinions = FXCollections.observableArrayList(
            e -> new Observable[] {e.contentProperty(), e.approvedProperty(), e.fieldProperty(), e.kindProperty(),
                    e.authorityProperty(), e.codeProperty(), e.raisedAgainProperty(), e.numberProperty(),
                    e.noDiacriticsProperty()});
    private final ObjectProperty<OpinionEntry> current = new SimpleObjectProperty<>();

    /** The meeting shown, null when none. */
    private Integer meetingId;
    private boolean filling;

    /** @param votersPresent the voters present at the meeting as typed: the default count of a new opinion's vote */
    OpinionEditor(OpinionService opinionService, MinutesService minutesService, Messages messages,
            TaskExecutor executor, AutoSave autoSave, MinutesStatus status, Supplier<String> votersPresent) {
        this.opinionService = opinionService;
        this.minutesService = minutesService;
        this.messages = messages;
        this.executor = executor;
        this.autoSave = autoSave;
        this.status = status;
        this.votersPresent = votersPresent;
    }

    /**
     * Shows the stored opinions of a meeting, replacing whatever was shown.
     *
     * @param raised the opinions that raise an earlier issue again, by id
     */
    void show(int meeting, List<Opinion> stored, List<OpinionField> officeFields, List<Meeting.HamletRef> meetingHamlets,
            Map<Integer, RaisedAgain> raised) {
        filling = true;
        try {
            fields.setAll(officeFields);
            hamlets.setAll(meetingHamlets);
            List<OpinionEntry> entries = new ArrayList<>();
            for (Opinion opinion : stored) {
                OpinionEntry entry = new OpinionEntry();
                entry.load(opinion, officeFields, meetingHamlets);
                entry.raisedAgainProperty().set(raised.get(opinion.id()));
                entry.numberProperty().set(entries.size() + 1);
                watch(entry);
                entries.add(entry);
            }
            current.set(null);
            opinions.setAll(entries);
            meetingId = meeting;
            current.set(entries.isEmpty() ? null : entries.get(0));
        } finally {
            filling = false;
        }
    }

    /** Shows no opinion (no meeting chosen, or the next one is loading). */
    void clear() {
        meetingId = null;
        current.set(null);
        opinions.clear();
        hamlets.clear();
    }

    /**
     * Starts the next opinion: it is inserted at once (anonymous, with the voters present as the default for
     * its vote) and becomes the current one. Returns it, or null when no meeting is shown.
     */
    public OpinionEntry add() {
        if (meetingId == null) {
            return null;
        }
        autoSave.flush();
        OpinionEntry entry = new OpinionEntry();
        OpinionEntry previous = opinions.isEmpty() ? null : opinions.get(opinions.size() - 1);
        if (hamlets.size() == 1) {
            entry.hamletProperty().set(hamlets.get(0));
        } else if (previous != null) {
            entry.hamletProperty().set(previous.hamletProperty().get());
        }
        String present = votersPresent.get() == null ? "" : votersPresent.get().strip();
        entry.votersPresentProperty().set(Typed.count(present).valid() ? present : "");
        entry.numberProperty().set(opinions.size() + 1);
        OpinionDraft draft = entry.draft();
        entry.showVote(draft, OpinionService.approved(draft));
        watch(entry);
        opinions.add(entry);
        current.set(entry);
        int meeting = meetingId;
        executor.execute(BackgroundTask.of(() -> {
            Opinion added = opinionService.add(meeting, draft);
            entry.version().set(added.version());
            entry.setId(added.id());
            return new Added(added, minutesService.markHeld(meeting));
        }).onSuccess(added -> {
            entry.codeProperty().set(added.opinion().code());
            entry.stored(draft);
            status.saved(added.held());
        }).onFailure(status::failed));
        return entry;
    }

    /**
     * Deletes the current opinion (the caller asked first): from the screen, and from the data only when the
     * stored row with its id belongs to this meeting.
     */
    public void deleteCurrent() {
        OpinionEntry entry = current.get();
        if (entry == null || meetingId == null || !opinions.contains(entry)) {
            return;
        }
        autoSave.cancel(entry);
        int index = opinions.indexOf(entry);
        opinions.remove(entry);
        for (int i = 0; i < opinions.size(); i++) {
            opinions.get(i).numberProperty().set(i + 1);
        }
        current.set(opinions.isEmpty() ? null : opinions.get(Math.min(index, opinions.size() - 1)));
        int meeting = meetingId;
        executor.execute(BackgroundTask.run(() -> {
            // The id is read here, on the worker, after the insert that gives it.
            int id = entry.id();
            if (id > 0 && opinionService.find(id).filter(o -> o.meetingId() == meeting).isPresent()) {
                opinionService.delete(id);
            }
        }).onSuccess(v -> status.saved(false)).onFailure(status::failed));
    }

    /** Moves to the next (+1) or previous (-1) opinion; false at either end. */
    public boolean move(int step) {
        OpinionEntry entry = current.get();
        int index = entry == null ? -1 : opinions.indexOf(entry);
        int target = index + step;
        if (target < 0 || target >= opinions.size()) {
            return false;
        }
        autoSave.flush();
        current.set(opinions.get(target));
        return true;
    }

    /** Adds a field to the office's list and gives it to the opinion. */
    public void addField(String name, OpinionEntry entry) {
        executor.execute(BackgroundTask.of(() -> opinionService.addField(name)).onSuccess(field -> {
            if (fields.stream().noneMatch(f -> f.id() == field.id())) {
                fields.add(field);
            }
            if (entry != null) {
                entry.fieldProperty().set(field);
            }
            status.say(messages.get("minutes.field.added", field.name()));
        }).onFailure(status::failed));
    }

    private void watch(OpinionEntry entry) {
        for (StringProperty text : List.of(entry.contentProperty(), entry.authorityBodyProperty(),
                entry.speakerNameProperty(), entry.votesForProperty(), entry.votersPresentProperty(),
                entry.answeredByProperty(), entry.answerTextProperty())) {
            text.addListener((obs, old, now) -> changed(entry, true));
        }
        for (ObservableValue<?> choice : List.of(entry.kindProperty(), entry.fieldProperty(),
                entry.authorityProperty(), entry.hamletProperty(), entry.speakerConsentProperty(),
                entry.answeredProperty())) {
            choice.addListener((obs, old, now) -> changed(entry, false));
        }
    }

    private void changed(OpinionEntry entry, boolean typing) {
        if (filling) {
            return;
        }
        OpinionDraft draft = entry.draft();
        entry.showVote(draft, OpinionService.approved(draft));
        entry.errorProperty().set(entry.countErrors(messages));
        autoSave.schedule(entry, () -> save(entry), typing);
    }

    private void save(OpinionEntry entry) {
        if (!opinions.contains(entry)) {
            return;
        }
        OpinionDraft draft = entry.draft();
        String countErrors = entry.countErrors(messages);
        int shown = status.shown();
        executor.execute(BackgroundTask.of(() -> {
            int id = entry.id();
            if (id < 0) {
                return null;
            }
            try {
                Opinion stored = opinionService.update(id, entry.version().get(), draft);
                entry.version().set(stored.version());
                return stored;
            } catch (OpinionService.ChangedElsewhere e) {
                // Edits queued behind this one must not be stored over the newer version before it is shown.
                entry.version().set(-1);
                throw e;
            }
        }).onSuccess(stored -> {
            if (stored == null) {
                return;
            }
            entry.stored(draft);
            lookForEarlier(entry, draft.content());
            entry.showVote(draft, stored.approved());
            entry.errorProperty().set(entry.countErrors(messages));
            if (countErrors.isEmpty()) {
                status.saved(false);
            } else {
                status.savedExceptInvalid(false, shown);
            }
        }).onFailure(error -> {
            UserException user = UserException.find(error);
            if (user instanceof OpinionService.ChangedElsewhere elsewhere) {
                showNewer(entry, elsewhere.newer());
            }
            if (user != null) {
                entry.errorProperty().set(messages.of(user));
            }
            status.failed(error);
        }));
    }

    /**
     * Someone else stored an edit of this opinion first (a shared server): what was typed here is dropped and their
     * version shown, so nobody's edit is overwritten unseen; the next edit here is stored over theirs.
     */
    private void showNewer(OpinionEntry entry, Opinion newer) {
        autoSave.cancel(entry);
        if (!opinions.contains(entry) || entry.version().get() >= newer.version()) {
            return;
        }
        filling = true;
        try {
            entry.load(newer, fields, hamlets);
        } finally {
            filling = false;
        }
    }

    /**
     * The opinion's content was stored: looks (on the computation pool) for issues of earlier rounds it may raise
     * again (nêu lại), unless it is linked or its offers were refused; only the newest look fills its offers.
     */
    private void lookForEarlier(OpinionEntry entry, String content) {
        int look = entry.startLook(content);
        if (look < 0) {
            return;
        }
        int id = entry.id();
        executor.execute(BackgroundTask.of(() -> minutesService.earlierLike(id, content)).computation()
                .onSuccess(found -> {
                    if (entry.newestLook(look)) {
                        entry.offers().setAll(found);
                    }
                })
                // Only a help while typing: a failed look offers nothing and the typing goes on.
                .onFailure(error -> LOG.warn("Could not look for earlier issues like opinion {}", id, error)));
    }

    /** Links the opinion to the earlier issue offered: it is "raised again", counted one more round. */
    public void linkRaisedAgain(OpinionEntry entry, MeetingAnswers.EarlierIssue offer) {
        int id = entry.id();
        if (id < 0) {
            return;
        }
        executor.execute(BackgroundTask.of(() -> minutesService.linkRaisedAgain(id, offer.opinionId()))
                .onSuccess(again -> {
                    entry.offers().clear();
                    entry.raisedAgainProperty().set(again);
                    status.say(messages.get("minutes.raisedAgain.done", again.code()));
                }).onFailure(status::failed));
    }

    /** Undoes the opinion's "raised again" link; the offers come back. */
    public void unlinkRaisedAgain(OpinionEntry entry) {
        int id = entry.id();
        if (id < 0 || entry.raisedAgainProperty().get() == null) {
            return;
        }
        executor.execute(BackgroundTask.run(() -> minutesService.unlinkRaisedAgain(id)).onSuccess(v -> {
            entry.raisedAgainProperty().set(null);
            entry.forgetLook();
            status.say(messages.get("minutes.raisedAgain.undone"));
            lookForEarlier(entry, entry.contentProperty().get());
        }).onFailure(status::failed));
    }

    /** None of the earlier issues offered is this opinion: they go, and none is offered again for it here. */
    public void refuseOffers(OpinionEntry entry) {
        entry.refuseOffers();
    }

    public ObservableList<OpinionEntry> opinions() {
        return opinions;
    }

    /** The numbers of the opinions that look typed without diacritics, in order (empty when none). */
    public List<Integer> noDiacriticsNumbers() {
        return opinions.stream().filter(e -> e.noDiacriticsProperty().get()).map(e -> e.numberProperty().get())
                .toList();
    }

    public ObjectProperty<OpinionEntry> currentProperty() {
        return current;
    }

    /** The office's fields (lĩnh vực). */
    public ObservableList<OpinionField> fields() {
        return fields;
    }

    /** The hamlets of the meeting shown: an opinion's voters come from one of them. */
    public ObservableList<Meeting.HamletRef> hamlets() {
        return hamlets;
    }

    private record Added(Opinion opinion, boolean held) {
    }
}
