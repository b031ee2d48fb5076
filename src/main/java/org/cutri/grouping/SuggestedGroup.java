package org.cutri.grouping;

import java.util.List;

/**
 * Opinions the grouping believes raise the same issue: a suggestion the secretary accepts, edits or drops.
 *
 * @param memberIds the opinions' ids, ascending (at least two)
 * @param centralId the member closest to the group's centre; its text is the suggested wording
 * @param label the central member's text
 * @param cohesion the lowest similarity of a member to the group's centre (0..1): how sure the suggestion is
 */
public record SuggestedGroup(List<Integer> memberIds, int centralId, String label, double cohesion) {

    public SuggestedGroup {
        memberIds = List.copyOf(memberIds);
    }
}
