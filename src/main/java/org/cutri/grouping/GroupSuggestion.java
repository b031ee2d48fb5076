package org.cutri.grouping;

import java.util.List;

import org.cutri.opinion.OpinionListItem;

/**
 * Opinions of a round the program believes raise the same issue; nothing is stored until the secretary
 * accepts it (maybe with fewer members and her own wording).
 *
 * @param wording the suggested wording: the text of the most central member
 * @param cohesion how close the least typical member is to the group's centre (0..1)
 * @param shared why it is suggested: words and names most members share (see {@link SuggestedGroup#shared})
 */
public record GroupSuggestion(int roundId, List<OpinionListItem> members, String wording, double cohesion,
        List<String> shared) {

    public GroupSuggestion {
        members = List.copyOf(members);
        shared = List.copyOf(shared);
    }

    public GroupSuggestion(int roundId, List<OpinionListItem> members, String wording, double cohesion) {
        this(roundId, members, wording, cohesion, List.of());
    }

    public List<Integer> opinionIds() {
        return members.stream().map(OpinionListItem::id).toList();
    }
}
