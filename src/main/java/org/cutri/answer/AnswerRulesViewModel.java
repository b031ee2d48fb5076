package org.cutri.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import org.cutri.opinion.Authority;

/**
 * The deadline rules (Thời hạn trả lời): the sets in force from a date, the days per authority and the rows for a
 * named agency. Correcting a set moves the due dates of its open items; a new legal text is a new set from its date,
 * and what was forwarded before keeps the old set.
 */
public class AnswerRulesViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AnswerRulesViewModel.class);

    /** One row of days for a named agency ("Công ty Điện lực": 15 ngày). */
    public static final class AgencyRow {
        private final ObjectProperty<Authority> authority = new SimpleObjectProperty<>(Authority.OTHER);
        private final StringProperty agency = new SimpleStringProperty("");
        private final StringProperty days = new SimpleStringProperty("");

        public ObjectProperty<Authority> authorityProperty() {
            return authority;
        }

        public StringProperty agencyProperty() {
            return agency;
        }

        public StringProperty daysProperty() {
            return days;
        }
    }

    private final AnswerRules rules;
    private final Messages messages;
    private final TaskExecutor executor;

    private final ObservableList<AnswerRuleSet> sets = FXCollections.observableArrayList();
    private final ObjectProperty<AnswerRuleSet> set = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper validFrom = new ReadOnlyStringWrapper("");
    private final Map<Authority, StringProperty> days = new EnumMap<>(Authority.class);
    private final ObservableList<AgencyRow> agencies = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newFrom = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public AnswerRulesViewModel(AnswerRules rules, Messages messages, TaskExecutor executor) {
        this.rules = rules;
        this.messages = messages;
        this.executor = executor;
        for (Authority authority : Authority.values()) {
            days.put(authority, new SimpleStringProperty(""));
        }
        set.addListener((obs, old, now) -> show(now));
    }

    /** Reads the sets and shows the one in force today (or keeps the one shown). */
    public void load(LocalDate today) {
        Integer shown = set.get() == null ? null : set.get().id();
        busy.set(true);
        executor.execute(BackgroundTask.of(rules::list).onSuccess(list -> {
            busy.set(false);
            sets.setAll(list);
            AnswerRuleSet chosen = null;
            for (AnswerRuleSet candidate : list) {
                if (shown != null ? candidate.id() == shown : !candidate.validFrom().isAfter(today)) {
                    chosen = candidate;
                }
            }
            set.set(chosen != null ? chosen : list.isEmpty() ? null : list.get(0));
            show(set.get());
        }).onFailure(this::failed));
    }

    private void show(AnswerRuleSet shown) {
        name.set(shown == null ? "" : shown.name());
        validFrom.set(shown == null ? "" : DateText.format(shown.validFrom()));
        days.values().forEach(d -> d.set(""));
        agencies.clear();
        if (shown != null) {
            for (AnswerRuleSet.Rule rule : shown.rules()) {
                if (rule.agency() == null) {
                    days.get(rule.authority()).set(String.valueOf(rule.days()));
                } else {
                    AgencyRow row = new AgencyRow();
                    row.authority.set(rule.authority());
                    row.agency.set(rule.agency());
                    row.days.set(String.valueOf(rule.days()));
                    agencies.add(row);
                }
            }
        }
        message.set("");
    }

    /** Adds an empty row for a named agency. */
    public AgencyRow addAgency() {
        AgencyRow row = new AgencyRow();
        agencies.add(row);
        return row;
    }

    public void removeAgency(AgencyRow row) {
        agencies.remove(row);
    }

    /** Stores the set shown with the days typed: its open items take the new due dates. */
    public void save() {
        AnswerRuleSet shown = set.get();
        List<AnswerRuleSet.Rule> typed = typedRules();
        if (shown == null || typed == null) {
            return;
        }
        String typedName = name.get();
        run(() -> rules.update(shown.id(), typedName, typed), "answer.rules.screen.saved");
    }

    /** Adds a new set from the day typed, with the days typed (a new legal text); older items keep their set. */
    public void addSet() {
        List<AnswerRuleSet.Rule> typed = typedRules();
        if (typed == null) {
            return;
        }
        String text = newFrom.get() == null ? "" : newFrom.get().strip();
        LocalDate from = null;
        if (!text.isEmpty()) {
            from = DateText.parse(text, DateText.Near.day(LocalDate.now())).orElse(null);
            if (from == null) {
                message.set(DateText.error(text, true, DateText.Near.day(LocalDate.now()), messages));
                return;
            }
        }
        LocalDate day = from;
        String typedName = newName.get();
        run(() -> rules.add(typedName, day, typed), "answer.rules.screen.added");
    }

    private void run(java.util.concurrent.Callable<AnswerRuleSet> work, String doneKey) {
        message.set("");
        busy.set(true);
        executor.execute(BackgroundTask.of(() -> {
            AnswerRuleSet stored = work.call();
            return new Stored(stored, rules.list());
        }).onSuccess(stored -> {
            busy.set(false);
            changed.set(true);
            sets.setAll(stored.sets());
            set.set(stored.sets().stream().filter(s -> s.id() == stored.set().id()).findFirst().orElse(null));
            show(set.get());
            newName.set("");
            newFrom.set("");
            message.set(messages.get(doneKey, stored.set().name()));
        }).onFailure(e -> {
            busy.set(false);
            if (e instanceof UserException refusal) {
                message.set(messages.of(refusal));
            } else {
                LOG.error("Storing the deadline rules failed", e);
                message.set(messages.get("answer.screen.failed"));
            }
        }));
    }

    private record Stored(AnswerRuleSet set, List<AnswerRuleSet> sets) {
    }

    /** The rules typed, or null (with the message said) when a number of days is not a number. */
    private List<AnswerRuleSet.Rule> typedRules() {
        List<AnswerRuleSet.Rule> typed = new ArrayList<>();
        for (Authority authority : Authority.values()) {
            String text = days.get(authority).get();
            if (text == null || text.isBlank()) {
                continue;
            }
            Integer number = number(text, messages.label(authority));
            if (number == null) {
                return null;
            }
            typed.add(new AnswerRuleSet.Rule(authority, null, number));
        }
        for (AgencyRow row : agencies) {
            if (row.agency.get() == null || row.agency.get().isBlank()) {
                continue;
            }
            Integer number = number(row.days.get(), row.agency.get().strip());
            if (number == null) {
                return null;
            }
            typed.add(new AnswerRuleSet.Rule(row.authority.get(), row.agency.get(), number));
        }
        return typed;
    }

    private Integer number(String text, String what) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            message.set(messages.get("answer.rules.screen.notNumber", what, text == null ? "" : text.strip()));
            return null;
        }
    }

    private void failed(Throwable error) {
        busy.set(false);
        throw new IllegalStateException(error);
    }

    public ObservableList<AnswerRuleSet> sets() {
        return sets;
    }

    public ObjectProperty<AnswerRuleSet> setProperty() {
        return set;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty validFromProperty() {
        return validFrom.getReadOnlyProperty();
    }

    public StringProperty daysProperty(Authority authority) {
        return days.get(authority);
    }

    public ObservableList<AgencyRow> agencies() {
        return agencies;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newFromProperty() {
        return newFrom;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True once a set was stored: the follow-up list is read again when the dialog closes. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
