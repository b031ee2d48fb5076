package org.cutri.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
import org.cutri.common.text.VietText;
import org.cutri.opinion.Authority;
import org.cutri.opinion.Choice;
import org.cutri.opinion.ChoiceBoxes;
import org.cutri.opinion.OpinionStatus;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundService;

/**
 * The commune's follow-up screen (Trả lời ý kiến cử tri): a round's issues with those carried over into it, or every
 * overdue item of all rounds; filters; and the forms that record what happened to the chosen issue (forwarded,
 * being settled, answered, assessed, not competent, reopened). Reads and writes run on the worker; a refusal of the
 * rules is shown in Vietnamese in the form's own message line and changes nothing.
 */
public class FollowUpViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FollowUpViewModel.class);

    private final RoundService roundService;
    private final FollowUpService followUps;
    private final AnswerRules rules;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObservableList<ContactRound> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<ContactRound> round = new SimpleObjectProperty<>();
    private final BooleanProperty allOverdue = new SimpleBooleanProperty();

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Choice<OpinionStatus>> statuses = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<OpinionStatus>> status = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Authority>> authorities = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Authority>> authority = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();

    private final List<FollowUpIssue> loaded = new ArrayList<>();
    private final ObservableList<FollowUpIssue> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");

    private final ReadOnlyObjectWrapper<FollowUpIssue> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<IssueOpinion> opinions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper opinionsLoading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final StringProperty forwardAgency = new SimpleStringProperty("");
    private final StringProperty forwardLetter = new SimpleStringProperty("");
    private final StringProperty forwardDate = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper forwardMessage = new ReadOnlyStringWrapper("");
    private final StringProperty answerAgency = new SimpleStringProperty("");
    private final StringProperty answerLetter = new SimpleStringProperty("");
    private final StringProperty answerDate = new SimpleStringProperty("");
    private final StringProperty answerText = new SimpleStringProperty("");
    private final ObservableList<Choice<AnswerResult>> results = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<AnswerResult>> answerResult = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper answerMessage = new ReadOnlyStringWrapper("");
    private final ObservableList<Choice<Assessment>> assessments = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Assessment>> assessment = new SimpleObjectProperty<>();
    private final StringProperty assessmentNote = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper assessMessage = new ReadOnlyStringWrapper("");
    private final StringProperty redirectedTo = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper otherMessage = new ReadOnlyStringWrapper("");
    private final StringBinding forwardDue;

    /** The rule sets, read with the list: the due date is shown while the forwarding is typed. */
    private List<AnswerRuleSet> ruleSets = List.of();
    /** Counts the loads of the list and of the chosen issue's opinions: only the newest may fill the screen. */
    private int listLoad;
    private int opinionsLoad;
    /** True while a saved issue takes its row's place: the table's passing selection is not a choice. */
    private boolean replacing;

    public FollowUpViewModel(RoundService roundService, FollowUpService followUps, AnswerRules rules,
            Messages messages, TaskExecutor executor, Clock clock) {
        this.roundService = roundService;
        this.followUps = followUps;
        this.rules = rules;
        this.messages = messages;
        this.executor = executor;
        this.clock = clock;
        String all = messages.get("answer.screen.all");
        statuses.setAll(ChoiceBoxes.allThen(all, OpinionStatus.values(), messages));
        authorities.setAll(ChoiceBoxes.allThen(all, Authority.values(), messages));
        status.set(statuses.get(0));
        authority.set(authorities.get(0));
        results.add(new Choice<>(null, messages.get("answer.screen.result.none")));
        for (AnswerResult result : AnswerResult.values()) {
            results.add(new Choice<>(result, messages.label(result)));
        }
        assessments.add(new Choice<>(null, messages.get("answer.screen.assessment.none")));
        for (Assessment value : Assessment.values()) {
            assessments.add(new Choice<>(value, messages.label(value)));
        }
        answerResult.set(results.get(0));
        assessment.set(assessments.get(0));
        round.addListener((obs, old, now) -> {
            if (now != null && (old == null || old.id() != now.id()) && !allOverdue.get()) {
                loadRows(true);
            }
        });
        allOverdue.addListener((obs, old, now) -> loadRows(true));
        query.addListener((obs, old, now) -> filter());
        status.addListener((obs, old, now) -> filter());
        authority.addListener((obs, old, now) -> filter());
        overdueOnly.addListener((obs, old, now) -> filter());
        selected.addListener((obs, old, now) -> show(now));
        forwardDue = Bindings.createStringBinding(this::dueText, forwardDate, forwardAgency, selected);
    }

    /** The day overdue items are counted on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Reads the rounds and the rule sets again, keeping the round shown; the first time, chooses the newest round
     * that has issues. Then reads the list again.
     */
    public void refresh() {
        loading.set(rows.isEmpty() || loading.get());
        Integer shown = round.get() == null ? null : round.get().id();
        executor.execute(BackgroundTask.of(() -> {
            List<ContactRound> list = roundService.list();
            ContactRound chosen = shown == null ? null
                    : list.stream().filter(r -> r.id() == shown).findFirst().orElse(null);
            if (chosen == null) {
                chosen = list.stream().filter(r -> !followUps.issues(r.id()).isEmpty()).findFirst()
                        .orElse(list.isEmpty() ? null : list.get(0));
            }
            return new Opened(list, chosen, rules.list());
        }).onSuccess(opened -> {
            ruleSets = opened.ruleSets();
            rounds.setAll(opened.rounds());
            ContactRound before = round.get();
            round.set(opened.chosen());
            if (before != null && opened.chosen() != null && before.id() == opened.chosen().id() || allOverdue.get()) {
                loadRows(false);
            } else if (opened.chosen() == null) {
                loading.set(false);
            }
        }).onFailure(this::failed));
    }

    private record Opened(List<ContactRound> rounds, ContactRound chosen, List<AnswerRuleSet> ruleSets) {
    }

    /** Reads the list: the round's issues and those carried over, or every overdue item. */
    private void loadRows(boolean otherList) {
        int load = ++listLoad;
        ContactRound chosen = round.get();
        boolean overdue = allOverdue.get();
        if (!overdue && chosen == null) {
            return;
        }
        if (otherList) {
            loaded.clear();
            rows.clear();
        }
        loading.set(true);
        LocalDate day = today();
        executor.execute(BackgroundTask.of(() -> overdue ? followUps.overdue(day) : followUps.followUpList(chosen.id()))
                .onSuccess(list -> {
                    if (load != listLoad) {
                        return;
                    }
                    loaded.clear();
                    loaded.addAll(list);
                    loading.set(false);
                    filter();
                }).onFailure(e -> {
                    if (load == listLoad) {
                        loading.set(false);
                    }
                    failed(e);
                }));
    }

    /** Shows the rows that pass the filters, keeping the chosen issue when it still passes. */
    private void filter() {
        LocalDate day = today();
        OpinionStatus wantedStatus = ChoiceBoxes.valueOf(status);
        Authority wantedAuthority = ChoiceBoxes.valueOf(authority);
        String typed = query.get() == null ? "" : query.get().strip();
        List<FollowUpIssue> shown = loaded.stream()
                .filter(i -> wantedStatus == null || i.shownStatus() == wantedStatus)
                .filter(i -> wantedAuthority == null || i.authority() == wantedAuthority)
                .filter(i -> !overdueOnly.get() || i.overdueOn(day))
                .filter(i -> typed.isEmpty() || VietText.matches(searchText(i), typed))
                .toList();
        FollowUpIssue chosen = selected.get();
        replacing = true;
        try {
            rows.setAll(shown);
        } finally {
            replacing = false;
        }
        selected.set(chosen == null ? null : shown.stream().filter(i -> i.leadId() == chosen.leadId()).findFirst()
                .orElse(null));
        long overdueCount = loaded.stream().filter(i -> i.overdueOn(day)).count();
        summary.set(messages.get("answer.screen.summary", shown.size(), loaded.size(), overdueCount));
    }

    private static String searchText(FollowUpIssue issue) {
        FollowUp f = issue.followUp();
        return String.join(" ", String.join(" ", issue.codes()), issue.content(), String.join(" ", issue.hamlets()),
                issue.authorityBody() == null ? "" : issue.authorityBody(),
                f.forwardAgency() == null ? "" : f.forwardAgency(), f.answerAgency() == null ? "" : f.answerAgency());
    }

    /** The table's choice (null: none). */
    public void select(FollowUpIssue issue) {
        if (!replacing) {
            selected.set(issue);
        }
    }

    /** Fills every form with the chosen issue's stored values (empty when none is chosen) and reads its opinions. */
    private void show(FollowUpIssue issue) {
        formValues(issue).forEach(FollowUpViewModel::put);
        forwardMessage.set("");
        answerMessage.set("");
        assessMessage.set("");
        otherMessage.set("");
        loadOpinions(issue);
    }

    /** What each field of the forms shows for a stored issue (empty when none is chosen). */
    private Map<Property<?>, Object> formValues(FollowUpIssue issue) {
        FollowUp f = issue == null ? null : issue.followUp();
        Map<Property<?>, Object> values = new LinkedHashMap<>();
        values.put(forwardAgency, f == null || f.forwardAgency() == null ? "" : f.forwardAgency());
        values.put(forwardLetter, f == null || f.forwardLetterNo() == null ? "" : f.forwardLetterNo());
        values.put(forwardDate, f == null ? "" : DateText.format(f.forwardDate()));
        values.put(answerAgency, f == null ? "" : f.answerAgency() != null ? f.answerAgency()
                : f.forwardAgency() != null ? f.forwardAgency() : "");
        values.put(answerLetter, f == null || f.answerLetterNo() == null ? "" : f.answerLetterNo());
        values.put(answerDate, f == null ? "" : DateText.format(f.answerDate()));
        values.put(answerText, f == null || f.answerText() == null ? "" : f.answerText());
        values.put(answerResult, results.stream().filter(c -> f != null && c.value() == f.result()).findFirst()
                .orElse(results.get(0)));
        values.put(assessment, assessments.stream().filter(c -> f != null && c.value() == f.assessment()).findFirst()
                .orElse(assessments.get(0)));
        values.put(assessmentNote, f == null || f.assessmentNote() == null ? "" : f.assessmentNote());
        values.put(redirectedTo, f == null || f.redirectedTo() == null ? "" : f.redirectedTo());
        return values;
    }

    /** The fields of the form whose line is {@code message}: what its save button stores. */
    private List<Property<?>> formOf(ReadOnlyStringWrapper message) {
        if (message == forwardMessage) {
            return List.of(forwardAgency, forwardLetter, forwardDate);
        }
        if (message == answerMessage) {
            return List.of(answerAgency, answerLetter, answerDate, answerText, answerResult);
        }
        return message == assessMessage ? List.of(assessment, assessmentNote) : List.of(redirectedTo);
    }

    @SuppressWarnings("unchecked")
    private static void put(Property<?> property, Object value) {
        ((Property<Object>) property).setValue(value);
    }

    /**
     * Shows the issue as saved by one form, keeping what the user typed in the other forms and did not save yet (an
     * answer typed, then the forwarding corrected and saved first).
     */
    private void replaceKeepingTyped(FollowUpIssue issue, FollowUpIssue changed, ReadOnlyStringWrapper message) {
        FollowUpIssue now = selected.get();
        if (now == null || now.leadId() != issue.leadId()) {
            // Another row was chosen while saving: its forms hold nothing typed for this issue.
            replace(issue, changed);
            return;
        }
        Map<Property<?>, Object> shown = formValues(issue);
        Map<Property<?>, Object> typed = new LinkedHashMap<>();
        shown.keySet().forEach(property -> typed.put(property, property.getValue()));
        replace(issue, changed);
        List<Property<?>> saved = formOf(message);
        shown.forEach((property, value) -> {
            if (!saved.contains(property) && !Objects.equals(typed.get(property), value)) {
                put(property, typed.get(property));
            }
        });
    }

    private void loadOpinions(FollowUpIssue issue) {
        int load = ++opinionsLoad;
        opinions.clear();
        if (issue == null) {
            opinionsLoading.set(false);
            return;
        }
        opinionsLoading.set(true);
        executor.execute(BackgroundTask.of(() -> followUps.opinionsOf(issue)).onSuccess(list -> {
            if (load == opinionsLoad) {
                opinions.setAll(list);
                opinionsLoading.set(false);
            }
        }).onFailure(e -> {
            if (load == opinionsLoad) {
                opinionsLoading.set(false);
            }
            failed(e);
        }));
    }

    // ---- the forms ------------------------------------------------------------------------------------------

    /** Records the forwarding typed: the due date comes from the rule set in force on its date. */
    public void forward() {
        FollowUpIssue issue = selected.get();
        Dated date = date(issue, forwardDate.get(), forwardMessage);
        if (issue == null || !date.ok()) {
            return;
        }
        Forwarding forwarding = new Forwarding(forwardAgency.get(), forwardLetter.get(), date.date());
        save(issue, forwardMessage, () -> followUps.forward(issue, forwarding), "answer.screen.saved.forward");
    }

    /** The agency is settling it (đang giải quyết). */
    public void startWork() {
        FollowUpIssue issue = selected.get();
        if (issue != null) {
            save(issue, forwardMessage, () -> followUps.startWork(issue), "answer.screen.saved.working");
        }
    }

    /** Records the agency's answer as typed or pasted. */
    public void answer() {
        FollowUpIssue issue = selected.get();
        Dated date = date(issue, answerDate.get(), answerMessage);
        if (issue == null || !date.ok()) {
            return;
        }
        Answer answer = new Answer(answerAgency.get(), answerLetter.get(), date.date(), answerText.get(),
                ChoiceBoxes.valueOf(answerResult));
        save(issue, answerMessage, () -> followUps.answer(issue, answer, AnswerSource.TYPED), "answer.screen.saved.answer");
    }

    /** Records the Front's assessment of the answer (none chosen: clears it). */
    public void assess() {
        FollowUpIssue issue = selected.get();
        if (issue != null) {
            Assessment value = ChoiceBoxes.valueOf(assessment);
            String note = assessmentNote.get();
            save(issue, assessMessage, () -> followUps.assess(issue, value, note), "answer.screen.saved.assess");
        }
    }

    /** Not for the authorities followed: records where it was redirected. */
    public void notCompetent() {
        FollowUpIssue issue = selected.get();
        if (issue != null) {
            String where = redirectedTo.get();
            save(issue, otherMessage, () -> followUps.notCompetent(issue, where), "answer.screen.saved.redirect");
        }
    }

    /** Undoes an answer or a redirection typed by mistake. */
    public void reopen() {
        FollowUpIssue issue = selected.get();
        if (issue != null) {
            save(issue, otherMessage, () -> followUps.reopen(issue), "answer.screen.saved.reopen");
        }
    }

    private record Dated(LocalDate date, boolean ok) {
    }

    /** The date typed ("dd/MM/yyyy", or "dd/MM" near the issue's days); blank is left to the rules to refuse. */
    private Dated date(FollowUpIssue issue, String text, ReadOnlyStringWrapper message) {
        if (issue == null || text == null || text.isBlank()) {
            return new Dated(null, true);
        }
        DateText.Near near = near(issue);
        return DateText.parse(text.strip(), near).map(d -> new Dated(d, true)).orElseGet(() -> {
            message.set(DateText.error(text, true, near, messages));
            return new Dated(null, false);
        });
    }

    private DateText.Near near(FollowUpIssue issue) {
        LocalDate day = today();
        return DateText.Near.span(issue.raisedOn().isAfter(day) ? day : issue.raisedOn(), day);
    }

    private void save(FollowUpIssue issue, ReadOnlyStringWrapper message, Callable<FollowUpIssue> work, String doneKey) {
        message.set("");
        busy.set(true);
        executor.execute(BackgroundTask.of(work).onSuccess(changed -> {
            busy.set(false);
            replaceKeepingTyped(issue, changed, message);
            statusText.set(messages.get(doneKey, changed.code()));
        }).onFailure(e -> {
            busy.set(false);
            if (e instanceof UserException refusal) {
                if ("answer.changedElsewhere".equals(refusal.key())) {
                    reloadIssue(issue, message, messages.of(refusal));
                } else {
                    message.set(messages.of(refusal));
                }
            } else {
                LOG.error("Saving the follow-up of {} failed", issue.code(), e);
                message.set(messages.get("answer.screen.failed"));
            }
        }));
    }

    /** Another user changed the issue: show the stored one, then say so in the form's line. */
    private void reloadIssue(FollowUpIssue issue, ReadOnlyStringWrapper message, String said) {
        executor.execute(BackgroundTask.of(() -> followUps.reload(issue)).onSuccess(found -> {
            found.ifPresent(stored -> replace(issue, stored));
            message.set(said);
        }).onFailure(this::failed));
    }

    /** Puts the saved issue in its row (still marked carried over when it was) and keeps it chosen. */
    private void replace(FollowUpIssue old, FollowUpIssue changed) {
        FollowUpIssue shown = new FollowUpIssue(changed.opinionIds(), changed.codes(), changed.groupId(),
                changed.roundId(), changed.roundName(), changed.raisedOn(), changed.lastRaisedOn(), changed.content(),
                changed.hamlets(), changed.fieldName(), changed.authority(), changed.authorityBody(),
                changed.followUp(), changed.reaction(), old.carriedOver(), changed.raisedTimes(),
                changed.firstRaisedOn());
        for (int i = 0; i < loaded.size(); i++) {
            if (loaded.get(i).leadId() == old.leadId()) {
                loaded.set(i, shown);
            }
        }
        replacing = true;
        try {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).leadId() == old.leadId()) {
                    rows.set(i, shown);
                }
            }
        } finally {
            replacing = false;
        }
        selected.set(shown);
    }

    /** "Hạn trả lời: 31/08/2026 (30 ngày, …)" for the forwarding typed, before it is saved; "" until it has a date. */
    private String dueText() {
        FollowUpIssue issue = selected.get();
        if (issue == null || ruleSets.isEmpty() || forwardDate.get() == null || forwardDate.get().isBlank()) {
            return "";
        }
        return DateText.parse(forwardDate.get().strip(), near(issue)).map(date -> {
            AnswerRuleSet set = ruleSets.get(0);
            for (AnswerRuleSet candidate : ruleSets) {
                if (!candidate.validFrom().isAfter(date)) {
                    set = candidate;
                }
            }
            int days = set.daysFor(issue.authority(), forwardAgency.get());
            return messages.get("answer.screen.forward.due", DateText.format(date.plusDays(days)), days, set.name());
        }).orElse("");
    }

    /** How many days an overdue item is late on {@link #today()}; 0 when it is not. */
    public long daysLate(FollowUpIssue issue) {
        return issue.overdueOn(today()) ? ChronoUnit.DAYS.between(issue.followUp().dueDate(), today()) : 0;
    }

    /** A new editor of the deadline rules, for the dialog "Thời hạn trả lời". */
    public AnswerRulesViewModel rulesEditor() {
        return new AnswerRulesViewModel(rules, messages, executor);
    }

    /** The rule sets were changed in their dialog: read them and the list again (open items' due dates moved). */
    public void rulesChanged() {
        refresh();
    }

    private void failed(Throwable error) {
        throw new IllegalStateException(error);
    }

    // ---- state for the view ---------------------------------------------------------------------------------

    /** Shows this round's follow-up (a duty of the calendar was opened), after the reads queued before. */
    public void openRound(int roundId) {
        executor.execute(BackgroundTask.of(() -> roundId).onSuccess(id -> rounds.stream().filter(r -> r.id() == id)
                .findFirst().ifPresent(r -> {
                    allOverdue.set(false);
                    round.set(r);
                })));
    }

    public ObservableList<ContactRound> rounds() {
        return rounds;
    }

    public ObjectProperty<ContactRound> roundProperty() {
        return round;
    }

    public BooleanProperty allOverdueProperty() {
        return allOverdue;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Choice<OpinionStatus>> statuses() {
        return statuses;
    }

    public ObjectProperty<Choice<OpinionStatus>> statusProperty() {
        return status;
    }

    public ObservableList<Choice<Authority>> authorities() {
        return authorities;
    }

    public ObjectProperty<Choice<Authority>> authorityProperty() {
        return authority;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public ObservableList<FollowUpIssue> rows() {
        return rows;
    }

    /** True while the list is read: an empty list then means "not read yet". */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FollowUpIssue> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObservableList<IssueOpinion> opinions() {
        return opinions;
    }

    public ReadOnlyBooleanProperty opinionsLoadingProperty() {
        return opinionsLoading.getReadOnlyProperty();
    }

    /** True while a change is being stored. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty forwardAgencyProperty() {
        return forwardAgency;
    }

    public StringProperty forwardLetterProperty() {
        return forwardLetter;
    }

    public StringProperty forwardDateProperty() {
        return forwardDate;
    }

    /** The due date the rules give the forwarding typed, shown before it is saved. */
    public StringBinding forwardDueProperty() {
        return forwardDue;
    }

    public ReadOnlyStringProperty forwardMessageProperty() {
        return forwardMessage.getReadOnlyProperty();
    }

    public StringProperty answerAgencyProperty() {
        return answerAgency;
    }

    public StringProperty answerLetterProperty() {
        return answerLetter;
    }

    public StringProperty answerDateProperty() {
        return answerDate;
    }

    public StringProperty answerTextProperty() {
        return answerText;
    }

    public ObservableList<Choice<AnswerResult>> results() {
        return results;
    }

    public ObjectProperty<Choice<AnswerResult>> answerResultProperty() {
        return answerResult;
    }

    public ReadOnlyStringProperty answerMessageProperty() {
        return answerMessage.getReadOnlyProperty();
    }

    public ObservableList<Choice<Assessment>> assessments() {
        return assessments;
    }

    public ObjectProperty<Choice<Assessment>> assessmentProperty() {
        return assessment;
    }

    public StringProperty assessmentNoteProperty() {
        return assessmentNote;
    }

    public ReadOnlyStringProperty assessMessageProperty() {
        return assessMessage.getReadOnlyProperty();
    }

    public StringProperty redirectedToProperty() {
        return redirectedTo;
    }

    public ReadOnlyStringProperty otherMessageProperty() {
        return otherMessage.getReadOnlyProperty();
    }
}
