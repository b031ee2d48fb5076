package org.cutri.province;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the communes' opinions fall into same-issue groups at the province, from the groups the communes sent
 * and the groups the province made. An opinion a province group names directly belongs to it; the opinions of
 * a commune's group that a province group gathers belong to that province group; the other opinions of a
 * commune's group stay in it, a received group with the commune's wording. Plain data: no database.
 */
public final class ProvinceGrouping {

    /**
     * A group as the province sees it.
     *
     * @param key "p12" for the province's group 12, "c:tan-phuc/5/3" for group 3 of the commune's round 5
     * @param provinceId the province group's id; null for a group received from a commune
     * @param received the commune's group; null for a province group
     * @param members what a province group gathers as stored (opinions and communes' groups); for a received
     *         group, the group itself
     * @param opinions the opinions that belong to it, as the report counts them
     */
    public record Entry(String key, Integer provinceId, ReceivedGroup received, String wording,
            List<ProvinceGroupMember> members, List<ProvinceGroupMember> opinions) {

        public Entry {
            members = List.copyOf(members);
            opinions = List.copyOf(opinions);
        }

        public boolean madeAtProvince() {
            return provinceId != null;
        }
    }

    private final List<ReceivedGroup> received;
    private final List<ProvinceGroup> groups;
    private final List<Entry> entries;
    private final Map<ProvinceGroupMember, Entry> byOpinion;

    private ProvinceGrouping(List<ReceivedGroup> received, List<ProvinceGroup> groups, List<Entry> entries,
            Map<ProvinceGroupMember, Entry> byOpinion) {
        this.received = received;
        this.groups = groups;
        this.entries = entries;
        this.byOpinion = byOpinion;
    }

    public static ProvinceGrouping of(List<ReceivedGroup> received, List<ProvinceGroup> groups) {
        Map<ProvinceGroupMember, ReceivedGroup> receivedByKey = new HashMap<>();
        received.forEach(g -> receivedByKey.put(g.member(), g));
        // Which province group each opinion and each received group belongs to: named directly first.
        Map<ProvinceGroupMember, ProvinceGroup> owner = new LinkedHashMap<>();
        Map<ProvinceGroupMember, ProvinceGroup> absorbed = new HashMap<>();
        for (ProvinceGroup group : groups) {
            for (ProvinceGroupMember member : group.members()) {
                if (member.isOpinion()) {
                    owner.putIfAbsent(member, group);
                } else {
                    absorbed.putIfAbsent(member, group);
                }
            }
        }
        for (ProvinceGroup group : groups) {
            for (ProvinceGroupMember member : group.members()) {
                ReceivedGroup commune = receivedByKey.get(member);
                if (!member.isOpinion() && commune != null && absorbed.get(member) == group) {
                    commune.opinions().forEach(o -> owner.putIfAbsent(o, group));
                }
            }
        }
        Map<Integer, List<ProvinceGroupMember>> opinionsOf = new HashMap<>();
        owner.forEach((opinion, group) -> opinionsOf.computeIfAbsent(group.id(), k -> new ArrayList<>()).add(opinion));

        List<Entry> entries = new ArrayList<>();
        Map<ProvinceGroupMember, Entry> byOpinion = new HashMap<>();
        for (ProvinceGroup group : groups) {
            Entry entry = new Entry("p" + group.id(), group.id(), null, group.wording(), group.members(),
                    opinionsOf.getOrDefault(group.id(), List.of()));
            entries.add(entry);
            entry.opinions().forEach(o -> byOpinion.put(o, entry));
        }
        for (ReceivedGroup commune : received) {
            if (absorbed.containsKey(commune.member())) {
                continue;
            }
            List<ProvinceGroupMember> left = commune.opinions().stream().filter(o -> !owner.containsKey(o)).toList();
            if (left.isEmpty()) {
                continue;
            }
            Entry entry = new Entry(receivedKey(commune.member()), null, commune, commune.title(),
                    List.of(commune.member()), left);
            entries.add(entry);
            left.forEach(o -> byOpinion.putIfAbsent(o, entry));
        }
        return new ProvinceGrouping(List.copyOf(received), List.copyOf(groups), List.copyOf(entries), byOpinion);
    }

    private static String receivedKey(ProvinceGroupMember group) {
        return "c:" + group.text();
    }

    /** The province's groups (by id), then the communes' groups still standing as sent. */
    public List<Entry> entries() {
        return entries;
    }

    /** The group an opinion belongs to, if any. */
    public Optional<Entry> entryOf(ProvinceGroupMember opinion) {
        return Optional.ofNullable(byOpinion.get(opinion));
    }

    /** The group with this {@link Entry#key()}, if it is still there. */
    public Optional<Entry> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** Every group the communes sent, gathered by a province group or not. */
    public List<ReceivedGroup> received() {
        return received;
    }

    /** Every group made at the province. */
    public List<ProvinceGroup> groups() {
        return groups;
    }
}
