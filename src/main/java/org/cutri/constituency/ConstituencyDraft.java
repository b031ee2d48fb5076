package org.cutri.constituency;

import java.util.List;

import org.cutri.council.CouncilLevel;

/**
 * What the user entered for a constituency, before it is stored.
 *
 * @param termId the term it belongs to (kept on update: a constituency does not move between terms)
 * @param hamletIds the hamlets lying in it; each is taken out of any other constituency of the same
 *        level and term, since a hamlet lies in one constituency per level
 */
public record ConstituencyDraft(Integer termId, CouncilLevel level, Integer number, String description,
        List<Integer> hamletIds) {

    public ConstituencyDraft {
        hamletIds = hamletIds == null ? List.of() : List.copyOf(hamletIds);
    }
}
