package org.cutri.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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

/**
 * The duty calendar screen (Việc sắp đến hạn): the duties overdue, due this week and in the next 30 days, the reminder
 * of those overdue or due within three days, marking the chosen duty done with its date and document, and undoing it.
 */
public class DutiesViewModel {

    private final DutyCalendar calendar;
    private final PlanService plans;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObservableList<CalendarEntry> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CalendarEntry> selected = new SimpleObjectProperty<>();
    private final StringProperty doneDate = new SimpleStringProperty("");
    private final StringProperty doneDocument = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper reminder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper todayText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private PlanDuty lastDone;

    public DutiesViewModel(DutyCalendar calendar, PlanService plans, Messages messages, TaskExecutor executor,
            Clock clock) {
        this.calendar = calendar;
        this.plans = plans;
        this.messages = messages;
        this.executor = executor;
        this.clock = clock;
        selected.addListener((obs, old, now) -> {
            error.set("");
            doneDocument.set("");
            doneDate.set(now == null ? "" : DateText.format(today()));
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Reads the calendar at today again, keeping the chosen duty when it is still on it. */
    public void refresh() {
        LocalDate today = today();
        executor.execute(BackgroundTask.of(() -> calendar.at(today)).onSuccess(this::show).onFailure(this::fail));
    }

    private void show(DutyCalendar.Calendar at) {
        CalendarEntry previous = selected.get();
        List<CalendarEntry> all = at.all();
        rows.setAll(all);
        loading.set(false);
        todayText.set(messages.get("plan.duties.today", messages.dayWithWeekday(at.today())));
        List<CalendarEntry> reminders = at.reminders();
        long overdue = reminders.stream().filter(e -> e.state() == DueState.OVERDUE).count();
        reminder.set(reminders.isEmpty() ? ""
                : messages.get("plan.duties.reminder", overdue, reminders.size() - overdue));
        if (previous != null) {
            selected.set(all.stream().filter(e -> e.duty().id() == previous.duty().id()).findFirst().orElse(null));
        }
    }

    /** Marks the chosen duty done on the date typed, with the document typed. */
    public void markDone() {
        CalendarEntry entry = selected.get();
        if (entry == null) {
            return;
        }
        String typed = doneDate.get() == null ? "" : doneDate.get();
        if (typed.isBlank()) {
            error.set(messages.get("plan.duty.doneDateRequired"));
            return;
        }
        // A date typed wrong ("31/02/2026", "abc") is said to be wrong, with how to type it, not asked for again.
        String problem = DateText.error(typed, true, DateText.Near.day(today()), messages);
        if (problem != null) {
            error.set(problem);
            return;
        }
        LocalDate on = DateText.parse(typed, DateText.Near.day(today())).orElseThrow();
        String document = doneDocument.get();
        busy.set(true);
        executor.execute(BackgroundTask.of(() -> plans.markDone(entry.duty().id(), on, document))
                .onSuccess(done -> {
                    busy.set(false);
                    error.set("");
                    lastDone = done;
                    canUndo.set(true);
                    status.set(messages.get("plan.duties.done", done.what(), DateText.format(on)));
                    refresh();
                }).onFailure(this::fail));
    }

    /** Undoes the last "done" of this screen: the duty is owed again and back on the calendar. */
    public void undo() {
        PlanDuty duty = lastDone;
        if (duty == null) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(() -> plans.reopen(duty.id())).onSuccess(reopened -> {
            busy.set(false);
            lastDone = null;
            canUndo.set(false);
            status.set(messages.get("plan.duties.undone", reopened.what()));
            refresh();
        }).onFailure(this::fail));
    }

    private void fail(Exception e) {
        busy.set(false);
        loading.set(false);
        UserException user = UserException.find(e);
        if (user == null) {
            throw new IllegalStateException(e);
        }
        error.set(messages.of(user));
        status.set(messages.of(user));
    }

    /** The entry's status as the table shows it: "Quá hạn 3 ngày", "Trong tuần này", "Sắp đến hạn". */
    public String stateText(CalendarEntry entry) {
        return entry.daysLate() > 0 ? messages.get("plan.duties.late", entry.daysLate()) : messages.label(entry.state());
    }

    public ObservableList<CalendarEntry> rows() {
        return rows;
    }

    public ObjectProperty<CalendarEntry> selectedProperty() {
        return selected;
    }

    public StringProperty doneDateProperty() {
        return doneDate;
    }

    public StringProperty doneDocumentProperty() {
        return doneDocument;
    }

    /** "Nhắc việc: 2 việc quá hạn, 1 việc đến hạn trong 3 ngày tới", empty when there is nothing to remind of. */
    public ReadOnlyStringProperty reminderProperty() {
        return reminder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty todayProperty() {
        return todayText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
