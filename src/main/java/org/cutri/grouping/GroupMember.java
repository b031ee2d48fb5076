package org.cutri.grouping;

/** An opinion linked to a group, as the report lists it: its code, its hamlet and what was said. */
public record GroupMember(int groupId, int opinionId, String code, String hamletName, String content) {
}
