package org.cutri.grouping;

import java.util.List;

/**
 * Opinions the grouping believes raise the same issue: a suggestion the secretary accepts, edits or drops.
 *
 * @param memberIds the opinions' ids, ascending (at least two)
 * @param centralId the member closest to the group's centre; its text is the suggested wording
 * @param label the central member's text
 * @param cohesion the lowest similarity of a member to the group's centre (0..1): how sure the suggestion is
 * @param shared why the members were grouped: the heaviest words and names most of them share, as they write
 *        them ("đường ĐX.05", "xuống cấp"); may be empty
 * @param remembered two of its members were accepted in one group before ({@link GroupingEvidence}): the
 *        screen says "đã gộp trước đây"
 */
public record SuggestedGroup(List<Integer> memberIds, int centralId, String label, double cohesion, List<String> shared,
        boolean remembered) {

    public SuggestedGroup {
        memberIds = List.copyOf(memberIds);
        shared = List.copyOf(shared);
    }

    public SuggestedGroup(List<Integer> memberIds, int centralId, String label, double cohesion, List<String> shared) {
        this(memberIds, centralId, label, cohesion, shared, false);
    }

    public SuggestedGroup(List<Integer> memberIds, int centralId, String label, double cohesion) {
        this(memberIds, centralId, label, cohesion, List.of(), false);
    }
}
