package org.cutri.province;

import java.util.List;

/**
 * A same-issue group a commune accepted and sent in its package ({@code groups.json}), as the province keeps
 * it: the commune's wording and the codes of its opinions.
 *
 * @param groupKey the commune's own id of the group
 */
public record ReceivedGroup(String communeCode, String communeName, int roundKey, int groupKey, String title,
        List<String> opinionCodes) {

    public ReceivedGroup {
        opinionCodes = List.copyOf(opinionCodes);
    }

    /** This group as a member of a province group. */
    public ProvinceGroupMember member() {
        return ProvinceGroupMember.group(communeCode, roundKey, groupKey);
    }

    /** Its opinions, named as province group members. */
    public List<ProvinceGroupMember> opinions() {
        return opinionCodes.stream().map(c -> ProvinceGroupMember.opinion(communeCode, roundKey, c)).toList();
    }
}
