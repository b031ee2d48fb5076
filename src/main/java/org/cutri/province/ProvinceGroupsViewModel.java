package org.cutri.province;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.cutri.common.UserException;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.text.VietText;

/**
 * The same-issue groups part of the province's consolidated screen: the groups the communes sent and the
 * groups made at the province, listed for the opinions shown; making a province group of the chosen groups
 * and opinions with one wording, rewording and deleting it. Every change is stored at once, in the background.
 */
public class ProvinceGroupsViewModel {

    private final ProvinceGroupService groups;
    private final Messages messages;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper statusText;

    private final ObservableList<ProvinceGroupRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ProvinceGroupRow> selectedGroups = FXCollections.observableArrayList();
    private final ObservableList<ConsolidatedOpinion> selectedOpinions = FXCollections.observableArrayList();
    private final ObservableList<ConsolidatedOpinion> members = FXCollections.observableArrayList();
    private final StringProperty wording = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selection = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<String> chosenKey = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canMerge;
    private final BooleanBinding canRename;
    private final BooleanBinding canDelete;

    private Map<ProvinceGroupMember, ConsolidatedOpinion> opinions = Map.of();
    private ProvinceGrouping grouping;
    private List<ProvinceGroupRow> all = List.of();
    private Set<ConsolidatedOpinion> shown;

    ProvinceGroupsViewModel(ProvinceGroupService groups, Messages messages, TaskExecutor executor,
            ReadOnlyStringWrapper statusText) {
        this.groups = groups;
        this.messages = messages;
        this.executor = executor;
        this.statusText = statusText;
        canMerge = Bindings.createBooleanBinding(() -> !saving.get() && !wording.get().isBlank()
                && (selectedGroups.size() + selectedOpinions.size() >= 2
                        || selectedGroups.size() == 1 && !selectedGroups.get(0).madeAtProvince()),
                saving, wording, selectedGroups, selectedOpinions);
        canRename = Bindings.createBooleanBinding(() -> !saving.get() && !wording.get().isBlank()
                && selectedGroups.size() == 1 && selectedGroups.get(0).madeAtProvince()
                && !VietText.clean(wording.get()).equals(VietText.clean(selectedGroups.get(0).wording())),
                saving, wording, selectedGroups);
        canDelete = Bindings.createBooleanBinding(() -> !saving.get()
                && selectedGroups.stream().anyMatch(ProvinceGroupRow::madeAtProvince), saving, selectedGroups);
        selectedGroups.addListener((ListChangeListener<ProvinceGroupRow>) change -> {
            if (selectedGroups.size() == 1) {
                wording.set(selectedGroups.get(0).wording());
                members.setAll(selectedGroups.get(0).opinions());
            } else {
                members.clear();
            }
            updateSelection();
        });
        selectedOpinions.addListener((ListChangeListener<ConsolidatedOpinion>) change -> updateSelection());
    }

    /** Shows freshly loaded groups over the opinions loaded with them. */
    void show(Map<ProvinceGroupMember, ConsolidatedOpinion> loaded, ProvinceGrouping now) {
        opinions = loaded;
        grouping = now;
        List<ProvinceGroupRow> built = new ArrayList<>();
        for (ProvinceGrouping.Entry entry : grouping.entries()) {
            List<ConsolidatedOpinion> in = entry.opinions().stream().map(opinions::get).filter(Objects::nonNull).toList();
            if (in.isEmpty() && !entry.madeAtProvince()) {
                continue;
            }
            TreeSet<String> communes = new TreeSet<>(VietText.ORDER);
            in.forEach(o -> communes.add(o.communeName()));
            built.add(new ProvinceGroupRow(entry.key(), entry.provinceId(), String.join(", ", communes),
                    entry.wording(), entry.members(), in));
        }
        all = built;
        summary.set(messages.get("province.groups.summary", grouping.received().size(), grouping.groups().size()));
        filter(shown);
    }

    /**
     * Lists the groups with an opinion among those shown (all when null); a province group left empty stays. The
     * shown opinions come as an identity set, made beside the FX thread with the search.
     */
    void filter(Set<ConsolidatedOpinion> shownOpinions) {
        shown = shownOpinions;
        List<ProvinceGroupRow> visible;
        if (shownOpinions == null) {
            visible = all;
        } else {
            visible = all.stream().filter(r -> r.opinions().isEmpty()
                    || r.opinions().stream().anyMatch(shownOpinions::contains)).toList();
        }
        if (!visible.equals(rows)) {
            rows.setAll(visible);
        }
    }

    /** The wording of the group an opinion belongs to ("" when it stands alone). */
    public String groupOf(ConsolidatedOpinion o) {
        if (grouping == null) {
            return "";
        }
        return grouping.entryOf(ProvinceGroupMember.opinion(o.communeCode(), o.roundKey(), o.code()))
                .map(ProvinceGrouping.Entry::wording).orElse("");
    }

    /** Makes one province group of the chosen groups and opinions, with the wording typed. */
    public void merge() {
        if (!canMerge.get()) {
            return;
        }
        Set<ProvinceGroupMember> chosen = new LinkedHashSet<>();
        for (ProvinceGroupRow row : selectedGroups) {
            chosen.addAll(row.members());
        }
        for (ConsolidatedOpinion o : selectedOpinions) {
            chosen.add(ProvinceGroupMember.opinion(o.communeCode(), o.roundKey(), o.code()));
        }
        String text = wording.get();
        change(() -> {
            ProvinceGroup made = groups.create(text, List.copyOf(chosen));
            return new Done("p" + made.id(), messages.get("province.groups.merged", made.wording(),
                    made.members().size()));
        });
    }

    /** Gives the chosen province group the wording typed; its id stays. */
    public void rename() {
        if (!canRename.get()) {
            return;
        }
        ProvinceGroupRow row = selectedGroups.get(0);
        String text = wording.get();
        change(() -> {
            groups.rename(row.provinceId(), text);
            return new Done(row.key(), messages.get("province.groups.renamed"));
        });
    }

    /** Deletes the chosen province groups; their opinions and the communes' groups stand alone again. */
    public void delete() {
        if (!canDelete.get()) {
            return;
        }
        List<Integer> ids = selectedGroups.stream().filter(ProvinceGroupRow::madeAtProvince)
                .map(ProvinceGroupRow::provinceId).toList();
        change(() -> {
            ids.forEach(groups::delete);
            return new Done(null, messages.get("province.groups.deleted", ids.size()));
        });
    }

    /** How many province groups {@link #delete()} would delete. */
    public long deletable() {
        return selectedGroups.stream().filter(ProvinceGroupRow::madeAtProvince).count();
    }

    private record Done(String key, String message) {
    }

    private record Changed(Done done, ProvinceGrouping grouping) {
    }

    private void change(Supplier<Done> work) {
        saving.set(true);
        statusText.set(messages.get("province.groups.saving"));
        executor.execute(BackgroundTask.of(() -> {
            Done done = work.get();
            return new Changed(done, groups.grouping());
        }).onSuccess(changed -> {
            saving.set(false);
            show(opinions, changed.grouping());
            chosenKey.set(null);
            chosenKey.set(changed.done().key());
            statusText.set(changed.done().message());
        }).onFailure(error -> {
            saving.set(false);
            UserException user = UserException.find(error);
            if (user == null) {
                throw new IllegalStateException(error);
            }
            statusText.set(messages.of(user));
        }));
    }

    private void updateSelection() {
        selection.set(selectedGroups.isEmpty() && selectedOpinions.isEmpty() ? ""
                : messages.get("province.groups.selection", selectedGroups.size(), selectedOpinions.size()));
    }

    public ObservableList<ProvinceGroupRow> rows() {
        return rows;
    }

    /** The groups chosen in the list (the view keeps it equal to the list's selection). */
    public ObservableList<ProvinceGroupRow> selectedGroups() {
        return selectedGroups;
    }

    /** The opinions chosen in the consolidated list (the view keeps it equal to the list's selection). */
    public ObservableList<ConsolidatedOpinion> selectedOpinions() {
        return selectedOpinions;
    }

    /** The opinions of the one chosen group. */
    public ObservableList<ConsolidatedOpinion> members() {
        return members;
    }

    public StringProperty wordingProperty() {
        return wording;
    }

    /** "10 nhóm do các xã gửi lên, 1 nhóm của tỉnh". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The key of the group just made or reworded, for the list to choose it. */
    public ReadOnlyObjectProperty<String> chosenKeyProperty() {
        return chosenKey.getReadOnlyProperty();
    }

    public BooleanBinding canMergeProperty() {
        return canMerge;
    }

    public BooleanBinding canRenameProperty() {
        return canRename;
    }

    public BooleanBinding canDeleteProperty() {
        return canDelete;
    }
}
