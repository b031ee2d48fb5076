package org.cutri.constituency;

import java.util.List;
import java.util.Optional;

import org.cutri.council.CouncilLevel;

/**
 * A hamlet as the constituency form shows it in its checklist: its name and the constituencies of one
 * term it lies in (at most one per level). Kept here rather than reusing the hamlet feature's record
 * because hamlets depend on constituencies, not the other way round.
 */
public record ConstituencyHamlet(int id, String name, List<Placement> placements) {

    /** One constituency of the term the hamlet lies in. */
    public record Placement(int constituencyId, CouncilLevel level, int number) {
    }

    public ConstituencyHamlet {
        placements = List.copyOf(placements);
    }

    /** The constituency of this level the hamlet lies in, if any. */
    public Optional<Placement> at(CouncilLevel level) {
        return placements.stream().filter(p -> p.level() == level).findFirst();
    }

    /** True when the hamlet lies in this constituency. */
    public boolean in(int constituencyId) {
        return placements.stream().anyMatch(p -> p.constituencyId() == constituencyId);
    }
}
