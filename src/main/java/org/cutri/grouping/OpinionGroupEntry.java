package org.cutri.grouping;

import java.util.List;

/** A group with its members, in the order of the round's meetings. */
public record OpinionGroupEntry(OpinionGroup group, List<GroupMember> members) {

    public OpinionGroupEntry {
        members = List.copyOf(members);
    }

    /** The distinct hamlets of the members, in order: for "(Cử tri thôn A, B, C)". */
    public List<String> hamletNames() {
        return members.stream().map(GroupMember::hamletName).filter(java.util.Objects::nonNull).distinct().toList();
    }
}
