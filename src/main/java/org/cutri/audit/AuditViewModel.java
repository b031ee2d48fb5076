package org.cutri.audit;

import java.time.LocalDate;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.DateText;
import org.cutri.opinion.Choice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail screen's state: the filters (dates, action, text) and the newest rows matching them, read in the
 * background each time a filter changes. At most {@link #LIMIT} rows are shown at once (the table shows only the
 * rows in view), so a trail of 100,000 rows stays quick; the status says how many match in all.
 */
public class AuditViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AuditViewModel.class);

    /** The most rows read into the table at once. */
    public static final int LIMIT = 2000;

    private final AuditService audit;
    private final Messages messages;
    private final TaskExecutor executor;

    private final StringProperty fromText = new SimpleStringProperty("");
    private final StringProperty toText = new SimpleStringProperty("");
    private final ObjectProperty<Choice<AuditAction>> action = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<Choice<AuditAction>> actions = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    /**
     * The number of the latest load asked for: an older load still waiting does not run (typing a word asks for one
     * load a letter), one finishing later is ignored.
     */
    private final java.util.concurrent.atomic.AtomicLong asked = new java.util.concurrent.atomic.AtomicLong();

    public AuditViewModel(AuditService audit, Messages messages, TaskExecutor executor) {
        this.audit = audit;
        this.messages = messages;
        this.executor = executor;
        actions.add(new Choice<>(null, messages.get("audit.filter.action.all")));
        for (AuditAction each : AuditAction.values()) {
            actions.add(new Choice<>(each, messages.label(each)));
        }
        action.set(actions.get(0));
        fromText.addListener((obs, old, now) -> load());
        toText.addListener((obs, old, now) -> load());
        action.addListener((obs, old, now) -> load());
        text.addListener((obs, old, now) -> load());
    }

    /** Reads the rows matching the filters again, in the background. */
    public void load() {
        Optional<LocalDate> from = date(fromText.get());
        Optional<LocalDate> to = date(toText.get());
        if (from == null || to == null) {
            return;
        }
        Choice<AuditAction> chosen = action.get();
        AuditFilter filter = new AuditFilter(from.orElse(null), to.orElse(null),
                chosen == null ? null : chosen.value(), text.get());
        long number = asked.incrementAndGet();
        loading.set(true);
        status.set(messages.get("audit.loading"));
        executor.execute(BackgroundTask.of(() -> number == asked.get() ? audit.find(filter, LIMIT) : null)
                .computation().onSuccess(page -> {
            if (page == null || number != asked.get()) {
                return;
            }
            loading.set(false);
            rows.setAll(page.entries());
            status.set(page.total() == 0 ? messages.get("audit.empty")
                    : page.total() > page.entries().size()
                            ? messages.get("audit.count.limited", page.entries().size(), page.total())
                            : messages.get("audit.count", page.total()));
        }).onFailure(e -> {
            if (number == asked.get()) {
                LOG.error("The audit trail could not be read", e);
                loading.set(false);
                status.set(messages.get("audit.failed"));
            }
        }));
    }

    /** The day typed, empty for none, null (and a message) when it cannot be read. */
    private Optional<LocalDate> date(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> day = DateText.parse(typed);
        if (day.isEmpty()) {
            status.set(messages.get("audit.badDate", typed.strip()));
            return null;
        }
        return day;
    }

    /** The action's name as the trail shows it. */
    public String label(AuditAction value) {
        return messages.label(value);
    }

    public StringProperty fromTextProperty() {
        return fromText;
    }

    public StringProperty toTextProperty() {
        return toText;
    }

    public ObjectProperty<Choice<AuditAction>> actionProperty() {
        return action;
    }

    public ObservableList<Choice<AuditAction>> actions() {
        return actions;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<AuditEntry> rows() {
        return rows;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
