package org.cutri.round;

import java.time.LocalDate;
import java.util.ArrayList;
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
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.VietText;
import org.cutri.common.text.DateText;
import org.cutri.common.ui.ListEditorViewModel;
import org.cutri.commune.CommuneProfile;
import org.cutri.commune.CommuneService;
import org.cutri.council.CouncilService;
import org.cutri.council.CouncilTerm;
import org.cutri.numbering.DocumentNumberService;

/**
 * The contact rounds (đợt tiếp xúc cử tri), newest first, and the round form. Choosing the session
 * proposes the round's name and the session date until the user types their own. Dates are kept as
 * typed (dd/MM/yyyy) so a wrong one is explained, not dropped.
 */
public class RoundViewModel extends ListEditorViewModel<ContactRound> {

    private final RoundService rounds;
    private final CouncilService councils;
    private final CommuneService commune;

    private final ObservableList<SessionChoice> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<SessionChoice> session = new SimpleObjectProperty<>();
    private final ObjectProperty<RoundKind> kind = new SimpleObjectProperty<>(RoundKind.BEFORE_SESSION);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty deploymentDate = new SimpleStringProperty("");
    private final StringProperty deploymentVenue = new SimpleStringProperty("");
    private final StringProperty startDate = new SimpleStringProperty("");
    private final StringProperty endDate = new SimpleStringProperty("");
    private final StringProperty handinDeadline = new SimpleStringProperty("");
    private final StringProperty compilationDate = new SimpleStringProperty("");
    private final StringProperty sessionDate = new SimpleStringProperty("");
    private final StringProperty planDate = new SimpleStringProperty("");
    private final StringProperty symbol = new SimpleStringProperty(CommuneProfile.USUAL_SYMBOL_CODE);

    private final StringBinding nameError;
    private final StringBinding kindError;
    private final StringBinding deploymentError;
    private final StringBinding startError;
    private final StringBinding endError;
    private final StringBinding handinError;
    private final StringBinding compilationError;
    private final StringBinding sessionDateError;
    private final StringBinding planDateError;
    private final StringBinding dateProblem;
    private final StringBinding planNumberText;
    private final BooleanBinding valid;
    private final ObjectBinding<DateText.Near> near;

    private boolean filling;
    private String proposedName = "";
    private String proposedSessionDate = "";

    public RoundViewModel(RoundService rounds, CouncilService councils, CommuneService commune, Messages messages,
            TaskExecutor executor) {
        super(messages, executor, ContactRound::id);
        this.rounds = rounds;
        this.councils = councils;
        this.commune = commune;
        near = Bindings.createObjectBinding(this::context, session, startDate, selectedProperty());
        nameError = rule(() -> name.get() == null || name.get().isBlank() ? messages.get("round.name.required")
                : VietText.clean(name.get()).length() > RoundService.TEXT_MAX
                ? messages.get("common.tooLong", RoundService.TEXT_MAX) : null, name);
        kindError = rule(() -> kind.get() == null ? messages.get("round.kind.required") : null, kind);
        startError = rule(() -> DateText.error(startDate.get(), true, near.get(), messages), startDate, near);
        endError = rule(() -> firstNonNull(DateText.error(endDate.get(), true, near.get(), messages),
                order(startDate, endDate, false, "round.form.endBeforeStart")), startDate, endDate, near);
        deploymentError = rule(() -> firstNonNull(
                DateText.error(deploymentDate.get(), false, near.get(), messages),
                order(deploymentDate, startDate, false, "round.form.deploymentAfterStart")), deploymentDate, startDate,
                near);
        handinError = rule(() -> firstNonNull(
                DateText.error(handinDeadline.get(), false, near.get(), messages),
                order(endDate, handinDeadline, false, "round.form.handinBeforeEnd")), endDate, handinDeadline, near);
        compilationError = rule(() -> firstNonNull(
                DateText.error(compilationDate.get(), false, near.get(), messages),
                order(handinDeadline, compilationDate, false, "round.form.compilationBeforeHandin"),
                order(endDate, compilationDate, false, "round.form.compilationBeforeEnd")),
                handinDeadline, compilationDate, endDate, near);
        sessionDateError = rule(this::validateSessionDate, sessionDate, startDate, endDate, kind, near);
        planDateError = rule(() -> DateText.error(planDate.get(), false, near.get(), messages), planDate, near);
        List<StringBinding> dateErrors = List.of(deploymentError, startError, endError, handinError, compilationError,
                sessionDateError, planDateError);
        List<StringProperty> dateTexts = List.of(deploymentDate, startDate, endDate, handinDeadline, compilationDate,
                sessionDate, planDate);
        dateProblem = Bindings.createStringBinding(() -> {
            for (int i = 0; i < dateErrors.size(); i++) {
                String text = dateTexts.get(i).get();
                if (text != null && !text.isBlank() && dateErrors.get(i).get() != null) {
                    return dateErrors.get(i).get();
                }
            }
            return null;
        }, concat(dateErrors, dateTexts));
        valid = Bindings.createBooleanBinding(() -> nameError.get() == null && kindError.get() == null
                && dateErrors.stream().allMatch(e -> e.get() == null),
                concat(List.of(nameError, kindError), dateErrors));
        planNumberText = Bindings.createStringBinding(() -> {
            ContactRound current = selectedProperty().get();
            if (current == null || current.planNumber() == null) {
                return messages.get("round.planNumber.none");
            }
            return "Số: " + DocumentNumberService.format(current.planNumber(), "KH", symbol.get());
        }, selectedProperty(), symbol);
        session.addListener((obs, old, now) -> propose());
        kind.addListener((obs, old, now) -> propose());
    }

    private static ObservableValue<?>[] concat(List<? extends ObservableValue<?>> a, List<? extends ObservableValue<?>> b) {
        List<ObservableValue<?>> all = new ArrayList<>(a);
        all.addAll(b);
        return all.toArray(ObservableValue<?>[]::new);
    }

    private static String firstNonNull(String... values) {
        return Arrays.stream(values).filter(v -> v != null).findFirst().orElse(null);
    }

    /** The message when both dates are given and {@code later} is before {@code earlier}. */
    private String order(StringProperty earlier, StringProperty later, boolean strict, String key) {
        Optional<LocalDate> first = DateText.parse(earlier.get(), near.get());
        Optional<LocalDate> second = DateText.parse(later.get(), near.get());
        if (first.isEmpty() || second.isEmpty()) {
            return null;
        }
        boolean wrong = strict ? !second.get().isAfter(first.get()) : second.get().isBefore(first.get());
        return wrong ? messages.get(key, DateText.format(first.get()), DateText.format(second.get())) : null;
    }

    private String validateSessionDate() {
        String error = DateText.error(sessionDate.get(), false, near.get(), messages);
        if (error != null) {
            return error;
        }
        if (kind.get() == RoundKind.BEFORE_SESSION) {
            return order(endDate, sessionDate, true, "round.form.sessionNotAfterMeetings");
        }
        if (kind.get() == RoundKind.AFTER_SESSION) {
            return order(sessionDate, startDate, true, "round.form.sessionNotBeforeMeetings");
        }
        return null;
    }

    /** Proposes the name and the session date from the chosen session, unless the user typed their own. */
    private void propose() {
        if (filling) {
            return;
        }
        SessionChoice chosen = session.get();
        if (chosen == null) {
            return;
        }
        String newName = chosen.proposedName(kind.get());
        if (name.get() == null || name.get().isBlank() || name.get().equals(proposedName)) {
            name.set(newName);
        }
        proposedName = newName;
        String newDate = DateText.format(chosen.session().startDate());
        if (sessionDate.get() == null || sessionDate.get().isBlank() || sessionDate.get().equals(proposedSessionDate)) {
            sessionDate.set(newDate);
        }
        proposedSessionDate = newDate;
    }

    /** Loads the sessions to choose from and the office's symbol, then the rounds. */
    @Override
    public void refresh() {
        executor.execute(BackgroundTask.of(this::loadChoices).onSuccess(choices -> {
            SessionChoice current = session.get();
            filling = true;
            sessions.setAll(choices.sessions());
            session.set(current == null ? null : choices.sessions().stream()
                    .filter(c -> c.session().id() == current.session().id()).findFirst().orElse(null));
            filling = false;
            symbol.set(choices.symbol());
        }).onFailure(this::fail));
        super.refresh();
    }

    private record Choices(List<SessionChoice> sessions, String symbol) {
    }

    private Choices loadChoices() {
        List<SessionChoice> choices = new ArrayList<>();
        List<CouncilTerm> terms = new ArrayList<>(councils.terms());
        terms.sort((a, b) -> Integer.compare(b.startYear(), a.startYear()));
        for (CouncilTerm term : terms) {
            councils.sessions(term.id()).stream()
                    .sorted((a, b) -> b.startDate().compareTo(a.startDate()))
                    .forEach(s -> choices.add(new SessionChoice(s, term.label())));
        }
        String code = commune.profile().map(CommuneProfile::symbolCode).orElse(CommuneProfile.USUAL_SYMBOL_CODE);
        return new Choices(choices, code);
    }

    @Override
    protected List<ContactRound> loadAll() {
        return rounds.list();
    }

    @Override
    protected String searchText(ContactRound item) {
        return item.name() + " " + messages.label(item.kind()) + " " + DateText.format(item.startDate()) + " "
                + DateText.format(item.endDate());
    }

    @Override
    protected void loadForm(ContactRound item) {
        filling = true;
        try {
            session.set(item.sessionId() == null ? null : sessions.stream()
                    .filter(c -> c.session().id() == item.sessionId()).findFirst().orElse(null));
            kind.set(item.kind());
            name.set(item.name());
            deploymentDate.set(DateText.format(item.deploymentDate()));
            deploymentVenue.set(item.deploymentVenue() == null ? "" : item.deploymentVenue());
            startDate.set(DateText.format(item.startDate()));
            endDate.set(DateText.format(item.endDate()));
            handinDeadline.set(DateText.format(item.handinDeadline()));
            compilationDate.set(DateText.format(item.compilationDate()));
            sessionDate.set(DateText.format(item.sessionDate()));
            planDate.set(DateText.format(item.planDate()));
            proposedName = session.get() == null ? "" : session.get().proposedName(item.kind());
            proposedSessionDate = session.get() == null ? "" : DateText.format(session.get().session().startDate());
        } finally {
            filling = false;
        }
    }

    @Override
    protected void clearForm() {
        filling = true;
        try {
            session.set(null);
            kind.set(RoundKind.BEFORE_SESSION);
            name.set("");
            deploymentDate.set("");
            deploymentVenue.set("");
            startDate.set("");
            endDate.set("");
            handinDeadline.set("");
            compilationDate.set("");
            sessionDate.set("");
            planDate.set("");
            proposedName = "";
            proposedSessionDate = "";
        } finally {
            filling = false;
        }
    }

    @Override
    protected BooleanBinding formValid() {
        return valid;
    }

    @Override
    protected Callable<ContactRound> storing(ContactRound editing) {
        RoundDraft draft = new RoundDraft(session.get() == null ? null : session.get().session().id(), kind.get(),
                name.get(), date(deploymentDate), deploymentVenue.get(), date(startDate), date(endDate),
                date(handinDeadline), date(compilationDate), date(sessionDate), date(planDate));
        return () -> editing == null ? rounds.create(draft) : rounds.update(editing.id(), draft);
    }

    private LocalDate date(StringProperty text) {
        return DateText.parse(text.get(), near.get()).orElse(null);
    }

    /**
     * Where a date typed without its year lies: near the session the round serves (rounds run in the
     * weeks around it), else near the round's first meeting day, else near its stored dates. With none
     * of these a date needs its year.
     */
    private DateText.Near context() {
        SessionChoice chosen = session.get();
        if (chosen != null) {
            return DateText.Near.span(chosen.session().startDate(), chosen.session().endDate());
        }
        Optional<LocalDate> start = DateText.parse(startDate.get());
        if (start.isPresent()) {
            return DateText.Near.day(start.get());
        }
        ContactRound current = selectedProperty().get();
        return current == null ? null : DateText.Near.span(current.startDate(), current.endDate());
    }

    @Override
    protected Optional<UserException> deleteRefusal(ContactRound item) {
        return rounds.deleteRefusal(item.id());
    }

    @Override
    protected void remove(ContactRound item) {
        rounds.delete(item.id());
    }

    @Override
    protected String describe(ContactRound item) {
        return item.name();
    }

    /** Puts a round read again (e.g. after its plan was numbered) in place of the old one. */
    public void replace(ContactRound round) {
        for (int i = 0; i < items().size(); i++) {
            if (items().get(i).id() == round.id()) {
                boolean wasSelected = selectedProperty().get() == items().get(i);
                items().set(i, round);
                if (wasSelected) {
                    selectedProperty().set(round);
                }
                return;
            }
        }
    }

    public String kindLabel(RoundKind value) {
        return messages.label(value);
    }

    public static List<RoundKind> kinds() {
        return Arrays.asList(RoundKind.values());
    }

    public ObservableList<SessionChoice> sessions() {
        return sessions;
    }

    public ObjectProperty<SessionChoice> sessionProperty() {
        return session;
    }

    public ObjectProperty<RoundKind> kindProperty() {
        return kind;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty deploymentDateProperty() {
        return deploymentDate;
    }

    public StringProperty deploymentVenueProperty() {
        return deploymentVenue;
    }

    public StringProperty startDateProperty() {
        return startDate;
    }

    public StringProperty endDateProperty() {
        return endDate;
    }

    public StringProperty handinDeadlineProperty() {
        return handinDeadline;
    }

    public StringProperty compilationDateProperty() {
        return compilationDate;
    }

    public StringProperty sessionDateProperty() {
        return sessionDate;
    }

    public StringProperty planDateProperty() {
        return planDate;
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public StringBinding kindErrorProperty() {
        return kindError;
    }

    public StringBinding deploymentErrorProperty() {
        return deploymentError;
    }

    public StringBinding startErrorProperty() {
        return startError;
    }

    public StringBinding endErrorProperty() {
        return endError;
    }

    public StringBinding handinErrorProperty() {
        return handinError;
    }

    public StringBinding compilationErrorProperty() {
        return compilationError;
    }

    public StringBinding sessionDateErrorProperty() {
        return sessionDateError;
    }

    public StringBinding planDateErrorProperty() {
        return planDateError;
    }

    /** Where a date of the round typed without its year lies (for the date pickers). */
    public ObjectBinding<DateText.Near> nearProperty() {
        return near;
    }

    /** The first problem with a date the user typed (empty required dates are only marked on the field). */
    public StringBinding dateProblemProperty() {
        return dateProblem;
    }

    /** "Số: 01/KH-MTTQ-BTT", or a note that the number comes with the first print. */
    public StringBinding planNumberTextProperty() {
        return planNumberText;
    }
}
