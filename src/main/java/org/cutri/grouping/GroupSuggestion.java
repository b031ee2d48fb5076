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
 * @param remembered the secretary accepted members of it in one group before (see {@link GroupingEvidence})
 */
public record GroupSuggestion(int roundId, List<OpinionListItem> members, String wording, double cohesion,
        List<String> shared, boolean remembered) {

    public GroupSuggestion {
        members = List.copyOf(members);
        shared = List.copyOf(shared);
    }

    public GroupSuggestion(int roundId, List<OpinionListItem> members, String wording, double cohesion,
            List<String> shared) {
        this(roundId, members, wording, cohesion, shared, false);
    }

    public GroupSuggestion(int roundId, List<OpinionListItem> members, String wording, double cohesion) {
        this(roundId, members, wording, cohesion, List.of(), false);
    }

    public List<Integer> opinionIds() {
        return members.stream().map(OpinionListItem::id).toList();
    }
}
