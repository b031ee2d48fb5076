package org.cutri.minutes;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.answer.Assessment;
import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Trả lời ý kiến kỳ trước": the answers to earlier rounds' opinions of the meeting's hamlets, read back at the meeting,
 * and the voters' reaction to each (thỏa đáng / chưa thỏa đáng, with a note). A reaction is stored the moment it is
 * chosen, a note once typing pauses; clearing the reaction removes both. While the list loads it says so: an empty
 * list is never shown before the load has answered.
 */
public final class ReadBackList {

    private static final Logger LOG = LoggerFactory.getLogger(ReadBackList.class);

    private final MinutesService minutesService;
    private final Messages messages;
    private final TaskExecutor executor;
    private final AutoSave autoSave;
    private final MinutesStatus status;
    private final ObservableList<ReadBackEntry> items = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    /** Counts the loads: only the newest fills the list. */
    private int load;
    private Integer meetingId;

    ReadBackList(MinutesService minutesService, Messages messages, TaskExecutor executor, AutoSave autoSave,
            MinutesStatus status) {
        this.minutesService = minutesService;
        this.messages = messages;
        this.executor = executor;
        this.autoSave = autoSave;
        this.status = status;
    }

    /** A meeting is being opened: its list will follow ({@link #show}); until then it says it is loading. */
    void loading() {
        clear();
        loading.set(true);
        message.set(messages.get("minutes.readBack.loading"));
    }

    /** Loads what is read back at this meeting (after every change queued before it is stored). */
    void show(int meeting) {
        clear();
        int mine = load;
        meetingId = meeting;
        loading.set(true);
        message.set(messages.get("minutes.readBack.loading"));
        executor.execute(BackgroundTask.of(() -> minutesService.readBack(meeting)).onSuccess(found -> {
            if (mine != load) {
                return;
            }
            List<ReadBackEntry> entries = found.stream().map(item -> new ReadBackEntry(item, messages)).toList();
            entries.forEach(this::watch);
            items.setAll(entries);
            loading.set(false);
            message.set(entries.isEmpty() ? messages.get("minutes.readBack.none") : "");
        }).onFailure(error -> {
            if (mine != load) {
                return;
            }
            loading.set(false);
            UserException user = UserException.find(error);
            if (user == null) {
                LOG.error("Could not load the answers read back at meeting {}", meeting, error);
            }
            message.set(messages.get("minutes.readBack.notLoaded", user != null ? messages.of(user)
                    : messages.get("common.error.unexpected")));
        }));
    }

    /** Shows nothing (no meeting chosen, or another one is loading). */
    void clear() {
        load++;
        meetingId = null;
        items.clear();
        loading.set(false);
        message.set("");
    }

    private void watch(ReadBackEntry entry) {
        entry.reactionProperty().addListener((obs, old, now) -> {
            if (now == null && !entry.noteProperty().get().isEmpty()) {
                entry.noteProperty().set("");
            }
            autoSave.schedule(entry, () -> store(entry), false);
        });
        entry.noteProperty().addListener((obs, old, now) -> {
            if (entry.reactionProperty().get() != null) {
                autoSave.schedule(entry, () -> store(entry), true);
            }
        });
    }

    private void store(ReadBackEntry entry) {
        if (meetingId == null || !items.contains(entry)) {
            return;
        }
        int meeting = meetingId;
        Assessment reaction = entry.reactionProperty().get();
        String note = reaction == null ? null : entry.noteProperty().get();
        executor.execute(BackgroundTask.run(() -> minutesService.react(meeting, entry.item().issue(), reaction, note))
                .onSuccess(v -> status.saved(false)).onFailure(status::failed));
    }

    public ObservableList<ReadBackEntry> items() {
        return items;
    }

    /** True while the list is being loaded. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** What to show instead of the list: loading, nothing to read back, or why it could not load; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
