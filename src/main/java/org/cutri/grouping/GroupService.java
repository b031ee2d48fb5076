package org.cutri.grouping;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.VietText;
import org.cutri.opinion.OpinionListItem;
import org.cutri.opinion.OpinionService;
import org.cutri.round.RoundService;
import org.jdbi.v3.core.Jdbi;

/**
 * Same-issue groups of a round's opinions (nhóm ý kiến trùng): the program suggests them, the secretary
 * accepts, splits, trims and words them. A group only links opinions; the originals stay as they were and
 * the detailed annex still lists every one. Every change runs in one transaction.
 */
public class GroupService {

    /** Longest wording, as the column allows. */
    public static final int MAX_WORDING = 4000;

    private final Jdbi jdbi;
    private final OpinionService opinions;
    private final RoundService rounds;
    private final SimilarityGrouper grouper;
    private final Clock clock;

    public GroupService(Jdbi jdbi, OpinionService opinions, RoundService rounds, Clock clock) {
        this(jdbi, opinions, rounds, new SimilarityGrouper(), clock);
    }

    public GroupService(Jdbi jdbi, OpinionService opinions, RoundService rounds, SimilarityGrouper grouper, Clock clock) {
        this.jdbi = jdbi;
        this.opinions = opinions;
        this.rounds = rounds;
        this.grouper = grouper;
        this.clock = clock;
    }

    /**
     * Suggested groups of the round's approved opinions that are not in an accepted group yet, in the order
     * of the round's meetings. Nothing is stored.
     */
    public List<GroupSuggestion> suggest(int roundId) {
        return suggest(roundId, TaskMonitor.NONE);
    }

    /**
     * As {@link #suggest(int)}, reporting progress and stopping with
     * {@link java.util.concurrent.CancellationException} soon after the monitor is cancelled. Nothing is stored
     * either way.
     */
    public List<GroupSuggestion> suggest(int roundId, TaskMonitor monitor) {
        rounds.get(roundId);
        Set<Integer> accepted = new HashSet<>();
        jdbi.useExtension(GroupDao.class, dao -> {
            for (OpinionGroup group : dao.listOfRound(roundId, GroupStatus.ACCEPTED)) {
                dao.members(group.id()).forEach(m -> accepted.add(m.opinionId()));
            }
        });
        List<OpinionListItem> items = opinions.listItems(roundId).stream()
                .filter(OpinionListItem::approved)
                .filter(item -> !accepted.contains(item.id()))
                .toList();
        monitor.checkCancelled();
        return suggestionsOf(roundId, items, monitor.part(0.05, 1.0));
    }

    private List<GroupSuggestion> suggestionsOf(int roundId, List<OpinionListItem> items, TaskMonitor monitor) {
        Map<Integer, OpinionListItem> byId = new HashMap<>();
        Map<Integer, Integer> position = new HashMap<>();
        List<GroupCandidate> candidates = new ArrayList<>(items.size());
        for (OpinionListItem item : items) {
            byId.put(item.id(), item);
            position.put(item.id(), position.size());
            String field = item.fieldId() == null ? null : String.valueOf(item.fieldId());
            String place = item.hamletName() != null ? item.hamletName()
                    : item.hamletId() != null ? "#" + item.hamletId() : null;
            candidates.add(new GroupCandidate(item.id(), item.content(), field, place, null));
        }
        GroupingEvidence evidence = jdbi.withExtension(GroupingDecisionDao.class,
                dao -> GroupingDecisions.evidence(dao, candidates));
        List<GroupSuggestion> suggestions = new ArrayList<>();
        for (SuggestedGroup group : grouper.group(candidates, evidence, monitor)) {
            List<OpinionListItem> members = group.memberIds().stream().map(byId::get)
                    .sorted(Comparator.comparing(item -> position.get(item.id()))).toList();
            suggestions.add(new GroupSuggestion(roundId, members, group.label(), group.cohesion(), group.shared(),
                    group.remembered()));
        }
        suggestions.sort(Comparator.comparing(s -> position.get(s.members().get(0).id())));
        return suggestions;
    }

    /** Accepts a suggestion as it is. */
    public OpinionGroupEntry accept(GroupSuggestion suggestion) {
        return accept(suggestion.roundId(), suggestion.opinionIds(), suggestion.wording());
    }

    /**
     * Stores an accepted group of these opinions of the round with the secretary's wording. Refused for
     * fewer than two opinions, an empty wording, an opinion of another round or one already in an accepted
     * group; an opinion in a merely suggested group leaves it.
     */
    public OpinionGroupEntry accept(int roundId, List<Integer> opinionIds, String wording) {
        String clean = cleanWording(wording);
        Set<Integer> ids = new LinkedHashSet<>(opinionIds);
        if (ids.size() < 2) {
            throw new UserException("grouping.members.tooFew");
        }
        Map<Integer, OpinionListItem> items = checkedItems(roundId, ids);
        return jdbi.inTransaction(handle -> {
            GroupDao dao = handle.attach(GroupDao.class);
            for (int id : ids) {
                leaveSuggested(dao, id, items.get(id));
            }
            int groupId = dao.insert(roundId, clean, GroupStatus.ACCEPTED, LocalDateTime.now(clock));
            for (int id : ids) {
                dao.insertMember(groupId, id);
            }
            GroupingDecisions.record(handle.attach(GroupingDecisionDao.class),
                    ids.stream().map(id -> items.get(id).content()).toList(), null, true, LocalDateTime.now(clock));
            return entry(dao, groupId);
        });
    }

    /**
     * Adds opinions of the group's round to a stored group: the ones the suggestion missed, found by the secretary
     * (decision 0056). Refused for an opinion of another round or one already in another accepted group; an opinion
     * in a merely suggested group leaves it; one already in this group is left as it is. In an accepted group the
     * office's decision is remembered: these opinions raise the same issue as the others (decision 0031).
     */
    public OpinionGroupEntry addMembers(int groupId, List<Integer> opinionIds) {
        Set<Integer> ids = new LinkedHashSet<>(opinionIds);
        return jdbi.inTransaction(handle -> {
            GroupDao dao = handle.attach(GroupDao.class);
            OpinionGroup group = existing(dao, groupId);
            Set<Integer> already = new HashSet<>();
            dao.members(groupId).forEach(m -> already.add(m.opinionId()));
            ids.removeAll(already);
            if (ids.isEmpty()) {
                return entry(dao, groupId);
            }
            if (group.roundId() == null) {
                throw new UserException("common.gone");
            }
            Map<Integer, OpinionListItem> items = checkedItems(group.roundId(), ids);
            for (int id : ids) {
                leaveSuggested(dao, id, items.get(id));
            }
            for (int id : ids) {
                dao.insertMember(groupId, id);
            }
            if (group.status() == GroupStatus.ACCEPTED) {
                GroupingDecisions.record(handle.attach(GroupingDecisionDao.class),
                        dao.members(groupId).stream().map(GroupMember::content).toList(), null, true,
                        LocalDateTime.now(clock));
            }
            return entry(dao, groupId);
        });
    }

    /**
     * Stores the round's current suggestions as suggested groups (replacing the suggested ones stored
     * before), so they can be reviewed later; accepted groups are kept.
     */
    public List<OpinionGroupEntry> keepSuggestions(int roundId) {
        List<GroupSuggestion> suggestions = suggest(roundId);
        // One audit row for the whole set, not one per group and member.
        return org.cutri.audit.AuditLog.bulk(() -> jdbi.inTransaction(handle -> {
            org.cutri.audit.AuditLog.record(handle, org.cutri.audit.AuditAction.CREATE, "opinion_group", null,
                    "lưu " + suggestions.size() + " nhóm gợi ý của đợt " + roundId + " (thay các nhóm gợi ý trước)");
            GroupDao dao = handle.attach(GroupDao.class);
            for (OpinionGroup old : dao.listOfRound(roundId, GroupStatus.SUGGESTED)) {
                dao.deleteMembers(old.id());
                dao.delete(old.id());
            }
            List<OpinionGroupEntry> kept = new ArrayList<>();
            for (GroupSuggestion suggestion : suggestions) {
                int groupId = dao.insert(roundId, suggestion.wording(), GroupStatus.SUGGESTED, LocalDateTime.now(clock));
                for (int id : suggestion.opinionIds()) {
                    dao.insertMember(groupId, id);
                }
                kept.add(entry(dao, groupId));
            }
            return kept;
        }));
    }

    /** Accepts a stored suggested group as it now stands. */
    public OpinionGroupEntry confirm(int groupId) {
        return jdbi.inTransaction(handle -> {
            GroupDao dao = handle.attach(GroupDao.class);
            existing(dao, groupId);
            if (dao.countMembers(groupId) < 2) {
                throw new UserException("grouping.members.tooFew");
            }
            dao.updateStatus(groupId, GroupStatus.ACCEPTED);
            GroupingDecisions.record(handle.attach(GroupingDecisionDao.class),
                    dao.members(groupId).stream().map(GroupMember::content).toList(), null, true,
                    LocalDateTime.now(clock));
            return entry(dao, groupId);
        });
    }

    /**
     * Moves some members of a group into a new group of the same round and status, with its own wording.
     * The new group needs two members or more (to take out one opinion, remove it); the old one keeps at
     * least one.
     */
    public OpinionGroupEntry split(int groupId, List<Integer> opinionIds, String wording) {
        String clean = cleanWording(wording);
        Set<Integer> ids = new LinkedHashSet<>(opinionIds);
        if (ids.size() < 2) {
            throw new UserException("grouping.members.tooFew");
        }
        return jdbi.inTransaction(handle -> {
            GroupDao dao = handle.attach(GroupDao.class);
            OpinionGroup group = existing(dao, groupId);
            Set<Integer> members = new HashSet<>();
            dao.members(groupId).forEach(m -> members.add(m.opinionId()));
            if (!members.containsAll(ids)) {
                throw new UserException("grouping.split.notMember");
            }
            if (ids.size() >= members.size()) {
                throw new UserException("grouping.split.all");
            }
            List<GroupMember> before = dao.members(groupId);
            int newId = dao.insert(group.roundId(), clean, group.status(), LocalDateTime.now(clock));
            for (int id : ids) {
                dao.moveMember(groupId, newId, id);
            }
            if (group.status() == GroupStatus.ACCEPTED) {
                GroupingDecisions.record(handle.attach(GroupingDecisionDao.class),
                        before.stream().filter(m -> ids.contains(m.opinionId())).map(GroupMember::content).toList(),
                        before.stream().filter(m -> !ids.contains(m.opinionId())).map(GroupMember::content).toList(),
                        false, LocalDateTime.now(clock));
            }
            return entry(dao, newId);
        });
    }

    /**
     * Takes an opinion out of its group: the opinion stays as it is, only unlinked. A group left empty is
     * deleted. Returns the group as it now stands, or null when it was deleted.
     */
    public OpinionGroupEntry removeMember(int groupId, int opinionId) {
        return jdbi.inTransaction(handle -> {
            GroupDao dao = handle.attach(GroupDao.class);
            OpinionGroup group = existing(dao, groupId);
            List<GroupMember> before = dao.members(groupId);
            if (dao.deleteMember(groupId, opinionId) == 0) {
                throw new UserException("common.gone");
            }
            if (group.status() == GroupStatus.ACCEPTED) {
                GroupingDecisions.record(handle.attach(GroupingDecisionDao.class),
                        before.stream().filter(m -> m.opinionId() == opinionId).map(GroupMember::content).toList(),
                        before.stream().filter(m -> m.opinionId() != opinionId).map(GroupMember::content).toList(),
                        false, LocalDateTime.now(clock));
            }
            if (dao.countMembers(groupId) == 0) {
                dao.delete(groupId);
                return null;
            }
            return entry(dao, groupId);
        });
    }

    /**
     * Keeps opinions of a suggestion apart from now on (decision 0031): every opinion of {@code taken} from every
     * one of {@code rest} (the secretary took them out of a suggestion, or accepted only some of it), or, when
     * {@code rest} is empty, every pair of {@code taken} (she dropped the suggestion). They are not suggested
     * together again. Nothing else changes.
     */
    public void keepApart(List<Integer> taken, List<Integer> rest) {
        Map<Integer, String> texts = new HashMap<>();
        List<Integer> all = new ArrayList<>(taken);
        all.addAll(rest);
        opinions.listItems(all).forEach(item -> texts.put(item.id(), item.content()));
        List<String> first = taken.stream().map(texts::get).filter(java.util.Objects::nonNull).toList();
        List<String> second = rest.stream().map(texts::get).filter(java.util.Objects::nonNull).toList();
        jdbi.useTransaction(handle -> GroupingDecisions.record(handle.attach(GroupingDecisionDao.class), first,
                rest.isEmpty() ? null : second, false, LocalDateTime.now(clock)));
    }

    /**
     * What the secretary decided about these two opinions: true when she last accepted them in one group, false
     * when she last split them apart, empty when she never did either (decision 0031).
     */
    public java.util.Optional<Boolean> decision(int opinionId, int otherId) {
        Map<Integer, String> texts = new HashMap<>();
        opinions.listItems(List.of(opinionId, otherId)).forEach(item -> texts.put(item.id(), item.content()));
        if (texts.size() < 2) {
            return java.util.Optional.empty();
        }
        return jdbi.withExtension(GroupingDecisionDao.class,
                dao -> GroupingDecisions.find(dao, texts.get(opinionId), texts.get(otherId)));
    }

    /** Changes a group's wording. */
    public OpinionGroupEntry editWording(int groupId, String wording) {
        String clean = cleanWording(wording);
        return jdbi.inTransaction(handle -> {
            GroupDao dao = handle.attach(GroupDao.class);
            if (dao.updateWording(groupId, clean) == 0) {
                throw new UserException("common.gone");
            }
            return entry(dao, groupId);
        });
    }

    /** Deletes a group; its opinions stay, unlinked. */
    public void delete(int groupId) {
        jdbi.useTransaction(handle -> {
            GroupDao dao = handle.attach(GroupDao.class);
            existing(dao, groupId);
            dao.deleteMembers(groupId);
            dao.delete(groupId);
        });
    }

    /** The round's stored groups (accepted and suggested) with their members, oldest group first. */
    public List<OpinionGroupEntry> list(int roundId) {
        return jdbi.withHandle(handle -> {
            GroupDao dao = handle.attach(GroupDao.class);
            Map<Integer, List<GroupMember>> members = new HashMap<>();
            for (GroupMember member : dao.membersOfRound(roundId)) {
                members.computeIfAbsent(member.groupId(), k -> new ArrayList<>()).add(member);
            }
            return dao.listOfRound(roundId).stream()
                    .map(g -> new OpinionGroupEntry(g, members.getOrDefault(g.id(), List.of()))).toList();
        });
    }

    /**
     * The codes of the round's opinions that raise the same issue, one list per issue: the accepted
     * groups, then the suggestions for the remaining approved opinions; issues ordered by their first
     * opinion in the round's order (meeting date, then order within the meeting), codes in that order too.
     */
    public List<List<String>> similarCodes(int roundId) {
        List<OpinionListItem> items = opinions.listItems(roundId);
        Map<String, Integer> position = new HashMap<>();
        for (OpinionListItem item : items) {
            position.put(item.code(), position.size());
        }
        List<List<String>> issues = new ArrayList<>();
        for (OpinionGroupEntry entry : list(roundId)) {
            if (entry.group().status() == GroupStatus.ACCEPTED && !entry.members().isEmpty()) {
                issues.add(entry.members().stream().map(GroupMember::code)
                        .sorted(Comparator.comparing(position::get)).toList());
            }
        }
        for (GroupSuggestion suggestion : suggest(roundId)) {
            issues.add(suggestion.members().stream().map(OpinionListItem::code).toList());
        }
        issues.sort(Comparator.comparing(codes -> position.get(codes.get(0))));
        return List.copyOf(issues);
    }

    private Map<Integer, OpinionListItem> checkedItems(int roundId, Set<Integer> ids) {
        rounds.get(roundId);
        Map<Integer, OpinionListItem> items = new HashMap<>();
        for (OpinionListItem item : opinions.listItems(ids)) {
            items.put(item.id(), item);
        }
        for (int id : ids) {
            OpinionListItem item = items.get(id);
            if (item == null) {
                throw new UserException("common.gone");
            }
            if (item.roundId() != roundId) {
                throw new UserException("grouping.member.otherRound", item.code());
            }
        }
        return items;
    }

    /** Takes the opinion out of a suggested group (deleted when fewer than two stay); refused if accepted. */
    private static void leaveSuggested(GroupDao dao, int opinionId, OpinionListItem item) {
        Integer current = dao.groupOf(opinionId).orElse(null);
        if (current == null) {
            return;
        }
        OpinionGroup group = dao.find(current).orElseThrow();
        if (group.status() == GroupStatus.ACCEPTED) {
            throw new UserException("grouping.member.taken", item.code(), group.wording());
        }
        dao.deleteMember(current, opinionId);
        if (dao.countMembers(current) < 2) {
            dao.deleteMembers(current);
            dao.delete(current);
        }
    }

    private static OpinionGroup existing(GroupDao dao, int groupId) {
        return dao.find(groupId).orElseThrow(() -> new UserException("common.gone"));
    }

    private static OpinionGroupEntry entry(GroupDao dao, int groupId) {
        return new OpinionGroupEntry(existing(dao, groupId), dao.members(groupId));
    }

    /**
     * A group's wording as stored: NFC, trimmed; refused when empty or longer than {@link #MAX_WORDING}. Also
     * used for the province's groups.
     */
    public static String cleanWording(String wording) {
        String clean = wording == null ? "" : VietText.nfc(wording).strip();
        if (clean.isEmpty()) {
            throw new UserException("grouping.wording.required");
        }
        if (clean.length() > MAX_WORDING) {
            throw new UserException("common.tooLong", MAX_WORDING);
        }
        return clean;
    }
}
