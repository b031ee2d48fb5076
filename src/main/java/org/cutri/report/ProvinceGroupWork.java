package org.cutri.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cutri.common.UserException;
import org.cutri.document.OfficialDocument;
import org.cutri.exchange.ImportedOpinion;

/**
 * The group work of the province across the communes of one round: groups are held for the session of the
 * program (the communes' own groups stay in their packages); the report reads them as they stand.
 */
public class ProvinceGroupWork implements GroupWork {

    private final ProvinceRoundSet set;
    private final ReportService reports;
    private final List<ProvinceGroup> accepted = new ArrayList<>();

    public ProvinceGroupWork(ProvinceRoundSet set, ReportService reports) {
        this.set = set;
        this.reports = reports;
    }

    @Override
    public synchronized State load() {
        Map<String, Member> members = members();
        List<Group> groups = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < accepted.size(); i++) {
            ProvinceGroup g = accepted.get(i);
            groups.add(new Group(String.valueOf(i), g.wording(), true,
                    g.members().stream().map(members::get).filter(java.util.Objects::nonNull).toList()));
            taken.addAll(g.members());
        }
        List<Member> alone = members.values().stream().filter(m -> !taken.contains(m.key())).toList();
        return new State(groups, alone, ReportCompiler.compile(reports.provinceInput(set, accepted), false));
    }

    @Override
    public synchronized List<Group> suggest() {
        Map<String, Member> members = members();
        Set<String> taken = new HashSet<>();
        accepted.forEach(g -> taken.addAll(g.members()));
        return reports.suggestProvince(set, taken).stream().map(g -> new Group(null, g.wording(), false,
                g.members().stream().map(members::get).toList())).toList();
    }

    @Override
    public synchronized void accept(List<String> memberKeys, String wording) {
        if (memberKeys.size() < 2) {
            throw new UserException("grouping.members.tooFew");
        }
        String clean = wording(wording);
        for (int i = 0; i < accepted.size(); i++) {
            ProvinceGroup g = accepted.get(i);
            accepted.set(i, new ProvinceGroup(g.wording(), g.members().stream()
                    .filter(m -> !memberKeys.contains(m)).toList()));
        }
        accepted.removeIf(g -> g.members().isEmpty());
        accepted.add(new ProvinceGroup(clean, memberKeys));
    }

    @Override
    public synchronized void split(Group group, List<String> memberKeys, String wording) {
        accept(memberKeys, wording);
    }

    @Override
    public synchronized void removeMember(Group group, String memberKey) {
        int index = index(group);
        ProvinceGroup g = accepted.get(index);
        List<String> rest = g.members().stream().filter(m -> !m.equals(memberKey)).toList();
        if (rest.isEmpty()) {
            accepted.remove(index);
        } else {
            accepted.set(index, new ProvinceGroup(g.wording(), rest));
        }
    }

    @Override
    public synchronized void editWording(Group group, String wording) {
        int index = index(group);
        accepted.set(index, new ProvinceGroup(wording(wording), accepted.get(index).members()));
    }

    @Override
    public synchronized void delete(Group group) {
        accepted.remove(index(group));
    }

    @Override
    public synchronized CompiledReport compile(boolean withNames) {
        return ReportCompiler.compile(reports.provinceInput(set, accepted), withNames);
    }

    @Override
    public synchronized OfficialDocument document(boolean withNames, LocalDate today) {
        return reports.provinceDocument(set, List.copyOf(accepted), withNames, today);
    }

    private int index(Group group) {
        if (group.id() == null) {
            throw new UserException("report.select.group");
        }
        int index = Integer.parseInt(group.id());
        if (index < 0 || index >= accepted.size()) {
            throw new UserException("common.gone");
        }
        return index;
    }

    private Map<String, Member> members() {
        Map<String, String> names = new HashMap<>();
        set.rounds().forEach(r -> names.put(r.communeCode(), r.communeName()));
        Map<String, Member> members = new java.util.LinkedHashMap<>();
        for (ImportedOpinion o : reports.provinceOpinions(set)) {
            if (o.approved()) {
                String key = ProvinceGroup.memberKey(o.communeCode(), o.roundKey(), o.code());
                members.put(key, new Member(key, o.code(), names.getOrDefault(o.communeCode(), o.communeCode())
                        + (o.hamletName() == null ? "" : ", " + o.hamletName()), o.content()));
            }
        }
        return members;
    }

    private static String wording(String wording) {
        String clean = wording == null ? "" : org.cutri.common.text.VietText.nfc(wording).strip();
        if (clean.isEmpty()) {
            throw new UserException("grouping.wording.required");
        }
        return clean;
    }
}
