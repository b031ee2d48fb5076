package org.cutri.province;

import java.util.Objects;

/**
 * What a province group gathers, named by the commune's own keys so that it outlives a later package of the
 * same commune: one opinion of a commune's round (by its code), or a whole group the commune sent (by its key).
 */
public record ProvinceGroupMember(String communeCode, int roundKey, Kind kind, String key) {

    /** An opinion, or a group the commune accepted and sent (groups.json). */
    public enum Kind {
        OPINION, GROUP
    }

    public ProvinceGroupMember {
        Objects.requireNonNull(communeCode);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(key);
    }

    public static ProvinceGroupMember opinion(String communeCode, int roundKey, String code) {
        return new ProvinceGroupMember(communeCode, roundKey, Kind.OPINION, code);
    }

    public static ProvinceGroupMember group(String communeCode, int roundKey, int groupKey) {
        return new ProvinceGroupMember(communeCode, roundKey, Kind.GROUP, String.valueOf(groupKey));
    }

    public boolean isOpinion() {
        return kind == Kind.OPINION;
    }

    /** "tan-phuc/5/TP-12": how the report screen names the opinion. */
    public String text() {
        return communeCode + "/" + roundKey + "/" + key;
    }

    /** The opinion named by {@link #text()}. */
    public static ProvinceGroupMember parseOpinion(String text) {
        String[] parts = text.split("/", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not an opinion key: " + text);
        }
        return opinion(parts[0], Integer.parseInt(parts[1]), parts[2]);
    }
}
