package org.cutri.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cutri.common.task.TaskMonitor;
import org.cutri.document.OfficialDocument;
import org.cutri.grouping.GroupMember;
import org.cutri.grouping.GroupService;
import org.cutri.grouping.GroupStatus;
import org.cutri.grouping.GroupSuggestion;
import org.cutri.grouping.OpinionGroupEntry;
import org.cutri.opinion.OpinionListItem;
import org.cutri.opinion.OpinionService;

/** The group work of a commune's round: groups stored through {@link GroupService}. */
public class CommuneGroupWork implements GroupWork {

    private final int roundId;
    private final ReportService reports;
    private final GroupService groups;
    private final OpinionService opinions;

    public CommuneGroupWork(int roundId, ReportService reports, GroupService groups, OpinionService opinions) {
        this.roundId = roundId;
        this.reports = reports;
        this.groups = groups;
        this.opinions = opinions;
    }

    @Override
    public State load() {
        Set<String> notVoted = reports.notVoted(roundId);
        List<Group> accepted = new ArrayList<>();
        Set<Integer> grouped = new HashSet<>();
        for (OpinionGroupEntry entry : groups.list(roundId)) {
            if (entry.group().status() == GroupStatus.ACCEPTED) {
                accepted.add(group(entry, notVoted));
                entry.members().forEach(m -> grouped.add(m.opinionId()));
            }
        }
        List<Member> alone = opinions.listItems(roundId).stream().filter(OpinionListItem::approved)
                .filter(o -> !grouped.contains(o.id())).map(o -> member(o, notVoted)).toList();
        return new State(accepted, alone, reports.compile(roundId, false));
    }

    @Override
    public List<Group> suggest() {
        return suggest(TaskMonitor.NONE);
    }

    @Override
    public List<Group> suggest(TaskMonitor monitor) {
        Set<String> notVoted = reports.notVoted(roundId);
        List<Group> result = new ArrayList<>();
        for (GroupSuggestion suggestion : groups.suggest(roundId, monitor)) {
            result.add(new Group(null, suggestion.wording(), false,
                    suggestion.members().stream().map(m -> member(m, notVoted)).toList(), suggestion.shared(),
                    suggestion.remembered()));
        }
        return result;
    }

    @Override
    public void accept(List<String> memberKeys, String wording) {
        groups.accept(roundId, memberKeys.stream().map(Integer::valueOf).toList(), wording);
    }

    @Override
    public void split(Group group, List<String> memberKeys, String wording) {
        if (group.id() == null) {
            accept(memberKeys, wording);
            List<String> rest = group.members().stream().map(Member::key).filter(k -> !memberKeys.contains(k)).toList();
            if (!rest.isEmpty()) {
                keepApart(memberKeys, rest);
            }
            return;
        }
        groups.split(Integer.parseInt(group.id()), memberKeys.stream().map(Integer::valueOf).toList(), wording);
    }

    @Override
    public void addMembers(Group group, List<String> memberKeys) {
        groups.addMembers(Integer.parseInt(group.id()), memberKeys.stream().map(Integer::valueOf).toList());
    }

    @Override
    public void keepApart(List<String> taken, List<String> rest) {
        groups.keepApart(taken.stream().map(Integer::valueOf).toList(), rest.stream().map(Integer::valueOf).toList());
    }

    @Override
    public void removeMember(Group group, String memberKey) {
        if (group.id() != null) {
            groups.removeMember(Integer.parseInt(group.id()), Integer.parseInt(memberKey));
        }
    }

    @Override
    public void editWording(Group group, String wording) {
        if (group.id() != null) {
            groups.editWording(Integer.parseInt(group.id()), wording);
        }
    }

    @Override
    public void delete(Group group) {
        if (group.id() != null) {
            groups.delete(Integer.parseInt(group.id()));
        }
    }

    @Override
    public CompiledReport compile(boolean withNames) {
        return reports.compile(roundId, withNames);
    }

    @Override
    public OfficialDocument document(boolean withNames, LocalDate today) {
        return reports.document(roundId, withNames, today);
    }

    @Override
    public PreparedReport prepare(boolean withNames, LocalDate today, ReportDate dated, TaskMonitor monitor) {
        return reports.prepare(roundId, withNames, today, dated, monitor);
    }

    @Override
    public java.util.OptionalInt roundId() {
        return java.util.OptionalInt.of(roundId);
    }

    @Override
    public java.util.Optional<ReportTiming> timing() {
        return java.util.Optional.of(reports.timing(roundId));
    }

    private static Group group(OpinionGroupEntry entry, Set<String> notVoted) {
        return new Group(String.valueOf(entry.group().id()), entry.group().wording(), true,
                entry.members().stream().map(m -> member(m, notVoted)).toList());
    }

    private static Member member(GroupMember m, Set<String> notVoted) {
        return member(m.opinionId(), m.code(), m.hamletName(), m.content(), notVoted);
    }

    private static Member member(OpinionListItem o, Set<String> notVoted) {
        return member(o.id(), o.code(), o.hamletName(), o.content(), notVoted);
    }

    private static Member member(int id, String code, String hamlet, String content, Set<String> notVoted) {
        return new Member(String.valueOf(id), code, hamlet == null ? "" : hamlet, content, !notVoted.contains(code));
    }
}
