package org.cutri.province;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cutri.common.UserException;
import org.cutri.grouping.GroupService;
import org.jdbi.v3.core.Jdbi;

/**
 * The same-issue groups at the province: those the communes sent in their packages (kept with the imported
 * package, replaced with it) and those the province makes across communes, stored with stable ids. Every
 * change runs in one transaction.
 */
public class ProvinceGroupService {

    private final Jdbi jdbi;
    private final Clock clock;

    public ProvinceGroupService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The groups the communes sent, by commune, round and the commune's key. */
    public List<ReceivedGroup> received() {
        return jdbi.withExtension(ProvinceGroupDao.class, ProvinceGroupService::received);
    }

    /** The groups made at the province, by id. */
    public List<ProvinceGroup> list() {
        return jdbi.withExtension(ProvinceGroupDao.class, ProvinceGroupService::groups);
    }

    /** Both kinds of groups read together, and which group each opinion belongs to. */
    public ProvinceGrouping grouping() {
        return jdbi.inTransaction(handle -> {
            ProvinceGroupDao dao = handle.attach(ProvinceGroupDao.class);
            return ProvinceGrouping.of(received(dao), groups(dao));
        });
    }

    /**
     * Makes a province group of these opinions and communes' groups with the province's wording. What it
     * gathers leaves the province group it was in; a group left with nothing, or with one opinion, is deleted. Refused: an empty
     * wording, fewer than two members (one commune's group is enough: the province rewords it), an opinion or
     * a commune's group no longer imported.
     */
    public ProvinceGroup create(String wording, Collection<ProvinceGroupMember> members) {
        String clean = GroupService.cleanWording(wording);
        List<ProvinceGroupMember> distinct = List.copyOf(new LinkedHashSet<>(members));
        if (distinct.isEmpty() || distinct.size() == 1 && distinct.get(0).isOpinion()) {
            throw new UserException("province.group.tooFew");
        }
        return jdbi.inTransaction(handle -> {
            ProvinceGroupDao dao = handle.attach(ProvinceGroupDao.class);
            for (ProvinceGroupMember member : distinct) {
                boolean found = member.isOpinion()
                        ? dao.countOpinion(member.communeCode(), member.roundKey(), member.key()) > 0
                        : dao.countReceived(member.communeCode(), member.roundKey(), Integer.parseInt(member.key())) > 0;
                if (!found) {
                    throw new UserException("province.group.gone");
                }
            }
            dao.deleteMembers(distinct);
            dao.deleteEmpty();
            LocalDateTime now = LocalDateTime.now(clock);
            int id = dao.insert(clean, now, now);
            dao.insertMembers(id, distinct);
            return group(dao, id);
        });
    }

    /**
     * Adds opinions the suggestion missed to a province group (decision 0056); one already in it is left as it is, one
     * in another province group leaves that group. Refused when the group or an opinion is no longer there.
     */
    public ProvinceGroup addMembers(int id, Collection<ProvinceGroupMember> opinions) {
        return jdbi.inTransaction(handle -> {
            ProvinceGroupDao dao = handle.attach(ProvinceGroupDao.class);
            if (dao.countGroup(id) == 0) {
                throw new UserException("common.gone");
            }
            ProvinceGroup group = group(dao, id);
            List<ProvinceGroupMember> fresh = new LinkedHashSet<>(opinions).stream()
                    .filter(m -> !group.members().contains(m)).toList();
            for (ProvinceGroupMember opinion : fresh) {
                if (!opinion.isOpinion()
                        || dao.countOpinion(opinion.communeCode(), opinion.roundKey(), opinion.key()) == 0) {
                    throw new UserException("province.group.gone");
                }
            }
            if (!fresh.isEmpty()) {
                dao.deleteMembers(fresh);
                dao.deleteEmpty();
                dao.insertMembers(id, fresh);
                // the same wording, a new time of change
                dao.rename(group.wording(), LocalDateTime.now(clock), id);
            }
            return group(dao, id);
        });
    }

    /** Gives a province group a new wording; its id and members stay. */
    public ProvinceGroup rename(int id, String wording) {
        String clean = GroupService.cleanWording(wording);
        return jdbi.inTransaction(handle -> {
            ProvinceGroupDao dao = handle.attach(ProvinceGroupDao.class);
            if (dao.rename(clean, LocalDateTime.now(clock), id) == 0) {
                throw new UserException("common.gone");
            }
            return group(dao, id);
        });
    }

    /** Deletes a province group; its opinions and the communes' groups it gathered stand alone again. */
    public void delete(int id) {
        jdbi.useExtension(ProvinceGroupDao.class, dao -> {
            if (dao.delete(id) == 0) {
                throw new UserException("common.gone");
            }
        });
    }

    /**
     * Takes one opinion out of a province group. When it came with a commune's group, that group's other
     * opinions stay in the province group one by one. A group left with nothing is deleted (empty result).
     */
    public Optional<ProvinceGroup> removeMember(int id, ProvinceGroupMember opinion) {
        return jdbi.inTransaction(handle -> {
            ProvinceGroupDao dao = handle.attach(ProvinceGroupDao.class);
            if (dao.countGroup(id) == 0) {
                throw new UserException("common.gone");
            }
            ProvinceGroup group = group(dao, id);
            if (group.members().contains(opinion)) {
                dao.deleteMembers(List.of(opinion));
            } else {
                ProvinceGrouping grouping = ProvinceGrouping.of(received(dao), List.of(group));
                ReceivedGroup via = grouping.received().stream()
                        .filter(r -> group.members().contains(r.member()) && r.opinions().contains(opinion))
                        .findFirst().orElseThrow(() -> new UserException("common.gone"));
                Set<ProvinceGroupMember> elsewhere = new LinkedHashSet<>();
                dao.members().forEach(m -> elsewhere.add(m.member()));
                List<ProvinceGroupMember> rest = via.opinions().stream()
                        .filter(o -> !o.equals(opinion) && !elsewhere.contains(o)).toList();
                dao.deleteMembers(List.of(via.member()));
                if (!rest.isEmpty()) {
                    dao.insertMembers(id, rest);
                }
            }
            dao.deleteEmpty();
            return dao.countGroup(id) == 0 ? Optional.<ProvinceGroup>empty() : Optional.of(group(dao, id));
        });
    }

    private static ProvinceGroup group(ProvinceGroupDao dao, int id) {
        return groups(dao).stream().filter(g -> g.id() == id).findFirst()
                .orElseThrow(() -> new UserException("common.gone"));
    }

    private static List<ProvinceGroup> groups(ProvinceGroupDao dao) {
        Map<Integer, List<ProvinceGroupMember>> members = new HashMap<>();
        for (ProvinceGroupDao.MemberRow row : dao.members()) {
            members.computeIfAbsent(row.groupId(), k -> new ArrayList<>()).add(row.member());
        }
        return dao.groups().stream()
                .map(g -> new ProvinceGroup(g.id(), g.wording(), members.getOrDefault(g.id(), List.of()))).toList();
    }

    private static List<ReceivedGroup> received(ProvinceGroupDao dao) {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        for (ProvinceGroupDao.ReceivedMemberRow row : dao.receivedMembers()) {
            codes.computeIfAbsent(row.communeCode() + "/" + row.roundKey() + "/" + row.groupKey(),
                    k -> new ArrayList<>()).add(row.opinionCode());
        }
        return dao.received().stream().map(g -> new ReceivedGroup(g.communeCode(), g.communeName(), g.roundKey(),
                g.groupKey(), g.title(), codes.getOrDefault(g.communeCode() + "/" + g.roundKey() + "/" + g.groupKey(),
                        List.of()))).toList();
    }
}
