package org.cutri.opinion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

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

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.VietText;

/**
 * The all-opinions list (Ý kiến, kiến nghị): every opinion of every round held in memory with a
 * {@link OpinionSearchIndex}, searched as the user types and narrowed by filters. Opinions stored
 * elsewhere in this session (the minutes screen) are brought in when the list is shown again.
 */
public class OpinionListViewModel {

    private final OpinionService opinions;
    private final Messages messages;
    private final TaskExecutor executor;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Choice<Integer>> round = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> hamlet = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Integer>> field = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Authority>> authority = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<OpinionKind>> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<OpinionStatus>> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Boolean>> approved = new SimpleObjectProperty<>();

    private final ObservableList<Choice<Integer>> rounds = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> hamlets = FXCollections.observableArrayList();
    private final ObservableList<Choice<Integer>> fields = FXCollections.observableArrayList();
    private final ObservableList<Choice<Authority>> authorities = FXCollections.observableArrayList();
    private final ObservableList<Choice<OpinionKind>> kinds = FXCollections.observableArrayList();
    private final ObservableList<Choice<OpinionStatus>> statuses = FXCollections.observableArrayList();
    private final ObservableList<Choice<Boolean>> approvals = FXCollections.observableArrayList();

    private final ObservableList<OpinionListItem> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    /** What the empty list says: nothing stored yet, or nothing matches the search and the filters. */
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final Set<Integer> changedIds = ConcurrentHashMap.newKeySet();
    /** True until every row was read: an empty result then means "not read yet", not "nothing matches". */
    private final ReadOnlyBooleanWrapper rowsLoading = new ReadOnlyBooleanWrapper(true);

    /** How many opinions (at least) are read first to fill the list's first screen. */
    private static final int FIRST_SCREEN = 200;

    private OpinionSearchIndex index;
    /** Searches the rows already shown while the index is being built. */
    private OpinionScan scan;
    private boolean loading;
    private long lastSearchMicros;

    public OpinionListViewModel(OpinionService opinions, Messages messages, TaskExecutor executor) {
        this.opinions = opinions;
        this.messages = messages;
        this.executor = executor;
        opinions.addChangeListener(changedIds::add);
        String all = messages.get("opinion.list.all");
        authorities.setAll(ChoiceBoxes.allThen(all, Authority.values(), messages));
        kinds.setAll(ChoiceBoxes.allThen(all, OpinionKind.values(), messages));
        statuses.setAll(ChoiceBoxes.allThen(all, OpinionStatus.values(), messages));
        approvals.setAll(List.of(new Choice<>(null, all), new Choice<>(true, messages.get("opinion.list.approved.yes")),
                new Choice<>(false, messages.get("opinion.list.approved.no"))));
        rounds.add(new Choice<>(null, all));
        hamlets.add(new Choice<>(null, all));
        fields.add(new Choice<>(null, all));
        round.set(rounds.get(0));
        hamlet.set(hamlets.get(0));
        field.set(fields.get(0));
        authority.set(authorities.get(0));
        kind.set(kinds.get(0));
        status.set(statuses.get(0));
        approved.set(approvals.get(0));
        query.addListener((obs, old, now) -> search());
        for (ObjectProperty<?> filter : List.of(round, hamlet, field, authority, kind, status, approved)) {
            filter.addListener((obs, old, now) -> search());
        }
    }

    /** Loads every opinion the first time, afterwards only those changed since (or all, if others were added). */
    public void refresh() {
        if (loading) {
            return;
        }
        if (index == null) {
            loadAll();
            return;
        }
        List<Integer> ids = new ArrayList<>(changedIds);
        changedIds.removeAll(ids);
        executor.execute(BackgroundTask.of(() -> new Changes(ids, opinions.listItems(ids), opinions.count(),
                        opinions.fields()))
                .onSuccess(changes -> {
                    Map<Integer, OpinionListItem> byId = new LinkedHashMap<>();
                    changes.items().forEach(item -> byId.put(item.id(), item));
                    for (int id : changes.ids()) {
                        OpinionListItem item = byId.get(id);
                        index = item == null ? index.remove(id) : index.put(item);
                    }
                    setFields(changes.fields());
                    if (changes.count() != index.size()) {
                        loadAll();
                        return;
                    }
                    updateChoices(changes.items());
                    search();
                }));
    }

    /**
     * Loads every opinion in two steps, so the screen opens at once: first the rows (shown as soon as they
     * are read; a plain scan answers the search box meanwhile), then the search index, built in the
     * background from the stored folded texts.
     */
    private void loadAll() {
        loading = true;
        statusText.set(messages.get("opinion.list.loading"));
        long start = System.nanoTime();
        // The newest meetings' opinions first: the top of the list, shown while the rest is read.
        executor.execute(BackgroundTask.of(() -> new OpinionScan(opinions.loadNewest(FIRST_SCREEN)))
                .onSuccess(first -> {
                    if (scan == null && index == null && query.get().isBlank() && filter().isEmpty()) {
                        results.setAll(first.search("", OpinionFilter.ALL));
                    }
                }).onFailure(this::failed));
        executor.execute(BackgroundTask.of(() -> {
            LoadedOpinions loaded = opinions.loadAll();
            return new Rows(loaded, new OpinionScan(loaded), opinions.fields());
        }).onSuccess(rows -> {
            long shown = System.nanoTime();
            scan = rows.scan();
            rowsLoading.set(false);
            setFields(rows.fields());
            rounds.remove(1, rounds.size());
            hamlets.remove(1, hamlets.size());
            updateChoices(rows.loaded().items());
            search();
            statusText.set(messages.get("opinion.list.indexing", rows.loaded().items().size()));
            executor.execute(BackgroundTask.of(() -> OpinionSearchIndex.build(rows.loaded()))
                    .onSuccess(built -> {
                        loading = false;
                        index = built;
                        scan = null;
                        long ready = System.nanoTime();
                        statusText.set(messages.get("opinion.list.loaded", built.size(), (shown - start) / 1_000_000,
                                (ready - start) / 1_000_000));
                        search();
                        if (!changedIds.isEmpty()) {
                            refresh();
                        }
                    }).onFailure(this::failed));
        }).onFailure(this::failed));
    }

    private void failed(Throwable error) {
        loading = false;
        rowsLoading.set(false);
        throw new IllegalStateException(error);
    }

    private void setFields(List<OpinionField> stored) {
        if (stored.size() + 1 != fields.size()) {
            ChoiceBoxes.replaceKeeping(fields, field, stored.stream().map(f -> new Choice<>(f.id(), f.name())).toList());
        }
    }

    /** Adds the rounds and hamlets of these opinions to the filter boxes. */
    private void updateChoices(List<OpinionListItem> items) {
        Map<Integer, String> knownRounds = new LinkedHashMap<>();
        rounds.stream().skip(1).forEach(c -> knownRounds.put(c.value(), c.label()));
        Set<String> knownHamlets = new TreeSet<>(VietText.ORDER);
        hamlets.stream().skip(1).forEach(c -> knownHamlets.add(c.label()));
        boolean newRound = false;
        boolean newHamlet = false;
        // Distinct names first: the Vietnamese order is costly, and 100,000 opinions name a dozen hamlets.
        Set<String> named = new java.util.HashSet<>();
        for (OpinionListItem item : items) {
            if (!knownRounds.containsKey(item.roundId())) {
                knownRounds.put(item.roundId(), item.roundName());
                newRound = true;
            }
            if (item.hamletName() != null) {
                named.add(item.hamletName());
            }
        }
        for (String name : named) {
            newHamlet |= knownHamlets.add(name);
        }
        if (newRound) {
            List<Choice<Integer>> sorted = knownRounds.entrySet().stream()
                    .sorted(Map.Entry.<Integer, String>comparingByKey(Comparator.reverseOrder()))
                    .map(e -> new Choice<>(e.getKey(), e.getValue())).toList();
            rounds.remove(1, rounds.size());
            rounds.addAll(sorted);
        }
        if (newHamlet) {
            hamlets.remove(1, hamlets.size());
            knownHamlets.forEach(h -> hamlets.add(new Choice<>(h, h)));
        }
    }

    /**
     * Runs the query with the filters over the index (a few milliseconds, on the calling thread), or over
     * the plain scan while the index is being built.
     */
    public void search() {
        if (index == null && scan == null) {
            return;
        }
        long start = System.nanoTime();
        List<OpinionListItem> found = index != null ? index.search(query.get(), filter())
                : scan.search(query.get(), filter());
        results.setAll(found);
        emptyText.set(messages.get((index != null ? index.size() : scan.size()) == 0 ? "opinion.list.none"
                : "opinion.list.empty"));
        lastSearchMicros = (System.nanoTime() - start) / 1_000;
        summary.set(messages.get("opinion.list.summary", found.size(), index != null ? index.size() : scan.size(),
                String.format(java.util.Locale.ROOT, "%.1f", lastSearchMicros / 1000.0)));
    }

    public OpinionFilter filter() {
        return new OpinionFilter(ChoiceBoxes.valueOf(round), ChoiceBoxes.valueOf(hamlet), ChoiceBoxes.valueOf(field), ChoiceBoxes.valueOf(authority), ChoiceBoxes.valueOf(kind),
                ChoiceBoxes.valueOf(status), ChoiceBoxes.valueOf(approved));
    }

    /** Empties the search box and every filter. */
    public void clearFilters() {
        query.set("");
        round.set(rounds.get(0));
        hamlet.set(hamlets.get(0));
        field.set(fields.get(0));
        authority.set(authorities.get(0));
        kind.set(kinds.get(0));
        status.set(statuses.get(0));
        approved.set(approvals.get(0));
    }

    /** True once the search index is ready (the rows are shown a little earlier). */
    public boolean loaded() {
        return index != null;
    }

    /** True once the rows are shown, whether or not the search index is ready yet. */
    public boolean rowsShown() {
        return index != null || scan != null;
    }

    /** True while the opinions are still being read (the list then says it is loading). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return rowsLoading.getReadOnlyProperty();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Choice<Integer>> roundProperty() {
        return round;
    }

    public ObjectProperty<Choice<String>> hamletProperty() {
        return hamlet;
    }

    public ObjectProperty<Choice<Integer>> fieldProperty() {
        return field;
    }

    public ObjectProperty<Choice<Authority>> authorityProperty() {
        return authority;
    }

    public ObjectProperty<Choice<OpinionKind>> kindProperty() {
        return kind;
    }

    public ObjectProperty<Choice<OpinionStatus>> statusProperty() {
        return status;
    }

    public ObjectProperty<Choice<Boolean>> approvedProperty() {
        return approved;
    }

    public ObservableList<Choice<Integer>> rounds() {
        return rounds;
    }

    public ObservableList<Choice<String>> hamlets() {
        return hamlets;
    }

    public ObservableList<Choice<Integer>> fields() {
        return fields;
    }

    public ObservableList<Choice<Authority>> authorities() {
        return authorities;
    }

    public ObservableList<Choice<OpinionKind>> kinds() {
        return kinds;
    }

    public ObservableList<Choice<OpinionStatus>> statuses() {
        return statuses;
    }

    public ObservableList<Choice<Boolean>> approvals() {
        return approvals;
    }

    public ObservableList<OpinionListItem> results() {
        return results;
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    private record Rows(LoadedOpinions loaded, OpinionScan scan, List<OpinionField> fields) {
    }

    private record Changes(List<Integer> ids, List<OpinionListItem> items, int count, List<OpinionField> fields) {
    }
}
