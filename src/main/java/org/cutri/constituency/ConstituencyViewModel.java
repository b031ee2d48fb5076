package org.cutri.constituency;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import javafx.beans.Observable;
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
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilService;
import org.cutri.council.CouncilTerm;

/** The constituencies screen: the constituencies of the chosen term, the filter and the edit form. */
public class ConstituencyViewModel extends ListEditorViewModel<Constituency> {

    private final ConstituencyService constituencies;
    private final CouncilService councils;

    private final ObservableList<CouncilTerm> terms = FXCollections.observableArrayList();
    private final ObjectProperty<CouncilTerm> term = new SimpleObjectProperty<>();
    private final ObservableList<CouncilLevel> levels = FXCollections.observableArrayList(CouncilLevel.choices());
    private final ObjectProperty<CouncilLevel> level = new SimpleObjectProperty<>(CouncilLevel.COMMUNE);
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObservableList<HamletChoice> hamlets =
            FXCollections.observableArrayList(choice -> new Observable[] {choice.checkedProperty()});

    private final StringBinding termError;
    private final StringBinding levelError;
    private final StringBinding numberError;
    private final StringBinding descriptionError;
    private final BooleanBinding valid;
    private final StringBinding hamletSummary;
    private final StringBinding movingNote;

    /** The hamlets with their placements in the chosen term, as last read. */
    private List<ConstituencyHamlet> checklist = List.of();
    /** The term whose rows {@link #loadAll()} reads (set on the FX thread, read by the worker). */
    private volatile Integer loadedTermId;
    private boolean choosingTerm;

    public ConstituencyViewModel(ConstituencyService constituencies, CouncilService councils, Messages messages,
            TaskExecutor executor) {
        super(messages, executor, Constituency::id);
        this.constituencies = constituencies;
        this.councils = councils;
        termError = rule(() -> term.get() == null ? messages.get("constituency.term.missing") : null, term);
        levelError = rule(() -> level.get() == null ? messages.get("constituency.level.required") : null, level);
        numberError = rule(this::validateNumber, number, level, selectedProperty(), items());
        descriptionError = rule(
                () -> VietText.clean(description.get()).length() > ConstituencyService.DESCRIPTION_MAX
                        ? messages.get("common.tooLong", ConstituencyService.DESCRIPTION_MAX) : null,
                description);
        valid = Bindings.createBooleanBinding(() -> termError.get() == null && levelError.get() == null
                && numberError.get() == null && descriptionError.get() == null,
                termError, levelError, numberError, descriptionError);
        hamletSummary = Bindings.createStringBinding(() -> messages.get("constituency.hamlets.summary",
                hamlets.stream().filter(HamletChoice::isChecked).count(), hamlets.size()), hamlets);
        movingNote = Bindings.createStringBinding(this::describeMoves, hamlets);
        term.addListener((obs, old, now) -> {
            if (!choosingTerm) {
                // The rows of the other term are not the ones to show while this term's rows load.
                clearForReload();
                reload();
            }
        });
        level.addListener((obs, old, now) -> rebuildChoices(checkedIds()));
    }

    private String validateNumber() {
        String text = VietText.clean(number.get());
        if (text.isEmpty()) {
            return messages.get("constituency.number.required");
        }
        Integer parsed = parseNumber(text);
        if (parsed == null) {
            return messages.get("constituency.number.invalid", text);
        }
        Constituency editing = selectedProperty().get();
        boolean duplicate = items().stream().anyMatch(c -> c.level() == level.get() && c.number() == parsed
                && (editing == null || c.id() != editing.id()));
        return duplicate && level.get() != null
                ? messages.get("constituency.number.duplicate", String.valueOf(parsed), level.get()) : null;
    }

    /** A positive whole number, or null. */
    static Integer parseNumber(String text) {
        String cleaned = VietText.clean(text);
        if (!cleaned.matches("\\d{1,6}")) {
            return null;
        }
        int value = Integer.parseInt(cleaned);
        return value > 0 ? value : null;
    }

    private String describeMoves() {
        String moves = hamlets.stream().filter(h -> h.isChecked() && h.otherNumber() != null)
                .map(h -> messages.get("constituency.hamlets.moveItem", h.name(), String.valueOf(h.otherNumber())))
                .collect(Collectors.joining(", "));
        return moves.isEmpty() ? "" : messages.get("constituency.hamlets.moving", moves);
    }

    /** Reads the terms again, keeps the chosen one if it still exists (else the current term), then the rows. */
    @Override
    public void refresh() {
        executor.execute(BackgroundTask.of(councils::terms)
                .onSuccess(list -> {
                    CouncilTerm chosen = term.get();
                    choosingTerm = true;
                    try {
                        terms.setAll(list);
                        term.set(list.stream().filter(t -> chosen != null && t.id() == chosen.id()).findFirst()
                                .orElse(list.isEmpty() ? null : list.get(0)));
                    } finally {
                        choosingTerm = false;
                    }
                    reload();
                })
                .onFailure(this::fail));
    }

    /** Reads the hamlet checklist of the chosen term, then its constituencies. */
    private void reload() {
        Integer termId = term.get() == null ? null : term.get().id();
        loadedTermId = termId;
        executor.execute(BackgroundTask.of(() -> termId == null ? List.<ConstituencyHamlet>of()
                        : constituencies.hamletChecklist(termId))
                .onSuccess(list -> {
                    checklist = list;
                    Constituency editing = selectedProperty().get();
                    rebuildChoices(editing == null ? checkedIds() : placedIn(editing));
                    super.refresh();
                })
                .onFailure(this::fail));
    }

    @Override
    protected List<Constituency> loadAll() {
        Integer termId = loadedTermId;
        return termId == null ? List.of() : constituencies.list(termId);
    }

    @Override
    protected String searchText(Constituency item) {
        return messages.get("constituency.item", String.valueOf(item.number())) + " " + messages.label(item.level()) + " "
                + (item.description() == null ? "" : item.description());
    }

    @Override
    protected void loadForm(Constituency item) {
        setLevels(item.level());
        level.set(item.level());
        number.set(String.valueOf(item.number()));
        description.set(item.description() == null ? "" : item.description());
        rebuildChoices(placedIn(item));
    }

    @Override
    protected void clearForm() {
        setLevels(CouncilLevel.COMMUNE);
        level.set(CouncilLevel.COMMUNE);
        number.set("");
        description.set("");
        rebuildChoices(Set.of());
    }

    /** The current levels, plus the legacy one when the row being edited has it. */
    private void setLevels(CouncilLevel shown) {
        List<CouncilLevel> wanted = Arrays.stream(CouncilLevel.values())
                .filter(l -> l.current() || l == shown).toList();
        if (!levels.equals(wanted)) {
            levels.setAll(wanted);
        }
    }

    private Set<Integer> placedIn(Constituency item) {
        return checklist.stream().filter(h -> h.in(item.id())).map(ConstituencyHamlet::id).collect(Collectors.toSet());
    }

    private Set<Integer> checkedIds() {
        return hamlets.stream().filter(HamletChoice::isChecked).map(HamletChoice::id).collect(Collectors.toSet());
    }

    private void rebuildChoices(Set<Integer> checked) {
        Constituency editing = selectedProperty().get();
        CouncilLevel chosenLevel = level.get();
        hamlets.setAll(checklist.stream().map(h -> new HamletChoice(h.id(), h.name(),
                chosenLevel == null ? null : h.at(chosenLevel)
                        .filter(p -> editing == null || p.constituencyId() != editing.id())
                        .map(ConstituencyHamlet.Placement::number).orElse(null),
                checked.contains(h.id()))).toList());
    }

    /** Ticks every hamlet: a province or National Assembly constituency usually covers the whole commune. */
    public void checkAll() {
        hamlets.forEach(h -> h.checkedProperty().set(true));
    }

    public void checkNone() {
        hamlets.forEach(h -> h.checkedProperty().set(false));
    }

    @Override
    protected BooleanBinding formValid() {
        return valid;
    }

    @Override
    protected Optional<UserException> deleteRefusal(Constituency item) {
        return constituencies.deleteRefusal(item.id());
    }

    @Override
    protected Callable<Constituency> storing(Constituency editing) {
        ConstituencyDraft draft = new ConstituencyDraft(term.get() == null ? null : term.get().id(), level.get(),
                parseNumber(number.get()), description.get(), List.copyOf(checkedIds()));
        return () -> editing == null ? constituencies.create(draft) : constituencies.update(editing.id(), draft);
    }

    @Override
    protected void remove(Constituency item) {
        constituencies.delete(item.id());
    }

    @Override
    protected String describe(Constituency item) {
        return messages.get("constituency.itemWithLevel", String.valueOf(item.number()), item.level());
    }

    /** Moving hamlets changes the counts of other rows: read the term again. */
    @Override
    protected void afterChange() {
        reload();
    }

    public ObservableList<CouncilTerm> terms() {
        return terms;
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

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableList<HamletChoice> hamlets() {
        return hamlets;
    }

    public StringBinding termErrorProperty() {
        return termError;
    }

    public StringBinding levelErrorProperty() {
        return levelError;
    }

    public StringBinding numberErrorProperty() {
        return numberError;
    }

    public StringBinding descriptionErrorProperty() {
        return descriptionError;
    }

    /** "3/7 thôn, xóm đã chọn". */
    public StringBinding hamletSummaryProperty() {
        return hamletSummary;
    }

    /** Which ticked hamlets will leave another constituency of this level when saved; empty when none. */
    public StringBinding movingNoteProperty() {
        return movingNote;
    }
}
