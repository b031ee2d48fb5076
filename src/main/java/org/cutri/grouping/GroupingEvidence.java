package org.cutri.grouping;

import java.util.Set;

/**
 * What the office decided earlier about pairs of the opinions being grouped (decision 0031): pairs the secretary
 * accepted into one group, and pairs she split apart (took an opinion out of a group or suggestion, or dropped a
 * suggestion). A pair split apart never meets in a suggestion again; a pair accepted together is suggested
 * together again, and the suggestion says so. Pairs are of {@link GroupCandidate#id()}s, see {@link #pair}.
 *
 * @param together pairs accepted into one group
 * @param apart pairs split apart
 */
public record GroupingEvidence(Set<Long> together, Set<Long> apart) {

    /** No decision known. */
    public static final GroupingEvidence NONE = new GroupingEvidence(Set.of(), Set.of());

    public GroupingEvidence {
        together = Set.copyOf(together);
        apart = Set.copyOf(apart);
    }

    /** The key of an unordered pair of ids. */
    public static long pair(int a, int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        return ((long) low << 32) | (high & 0xFFFFFFFFL);
    }

    boolean isEmpty() {
        return together.isEmpty() && apart.isEmpty();
    }
}
