package org.cutri.council;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.DateText;
import org.cutri.common.ui.ListEditorViewModel;

/**
 * The sessions (kỳ họp) of the chosen term and their form. Dates are kept as typed (dd/MM/yyyy) so a
 * wrong one is explained, not dropped.
 */
public class SessionViewModel extends ListEditorViewModel<CouncilSession> {

    private final CouncilService councils;

    private final ObjectProperty<CouncilTerm> term = new SimpleObjectProperty<>();
    private final ObjectProperty<CouncilLevel> level = new SimpleObjectProperty<>(CouncilLevel.COMMUNE);
    private final ObservableList<CouncilLevel> levels = FXCollections.observableArrayList(CouncilLevel.choices());
    private final StringProperty course = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final ObjectProperty<SessionKind> kind = new SimpleObjectProperty<>(SessionKind.REGULAR);
    private final StringProperty startDate = new SimpleStringProperty("");
    private final StringProperty endDate = new SimpleStringProperty("");

    private final StringBinding termError;
    private final StringBinding levelError;
    private final StringBinding courseError;
    private final StringBinding numberError;
    private final StringBinding kindError;
    private final StringBinding startDateError;
    private final StringBinding endDateError;
    private final BooleanBinding valid;
    private final StringBinding dateProblem;
    private final ObjectBinding<DateText.Near> startNear;
    private final ObjectBinding<DateText.Near> endNear;

    /** The term whose sessions are loaded; read by the background loader. */
    private volatile Integer termId;
    private String proposedNumber = "";
    private String proposedCourse = "";

    public SessionViewModel(CouncilService councils, Messages messages, TaskExecutor executor) {
        super(messages, executor, CouncilSession::id);
        this.councils = councils;
        termError = rule(() -> term.get() == null ? messages.get("council.session.term.required") : null, term);
        levelError = formRule(this::validateLevel, level, selectedProperty());
        courseError = formRule(() -> {
            String cleaned = CouncilService.cleanCourse(course.get());
            return cleaned != null && cleaned.length() > CouncilService.COURSE_MAX
                    ? messages.get("common.tooLong", CouncilService.COURSE_MAX) : null;
        }, course);
        numberError = formRule(this::validateNumber, number, level, selectedProperty(), items());
        kindError = formRule(() -> kind.get() == null ? messages.get("council.session.kind.required") : null, kind);
        startNear = Bindings.createObjectBinding(this::startContext, term, endDate, items(), selectedProperty());
        endNear = Bindings.createObjectBinding(this::endContext, term, startDate, items(), selectedProperty());
        startDateError = formRule(() -> validateDate(startDate.get(), startNear.get()), startDate, startNear);
        endDateError = formRule(this::validateEnd, startDate, endDate, startNear, endNear);
        valid = Bindings.createBooleanBinding(() -> termError.get() == null && levelError.get() == null
                && courseError.get() == null && numberError.get() == null && kindError.get() == null
                && startDateError.get() == null && endDateError.get() == null,
                termError, levelError, courseError, numberError, kindError, startDateError, endDateError);
        // A new row follows the list: the next free number and the latest course of the chosen body,
        // until the user types something else.
        items().addListener((javafx.collections.ListChangeListener<CouncilSession>) change -> proposeForNewRow());
        level.addListener((obs, old, now) -> proposeForNewRow());
        dateProblem = Bindings.createStringBinding(() -> {
            if (startDate.get() != null && !startDate.get().isBlank() && startDateError.get() != null) {
                return startDateError.get();
            }
            return endDate.get() != null && !endDate.get().isBlank() && endDateError.get() != null ? endDateError.get() : null;
        }, startDate, endDate, startDateError, endDateError);
        term.addListener((obs, old, now) -> {
            termId = now == null ? null : now.id();
            if (old == null || now == null || old.id() != now.id()) {
                // The sessions of the other term must not stand for this term's while these load.
                clearForReload();
                clearForm();
                refresh();
            }
        });
    }

    /**
     * A rule of the session form, silent while no term is chosen: the form is closed then, and what to do
     * is said once, in the list ("choose a term").
     */
    private StringBinding formRule(java.util.concurrent.Callable<String> check, javafx.beans.Observable... dependencies) {
        javafx.beans.Observable[] all = java.util.Arrays.copyOf(dependencies, dependencies.length + 1);
        all[dependencies.length] = term;
        return rule(() -> term.get() == null ? null : check.call(), all);
    }

    private String validateLevel() {
        CouncilLevel chosen = level.get();
        if (chosen == null) {
            return messages.get("council.session.level.required");
        }
        CouncilSession editing = selectedProperty().get();
        if (!chosen.current() && (editing == null || editing.level() != chosen)) {
            return messages.get("council.session.level.legacy", chosen);
        }
        return null;
    }

    private String validateNumber() {
        String typed = number.get() == null ? "" : number.get().strip();
        if (typed.isEmpty()) {
            return messages.get("council.session.number.required");
        }
        Optional<Integer> value = number(typed);
        if (value.isEmpty()) {
            return messages.get("council.session.number.invalid", typed);
        }
        CouncilSession editing = selectedProperty().get();
        CouncilTerm current = term.get();
        boolean duplicate = items().stream().anyMatch(s -> (editing == null || s.id() != editing.id())
                && s.level() == level.get() && s.number() == value.get());
        return duplicate && current != null && level.get() != null
                ? messages.get("council.session.number.duplicate", typed, level.get(), current.label())
                : null;
    }

    /**
     * A date typed without its year lies near the other date of the session, else near the term's latest
     * other session (sessions follow each other), else in the term's first year.
     */
    private DateText.Near startContext() {
        return context(endDate.get());
    }

    private DateText.Near endContext() {
        return context(startDate.get());
    }

    private DateText.Near context(String otherDate) {
        CouncilTerm current = term.get();
        if (current == null) {
            return null;
        }
        DateText.Near termYears = DateText.Near.years(current.startYear(), current.endYear());
        Optional<LocalDate> other = DateText.parse(otherDate, termYears);
        if (other.isPresent()) {
            return DateText.Near.day(other.get());
        }
        CouncilSession editing = selectedProperty().get();
        return items().stream().filter(s -> editing == null || s.id() != editing.id())
                .map(CouncilSession::startDate).max(LocalDate::compareTo)
                .map(DateText.Near::day).orElse(termYears);
    }

    private String validateDate(String text, DateText.Near near) {
        String error = DateText.error(text, true, near, messages);
        if (error != null) {
            return error;
        }
        LocalDate date = DateText.parse(text, near).orElseThrow();
        CouncilTerm current = term.get();
        if (current != null && !CouncilService.withinTerm(current, date)) {
            return messages.get("council.session.date.outsideTerm", DateText.format(date), current.label());
        }
        return null;
    }

    private String validateEnd() {
        String error = validateDate(endDate.get(), endNear.get());
        if (error != null) {
            return error;
        }
        Optional<LocalDate> start = DateText.parse(startDate.get(), startNear.get());
        Optional<LocalDate> end = DateText.parse(endDate.get(), endNear.get());
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            return messages.get("council.session.endDate.beforeStart");
        }
        return null;
    }

    static Optional<Integer> number(String text) {
        String typed = text == null ? "" : text.strip();
        if (!typed.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(typed);
        return value > 0 ? Optional.of(value) : Optional.empty();
    }

    @Override
    public void refresh() {
        if (term.get() == null) {
            clearItems();
            return;
        }
        super.refresh();
    }

    @Override
    protected List<CouncilSession> loadAll() {
        Integer id = termId;
        return id == null ? List.of() : councils.sessions(id);
    }

    @Override
    protected String searchText(CouncilSession item) {
        return messages.label(item.level()) + " " + (item.course() == null ? "" : "khóa " + item.course()) + " "
                + messages.get("council.session.describe.number", item.number()) + " "
                + messages.label(item.kind()) + " "
                + DateText.format(item.startDate()) + " " + DateText.format(item.endDate());
    }

    @Override
    protected void loadForm(CouncilSession item) {
        if (!levels.contains(item.level())) {
            levels.add(item.level());
        }
        levels.removeIf(l -> !l.current() && l != item.level());
        level.set(item.level());
        course.set(item.course() == null ? "" : item.course());
        number.set(String.valueOf(item.number()));
        kind.set(item.kind());
        startDate.set(DateText.format(item.startDate()));
        endDate.set(DateText.format(item.endDate()));
    }

    @Override
    protected void clearForm() {
        levels.removeIf(l -> !l.current());
        CouncilLevel previous = level.get();
        level.set(previous != null && previous.current() ? previous : CouncilLevel.COMMUNE);
        proposedCourse = defaultCourse(level.get());
        proposedNumber = nextNumber(level.get());
        course.set(proposedCourse);
        number.set(proposedNumber);
        kind.set(SessionKind.REGULAR);
        startDate.set("");
        endDate.set("");
    }

    private void proposeForNewRow() {
        if (selectedProperty().get() != null || level.get() == null) {
            return;
        }
        if (number.get().equals(proposedNumber)) {
            proposedNumber = nextNumber(level.get());
            number.set(proposedNumber);
        }
        if (course.get().equals(proposedCourse)) {
            proposedCourse = defaultCourse(level.get());
            course.set(proposedCourse);
        }
    }

    /** The course of the latest session of this body in the term, since a new one usually has the same. */
    private String defaultCourse(CouncilLevel body) {
        return items().stream().filter(s -> s.level() == body && s.course() != null)
                .max(java.util.Comparator.comparingInt(CouncilSession::number))
                .map(CouncilSession::course).orElse("");
    }

    /** The next free number for this body in the term ("1" for the first). */
    private String nextNumber(CouncilLevel body) {
        return String.valueOf(items().stream().filter(s -> s.level() == body)
                .mapToInt(CouncilSession::number).max().orElse(0) + 1);
    }

    @Override
    protected BooleanBinding formValid() {
        return valid;
    }

    @Override
    protected Callable<CouncilSession> storing(CouncilSession editing) {
        SessionDraft draft = new SessionDraft(termId, level.get(), course.get(), number(number.get()).orElse(null),
                kind.get(), DateText.parse(startDate.get(), startNear.get()).orElse(null),
                DateText.parse(endDate.get(), endNear.get()).orElse(null));
        return () -> editing == null ? councils.createSession(draft) : councils.updateSession(editing.id(), draft);
    }

    @Override
    protected Optional<UserException> deleteRefusal(CouncilSession item) {
        return councils.sessionDeleteRefusal(item.id());
    }

    @Override
    protected void remove(CouncilSession item) {
        councils.deleteSession(item.id());
    }

    @Override
    protected String describe(CouncilSession item) {
        return item.course() == null
                ? messages.get("council.session.describe.noCourse", String.valueOf(item.number()), item.level())
                : messages.get("council.session.describe", String.valueOf(item.number()), item.level(),
                        item.course());
    }

    /** The level's label for lists ("HĐND huyện (cũ)" for the legacy district level). */
    public String levelLabel(CouncilLevel value) {
        return value.current() ? messages.label(value) : messages.get("council.level.legacy", value);
    }

    public String kindLabel(SessionKind value) {
        return messages.label(value);
    }

    public static List<SessionKind> kinds() {
        return Arrays.asList(SessionKind.values());
    }

    public ObjectProperty<CouncilTerm> termProperty() {
        return term;
    }

    public ObservableList<CouncilLevel> levels() {
        return levels;
    }

    public ObjectProperty<CouncilLevel> levelProperty() {
        return level;
    }

    public StringProperty courseProperty() {
        return course;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public ObjectProperty<SessionKind> kindProperty() {
        return kind;
    }

    public StringProperty startDateProperty() {
        return startDate;
    }

    public StringProperty endDateProperty() {
        return endDate;
    }

    /** Where a start date typed without its year lies (for the date picker). */
    public ObjectBinding<DateText.Near> startNearProperty() {
        return startNear;
    }

    public ObjectBinding<DateText.Near> endNearProperty() {
        return endNear;
    }

    /** The problem with a date the user typed (empty dates are only marked on the field): null if none. */
    public StringBinding dateProblemProperty() {
        return dateProblem;
    }

    public StringBinding termErrorProperty() {
        return termError;
    }

    public StringBinding levelErrorProperty() {
        return levelError;
    }

    public StringBinding courseErrorProperty() {
        return courseError;
    }

    public StringBinding numberErrorProperty() {
        return numberError;
    }

    public StringBinding kindErrorProperty() {
        return kindError;
    }

    public StringBinding startDateErrorProperty() {
        return startDateError;
    }

    public StringBinding endDateErrorProperty() {
        return endDateError;
    }
}
