package org.cutri.deputy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.VietText;
import org.cutri.common.ui.ListEditorViewModel;
import org.cutri.constituency.Constituency;
import org.cutri.constituency.ConstituencyService;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilService;
import org.cutri.council.CouncilTerm;

/** The deputies screen: the list, its filter and the edit form. */
public class DeputyViewModel extends ListEditorViewModel<Deputy> {

    /** What the form offers besides the deputies themselves, read together. */
    private record Choices(List<CouncilTerm> terms, List<Constituency> constituencies) {
    }

    private final DeputyService deputies;
    private final ConstituencyService constituencyService;
    private final CouncilService councils;

    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<CouncilLevel> level = new SimpleObjectProperty<>(CouncilLevel.COMMUNE);
    private final ObjectProperty<CouncilTerm> term = new SimpleObjectProperty<>();
    private final ObjectProperty<Constituency> constituency = new SimpleObjectProperty<>();
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty deputyGroup = new SimpleStringProperty("");
    private final ObservableList<CouncilLevel> levels = FXCollections.observableArrayList(CouncilLevel.choices());
    private final ObservableList<CouncilTerm> terms = FXCollections.observableArrayList();
    private final ObservableList<Constituency> constituencies = FXCollections.observableArrayList();

    private final StringBinding nameError;
    private final StringBinding levelError;
    private final StringBinding termError;
    private final StringBinding positionError;
    private final StringBinding groupError;
    private final BooleanBinding valid;

    /** Every constituency of every term; the form offers those of the chosen level and term. */
    private List<Constituency> allConstituencies = List.of();
    /** Term labels by id, for the list (read on the FX thread and by the filter). */
    private volatile Map<Integer, CouncilTerm> termsById = Map.of();

    public DeputyViewModel(DeputyService deputies, ConstituencyService constituencyService, CouncilService councils,
            Messages messages, TaskExecutor executor) {
        super(messages, executor, Deputy::id);
        this.deputies = deputies;
        this.constituencyService = constituencyService;
        this.councils = councils;
        nameError = rule(() -> {
            String name = VietText.clean(fullName.get());
            if (name.isEmpty()) {
                return messages.get("deputy.name.missing");
            }
            return name.length() > DeputyService.NAME_MAX ? messages.get("common.tooLong", DeputyService.NAME_MAX) : null;
        }, fullName);
        levelError = rule(() -> level.get() == null ? messages.get("deputy.level.missing") : null, level);
        termError = rule(() -> term.get() == null ? messages.get("deputy.term.missing") : null, term);
        positionError = tooLong(position, DeputyService.POSITION_MAX);
        groupError = tooLong(deputyGroup, DeputyService.GROUP_MAX);
        valid = Bindings.createBooleanBinding(() -> nameError.get() == null && levelError.get() == null
                && termError.get() == null && positionError.get() == null && groupError.get() == null,
                nameError, levelError, termError, positionError, groupError);
        level.addListener((obs, old, now) -> updateConstituencies());
        term.addListener((obs, old, now) -> updateConstituencies());
    }

    private StringBinding tooLong(StringProperty text, int max) {
        return rule(() -> VietText.clean(text.get()).length() > max ? messages.get("common.tooLong", max) : null, text);
    }

    /** Reads the terms and constituencies, then the deputies. */
    @Override
    public void refresh() {
        executor.execute(BackgroundTask.of(() -> new Choices(councils.terms(), constituencyService.list()))
                .onSuccess(choices -> {
                    termsById = choices.terms().stream().collect(Collectors.toMap(CouncilTerm::id, Function.identity()));
                    allConstituencies = choices.constituencies();
                    CouncilTerm chosen = term.get();
                    terms.setAll(choices.terms());
                    if (chosen != null) {
                        term.set(termsById.get(chosen.id()));
                    } else if (selectedProperty().get() == null) {
                        term.set(choices.terms().isEmpty() ? null : choices.terms().get(0));
                    }
                    updateConstituencies();
                    super.refresh();
                })
                .onFailure(this::fail));
    }

    /** Offers the constituencies of the chosen level and term; drops a chosen one that no longer fits. */
    private void updateConstituencies() {
        CouncilLevel chosenLevel = level.get();
        CouncilTerm chosenTerm = term.get();
        List<Constituency> fitting = chosenLevel == null || chosenTerm == null ? List.of()
                : allConstituencies.stream()
                        .filter(c -> c.level() == chosenLevel && c.termId() == chosenTerm.id()).toList();
        Constituency chosen = constituency.get();
        constituencies.setAll(fitting);
        constituency.set(chosen == null ? null
                : fitting.stream().filter(c -> c.id() == chosen.id()).findFirst().orElse(null));
    }

    @Override
    protected List<Deputy> loadAll() {
        return deputies.list();
    }

    @Override
    protected String searchText(Deputy item) {
        return item.fullName() + " " + messages.label(item.level()) + " " + termLabel(item.termId()) + " "
                + nullToEmpty(item.position()) + " " + nullToEmpty(item.deputyGroup());
    }

    /** "2026–2031" for a term id. */
    public String termLabel(int termId) {
        CouncilTerm found = termsById.get(termId);
        return found == null ? "" : found.label();
    }

    @Override
    protected void loadForm(Deputy item) {
        setLevels(item.level());
        fullName.set(item.fullName());
        level.set(item.level());
        term.set(termsById.get(item.termId()));
        constituency.set(item.constituencyId() == null ? null
                : allConstituencies.stream().filter(c -> c.id() == item.constituencyId()).findFirst().orElse(null));
        updateConstituencies();
        position.set(nullToEmpty(item.position()));
        deputyGroup.set(nullToEmpty(item.deputyGroup()));
    }

    @Override
    protected void clearForm() {
        setLevels(CouncilLevel.COMMUNE);
        fullName.set("");
        level.set(CouncilLevel.COMMUNE);
        term.set(terms.isEmpty() ? null : terms.get(0));
        constituency.set(null);
        position.set("");
        deputyGroup.set("");
    }

    /** The current levels, plus the legacy district level when the deputy being edited has it. */
    private void setLevels(CouncilLevel shown) {
        List<CouncilLevel> wanted = Arrays.stream(CouncilLevel.values())
                .filter(l -> l.current() || l == shown).toList();
        if (!levels.equals(wanted)) {
            levels.setAll(wanted);
        }
    }

    @Override
    protected BooleanBinding formValid() {
        return valid;
    }

    @Override
    protected Callable<Deputy> storing(Deputy editing) {
        DeputyDraft draft = new DeputyDraft(fullName.get(), level.get(), term.get() == null ? null : term.get().id(),
                constituency.get() == null ? null : constituency.get().id(), position.get(), deputyGroup.get());
        return () -> editing == null ? deputies.create(draft) : deputies.update(editing.id(), draft);
    }

    @Override
    protected Optional<UserException> deleteRefusal(Deputy item) {
        return deputies.deleteRefusal(item.id());
    }

    @Override
    protected void remove(Deputy item) {
        deputies.delete(item.id());
    }

    @Override
    protected String describe(Deputy item) {
        return item.fullName();
    }

    /** Reloads so the new or renamed deputy takes its place in name order. */
    @Override
    protected void afterChange() {
        super.refresh();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public ObjectProperty<CouncilLevel> levelProperty() {
        return level;
    }

    public ObjectProperty<CouncilTerm> termProperty() {
        return term;
    }

    public ObjectProperty<Constituency> constituencyProperty() {
        return constituency;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public StringProperty deputyGroupProperty() {
        return deputyGroup;
    }

    public ObservableList<CouncilLevel> levels() {
        return levels;
    }

    public ObservableList<CouncilTerm> terms() {
        return terms;
    }

    /** The constituencies of the chosen level and term. */
    public ObservableList<Constituency> constituencies() {
        return constituencies;
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public StringBinding levelErrorProperty() {
        return levelError;
    }

    public StringBinding termErrorProperty() {
        return termError;
    }

    public StringBinding positionErrorProperty() {
        return positionError;
    }

    public StringBinding groupErrorProperty() {
        return groupError;
    }
}
