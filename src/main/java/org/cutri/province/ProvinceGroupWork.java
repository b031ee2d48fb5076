package org.cutri.province;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.document.OfficialDocument;
import org.cutri.report.CompiledReport;
import org.cutri.report.GroupWork;
import org.cutri.report.PreparedReport;
import org.cutri.report.ReportCompiler;
import org.cutri.report.ReportDate;
import org.cutri.report.ReportTiming;

/**
 * The report screen's group work at the province, over one set of the communes' rounds: the groups the
 * communes sent and the groups made at the province, both stored ({@link ProvinceGroupService}). A province
 * group's id is "p" and its stored id; a commune's group is named by the commune's keys. The province does not
 * change a commune's group: rewording it makes it a province group that gathers it.
 */
public class ProvinceGroupWork implements GroupWork {

    private final ProvinceRoundSet set;
    private final ProvinceReportService reports;
    private final ProvinceGroupService groups;

    public ProvinceGroupWork(ProvinceRoundSet set, ProvinceReportService reports, ProvinceGroupService groups) {
        this.set = set;
        this.reports = reports;
        this.groups = groups;
    }

    @Override
    public State load() {
        ProvinceGrouping grouping = groups.grouping();
        Map<ProvinceGroupMember, Member> members = members();
        List<Group> shown = new ArrayList<>();
        Set<ProvinceGroupMember> taken = new HashSet<>();
        for (ProvinceGrouping.Entry entry : grouping.entries()) {
            List<Member> in = entry.opinions().stream().map(members::get).filter(Objects::nonNull).toList();
            if (!in.isEmpty()) {
                shown.add(new Group(entry.key(), entry.wording(), true, in));
                taken.addAll(entry.opinions());
            }
        }
        List<Member> alone = members.entrySet().stream().filter(e -> !taken.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new State(shown, alone, ReportCompiler.compile(reports.input(set, grouping), false));
    }

    @Override
    public List<Group> suggest() {
        return suggest(TaskMonitor.NONE);
    }

    /** Suggests groups across the communes; the grouping checks the monitor in its loops and stops when asked. */
    @Override
    public List<Group> suggest(TaskMonitor monitor) {
        Map<ProvinceGroupMember, Member> members = members();
        monitor.checkCancelled();
        Set<ProvinceGroupMember> taken = new HashSet<>();
        groups.grouping().entries().forEach(e -> taken.addAll(e.opinions()));
        return reports.suggest(set, taken, monitor).stream().map(s -> new Group(null, s.wording(), false,
                s.opinions().stream().map(members::get).filter(Objects::nonNull).toList(), s.shared())).toList();
    }

    /**
     * Makes a province group of these opinions; a commune's group whose every opinion is among them is gathered
     * whole, so that the group follows the commune's later packages.
     */
    @Override
    public void accept(List<String> memberKeys, String wording) {
        Set<ProvinceGroupMember> opinions = new LinkedHashSet<>();
        memberKeys.forEach(k -> opinions.add(ProvinceGroupMember.parseOpinion(k)));
        if (opinions.size() < 2) {
            throw new UserException("grouping.members.tooFew");
        }
        List<ProvinceGroupMember> gathered = new ArrayList<>();
        for (ReceivedGroup received : groups.received()) {
            if (!received.opinionCodes().isEmpty() && opinions.containsAll(received.opinions())) {
                gathered.add(received.member());
                received.opinions().forEach(opinions::remove);
            }
        }
        gathered.addAll(opinions);
        groups.create(wording, gathered);
    }

    @Override
    public void split(Group group, List<String> memberKeys, String wording) {
        accept(memberKeys, wording);
    }

    /**
     * Adds opinions to a stored group: a province group takes them; a commune's group is gathered with them into a
     * new province group of its wording (the commune's own stays as it sent it).
     */
    @Override
    public void addMembers(Group group, List<String> memberKeys) {
        ProvinceGrouping.Entry entry = entry(group);
        List<ProvinceGroupMember> opinions = memberKeys.stream().map(ProvinceGroupMember::parseOpinion).toList();
        if (entry.madeAtProvince()) {
            groups.addMembers(entry.provinceId(), opinions);
        } else {
            List<ProvinceGroupMember> gathered = new ArrayList<>();
            gathered.add(entry.received().member());
            gathered.addAll(opinions);
            groups.create(group.wording(), gathered);
        }
    }

    @Override
    public void removeMember(Group group, String memberKey) {
        groups.removeMember(provinceId(group), ProvinceGroupMember.parseOpinion(memberKey));
    }

    @Override
    public void editWording(Group group, String wording) {
        ProvinceGrouping.Entry entry = entry(group);
        if (entry.madeAtProvince()) {
            groups.rename(entry.provinceId(), wording);
        } else {
            groups.create(wording, List.of(entry.received().member()));
        }
    }

    @Override
    public void delete(Group group) {
        groups.delete(provinceId(group));
    }

    @Override
    public CompiledReport compile(boolean withNames) {
        return reports.compile(set, withNames);
    }

    @Override
    public OfficialDocument document(boolean withNames, LocalDate today) {
        return reports.document(set, withNames, today);
    }

    @Override
    public PreparedReport prepare(boolean withNames, LocalDate today, ReportDate dated, TaskMonitor monitor) {
        return reports.prepare(set, withNames, today, dated, monitor);
    }

    @Override
    public java.util.Optional<ReportTiming> timing() {
        return java.util.Optional.of(reports.timing(set));
    }

    private ProvinceGrouping.Entry entry(Group group) {
        if (group.id() == null) {
            throw new UserException("report.select.group");
        }
        return groups.grouping().entry(group.id()).orElseThrow(() -> new UserException("common.gone"));
    }

    /** The stored id of a province group; a commune's group cannot be changed here. */
    private int provinceId(Group group) {
        ProvinceGrouping.Entry entry = entry(group);
        if (!entry.madeAtProvince()) {
            throw new UserException("province.group.received");
        }
        return entry.provinceId();
    }

    /** The set's approved opinions as the screen lists them, in commune and meeting order. */
    private Map<ProvinceGroupMember, Member> members() {
        Map<String, String> names = ProvinceReportService.communeNames(set);
        Map<ProvinceGroupMember, Member> members = new LinkedHashMap<>();
        for (ImportedOpinion o : reports.opinions(set)) {
            if (o.approved()) {
                ProvinceGroupMember key = ProvinceReportService.member(o);
                members.put(key, new Member(key.text(), o.code(), names.getOrDefault(o.communeCode(), o.communeCode())
                        + (o.hamletName() == null ? "" : ", " + o.hamletName()), o.content()));
            }
        }
        return members;
    }
}
