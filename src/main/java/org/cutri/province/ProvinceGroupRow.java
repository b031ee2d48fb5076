package org.cutri.province;

import java.util.List;

/**
 * A same-issue group as the province's screen lists it.
 *
 * @param key the group's key ({@link ProvinceGrouping.Entry#key()})
 * @param provinceId the province group's stored id; null for a group a commune sent
 * @param communes the names of the communes its opinions come from
 * @param members what a province group gathers as stored; for a commune's group, the group itself
 * @param opinions its opinions as the consolidated list holds them (those still imported)
 */
public record ProvinceGroupRow(String key, Integer provinceId, String communes, String wording,
        List<ProvinceGroupMember> members, List<ConsolidatedOpinion> opinions) {

    public ProvinceGroupRow {
        members = List.copyOf(members);
        opinions = List.copyOf(opinions);
    }

    public boolean madeAtProvince() {
        return provinceId != null;
    }
}
