package org.cutri.hamlet;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import java.util.concurrent.Callable;
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

/** The hamlets screen: the list, its filter and the edit form. */
public class HamletViewModel extends ListEditorViewModel<Hamlet> {

    private final HamletService hamlets;
    private final CouncilService councils;
    private final ConstituencyService constituencyService;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<HamletKind> kind = new SimpleObjectProperty<>(HamletKind.THON);
    private final ObjectProperty<Constituency> constituency = new SimpleObjectProperty<>();
    private final StringProperty headName = new SimpleStringProperty("");
    private final StringProperty frontHeadName = new SimpleStringProperty("");
    private final ObservableList<Constituency> constituencies = FXCollections.observableArrayList();
    /** The constituencies read ahead of time, shown by the next refresh (null: none). */
    private List<Constituency> constituenciesReadAhead;

    private final StringBinding nameError;
    private final StringBinding kindError;
    private final StringBinding headNameError;
    private final StringBinding frontHeadNameError;
    private final BooleanBinding valid;

    public HamletViewModel(HamletService hamlets, CouncilService councils, ConstituencyService constituencyService,
            Messages messages, TaskExecutor executor) {
        super(messages, executor, Hamlet::id);
        this.hamlets = hamlets;
        this.councils = councils;
        this.constituencyService = constituencyService;
        nameError = rule(this::validateName, name, selectedProperty(), items());
        kindError = rule(() -> kind.get() == null ? messages.get("hamlet.kind.required") : null, kind);
        headNameError = tooLong(headName);
        frontHeadNameError = tooLong(frontHeadName);
        valid = Bindings.createBooleanBinding(() -> nameError.get() == null && kindError.get() == null
                && headNameError.get() == null && frontHeadNameError.get() == null,
                nameError, kindError, headNameError, frontHeadNameError);
        // Typing a name that starts with a kind word picks that kind ("Xóm Bến" → xóm) for new rows.
        name.addListener((obs, old, now) -> {
            if (selectedProperty().get() == null) {
                HamletKind.fromName(now).ifPresent(kind::set);
            }
        });
    }

    private StringBinding tooLong(StringProperty text) {
        return rule(() -> VietText.clean(text.get()).length() > HamletService.TEXT_MAX
                ? messages.get("common.tooLong", HamletService.TEXT_MAX) : null, text);
    }

    private String validateName() {
        String cleaned = VietText.clean(name.get());
        if (cleaned.isEmpty()) {
            return messages.get("hamlet.name.required");
        }
        if (cleaned.length() > HamletService.TEXT_MAX) {
            return messages.get("common.tooLong", HamletService.TEXT_MAX);
        }
        String key = VietText.identityKey(cleaned);
        Hamlet editing = selectedProperty().get();
        boolean duplicate = items().stream()
                .anyMatch(h -> (editing == null || h.id() != editing.id()) && VietText.identityKey(h.name()).equals(key));
        return duplicate ? messages.get("hamlet.name.duplicate", cleaned) : null;
    }

    /**
     * The hamlets and the commune's constituencies already read (as the window opened): the next {@link #refresh}
     * shows them at once instead of reading them.
     */
    public void startWith(List<Hamlet> rows, List<Constituency> commune) {
        constituenciesReadAhead = List.copyOf(commune);
        startWith(rows);
    }

    @Override
    public void refresh() {
        List<Constituency> ahead = constituenciesReadAhead;
        if (ahead != null) {
            constituenciesReadAhead = null;
            constituencies.setAll(ahead);
            super.refresh();
            return;
        }
        super.refresh();
        executor.execute(BackgroundTask.of(() -> councils.currentTerm()
                        .map(term -> constituencyService.list(term.id(), CouncilLevel.COMMUNE))
                        .orElse(List.of()))
                .onSuccess(list -> {
                    Constituency chosen = constituency.get();
                    constituencies.setAll(list);
                    if (chosen != null) {
                        constituency.set(list.stream().filter(c -> c.id() == chosen.id()).findFirst().orElse(null));
                    }
                }));
    }

    @Override
    protected List<Hamlet> loadAll() {
        return hamlets.list();
    }

    /** The order {@link HamletService#list} reads them in: a saved hamlet takes its alphabetical place at once. */
    @Override
    protected Comparator<Hamlet> order() {
        return HamletService.BY_NAME;
    }

    @Override
    protected String searchText(Hamlet item) {
        return item.name() + " " + messages.label(item.kind()) + " " + nullToEmpty(item.headName()) + " "
                + nullToEmpty(item.frontHeadName());
    }

    @Override
    protected void loadForm(Hamlet item) {
        name.set(item.name());
        kind.set(item.kind());
        headName.set(nullToEmpty(item.headName()));
        frontHeadName.set(nullToEmpty(item.frontHeadName()));
        constituency.set(item.constituencyId() == null ? null
                : constituencies.stream().filter(c -> c.id() == item.constituencyId()).findFirst().orElse(null));
    }

    @Override
    protected void clearForm() {
        name.set("");
        kind.set(HamletKind.THON);
        headName.set("");
        frontHeadName.set("");
        constituency.set(null);
    }

    @Override
    protected BooleanBinding formValid() {
        return valid;
    }

    @Override
    protected Callable<Hamlet> storing(Hamlet editing) {
        HamletDraft draft = new HamletDraft(name.get(), kind.get(), headName.get(), frontHeadName.get(),
                constituency.get() == null ? null : constituency.get().id());
        return () -> editing == null ? hamlets.create(draft) : hamlets.update(editing.id(), draft);
    }

    @Override
    protected void remove(Hamlet item) {
        hamlets.delete(item.id());
    }

    @Override
    protected Optional<UserException> deleteRefusal(Hamlet item) {
        return hamlets.deleteRefusal(item.id());
    }

    @Override
    protected String describe(Hamlet item) {
        return item.name();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<HamletKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Constituency> constituencyProperty() {
        return constituency;
    }

    public StringProperty headNameProperty() {
        return headName;
    }

    public StringProperty frontHeadNameProperty() {
        return frontHeadName;
    }

    public ObservableList<Constituency> constituencies() {
        return constituencies;
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public StringBinding kindErrorProperty() {
        return kindError;
    }

    public StringBinding headNameErrorProperty() {
        return headNameError;
    }

    public StringBinding frontHeadNameErrorProperty() {
        return frontHeadNameError;
    }
}
