package org.cutri.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.document.OfficialDocument;
import org.cutri.grouping.GroupService;
import org.cutri.office.OfficeKind;
import org.cutri.office.OfficeService;
import org.cutri.opinion.OpinionService;
import org.cutri.round.RoundService;

/**
 * State of the report screen: the round (or, at the province, the communes' round), its accepted groups and
 * the program's suggestions, the opinions standing alone, the chart's counts, the names option and the
 * outputs. All database and file work runs in background tasks; a long suggestion can be stopped.
 */
public class ReportViewModel {

    /** A round to compile, by label. */
    public record Option(String label, GroupWork work) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A bar of the chart. */
    public record Count(String label, int count) {
    }

    private final RoundService rounds;
    private final OpinionService opinions;
    private final GroupService groups;
    private final ReportService reports;
    private final OfficeService office;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObservableList<Option> options = FXCollections.observableArrayList();
    private final ObjectProperty<Option> option = new SimpleObjectProperty<>();
    private final ObservableList<GroupWork.Group> groupList = FXCollections.observableArrayList();
    private final ObservableList<GroupWork.Member> alone = FXCollections.observableArrayList();
    private final ObservableList<Count> byField = FXCollections.observableArrayList();
    private final ObservableList<Count> byAuthority = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper suggesting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper province = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty withNames = new SimpleBooleanProperty(false);
    private List<GroupWork.Group> suggestions = List.of();
    private List<GroupWork.Group> accepted = List.of();
    private int generation;

    public ReportViewModel(RoundService rounds, OpinionService opinions, GroupService groups, ReportService reports,
            OfficeService office, Messages messages, TaskExecutor executor, Clock clock) {
        this.rounds = rounds;
        this.opinions = opinions;
        this.groups = groups;
        this.reports = reports;
        this.office = office;
        this.messages = messages;
        this.executor = executor;
        this.clock = clock;
        option.addListener((obs, old, now) -> {
            suggestions = List.of();
            reload();
        });
    }

    /** Reads the rounds (or the province's round sets) and keeps the chosen one if it is still there. */
    public void load() {
        busy.set(true);
        executor.execute(BackgroundTask.of(() -> {
            List<Option> found = new ArrayList<>();
            boolean atProvince = office.get().officeKind() == OfficeKind.PROVINCE;
            if (atProvince) {
                for (ProvinceCompilations.Compilation set : reports.provinceCompilations()) {
                    found.add(new Option(set.label(), set.work()));
                }
            } else {
                rounds.list().stream().sorted((a, b) -> Integer.compare(b.id(), a.id())).forEach(r -> found.add(
                        new Option(r.name(), new CommuneGroupWork(r.id(), reports, groups, opinions))));
            }
            return new Object[] {atProvince, found};
        }).onSuccess(result -> {
            busy.set(false);
            province.set((Boolean) result[0]);
            @SuppressWarnings("unchecked")
            List<Option> found = (List<Option>) result[1];
            Option current = option.get();
            // Keep the options already shown, so that the chosen one stays chosen.
            List<Option> merged = found.stream().map(o -> options.stream().filter(old -> old.label().equals(o.label()))
                    .findFirst().orElse(o)).toList();
            options.setAll(merged);
            if (current != null && merged.contains(current)) {
                reload();
            } else {
                option.set(merged.isEmpty() ? null : merged.get(0));
            }
            if (found.isEmpty()) {
                status.set(messages.get("report.empty"));
            }
        }).onFailure(this::failed));
    }

    /** Reloads the accepted groups, the opinions alone and the chart. */
    public void reload() {
        Option current = option.get();
        if (current == null) {
            groupList.clear();
            alone.clear();
            byField.clear();
            byAuthority.clear();
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(current.work()::load).onSuccess(state -> {
            busy.set(false);
            if (option.get() != current) {
                return;
            }
            accepted = state.groups();
            Set<String> taken = new HashSet<>();
            accepted.forEach(g -> g.members().forEach(m -> taken.add(m.key())));
            suggestions = suggestions.stream().filter(s -> s.members().stream().noneMatch(m -> taken.contains(m.key())))
                    .toList();
            showGroups();
            alone.setAll(state.alone().stream().filter(m -> suggestions.stream()
                    .noneMatch(s -> s.members().contains(m))).toList());
            chart(state.report());
            status.set(messages.get("report.status.loaded", state.report().counts().received(), accepted.size()));
        }).onFailure(this::failed));
    }

    /** Asks the program for same-issue groups in the background; {@link #cancelSuggest()} stops waiting. */
    public void suggest() {
        Option current = option.get();
        if (current == null || suggesting.get()) {
            return;
        }
        int mine = ++generation;
        suggesting.set(true);
        status.set(messages.get("report.status.suggesting"));
        executor.execute(BackgroundTask.of(current.work()::suggest).onSuccess(found -> {
            if (mine != generation || option.get() != current) {
                return;
            }
            suggesting.set(false);
            suggestions = found;
            showGroups();
            alone.removeIf(m -> found.stream().anyMatch(s -> s.members().contains(m)));
            status.set(messages.get("report.status.suggested", found.size()));
        }).onFailure(e -> {
            if (mine == generation) {
                suggesting.set(false);
                failed(e);
            }
        }));
    }

    /** Stops waiting for the suggestions; the screen is usable at once and their result is dropped. */
    public void cancelSuggest() {
        if (suggesting.get()) {
            generation++;
            suggesting.set(false);
            status.set(messages.get("report.status.cancelled"));
        }
    }

    /** Accepts a group (a suggestion, maybe trimmed) with the given wording. */
    public void accept(GroupWork.Group group, List<GroupWork.Member> members, String wording) {
        List<String> keys = (members.isEmpty() ? group.members() : members).stream().map(GroupWork.Member::key).toList();
        change(work -> {
            if (group.accepted() && group.id() != null) {
                work.editWording(group, wording);
            } else {
                work.accept(keys, wording);
            }
        }, messages.get("report.status.accepted", wording));
    }

    public void split(GroupWork.Group group, List<GroupWork.Member> members, String wording) {
        List<String> keys = members.stream().map(GroupWork.Member::key).toList();
        change(work -> work.split(group, keys, wording), messages.get("report.status.changed"));
    }

    public void removeMember(GroupWork.Group group, GroupWork.Member member) {
        if (!group.accepted()) {
            List<GroupWork.Member> rest = group.members().stream().filter(m -> !m.equals(member)).toList();
            List<GroupWork.Group> changed = new ArrayList<>();
            for (GroupWork.Group s : suggestions) {
                if (s != group) {
                    changed.add(s);
                } else if (rest.size() >= 2) {
                    changed.add(new GroupWork.Group(null, s.wording(), false, rest));
                }
            }
            suggestions = changed;
            showGroups();
            alone.add(member);
            if (rest.size() < 2) {
                alone.addAll(rest);
            }
            return;
        }
        change(work -> work.removeMember(group, member.key()), messages.get("report.status.changed"));
    }

    public void editWording(GroupWork.Group group, String wording) {
        if (!group.accepted()) {
            accept(group, List.of(), wording);
            return;
        }
        change(work -> work.editWording(group, wording), messages.get("report.status.changed"));
    }

    public void delete(GroupWork.Group group) {
        if (!group.accepted()) {
            suggestions = suggestions.stream().filter(s -> s != group).toList();
            showGroups();
            alone.addAll(group.members());
            return;
        }
        change(work -> work.delete(group), messages.get("report.status.changed"));
    }

    /** Builds the official document in the background and hands it over. */
    public void document(Consumer<OfficialDocument> then) {
        Option current = option.get();
        if (current == null) {
            return;
        }
        boolean names = withNames.get();
        busy.set(true);
        status.set(messages.get("report.status.saving"));
        executor.execute(BackgroundTask.of(() -> current.work().document(names, LocalDate.now(clock)))
                .onSuccess(doc -> {
                    busy.set(false);
                    status.set("");
                    then.accept(doc);
                }).onFailure(this::failed));
    }

    /** Saves the report as .docx, .xlsx or .pdf in the background. */
    public void save(Path target) {
        Option current = option.get();
        if (current == null) {
            return;
        }
        boolean names = withNames.get();
        busy.set(true);
        status.set(messages.get("report.status.saving"));
        executor.execute(BackgroundTask.run(() -> {
            ReportFiles.formatOf(target);
            OfficialDocument document = current.work().document(names, LocalDate.now(clock));
            ReportFiles.save(current.work().compile(names), document, target);
        }).onSuccess(v -> {
            busy.set(false);
            status.set(messages.get("report.status.saved", target.getFileName()));
        }).onFailure(this::failed));
    }

    /** A file name to offer ("bao-cao-tong-hop-tiep-xuc-cu-tri-sau-ky-hop-thu-2.docx"). */
    public String suggestedFileName(String extension) {
        Option current = option.get();
        String base = current == null ? "bao-cao-tong-hop" : "bao-cao-tong-hop-" + org.cutri.common.text.VietText
                .fold(current.label()).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (base.length() > 80 ? base.substring(0, 80) : base) + "." + extension;
    }

    private void change(Consumer<GroupWork> change, String done) {
        Option current = option.get();
        if (current == null) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.run(() -> change.accept(current.work())).onSuccess(v -> {
            busy.set(false);
            reload();
            status.set(done);
        }).onFailure(this::failed));
    }

    private void showGroups() {
        List<GroupWork.Group> all = new ArrayList<>(accepted);
        all.addAll(suggestions);
        groupList.setAll(all);
    }

    private void chart(CompiledReport report) {
        Map<String, Integer> fields = new LinkedHashMap<>();
        report.fieldOrder().forEach(f -> fields.putIfAbsent(f, 0));
        Map<String, Integer> authorities = new LinkedHashMap<>();
        report.authorities().forEach(a -> authorities.putIfAbsent(shortAuthority(a.authority()), 0));
        for (CompiledReport.AnnexRow row : report.annex()) {
            fields.merge(row.field(), 1, Integer::sum);
            authorities.merge(shortAuthority(row.authority()), 1, Integer::sum);
        }
        byField.setAll(fields.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList());
        byAuthority.setAll(authorities.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList());
    }

    /** The bar of an authority as the compiled report names it, in the user's language; named bodies are one bar: "Cơ quan khác". */
    private String shortAuthority(String label) {
        if (label.equals(ReportCompiler.NO_AUTHORITY)) {
            return messages.get("report.noAuthority");
        }
        return messages.label(org.cutri.opinion.Authority.parse(label).orElse(org.cutri.opinion.Authority.OTHER));
    }

    private void failed(Exception e) {
        busy.set(false);
        suggesting.set(false);
        status.set(e instanceof org.cutri.common.UserException user ? messages.of(user) : String.valueOf(e.getMessage()));
    }

    public ObservableList<Option> options() {
        return options;
    }

    public ObjectProperty<Option> optionProperty() {
        return option;
    }

    public ObservableList<GroupWork.Group> groups() {
        return groupList;
    }

    public ObservableList<GroupWork.Member> alone() {
        return alone;
    }

    public ObservableList<Count> byField() {
        return byField;
    }

    public ObservableList<Count> byAuthority() {
        return byAuthority;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty suggestingProperty() {
        return suggesting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty provinceProperty() {
        return province.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty withNamesProperty() {
        return withNames;
    }
}
