package org.cutri.report;

import java.util.List;

/**
 * A same-issue group across communes at the province, linking imported opinions by commune and code.
 *
 * @param members "communeCode/roundKey/code" of each member
 */
public record ProvinceGroup(String wording, List<String> members) {

    public ProvinceGroup {
        members = List.copyOf(members);
    }

    public static String memberKey(String communeCode, int roundKey, String code) {
        return communeCode + "/" + roundKey + "/" + code;
    }
}
