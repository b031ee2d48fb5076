package org.cutri.common.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.VietText;

/**
 * The shared behaviour of a register screen: a list filtered as you type (case and diacritics
 * ignored), one selected row shown in an edit form, save (each save is committed at once), cancel,
 * new row and delete. Subclasses say how rows are loaded, matched, copied into the form and stored.
 *
 * <p>Until its rows have arrived the screen is <em>loading</em>: the list says so instead of "nothing
 * here", the form's rules stay silent (they would judge data not read yet) and nothing can be saved.
 * A delete is checked first: a row still in use is refused with the reason, and only a row that can
 * go is confirmed.
 *
 * @param <T> the record shown in a row
 */
public abstract class ListEditorViewModel<T> {

    protected final Messages messages;
    protected final TaskExecutor executor;

    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final FilteredList<T> filtered = new FilteredList<>(items);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<T> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper saveRefused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper formFilled = new ReadOnlyIntegerWrapper();
    private final Function<T, Object> idOf;
    private BooleanBinding valid;
    /** Rows read ahead of time, shown by the next refresh instead of reading (null: none). */
    private List<T> rowsReadAhead;

    protected ListEditorViewModel(Messages messages, TaskExecutor executor, Function<T, Object> idOf) {
        this.messages = messages;
        this.executor = executor;
        this.idOf = idOf;
        filterText.addListener((obs, old, now) -> filtered.setPredicate(item -> VietText.matches(searchText(item), now)));
        selected.addListener((obs, old, now) -> {
            formError.set(null);
            if (now == null) {
                clearForm();
            } else {
                loadForm(now);
            }
            filledAnew();
        });
    }

    /** Reads every row (runs off the FX thread). */
    protected abstract List<T> loadAll();

    /** The text the filter looks in. */
    protected abstract String searchText(T item);

    /** Fills the form from a row. */
    protected abstract void loadForm(T item);

    /** Empties the form for a new row. */
    protected abstract void clearForm();

    /** True when every field is valid (the form's own errors are properties of the subclass). */
    protected abstract BooleanBinding formValid();

    /**
     * Reads the form into plain values (runs on the FX thread, where the form's properties live) and returns the
     * work that stores them (run off the FX thread): it inserts when {@code editing} is null, else updates it, and
     * returns the stored row as it now is. The work must not read the form: the user may type on while it runs.
     */
    protected abstract Callable<T> storing(T editing);

    /** Deletes the row (runs off the FX thread); throws {@link UserException} when it is still used. */
    protected abstract void remove(T item);

    /**
     * Why the row cannot be deleted (runs off the FX thread, before the user is asked), or empty when it
     * can. The default finds no reason; {@link #remove} still refuses what changed in between.
     */
    protected Optional<UserException> deleteRefusal(T item) {
        return Optional.empty();
    }

    /** A short name of the row for messages ("Xóm Bến"). */
    protected abstract String describe(T item);

    /**
     * The order the rows are read in, when it is one the user relies on (meetings by date and time), so a
     * stored row takes its place at once instead of going to the end; null (the default): rows keep where
     * they are and a new one goes last.
     */
    protected Comparator<T> order() {
        return null;
    }

    /** Puts the stored row in the list: in its place by {@link #order()}, else where the edited row was. */
    private void place(T editing, T saved) {
        Comparator<T> order = order();
        int index = editing == null ? -1 : items.indexOf(editing);
        if (order == null) {
            if (index >= 0) {
                items.set(index, saved);
            } else {
                items.add(saved);
            }
            return;
        }
        if (index >= 0) {
            items.remove(index);
        }
        int at = 0;
        while (at < items.size() && order.compare(items.get(at), saved) <= 0) {
            at++;
        }
        items.add(at, saved);
    }

    /** Called after any change was stored, for screens that show derived data. */
    protected void afterChange() {
    }

    public ObservableList<T> items() {
        return items;
    }

    public FilteredList<T> filteredItems() {
        return filtered;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<T> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True while the rows are not known yet (first load, or the list was emptied for another context). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once a save was refused for the form's rules, until the form is filled anew. */
    public ReadOnlyBooleanProperty saveRefusedProperty() {
        return saveRefused.getReadOnlyProperty();
    }

    /** Changes each time the form is filled anew: a row chosen, a new row started, edits cancelled, a row saved. */
    public ReadOnlyIntegerProperty formFilledProperty() {
        return formFilled.getReadOnlyProperty();
    }

    private void filledAnew() {
        saveRefused.set(false);
        formFilled.set(formFilled.get() + 1);
    }

    public boolean isLoading() {
        return loading.get();
    }

    /** The form can be saved: its rules pass and the rows they compare with are loaded. */
    public BooleanBinding validProperty() {
        if (valid == null) {
            BooleanBinding form = formValid();
            valid = Bindings.createBooleanBinding(() -> !loading.get() && form.get(), loading, form);
        }
        return valid;
    }

    /**
     * A rule of the form: its message, or null when the field is right. While the rows load it says
     * nothing, since it would judge data that is not there yet.
     */
    protected StringBinding rule(Callable<String> check, Observable... dependencies) {
        Observable[] all = java.util.Arrays.copyOf(dependencies, dependencies.length + 1);
        all[dependencies.length] = loading;
        return Bindings.createStringBinding(() -> loading.get() ? null : check.call(), all);
    }

    /**
     * Rows already read (as the window opened, on the opening's thread): the next {@link #refresh} shows them at once,
     * on this thread, instead of reading them on the worker; the refreshes after it read again.
     */
    public void startWith(List<T> rows) {
        rowsReadAhead = List.copyOf(rows);
    }

    /** Loads the rows again, keeping the selection where the row still exists. */
    public void refresh() {
        List<T> ahead = rowsReadAhead;
        if (ahead != null) {
            rowsReadAhead = null;
            replaceItems(ahead);
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(this::loadAll)
                .onSuccess(this::replaceItems)
                .onFailure(this::fail));
    }

    /**
     * Empties the list because rows of another context (another term, round) are coming: until they
     * arrive the screen shows that it is loading.
     */
    protected void clearForReload() {
        selected.set(null);
        items.clear();
        loading.set(true);
        filledAnew();
    }

    /** Empties the list for good (no context chosen): the screen shows its empty text. */
    protected void clearItems() {
        selected.set(null);
        items.clear();
        loading.set(false);
        filledAnew();
    }

    private void replaceItems(List<T> rows) {
        busy.set(false);
        T previous = selected.get();
        items.setAll(rows);
        loading.set(false);
        if (previous != null) {
            Object id = idOf.apply(previous);
            selected.set(rows.stream().filter(r -> Objects.equals(idOf.apply(r), id)).findFirst().orElse(null));
        }
    }

    /**
     * Chooses the row with this id once the reads queued before (the screen's refresh as it opens) are shown; the
     * filter is cleared so the row is seen. Nothing changes when there is no such row.
     */
    public void openById(Object id) {
        executor.execute(BackgroundTask.of(() -> id).onSuccess(wanted -> items.stream()
                .filter(r -> Objects.equals(idOf.apply(r), wanted)).findFirst().ifPresent(row -> {
                    filterText.set("");
                    selected.set(row);
                })));
    }

    /** Starts a new row: clears the selection and the form. */
    public void startNew() {
        if (selected.get() == null) {
            clearForm();
            formError.set(null);
            filledAnew();
        } else {
            selected.set(null);
        }
    }

    /** Puts the selected row back into the form, dropping unsaved edits. */
    public void cancel() {
        formError.set(null);
        T current = selected.get();
        if (current == null) {
            clearForm();
        } else {
            loadForm(current);
        }
        filledAnew();
    }

    /** Validates and stores the form; false when the form is not valid (nothing is stored). */
    public boolean save() {
        if (!validProperty().get()) {
            formError.set(messages.get("common.form.invalid"));
            saveRefused.set(true);
            return false;
        }
        T editing = selected.get();
        Callable<T> work = storing(editing);
        busy.set(true);
        executor.execute(BackgroundTask.of(work::call)
                .onSuccess(saved -> {
                    busy.set(false);
                    formError.set(null);
                    place(editing, saved);
                    selected.set(saved);
                    filledAnew();
                    status.set(messages.get("common.saved", describe(saved)));
                    afterChange();
                })
                .onFailure(this::fail));
        return true;
    }

    /**
     * Deletes the selected row the careful way: first asks the data whether the row can go (in the
     * background); a row still in use is refused at once with the reason, without a question; otherwise
     * {@code confirm} asks the user (on the FX thread) and the row is deleted on yes.
     */
    public void delete(Predicate<T> confirm) {
        T item = selected.get();
        if (item == null) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(() -> deleteRefusal(item))
                .onSuccess(refusal -> {
                    busy.set(false);
                    if (refusal.isPresent()) {
                        fail(refusal.get());
                    } else if (item == selected.get() && confirm.test(item)) {
                        deleteSelected();
                    }
                })
                .onFailure(this::fail));
    }

    /** Deletes the selected row without asking; a refusal (still referenced) is shown as the form's error. */
    public void deleteSelected() {
        T item = selected.get();
        if (item == null) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.run(() -> remove(item))
                .onSuccess(ignored -> {
                    busy.set(false);
                    items.remove(item);
                    selected.set(null);
                    status.set(messages.get("common.deleted", describe(item)));
                    afterChange();
                })
                .onFailure(this::fail));
    }

    /** A refusal the user can act on goes to the form's message; anything else is rethrown to the dialog. */
    protected void fail(Exception e) {
        busy.set(false);
        // A failed load must not leave the list saying "loading" for ever.
        loading.set(false);
        UserException user = UserException.find(e);
        if (user == null) {
            throw new IllegalStateException(e);
        }
        formError.set(messages.of(user));
        status.set(messages.of(user));
    }

    protected void setStatus(String text) {
        status.set(text);
    }
}
