package org.cutri.province;

import java.util.List;

/**
 * A same-issue group made at the province (nhóm ý kiến trùng của tỉnh), stored with a stable id: the same
 * issue raised in several communes, written once in the province's report with the province's wording.
 *
 * @param members the opinions and the communes' groups it gathers
 */
public record ProvinceGroup(int id, String wording, List<ProvinceGroupMember> members) {

    public ProvinceGroup {
        members = List.copyOf(members);
    }
}
