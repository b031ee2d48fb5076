package org.cutri.assignment;

import java.util.List;
import java.util.Set;

import org.cutri.council.CouncilTerm;
import org.cutri.deputy.Deputy;
import org.cutri.hamlet.Hamlet;

/**
 * The read model of the assignment screen: every hamlet (rows, Vietnamese order) against the deputies
 * of one term (columns, grouped by level), with what is assigned and what the constituencies propose.
 *
 * @param term the term shown; null when the register has no term yet (then there are no deputies)
 */
public record AssignmentMatrix(CouncilTerm term, List<Hamlet> hamlets, List<Deputy> deputies,
        Set<Assignment> assigned, Set<Assignment> proposed) {

    public AssignmentMatrix {
        hamlets = List.copyOf(hamlets);
        deputies = List.copyOf(deputies);
        assigned = Set.copyOf(assigned);
        proposed = Set.copyOf(proposed);
    }

    public boolean isAssigned(int deputyId, int hamletId) {
        return assigned.contains(new Assignment(deputyId, hamletId));
    }

    public boolean isProposed(int deputyId, int hamletId) {
        return proposed.contains(new Assignment(deputyId, hamletId));
    }

    public AssignmentState state(int deputyId, int hamletId) {
        return AssignmentState.of(isAssigned(deputyId, hamletId), isProposed(deputyId, hamletId));
    }

    /** How many deputies of the term are assigned to the hamlet. */
    public int deputyCount(int hamletId) {
        return (int) assigned.stream().filter(a -> a.hamletId() == hamletId).count();
    }

    /** Hamlets no deputy of the term will meet: the secretary's first warning. */
    public List<Hamlet> hamletsWithoutDeputy() {
        return hamlets.stream().filter(h -> deputyCount(h.id()) == 0).toList();
    }

    /** Proposed links not assigned yet. */
    public int missingProposals() {
        return (int) proposed.stream().filter(p -> !assigned.contains(p)).count();
    }
}
