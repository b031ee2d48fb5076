package org.cutri.province;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
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
import org.cutri.opinion.Authority;
import org.cutri.opinion.Choice;
import org.cutri.opinion.ChoiceBoxes;
import org.cutri.opinion.OpinionFilter;
import org.cutri.opinion.OpinionKind;
import org.cutri.opinion.OpinionListItem;
import org.cutri.opinion.OpinionSearchIndex;
import org.cutri.opinion.OpinionStatus;

/**
 * The province's consolidated view (Tổng hợp các xã): the opinions of every imported package in one list, with
 * the filters of the commune's opinion list plus the commune, search as you type ignoring diacritics (the
 * commune's {@link OpinionSearchIndex}, fed with adapted items), and counts of the shown opinions by commune,
 * field and authority.
 */
public class ProvinceSummaryViewModel {

    private final ProvinceService province;
    private final ProvinceGroupService groupService;
    private final Messages messages;
    private final TaskExecutor executor;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Choice<String>> commune = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Integer>> round = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> hamlet = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Integer>> field = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Authority>> authority = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<OpinionKind>> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<OpinionStatus>> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Boolean>> approved = new SimpleObjectProperty<>();

    private final ObservableList<Choice<String>> communes = FXCollections.observableArrayList();
    private final ObservableList<Choice<Integer>> rounds = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> hamlets = FXCollections.observableArrayList();
    private final ObservableList<Choice<Integer>> fields = FXCollections.observableArrayList();
    private final ObservableList<Choice<Authority>> authorities = FXCollections.observableArrayList();
    private final ObservableList<Choice<OpinionKind>> kinds = FXCollections.observableArrayList();
    private final ObservableList<Choice<OpinionStatus>> statuses = FXCollections.observableArrayList();
    private final ObservableList<Choice<Boolean>> approvals = FXCollections.observableArrayList();

    private final ObservableList<ConsolidatedOpinion> results = FXCollections.observableArrayList();
    private final ObservableList<CountRow> byCommune = FXCollections.observableArrayList();
    private final ObservableList<CountRow> byField = FXCollections.observableArrayList();
    private final ObservableList<CountRow> byAuthority = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ProvinceGroupsViewModel groups;

    private Loaded data;
    /** The newest search asked for: an older one's result is not shown. */
    private final java.util.concurrent.atomic.AtomicInteger searchTurn = new java.util.concurrent.atomic.AtomicInteger();
    private boolean loading;
    private boolean updatingChoices;

    public ProvinceSummaryViewModel(ProvinceService province, ProvinceGroupService groupService, Messages messages,
            TaskExecutor executor) {
        this.province = province;
        this.groupService = groupService;
        this.messages = messages;
        this.executor = executor;
        this.groups = new ProvinceGroupsViewModel(groupService, messages, executor, statusText);
        String all = messages.get("province.all");
        communes.add(new Choice<>(null, all));
        rounds.add(new Choice<>(null, all));
        hamlets.add(new Choice<>(null, all));
        fields.add(new Choice<>(null, all));
        authorities.setAll(ChoiceBoxes.allThen(all, Authority.values(), messages));
        kinds.setAll(ChoiceBoxes.allThen(all, OpinionKind.values(), messages));
        statuses.setAll(ChoiceBoxes.allThen(all, OpinionStatus.values(), messages));
        approvals.setAll(List.of(new Choice<>(null, all), new Choice<>(true, messages.get("province.approved.yes")),
                new Choice<>(false, messages.get("province.approved.no"))));
        clearFilters();
        query.addListener((obs, old, now) -> search());
        commune.addListener((obs, old, now) -> {
            if (!updatingChoices) {
                updateHamlets();
                search();
            }
        });
        for (ObjectProperty<?> filter : List.of(round, hamlet, field, authority, kind, status, approved)) {
            filter.addListener((obs, old, now) -> {
                if (!updatingChoices) {
                    search();
                }
            });
        }
    }

    /**
     * Loads every imported opinion and the same-issue groups again (in the background) and builds the search
     * index.
     */
    public void refresh() {
        if (loading) {
            return;
        }
        loading = true;
        statusText.set(messages.get("province.loading"));
        BackgroundTask<Snapshot> load = BackgroundTask.of(
                () -> new Snapshot(Loaded.of(province.opinions()), groupService.grouping()));
        executor.execute(load.onSuccess(snapshot -> {
            loading = false;
            Loaded loaded = snapshot.loaded();
            data = loaded;
            updateChoices();
            groups.show(loaded.byMember(), snapshot.grouping());
            statusText.set(messages.get("province.loaded", loaded.opinions().size(), loaded.communeNames().size(),
                    groups.summaryProperty().get()));
            search();
        }).onFailure(error -> {
            loading = false;
            throw new IllegalStateException(error);
        }));
    }

    /** What one load reads: the opinions and the groups, at the same moment. */
    private record Snapshot(Loaded loaded, ProvinceGrouping grouping) {
    }

    private void updateChoices() {
        updatingChoices = true;
        try {
            ChoiceBoxes.replaceKeeping(communes, commune, data.communeNames().entrySet().stream()
                    .map(e -> new Choice<>(e.getKey(), e.getValue())).toList());
            ChoiceBoxes.replaceKeeping(rounds, round, data.roundNames().entrySet().stream()
                    .map(e -> new Choice<>(e.getValue(), e.getKey())).toList());
            ChoiceBoxes.replaceKeeping(fields, field, data.fieldIds().entrySet().stream()
                    .map(e -> new Choice<>(e.getValue(), e.getKey())).toList());
            updateHamlets();
        } finally {
            updatingChoices = false;
        }
    }

    /** The hamlets of the chosen commune (of all communes when none is chosen). */
    private void updateHamlets() {
        if (data == null) {
            return;
        }
        String code = ChoiceBoxes.valueOf(commune);
        TreeSet<String> names = new TreeSet<>(VietText.ORDER);
        for (ConsolidatedOpinion o : data.opinions()) {
            if (o.hamletName() != null && (code == null || code.equals(o.communeCode()))) {
                names.add(o.hamletName());
            }
        }
        boolean before = updatingChoices;
        updatingChoices = true;
        try {
            ChoiceBoxes.replaceKeeping(hamlets, hamlet, names.stream().map(n -> new Choice<>(n, n)).toList());
        } finally {
            updatingChoices = before;
        }
    }

    /**
     * Runs the query and the filters, and counts what is shown: on the computation pool (over 300,000 opinions a
     * query matching most of them takes tens of milliseconds, more than a keystroke may hold the window); only the
     * newest search is shown, and searches overtaken by a newer one before they start are skipped.
     */
    public void search() {
        if (data == null) {
            return;
        }
        Loaded snapshot = data;
        String text = query.get();
        OpinionFilter chosen = filter();
        String code = ChoiceBoxes.valueOf(commune);
        int turn = searchTurn.incrementAndGet();
        executor.execute(BackgroundTask.of(() -> turn != searchTurn.get() ? null : find(snapshot, text, chosen, code))
                .computation().onSuccess(found -> {
                    if (found == null || turn != searchTurn.get() || snapshot != data) {
                        return;
                    }
                    results.setAll(found.shown());
                    groups.filter(found.shownSet());
                    byCommune.setAll(found.byCommune());
                    byField.setAll(found.byField());
                    byAuthority.setAll(found.byAuthority());
                    summary.set(messages.get("province.summary", found.shown().size(), snapshot.opinions().size(),
                            found.byCommune().size()));
                }));
    }

    /** What a search shows, worked out off the FX thread. */
    private record Found(List<ConsolidatedOpinion> shown, Set<ConsolidatedOpinion> shownSet, List<CountRow> byCommune,
            List<CountRow> byField, List<CountRow> byAuthority) {
    }

    private Found find(Loaded snapshot, String text, OpinionFilter chosen, String code) {
        List<OpinionListItem> found = snapshot.index().search(text, chosen);
        List<ConsolidatedOpinion> shown = new ArrayList<>(found.size());
        for (OpinionListItem item : found) {
            ConsolidatedOpinion o = snapshot.opinions().get(item.id());
            if (code == null || code.equals(o.communeCode())) {
                shown.add(o);
            }
        }
        Set<ConsolidatedOpinion> shownSet = Collections.newSetFromMap(new IdentityHashMap<>(shown.size() * 2));
        shownSet.addAll(shown);
        return new Found(shown, shownSet, count(shown, o -> snapshot.communeNames().get(o.communeCode())),
                count(shown, o -> o.fieldName() == null ? messages.get("province.count.noField") : o.fieldName()),
                count(shown, o -> authorityLabel(o.authority())));
    }

    /** The filters the search index applies (the commune is applied on top). */
    public OpinionFilter filter() {
        return new OpinionFilter(ChoiceBoxes.valueOf(round), ChoiceBoxes.valueOf(hamlet), ChoiceBoxes.valueOf(field), ChoiceBoxes.valueOf(authority), ChoiceBoxes.valueOf(kind),
                ChoiceBoxes.valueOf(status), ChoiceBoxes.valueOf(approved));
    }

    private String authorityLabel(String authorityName) {
        Authority a = Loaded.authority(authorityName);
        return a == null ? messages.get("province.count.noAuthority") : messages.label(a);
    }

    /** Rows by label, most opinions first, then by name. */
    static List<CountRow> count(List<ConsolidatedOpinion> shown, Function<ConsolidatedOpinion, String> key) {
        Map<String, int[]> counts = new HashMap<>();
        for (ConsolidatedOpinion o : shown) {
            int[] c = counts.computeIfAbsent(key.apply(o), k -> new int[2]);
            c[0]++;
            if (o.approved()) {
                c[1]++;
            }
        }
        int total = shown.size();
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey, VietText.ORDER))
                .map(e -> new CountRow(e.getKey(), e.getValue()[0], e.getValue()[1],
                        total == 0 ? 0 : 100.0 * e.getValue()[0] / total))
                .toList();
    }

    /** Empties the search box and every filter. */
    public void clearFilters() {
        query.set("");
        commune.set(communes.get(0));
        round.set(rounds.get(0));
        hamlet.set(hamlets.get(0));
        field.set(fields.get(0));
        authority.set(authorities.get(0));
        kind.set(kinds.get(0));
        status.set(statuses.get(0));
        approved.set(approvals.get(0));
    }

    /** "Ủy ban nhân dân tỉnh" style label of an authority stored by name, or the body for "other". */
    public String authorityText(ConsolidatedOpinion o) {
        Authority a = Loaded.authority(o.authority());
        if (a == null) {
            return "";
        }
        return a == Authority.OTHER && o.authorityBody() != null ? o.authorityBody() : messages.label(a);
    }

    public String kindText(ConsolidatedOpinion o) {
        OpinionKind k = Loaded.parse(OpinionKind.class, o.kind());
        return k == null ? "" : messages.label(k);
    }

    public String statusText(ConsolidatedOpinion o) {
        OpinionStatus s = Loaded.parse(OpinionStatus.class, o.status());
        return s == null ? "" : messages.label(s);
    }

    public boolean loaded() {
        return data != null;
    }

    /** The same-issue groups: received from the communes and made at the province. */
    public ProvinceGroupsViewModel groups() {
        return groups;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Choice<String>> communeProperty() {
        return commune;
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

    public ObservableList<Choice<String>> communes() {
        return communes;
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

    public ObservableList<ConsolidatedOpinion> results() {
        return results;
    }

    public ObservableList<CountRow> byCommune() {
        return byCommune;
    }

    public ObservableList<CountRow> byField() {
        return byField;
    }

    public ObservableList<CountRow> byAuthority() {
        return byAuthority;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /**
     * The loaded opinions with their search index. Each opinion becomes an {@link OpinionListItem} whose id is
     * its place in the list, whose round id stands for the round's name (communes' rounds of the same name are
     * one choice) and whose field id stands for the field's name.
     */
    record Loaded(List<ConsolidatedOpinion> opinions, OpinionSearchIndex index, Map<String, String> communeNames,
            Map<String, Integer> roundNames, Map<String, Integer> fieldIds,
            Map<ProvinceGroupMember, ConsolidatedOpinion> byMember) {

        static Loaded of(List<ConsolidatedOpinion> opinions) {
            Map<String, String> communeNames = new LinkedHashMap<>();
            Map<String, Integer> roundNames = new TreeMap<>(VietText.ORDER);
            Map<String, Integer> fieldIds = new TreeMap<>(VietText.ORDER);
            Map<String, Integer> roundIds = new HashMap<>();
            Map<String, Integer> fieldNumbers = new HashMap<>();
            List<OpinionListItem> items = new ArrayList<>(opinions.size());
            Map<ProvinceGroupMember, ConsolidatedOpinion> byMember = new HashMap<>();
            for (int i = 0; i < opinions.size(); i++) {
                ConsolidatedOpinion o = opinions.get(i);
                byMember.put(ProvinceGroupMember.opinion(o.communeCode(), o.roundKey(), o.code()), o);
                communeNames.putIfAbsent(o.communeCode(), o.communeName());
                int roundId = roundIds.computeIfAbsent(o.roundName(), k -> roundIds.size() + 1);
                roundNames.putIfAbsent(o.roundName(), roundId);
                Integer fieldId = null;
                if (o.fieldName() != null) {
                    fieldId = fieldNumbers.computeIfAbsent(o.fieldName(), k -> fieldNumbers.size() + 1);
                    fieldIds.putIfAbsent(o.fieldName(), fieldId);
                }
                OpinionKind kind = parse(OpinionKind.class, o.kind());
                OpinionStatus status = parse(OpinionStatus.class, o.status());
                items.add(new OpinionListItem(i, o.code(), roundId, o.roundName(), o.meetingKey(), o.meetingDate(),
                        null, o.hamletName(), o.content(), kind == null ? OpinionKind.OPINION : kind, fieldId,
                        o.fieldName(), authority(o.authority()), o.authorityBody(), o.approved(),
                        status == null ? OpinionStatus.NEW : status));
            }
            Map<String, String> sortedCommunes = new LinkedHashMap<>();
            communeNames.entrySet().stream().sorted(Map.Entry.comparingByValue(VietText.ORDER))
                    .forEach(e -> sortedCommunes.put(e.getKey(), e.getValue()));
            return new Loaded(opinions, OpinionSearchIndex.build(items), sortedCommunes, roundNames, fieldIds, byMember);
        }

        static Authority authority(String name) {
            return parse(Authority.class, name);
        }

        static <E extends Enum<E>> E parse(Class<E> type, String name) {
            if (name == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
