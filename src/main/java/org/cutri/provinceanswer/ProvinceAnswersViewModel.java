package org.cutri.provinceanswer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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

import org.cutri.answer.Answer;
import org.cutri.answer.AnswerResult;
import org.cutri.answer.Forwarding;
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
import org.cutri.province.ProvinceReportService;
import org.cutri.province.ProvinceRoundSet;

/**
 * The province's screen of answers to the communes' opinions (Trả lời ý kiến các xã): a set of the communes' rounds
 * chosen as the province's report chooses it, its issues (province groups, communes' groups, opinions alone) with
 * filters, and the chosen issue's forwarding, answer, redirection and reopening. Every database read and write runs
 * on the executor; a refusal is one message beside the form ({@link #errorProperty()}); a change another user made
 * meanwhile is refused and the newer version is shown.
 */
public class ProvinceAnswersViewModel {

    private final ProvinceAnswerService answers;
    private final ProvinceReportService reports;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObservableList<Choice<String>> sets = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<String>> set = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Choice<String>> communes = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<String>> commune = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Authority>> authorities = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Authority>> authority = new SimpleObjectProperty<>();
    private final ObservableList<Choice<OpinionStatus>> statuses = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<OpinionStatus>> status = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);

    private final ObservableList<ProvinceAnswerIssue> issues = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ProvinceAnswerIssue> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailPlaces = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailState = new ReadOnlyStringWrapper("");

    private final StringProperty forwardAgency = new SimpleStringProperty("");
    private final StringProperty forwardLetterNo = new SimpleStringProperty("");
    private final StringProperty forwardDate = new SimpleStringProperty("");
    private final StringProperty answerAgency = new SimpleStringProperty("");
    private final StringProperty answerLetterNo = new SimpleStringProperty("");
    private final StringProperty answerDate = new SimpleStringProperty("");
    private final StringProperty answerText = new SimpleStringProperty("");
    private final ObservableList<Choice<AnswerResult>> results = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<AnswerResult>> result = new SimpleObjectProperty<>();
    private final StringProperty redirectedTo = new SimpleStringProperty("");

    /** The loaded sets by key, and the issues of the chosen set. */
    private List<ProvinceRoundSet> loadedSets = List.of();
    private List<ProvinceAnswerIssue> all = List.of();
    /** Raised by each load: a load's result arriving after a newer load was asked for is dropped. */
    private int loadNumber;
    private boolean updatingChoices;

    public ProvinceAnswersViewModel(ProvinceAnswerService answers, ProvinceReportService reports, Messages messages,
            TaskExecutor executor, Clock clock) {
        this.answers = answers;
        this.reports = reports;
        this.messages = messages;
        this.executor = executor;
        this.clock = clock;
        String everything = messages.get("provinceanswer.filter.all");
        communes.add(new Choice<>(null, everything));
        authorities.setAll(ChoiceBoxes.allThen(everything, Authority.values(), messages));
        statuses.add(new Choice<>(null, everything));
        for (OpinionStatus s : OpinionStatus.values()) {
            if (s != OpinionStatus.PENDING) {
                statuses.add(new Choice<>(s, messages.label(s)));
            }
        }
        results.add(new Choice<>(null, messages.get("provinceanswer.result.none")));
        for (AnswerResult r : AnswerResult.values()) {
            results.add(new Choice<>(r, messages.label(r)));
        }
        commune.set(communes.get(0));
        authority.set(authorities.get(0));
        status.set(statuses.get(0));
        result.set(results.get(0));
        emptyText.set(messages.get("provinceanswer.empty.noSet"));
        query.addListener((obs, old, now) -> filter());
        for (ObjectProperty<?> f : List.of(commune, authority, status)) {
            f.addListener((obs, old, now) -> {
                if (!updatingChoices) {
                    filter();
                }
            });
        }
        overdueOnly.addListener((obs, old, now) -> filter());
        fillForm(null);
        set.addListener((obs, old, now) -> {
            if (!updatingChoices && now != null && (old == null || !Objects.equals(old.value(), now.value()))) {
                load(false);
            }
        });
    }

    /** Reads the sets of rounds and the chosen set's issues again (when the screen is shown). */
    public void refresh() {
        load(true);
    }

    private void load(boolean withSets) {
        int number = ++loadNumber;
        loading.set(true);
        if (!withSets) {
            // Another set chosen: its issues are not those shown, so the list says it is loading meanwhile.
            all = List.of();
            issues.clear();
            select(null);
        }
        statusText.set(messages.get("provinceanswer.loading"));
        String wanted = ChoiceBoxes.valueOf(set);
        List<ProvinceRoundSet> known = loadedSets;
        executor.execute(BackgroundTask.of(() -> {
            List<ProvinceRoundSet> found = withSets ? reports.roundSets() : known;
            ProvinceRoundSet chosen = found.stream().filter(s -> key(s).equals(wanted)).findFirst()
                    .orElse(found.isEmpty() ? null : found.get(0));
            return new Loaded(found, chosen, chosen == null ? List.of() : answers.issues(chosen));
        }).onSuccess(loaded -> {
            if (number != loadNumber) {
                return;
            }
            show(loaded);
        }).onFailure(failure -> {
            if (number == loadNumber) {
                loading.set(false);
                statusText.set("");
            }
            throw new IllegalStateException(failure);
        }));
    }

    /** What one load reads. */
    private record Loaded(List<ProvinceRoundSet> sets, ProvinceRoundSet chosen, List<ProvinceAnswerIssue> issues) {
    }

    private void show(Loaded loaded) {
        loadedSets = loaded.sets();
        all = loaded.issues();
        updatingChoices = true;
        try {
            sets.setAll(loaded.sets().stream().map(s -> new Choice<>(key(s), s.label())).toList());
            set.set(loaded.chosen() == null ? null : sets.stream()
                    .filter(c -> c.value().equals(key(loaded.chosen()))).findFirst().orElse(null));
            TreeMap<String, String> names = new TreeMap<>(VietText.ORDER);
            all.forEach(i -> i.opinions().forEach(o -> names.put(o.communeName(), o.communeCode())));
            ChoiceBoxes.replaceKeeping(communes, commune, names.entrySet().stream()
                    .map(e -> new Choice<>(e.getValue(), e.getKey())).toList());
        } finally {
            updatingChoices = false;
        }
        loading.set(false);
        emptyText.set(messages.get(loaded.sets().isEmpty() ? "provinceanswer.empty.noSet"
                : all.isEmpty() ? "provinceanswer.empty.none" : "provinceanswer.empty.filtered"));
        filter();
        long overdue = all.stream().filter(i -> i.overdueOn(today())).count();
        statusText.set(loaded.chosen() == null ? messages.get("provinceanswer.loaded.none")
                : messages.get("provinceanswer.loaded", all.size(), communes.size() - 1, overdue));
    }

    /** Shows the loaded issues that pass the filters; the chosen one stays chosen when it is still shown. */
    public void filter() {
        String code = ChoiceBoxes.valueOf(commune);
        Authority a = ChoiceBoxes.valueOf(authority);
        OpinionStatus s = ChoiceBoxes.valueOf(status);
        LocalDate today = today();
        List<ProvinceAnswerIssue> shown = new ArrayList<>();
        for (ProvinceAnswerIssue issue : all) {
            if ((code == null || issue.communeCodes().contains(code)) && (a == null || a == issue.authority())
                    && (s == null || s == issue.answer().status()) && (!overdueOnly.get() || issue.overdueOn(today))
                    && VietText.matches(searchable(issue), query.get())) {
                shown.add(issue);
            }
        }
        ProvinceAnswerIssue chosen = selected.get();
        issues.setAll(shown);
        summary.set(messages.get("provinceanswer.summary", shown.size(), all.size()));
        if (chosen != null) {
            select(shown.stream().filter(i -> i.key().equals(chosen.key())).findFirst().orElse(null));
        }
    }

    private static String searchable(ProvinceAnswerIssue issue) {
        return issue.content() + " " + String.join(" ", issue.communeNames()) + " " + String.join(" ", issue.hamlets())
                + " " + issue.opinions().stream().map(ProvinceAnswerIssue.Opinion::code).reduce("", (x, y) -> x + " " + y)
                + " " + Optional.ofNullable(issue.answer().forwardAgency()).orElse("") + " "
                + Optional.ofNullable(issue.answer().answerAgency()).orElse("");
    }

    /** Chooses an issue (null: none): its follow-up fills the form, an earlier message is cleared. */
    public void select(ProvinceAnswerIssue issue) {
        if (Objects.equals(issue, selected.get())) {
            return;
        }
        boolean other = issue == null || selected.get() == null || !issue.key().equals(selected.get().key());
        selected.set(issue);
        if (other) {
            error.set("");
        }
        fillForm(issue);
    }

    private void fillForm(ProvinceAnswerIssue issue) {
        ProvinceAnswer a = issue == null ? ProvinceAnswer.NONE : issue.answer();
        forwardAgency.set(text(a.forwardAgency()));
        forwardLetterNo.set(text(a.forwardLetterNo()));
        forwardDate.set(DateText.format(a.forwardDate()));
        answerAgency.set(text(a.answerAgency() != null ? a.answerAgency() : a.forwardAgency()));
        answerLetterNo.set(text(a.answerLetterNo()));
        answerDate.set(DateText.format(a.answerDate()));
        answerText.set(text(a.answerText()));
        result.set(results.stream().filter(c -> c.value() == a.result()).findFirst().orElse(results.get(0)));
        redirectedTo.set(text(a.redirectedTo()));
        if (issue == null) {
            detailTitle.set(messages.get("provinceanswer.detail.none"));
            detailPlaces.set("");
            detailState.set("");
            return;
        }
        detailTitle.set(issue.content());
        detailPlaces.set(messages.get("provinceanswer.detail.places", messages.label(issue.kind()), issue.code(),
                placesText(issue), authorityText(issue)));
        detailState.set(stateText(issue));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** "xã Tân Phúc (Thôn 1, Thôn 2); xã Hòa Lạc (Xóm Bến)": each commune with its hamlets. */
    public String placesText(ProvinceAnswerIssue issue) {
        List<String> parts = new ArrayList<>();
        for (String name : issue.communeNames()) {
            List<String> hamlets = issue.opinions().stream().filter(o -> o.communeName().equals(name))
                    .map(ProvinceAnswerIssue.Opinion::hamletName).filter(Objects::nonNull).distinct().toList();
            parts.add(hamlets.isEmpty() ? name : name + " (" + String.join(", ", hamlets) + ")");
        }
        return String.join("; ", parts);
    }

    /** The authority as the user reads it ("Tỉnh"; the named body for "other"). */
    public String authorityText(ProvinceAnswerIssue issue) {
        if (issue.authority() == null) {
            return "";
        }
        return issue.authority() == Authority.OTHER && issue.authorityBody() != null ? issue.authorityBody()
                : messages.label(issue.authority());
    }

    public String statusText(ProvinceAnswerIssue issue) {
        return messages.label(issue.answer().status());
    }

    /** The due date, and "quá hạn" when it passed without an answer. */
    public String dueText(ProvinceAnswerIssue issue) {
        LocalDate due = issue.answer().dueDate();
        if (due == null) {
            return "";
        }
        return issue.overdueOn(today()) ? messages.get("provinceanswer.due.overdue", DateText.format(due))
                : DateText.format(due);
    }

    public boolean overdue(ProvinceAnswerIssue issue) {
        return issue.overdueOn(today());
    }

    private String stateText(ProvinceAnswerIssue issue) {
        ProvinceAnswer a = issue.answer();
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("provinceanswer.state.status", messages.label(a.status())));
        if (a.forwarded()) {
            lines.add(messages.get("provinceanswer.state.forwarded", a.forwardAgency(), letter(a.forwardLetterNo()),
                    DateText.format(a.forwardDate()), DateText.format(a.dueDate())));
        }
        if (a.overdueOn(today())) {
            lines.add(messages.get("provinceanswer.state.overdue", DateText.format(a.dueDate())));
        }
        if (a.answered()) {
            lines.add(messages.get("provinceanswer.state.answered", a.answerAgency(), letter(a.answerLetterNo()),
                    DateText.format(a.answerDate())));
        }
        if (a.redirectedTo() != null) {
            lines.add(messages.get("provinceanswer.state.redirected", a.redirectedTo()));
        }
        return String.join("\n", lines);
    }

    private String letter(String number) {
        return number == null ? "" : messages.get("provinceanswer.state.letter", number);
    }

    // ------------------------------------------------------------------------------------------------- changes

    /** Records the forwarding typed in the form. */
    public void forward() {
        ProvinceAnswerIssue issue = selected.get();
        Optional<LocalDate> date = date(forwardDate.get());
        if (issue == null || date.isEmpty() && !forwardDate.get().isBlank()) {
            return;
        }
        Forwarding forwarding = new Forwarding(forwardAgency.get(), forwardLetterNo.get(), date.orElse(null));
        save(issue, () -> answers.forward(issue, forwarding), "provinceanswer.saved.forward");
    }

    /** The agency is working on it. */
    public void startWork() {
        ProvinceAnswerIssue issue = selected.get();
        if (issue != null) {
            save(issue, () -> answers.startWork(issue), "provinceanswer.saved.start");
        }
    }

    /** Records the answer typed or pasted in the form. */
    public void answer() {
        ProvinceAnswerIssue issue = selected.get();
        Optional<LocalDate> date = date(answerDate.get());
        if (issue == null || date.isEmpty() && !answerDate.get().isBlank()) {
            return;
        }
        Answer answer = new Answer(answerAgency.get(), answerLetterNo.get(), date.orElse(null), answerText.get(),
                ChoiceBoxes.valueOf(result));
        save(issue, () -> answers.answer(issue, answer), "provinceanswer.saved.answer");
    }

    /** Records that the issue is not for these authorities, and where it was redirected. */
    public void notCompetent() {
        ProvinceAnswerIssue issue = selected.get();
        if (issue != null) {
            String where = redirectedTo.get();
            save(issue, () -> answers.notCompetent(issue, where), "provinceanswer.saved.redirect");
        }
    }

    /** Undoes the answer or the redirection. */
    public void reopen() {
        ProvinceAnswerIssue issue = selected.get();
        if (issue != null) {
            save(issue, () -> answers.reopen(issue), "provinceanswer.saved.reopen");
        }
    }

    /** A typed date: empty for a blank field; a wrong date sets the message and gives empty. */
    private Optional<LocalDate> date(String typed) {
        String problem = DateText.error(typed, false, DateText.Near.day(today()), messages);
        if (problem != null) {
            error.set(problem);
            return Optional.empty();
        }
        return DateText.parse(typed, DateText.Near.day(today()));
    }

    private void save(ProvinceAnswerIssue issue, java.util.concurrent.Callable<ProvinceAnswerIssue> change,
            String doneKey) {
        if (working.get()) {
            return;
        }
        working.set(true);
        error.set("");
        executor.execute(BackgroundTask.of(change).onSuccess(changed -> {
            working.set(false);
            replace(changed);
            statusText.set(messages.get(doneKey, issue.code()));
        }).onFailure(failure -> {
            working.set(false);
            UserException user = UserException.find(failure);
            if (user == null) {
                throw new IllegalStateException(failure);
            }
            error.set(messages.of(user));
            if ("answer.changedElsewhere".equals(user.key())) {
                showNewer(issue);
            }
        }));
    }

    /** After another user's change: reads the issue again and shows it (the message stays). */
    private void showNewer(ProvinceAnswerIssue issue) {
        executor.execute(BackgroundTask.of(() -> answers.reload(issue)).onSuccess(found -> found.ifPresent(this::replace))
                .onFailure(failure -> {
                    throw new IllegalStateException(failure);
                }));
    }

    /** Puts a changed issue in place of the one with its key, in the loaded and the shown lists, and chooses it. */
    private void replace(ProvinceAnswerIssue changed) {
        Function<List<ProvinceAnswerIssue>, List<ProvinceAnswerIssue>> swap = list -> list.stream()
                .map(i -> i.key().equals(changed.key()) ? changed : i).toList();
        if (selected.get() != null && selected.get().key().equals(changed.key())) {
            selected.set(changed);
            fillForm(changed);
        }
        all = swap.apply(all);
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).key().equals(changed.key())) {
                issues.set(i, changed);
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String key(ProvinceRoundSet s) {
        return s.name() + "|" + s.sessionDate();
    }

    // ---------------------------------------------------------------------------------------------- properties

    public ObservableList<Choice<String>> sets() {
        return sets;
    }

    public ObjectProperty<Choice<String>> setProperty() {
        return set;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Choice<String>> communes() {
        return communes;
    }

    public ObjectProperty<Choice<String>> communeProperty() {
        return commune;
    }

    public ObservableList<Choice<Authority>> authorities() {
        return authorities;
    }

    public ObjectProperty<Choice<Authority>> authorityProperty() {
        return authority;
    }

    public ObservableList<Choice<OpinionStatus>> statuses() {
        return statuses;
    }

    public ObjectProperty<Choice<OpinionStatus>> statusProperty() {
        return status;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public ObservableList<ProvinceAnswerIssue> issues() {
        return issues;
    }

    public ReadOnlyObjectProperty<ProvinceAnswerIssue> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailTitleProperty() {
        return detailTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailPlacesProperty() {
        return detailPlaces.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailStateProperty() {
        return detailState.getReadOnlyProperty();
    }

    public StringProperty forwardAgencyProperty() {
        return forwardAgency;
    }

    public StringProperty forwardLetterNoProperty() {
        return forwardLetterNo;
    }

    public StringProperty forwardDateProperty() {
        return forwardDate;
    }

    public StringProperty answerAgencyProperty() {
        return answerAgency;
    }

    public StringProperty answerLetterNoProperty() {
        return answerLetterNo;
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

    public ObjectProperty<Choice<AnswerResult>> resultProperty() {
        return result;
    }

    public StringProperty redirectedToProperty() {
        return redirectedTo;
    }
}
