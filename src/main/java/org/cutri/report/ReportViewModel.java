package org.cutri.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.cutri.common.text.DateText;
import org.cutri.common.BelowNormal;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.BackgroundTask;
import org.cutri.common.task.TaskExecutor;
import org.cutri.common.task.TaskTracker;
import org.cutri.document.OfficialDocument;
import org.cutri.grouping.GroupService;
import org.cutri.office.OfficeKind;
import org.cutri.office.OfficeService;
import org.cutri.opinion.OpinionService;
import org.cutri.round.RoundService;

/**
 * State of the report screen: the round (or, at the province, the communes' round), its accepted groups and
 * the program's suggestions, the opinions standing alone, the chart's counts, the names option and the
 * outputs. All database and file work runs in background tasks. The long ones (reading a big round, the
 * suggestion, preparing the preview) run as computations beside the save queue and show in {@link #longWork()};
 * the suggestion and the preview can be stopped. Lists for the screen (who stands alone) are worked out in the
 * background too: the FX thread only swaps finished lists in.
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

    /**
     * What the secretary is asked before the report is printed or saved.
     *
     * @param unreviewed suggested groups nobody accepted or deleted yet: the report does not merge them
     * @param withoutDiacritics opinions of the round typed without diacritics, printed as they are
     * @param timing where the round stands; null where not known (the province)
     * @param today the day the report would be dated by default
     */
    public record OutputCheck(int unreviewed, int withoutDiacritics, ReportTiming timing, LocalDate today) {

        /** True when the date and draft status must be chosen before the report is made. */
        public boolean early() {
            return timing != null && timing.early(today);
        }
    }

    private final RoundService rounds;
    private final OpinionService opinions;
    private final GroupService groups;
    private final ReportService reports;
    private final org.cutri.document.DocumentOutput output;
    private final AnswerReportService answerReports;
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
    private int pending;
    private final ReadOnlyBooleanWrapper suggesting = new ReadOnlyBooleanWrapper();
    private final TaskTracker longWork = new TaskTracker();
    private final ReadOnlyBooleanWrapper province = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper issueState = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reportIssued = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper answersIssued = new ReadOnlyBooleanWrapper(true);
    private final BooleanProperty withNames = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper withoutDiacritics = new ReadOnlyIntegerWrapper();
    private final ObservableList<GroupWork.Member> likely = FXCollections.observableArrayList();
    /** Beside an opinion standing alone: the groups it may belong to. */
    private final ObservableList<GroupWork.Group> likelyGroups = FXCollections.observableArrayList();
    private Map<GroupWork.Group, List<String>> likelyGroupShared = Map.of();
    /** What each opinion listed shares with the choice (by key), for the screen to say why it is listed. */
    private Map<String, List<String>> likelyShared = Map.of();
    private final ReadOnlyStringWrapper likelyNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper likelyAction = new ReadOnlyStringWrapper("");
    /** The group, or the opinion standing alone, the list of likely opinions is for; null for none. */
    private Object likelyFor;
    private final java.util.concurrent.atomic.AtomicInteger likelyAsks = new java.util.concurrent.atomic.AtomicInteger();
    /** The vectors of what the screen shows, for the likely opinions; built again once the lists change. */
    private final java.util.concurrent.atomic.AtomicReference<LikelyOpinions.Index> likelyIndex =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** Counts the changes of the lists shown (FX thread). */
    private int shownVersion;
    /** An opinion whose group the screen chooses once the lists are shown again (after a successful addition). */
    private String chooseNext;
    /** What a change did, kept in the status line by the reload that follows it. */
    private String doneBeforeReload;
    /** True once the program's suggestions were asked for the chosen round (the secretary's or before output). */
    private boolean suggestedOnce;
    private List<GroupWork.Group> suggestions = List.of();
    private List<GroupWork.Group> accepted = List.of();
    private int reloads;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportViewModel.class);

    public ReportViewModel(RoundService rounds, OpinionService opinions, GroupService groups, ReportService reports,
            OfficeService office, Messages messages, TaskExecutor executor, Clock clock) {
        this(rounds, opinions, groups, reports, office, messages, executor, clock, org.cutri.document.DocumentOutput.PLAIN);
    }

    /** @param output where the report is saved and printed, recorded in the audit trail */
    public ReportViewModel(RoundService rounds, OpinionService opinions, GroupService groups, ReportService reports,
            OfficeService office, Messages messages, TaskExecutor executor, Clock clock,
            org.cutri.document.DocumentOutput output) {
        this(rounds, opinions, groups, reports, office, messages, executor, clock, output, null);
    }

    /**
     * @param answerReports the read-back report of a commune's round (kết quả trả lời cử tri); null: not offered
     */
    public ReportViewModel(RoundService rounds, OpinionService opinions, GroupService groups, ReportService reports,
            OfficeService office, Messages messages, TaskExecutor executor, Clock clock,
            org.cutri.document.DocumentOutput output, AnswerReportService answerReports) {
        this.answerReports = answerReports;
        this.output = output;
        this.rounds = rounds;
        this.opinions = opinions;
        this.groups = groups;
        this.reports = reports;
        this.office = office;
        this.messages = messages;
        this.executor = executor;
        this.clock = clock;
        likelyNote.set(messages.get("report.likely.choose"));
        likelyAction.set(messages.get("report.likely.addToGroup"));
        option.addListener((obs, old, now) -> {
            longWork.cancel();
            suggestions = List.of();
            suggestedOnce = false;
            reload();
        });
    }

    /**
     * Lists the opinions standing alone that may raise the same issue as {@code chosen} (a group, or an opinion standing
     * alone), most alike first, ranked in the background; anything else empties the list (decision 0056). Only the
     * latest choice's list is shown.
     */
    public void lookAlike(Object chosen) {
        int mine = likelyAsks.incrementAndGet();
        List<GroupWork.Member> queries;
        if (chosen instanceof GroupWork.Group group) {
            queries = group.members();
        } else if (chosen instanceof GroupWork.Member member && alone.contains(member)) {
            queries = List.of(member);
        } else {
            likelyFor = null;
            likely.clear();
            likelyGroups.clear();
            likelyNote.set(messages.get("report.likely.choose"));
            return;
        }
        likelyFor = chosen;
        likelyAction.set(messages.get(chosen instanceof GroupWork.Group ? "report.likely.addToGroup"
                : "report.likely.makeGroup"));
        likely.clear();
        likelyGroups.clear();
        likelyNote.set(messages.get("report.likely.looking"));
        List<GroupWork.Member> among = List.copyOf(alone);
        List<GroupWork.Group> shownGroups = List.copyOf(groupList);
        int version = shownVersion;
        List<GroupWork.Member> everyone = new ArrayList<>();
        groupList.forEach(g -> everyone.addAll(g.members()));
        everyone.addAll(among);
        // a choice made meanwhile (the secretary arrowing down the list) makes this one's ranking pointless; the
        // vectors of what the screen shows are built once for all its choices
        executor.execute(BackgroundTask.monitored(monitor -> {
            LikelyOpinions.Index index;
            // one build at a time: the choices made while it runs wait for it, then use it
            synchronized (likelyIndex) {
                if (mine != likelyAsks.get()) {
                    return new Likelies(List.of(), List.of());
                }
                index = likelyIndex.get();
                if (index == null || index.version() != version || !index.covers(queries) || !index.covers(among)) {
                    index = LikelyOpinions.Index.of(version, everyone, monitor);
                    likelyIndex.set(index);
                }
            }
            if (mine != likelyAsks.get()) {
                return new Likelies(List.of(), List.of());
            }
            // beside an opinion standing alone, also the groups it may belong to
            return new Likelies(index.rank(queries, among, monitor), chosen instanceof GroupWork.Member member
                    ? index.groups(member, shownGroups, monitor) : List.of());
        }).computation()
                .onSuccess(found -> {
                    if (mine != likelyAsks.get()) {
                        return;
                    }
                    Map<String, List<String>> shared = new HashMap<>();
                    found.opinions().forEach(l -> shared.put(l.member().key(), l.shared()));
                    likelyShared = shared;
                    Map<GroupWork.Group, List<String>> groupShared = new HashMap<>();
                    found.groups().forEach(g -> groupShared.put(g.group(), g.shared()));
                    likelyGroupShared = groupShared;
                    likely.setAll(found.opinions().stream().map(LikelyOpinions.Likely::member).toList());
                    likelyGroups.setAll(found.groups().stream().map(LikelyOpinions.LikelyGroup::group).toList());
                    likelyNote.set(messages.get(found.opinions().isEmpty() && found.groups().isEmpty()
                            ? "report.likely.none"
                            : chosen instanceof GroupWork.Group ? "report.likely.forGroup" : "report.likely.forOpinion"));
                }).onFailure(e -> {
                    if (mine == likelyAsks.get()) {
                        likelyNote.set("");
                        failed(e);
                    }
                }));
    }

    /**
     * Puts the chosen likely opinions with what the list is for: into the group (a suggestion is accepted with them and
     * {@code wording}), or, beside an opinion standing alone, into a new accepted group with it, worded {@code wording}
     * or, when that is blank, as that opinion (decision 0056).
     */
    public void addLikely(List<GroupWork.Member> chosen, String wording) {
        if (chosen.isEmpty() || likelyFor == null) {
            status.set(messages.get("report.likely.select"));
            return;
        }
        List<String> keys = chosen.stream().map(GroupWork.Member::key).toList();
        if (likelyFor instanceof GroupWork.Group group && group.id() != null) {
            change(work -> work.addMembers(group, keys), messages.get("report.likely.added", keys.size(),
                    group.wording()), keys.get(0));
        } else if (likelyFor instanceof GroupWork.Group suggestion) {
            // a suggestion is accepted with them, worded as the box says
            List<String> all = new ArrayList<>(suggestion.members().stream().map(GroupWork.Member::key).toList());
            all.addAll(keys);
            String worded = wording == null || wording.isBlank() ? suggestion.wording() : wording;
            change(work -> work.accept(all, worded), messages.get("report.likely.added", keys.size(), worded),
                    keys.get(0));
        } else if (likelyFor instanceof GroupWork.Member member) {
            List<String> all = new ArrayList<>();
            all.add(member.key());
            all.addAll(keys);
            String worded = wording == null || wording.isBlank() ? member.content() : wording;
            change(work -> work.accept(all, worded), messages.get("report.status.accepted", worded), member.key());
        }
        likelyFor = null;
        likely.clear();
        likelyGroups.clear();
        likelyNote.set(messages.get("report.likely.choose"));
    }

    /** The likely opinions and groups of one choice. */
    private record Likelies(List<LikelyOpinions.Likely> opinions, List<LikelyOpinions.LikelyGroup> groups) {
    }

    /**
     * Adds the opinion standing alone the lists are for to {@code group}, one of {@link #likelyGroups()}: a stored group
     * takes it; a suggestion is accepted with it, keeping its wording (decision 0056).
     */
    public void addToLikelyGroup(GroupWork.Group group) {
        if (group == null || !(likelyFor instanceof GroupWork.Member member)) {
            status.set(messages.get("report.likely.selectGroup"));
            return;
        }
        if (group.id() != null) {
            change(work -> work.addMembers(group, List.of(member.key())), messages.get("report.likely.added", 1,
                    group.wording()), member.key());
        } else {
            List<String> all = new ArrayList<>(group.members().stream().map(GroupWork.Member::key).toList());
            all.add(member.key());
            change(work -> work.accept(all, group.wording()), messages.get("report.likely.added", 1, group.wording()),
                    member.key());
        }
        likelyFor = null;
        likely.clear();
        likelyGroups.clear();
        likelyNote.set(messages.get("report.likely.choose"));
    }

    /**
     * The opinion whose group the screen should choose now that the lists are shown again (after likely opinions were
     * added), once; null when nothing was added since.
     */
    public String takeChooseNext() {
        String key = chooseNext;
        chooseNext = null;
        return key;
    }

    public ObservableList<GroupWork.Member> likely() {
        return likely;
    }

    /** Beside an opinion standing alone, the groups it may belong to, most alike first. */
    public ObservableList<GroupWork.Group> likelyGroups() {
        return likelyGroups;
    }

    /** What a group of {@link #likelyGroups()} shares with the chosen opinion. */
    public List<String> likelyGroupShared(GroupWork.Group group) {
        return likelyGroupShared.getOrDefault(group, List.of());
    }

    /** The text of the button that adds the chosen likely opinions: to the group, or into a new group. */
    public ReadOnlyStringProperty likelyActionProperty() {
        return likelyAction.getReadOnlyProperty();
    }

    /** What an opinion of {@link #likely()} shares with the choice: names, matters, words (empty when nothing known). */
    public List<String> likelyShared(GroupWork.Member member) {
        return likelyShared.getOrDefault(member.key(), List.of());
    }

    public ReadOnlyStringProperty likelyNoteProperty() {
        return likelyNote.getReadOnlyProperty();
    }

    /** Reads the rounds (or the province's round sets) and keeps the chosen one if it is still there. */
    public void load() {
        started();
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
            ended();
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
        }).onFailure(this::failedWhileBusy));
    }

    /**
     * Reloads the accepted groups, the opinions alone and the chart. Reading a round is a computation (it
     * writes nothing and may take seconds on a big round): saves do not wait for it.
     */
    public void reload() {
        Option current = option.get();
        readIssues(current);
        if (current == null) {
            shownVersion++;
            groupList.clear();
            alone.clear();
            byField.clear();
            byAuthority.clear();
            return;
        }
        started();
        // reads run side by side on the pool: only the latest one is shown, whichever ends last
        int mine = ++reloads;
        String done = doneBeforeReload;
        doneBeforeReload = null;
        List<GroupWork.Group> shownSuggestions = suggestions;
        executor.execute(BackgroundTask.of(() -> {
            GroupWork.State state = current.work().load();
            Set<String> taken = keys(state.groups());
            List<GroupWork.Group> stillSuggested = shownSuggestions.stream()
                    .filter(s -> s.members().stream().noneMatch(m -> taken.contains(m.key()))).toList();
            Set<String> suggested = keys(stillSuggested);
            List<GroupWork.Member> standingAlone = state.alone().stream().filter(m -> !suggested.contains(m.key()))
                    .toList();
            return new Loaded(state, stillSuggested, standingAlone, counts(state.report()), withoutDiacritics(state));
        }).computation().onSuccess(loaded -> {
            ended();
            if (option.get() != current || mine != reloads) {
                return;
            }
            accepted = loaded.state().groups();
            // a suggestion that arrived meanwhile wins over the one this load started from
            if (suggestions == shownSuggestions) {
                suggestions = loaded.suggestions();
            }
            showGroups(loaded.alone());
            byField.setAll(loaded.charts().get(0));
            byAuthority.setAll(loaded.charts().get(1));
            withoutDiacritics.set(loaded.withoutDiacritics());
            status.set(done != null ? done : messages.get("report.status.loaded",
                    loaded.state().report().counts().received(), accepted.size()));
        }).onFailure(this::failedWhileBusy));
    }

    /** A round read in the background, with what the screen shows of it. */
    private record Loaded(GroupWork.State state, List<GroupWork.Group> suggestions, List<GroupWork.Member> alone,
            List<List<Count>> charts, int withoutDiacritics) {
    }

    /** The round's opinions (in groups or alone) typed without diacritics. */
    private static int withoutDiacritics(GroupWork.State state) {
        return state.withoutDiacritics().size();
    }

    /** True when the opinion was typed without diacritics: the screen marks it. */
    public static boolean withoutDiacritics(GroupWork.Member member) {
        return member != null && member.withoutDiacritics();
    }

    /**
     * Asks the program for same-issue groups as a computation with progress; {@link #cancelSuggest()} stops it
     * (the grouping checks for it in its loops). Nothing is stored until the secretary accepts a group.
     */
    public void suggest() {
        Option current = option.get();
        if (current == null || longWork.runningProperty().get()) {
            return;
        }
        suggesting.set(true);
        status.set(messages.get("report.status.suggesting"));
        List<GroupWork.Member> aloneNow = List.copyOf(alone);
        // below normal priority, leaving a core to the window (docs/decisions/0024)
        BackgroundTask<Suggested> task = BackgroundTask.monitored(monitor -> BelowNormal.run(() -> {
            List<GroupWork.Group> found = current.work().suggest(monitor);
            Set<String> grouped = keys(found);
            return new Suggested(found, aloneNow.stream().filter(m -> !grouped.contains(m.key())).toList());
        }));
        executor.execute(longWork.track(task).computation().onSuccess(found -> {
            suggesting.set(false);
            if (option.get() != current) {
                return;
            }
            suggestions = found.groups();
            suggestedOnce = true;
            showGroups(found.alone());
            status.set(messages.get("report.status.suggested", found.groups().size()));
        }).onCancelled(() -> {
            suggesting.set(false);
            status.set(messages.get("report.status.cancelled"));
        }).onFailure(e -> {
            suggesting.set(false);
            failed(e);
        }));
    }

    /** Suggestions and who stands alone beside them. */
    private record Suggested(List<GroupWork.Group> groups, List<GroupWork.Member> alone) {
    }

    /** Stops the suggestion: the grouping stops at its next check and its result is dropped. */
    public void cancelSuggest() {
        if (suggesting.get()) {
            longWork.cancel();
            status.set(messages.get("task.stopping"));
        }
    }

    /** Stops the long work running now (the suggestion, preparing the preview, saving a file). */
    public void cancelLongWork() {
        if (suggesting.get()) {
            cancelSuggest();
        } else if (longWork.runningProperty().get()) {
            longWork.cancel();
            status.set(messages.get("task.stopping"));
        }
    }

    private static Set<String> keys(List<GroupWork.Group> groups) {
        Set<String> keys = new HashSet<>();
        groups.forEach(g -> g.members().forEach(m -> keys.add(m.key())));
        return keys;
    }

    /** Accepts a group (a suggestion, maybe trimmed) with the given wording. */
    public void accept(GroupWork.Group group, List<GroupWork.Member> members, String wording) {
        List<String> keys = (members.isEmpty() ? group.members() : members).stream().map(GroupWork.Member::key).toList();
        // accepting part of a suggestion splits the rest apart from it (decision 0031)
        List<String> left = group.accepted() ? List.of()
                : group.members().stream().map(GroupWork.Member::key).filter(k -> !keys.contains(k)).toList();
        change(work -> {
            if (group.accepted() && group.id() != null) {
                work.editWording(group, wording);
            } else {
                work.accept(keys, wording);
                if (!left.isEmpty()) {
                    work.keepApart(keys, left);
                }
            }
        }, messages.get("report.status.accepted", wording), keys.isEmpty() ? null : keys.get(0));
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
                    changed.add(new GroupWork.Group(null, s.wording(), false, rest, s.shared(), s.remembered()));
                }
            }
            suggestions = changed;
            List<GroupWork.Member> nowAlone = new ArrayList<>(alone);
            nowAlone.add(member);
            if (rest.size() < 2) {
                nowAlone.addAll(rest);
            }
            showGroups(nowAlone);
            // taken out of a suggestion: not suggested with the rest again (decision 0031)
            List<String> restKeys = rest.stream().map(GroupWork.Member::key).toList();
            change(work -> work.keepApart(List.of(member.key()), restKeys), messages.get("report.status.apart"));
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
            List<GroupWork.Member> nowAlone = new ArrayList<>(alone);
            nowAlone.addAll(group.members());
            showGroups(nowAlone);
            // a dropped suggestion: its opinions are not suggested together again (decision 0031)
            List<String> keys = group.members().stream().map(GroupWork.Member::key).toList();
            change(work -> work.keepApart(keys, List.of()), messages.get("report.status.apart"));
            return;
        }
        change(work -> work.delete(group), messages.get("report.status.changed"));
    }

    /**
     * Finds what to ask before printing or saving, in the background: suggested groups not reviewed (the
     * program's suggestions are asked for first if nobody did), opinions typed without diacritics, and whether
     * the round is over. The suggestions found are shown in the list.
     */
    public void checkBeforeOutput(Consumer<OutputCheck> then) {
        Option current = option.get();
        if (current == null || longWork.runningProperty().get()) {
            return;
        }
        boolean suggest = !suggestedOnce;
        List<GroupWork.Member> aloneNow = List.copyOf(alone);
        LocalDate today = LocalDate.now(clock);
        started();
        status.set(messages.get("report.status.checking"));
        BackgroundTask<Checked> task = BackgroundTask.monitored(monitor -> {
            Suggested found = null;
            if (suggest) {
                List<GroupWork.Group> groups = current.work().suggest(monitor);
                Set<String> grouped = keys(groups);
                found = new Suggested(groups, aloneNow.stream().filter(m -> !grouped.contains(m.key())).toList());
            }
            return new Checked(found, current.work().timing().orElse(null));
        });
        executor.execute(longWork.track(task).computation().onSuccess(checked -> {
            ended();
            status.set("");
            if (option.get() != current) {
                return;
            }
            if (checked.suggested() != null) {
                suggestions = checked.suggested().groups();
                suggestedOnce = true;
                showGroups(checked.suggested().alone());
            }
            then.accept(new OutputCheck(suggestions.size(), withoutDiacritics.get(), checked.timing(), today));
        }).onCancelled(() -> {
            ended();
            status.set(messages.get("report.status.cancelled"));
        }).onFailure(this::failedWhileBusy));
    }

    private record Checked(Suggested suggested, ReportTiming timing) {
    }

    /** Accepts every suggested group as suggested (its wording too), then runs {@code then}. */
    public void acceptAll(Runnable then) {
        Option current = option.get();
        List<GroupWork.Group> all = List.copyOf(suggestions);
        if (current == null || all.isEmpty()) {
            then.run();
            return;
        }
        started();
        executor.execute(BackgroundTask.run(() -> {
            for (GroupWork.Group group : all) {
                current.work().accept(group.members().stream().map(GroupWork.Member::key).toList(), group.wording());
            }
        }).onSuccess(v -> {
            ended();
            suggestions = List.of();
            reload();
            status.set(messages.get("report.status.acceptedAll", all.size()));
            then.run();
        }).onFailure(this::failedWhileBusy));
    }

    /** Builds the official document in the background and hands it over. */
    public void document(Consumer<OfficialDocument> then) {
        document(null, then);
    }

    /** As {@link #document(Consumer)}, dated as chosen (null: the usual date). */
    public void document(ReportDate dated, Consumer<OfficialDocument> then) {
        Option current = option.get();
        if (current == null || longWork.runningProperty().get()) {
            return;
        }
        boolean names = withNames.get();
        started();
        status.set(messages.get("report.status.preparing"));
        BackgroundTask<OfficialDocument> task = BackgroundTask.monitored(monitor -> BelowNormal.run(
                () -> current.work().prepare(names, LocalDate.now(clock), dated, monitor).document()));
        executor.execute(longWork.track(task).computation().onSuccess(doc -> {
            ended();
            status.set("");
            then.accept(doc);
        }).onCancelled(() -> {
            ended();
            status.set(messages.get("report.status.previewCancelled"));
        }).onFailure(this::failedWhileBusy));
    }

    /**
     * Reads whether the chosen commune round's reports are issued, in the background, and shows it: the line under
     * the buttons and whether "Ban hành" is offered.
     */
    private void readIssues(Option current) {
        if (current == null || current.work().roundId().isEmpty()) {
            issueState.set("");
            reportIssued.set(true);
            answersIssued.set(true);
            return;
        }
        int roundId = current.work().roundId().getAsInt();
        executor.execute(BackgroundTask.of(() -> {
            java.util.Optional<ReportIssue> report = reports.issued(roundId);
            java.util.Optional<ReportIssue> answers = reports.answersIssued(roundId);
            String text = issueText("report.issue.state.report", report) + (answerReports == null ? ""
                    : " " + issueText("report.issue.state.answers", answers));
            return new Object[] {text, report.isPresent(), answerReports == null || answers.isPresent()};
        }).onSuccess(read -> {
            if (option.get() != current) {
                return;
            }
            issueState.set((String) read[0]);
            reportIssued.set((Boolean) read[1]);
            answersIssued.set((Boolean) read[2]);
        }).onFailure(this::failedWhileBusy));
    }

    private String issueText(String key, java.util.Optional<ReportIssue> issue) {
        return issue.map(i -> messages.get(key + ".issued", reports.numberText(i), DateText.format(i.issuedOn())))
                .orElseGet(() -> messages.get(key + ".draft"));
    }

    /**
     * Issues the chosen round's compiled report ({@code answers} false) or its read-back report (true), dated today:
     * reads the number the register would give in the background, asks {@code confirm} with it and the date, then
     * takes the number in one transaction. A report issued before is not issued again.
     */
    public void issueReport(boolean answers, Predicate<String> confirm) {
        Option current = option.get();
        if (current == null || current.work().roundId().isEmpty() || (answers ? answersIssued : reportIssued).get()) {
            return;
        }
        int roundId = current.work().roundId().getAsInt();
        LocalDate day = LocalDate.now(clock);
        String kind = messages.get(answers ? "report.issue.kind.answers" : "report.issue.kind.report");
        executor.execute(BackgroundTask.of(() -> reports.upcomingNumber(day)).onSuccess(number -> {
            if (!confirm.test(messages.get("report.issue.confirm", kind, current.label(), number,
                    DateText.format(day)))) {
                return;
            }
            started();
            executor.execute(BackgroundTask.of(() -> answers ? reports.answerIssue(roundId, day)
                    : reports.issue(roundId, day)).onSuccess(issue -> {
                        ended();
                        status.set(messages.get("report.issue.done", kind, reports.numberText(issue),
                                DateText.format(issue.issuedOn())));
                        readIssues(current);
                    }).onFailure(this::failedWhileBusy));
        }).onFailure(this::failedWhileBusy));
    }

    /** Whether the chosen round's compiled and read-back reports are issued, in words; empty at the province. */
    public ReadOnlyStringProperty issueStateProperty() {
        return issueState.getReadOnlyProperty();
    }

    /** True when the chosen round's compiled report is issued, or cannot be (the province): "Ban hành" is off. */
    public ReadOnlyBooleanProperty reportIssuedProperty() {
        return reportIssued.getReadOnlyProperty();
    }

    /** True when the chosen round's read-back report is issued, or cannot be. */
    public ReadOnlyBooleanProperty answersIssuedProperty() {
        return answersIssued.getReadOnlyProperty();
    }

    /** True when the chosen round's read-back report can be made: a commune's round, at a commune office. */
    public boolean answerReportOffered() {
        Option current = option.get();
        return answerReports != null && current != null && current.work().roundId().isPresent();
    }

    /**
     * Builds the read-back report of the chosen round (báo cáo kết quả giải quyết, trả lời ý kiến, kiến nghị của cử
     * tri) in the background, as a long task "Dừng" can stop before it takes a number, and hands it over with the
     * file name to offer.
     */
    public void answerReport(java.util.function.BiConsumer<OfficialDocument, String> then) {
        Option current = option.get();
        if (!answerReportOffered() || longWork.runningProperty().get()) {
            return;
        }
        int roundId = current.work().roundId().getAsInt();
        String fileName = AnswerReportService.suggestedFileName(current.label(), "docx").replace(".docx", "");
        started();
        status.set(messages.get("report.answers.preparing"));
        BackgroundTask<OfficialDocument> task = BackgroundTask.monitored(monitor -> answerReports.document(roundId,
                LocalDate.now(clock), monitor));
        executor.execute(longWork.track(task).computation().onSuccess(doc -> {
            ended();
            status.set("");
            then.accept(doc, fileName);
        }).onCancelled(() -> {
            ended();
            status.set(messages.get("report.answers.cancelled"));
        }).onFailure(this::failedWhileBusy));
    }

    /**
     * Saves the report as .docx, .xlsx or .pdf in the background, with progress; {@link #cancelLongWork()} stops
     * the writing itself. The file is written under a temporary name beside the target and moved into place only
     * once complete: stopped or failed, no half-written file is left and an older file of that name stays.
     */
    public void save(Path target) {
        save(target, null);
    }

    /** As {@link #save(Path)}, dated as chosen (null: the usual date). */
    public void save(Path target, ReportDate dated) {
        Option current = option.get();
        if (current == null || longWork.runningProperty().get()) {
            return;
        }
        boolean names = withNames.get();
        started();
        status.set(messages.get("report.status.saving"));
        BackgroundTask<Void> task = BackgroundTask.monitored(monitor -> {
            ReportFiles.formatOf(target);
            PreparedReport prepared = current.work().prepare(names, LocalDate.now(clock), dated,
                    monitor.part(0, 0.3));
            ReportFiles.save(prepared.report(), prepared.document(), target, monitor.part(0.3, 1));
            output.written(prepared.document(), target);
            return null;
        });
        executor.execute(longWork.track(task).computation().onSuccess(v -> {
            ended();
            status.set(messages.get("report.status.saved", target.getFileName()));
        }).onCancelled(() -> {
            ended();
            status.set(messages.get("report.status.saveCancelled", target.getFileName()));
        }).onFailure(this::failedWhileBusy));
    }

    /** A file name to offer ("bao-cao-tong-hop-tiep-xuc-cu-tri-sau-ky-hop-thu-2.docx"). */
    public String suggestedFileName(String extension) {
        Option current = option.get();
        String base = current == null ? "bao-cao-tong-hop" : "bao-cao-tong-hop-" + org.cutri.common.text.VietText
                .fold(current.label()).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (base.length() > 80 ? base.substring(0, 80) : base) + "." + extension;
    }

    private void change(Consumer<GroupWork> change, String done) {
        change(change, done, null);
    }

    /** As {@link #change(Consumer, String)}; once done, the group holding opinion {@code chooseKey} is chosen next. */
    private void change(Consumer<GroupWork> change, String done, String chooseKey) {
        Option current = option.get();
        if (current == null) {
            return;
        }
        started();
        executor.execute(BackgroundTask.run(() -> change.accept(current.work())).onSuccess(v -> {
            ended();
            // what was done stays in the status line once the round is read again (not "N opinions loaded")
            doneBeforeReload = done;
            chooseNext = chooseKey;
            reload();
            status.set(done);
        }).onFailure(this::failedWhileBusy));
    }

    /** Shows the groups (accepted, then suggested) and the opinions standing alone, each list changed once. */
    private void showGroups(List<GroupWork.Member> standingAlone) {
        shownVersion++;
        List<GroupWork.Group> all = new ArrayList<>(accepted);
        all.addAll(suggestions);
        groupList.setAll(all);
        alone.setAll(standingAlone);
    }

    /** The chart's bars: by field, then by authority. */
    private List<List<Count>> counts(CompiledReport report) {
        Map<String, Integer> fields = new LinkedHashMap<>();
        report.fieldOrder().forEach(f -> fields.putIfAbsent(f, 0));
        Map<String, Integer> authorities = new LinkedHashMap<>();
        report.authorities().forEach(a -> authorities.putIfAbsent(shortAuthority(a.authority()), 0));
        for (CompiledReport.AnnexRow row : report.annex()) {
            fields.merge(row.field(), 1, Integer::sum);
            authorities.merge(shortAuthority(row.authority()), 1, Integer::sum);
        }
        return List.of(fields.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList(),
                authorities.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList());
    }

    /** The bar of an authority as the compiled report names it, in the user's language; named bodies are one bar: "Cơ quan khác". */
    private String shortAuthority(String label) {
        if (label.equals(ReportCompiler.NO_AUTHORITY)) {
            return messages.get("report.noAuthority");
        }
        return messages.label(org.cutri.opinion.Authority.parse(label).orElse(org.cutri.opinion.Authority.OTHER));
    }

    private void started() {
        pending++;
        busy.set(true);
    }

    private void ended() {
        pending = Math.max(0, pending - 1);
        busy.set(pending > 0);
    }

    private void failedWhileBusy(Exception e) {
        ended();
        failed(e);
    }

    /** A failure in the status line: the user's message, or a plain sentence (details in the log). */
    private void failed(Exception e) {
        suggesting.set(false);
        if (e instanceof org.cutri.common.UserException user) {
            status.set(messages.of(user));
        } else {
            LOG.error("Report screen: background work failed", e);
            status.set(messages.get("common.error.unexpected"));
        }
    }

    /** Chooses this round's report (a duty of the calendar was opened), after the reads queued before. */
    public void openRound(int roundId) {
        executor.execute(BackgroundTask.of(() -> roundId).onSuccess(id -> options.stream()
                .filter(o -> o.work().roundId().isPresent() && o.work().roundId().getAsInt() == id).findFirst()
                .ifPresent(option::set)));
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

    /** The long task running now (suggestion, preview, saving): its progress and the stop button follow it. */
    public TaskTracker longWork() {
        return longWork;
    }

    public ReadOnlyBooleanProperty provinceProperty() {
        return province.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Opinions of the round typed without diacritics (marked in the list). */
    public ReadOnlyIntegerProperty withoutDiacriticsProperty() {
        return withoutDiacritics.getReadOnlyProperty();
    }

    public BooleanProperty withNamesProperty() {
        return withNames;
    }

    /** Where the report's preview saves and prints. */
    public org.cutri.document.DocumentOutput documentOutput() {
        return output;
    }
}
