package org.cutri.assignment;

/** How one (deputy, hamlet) cell of the matrix compares with the proposal from the constituencies. */
public enum AssignmentState {
    /** Neither assigned nor proposed. */
    NONE,
    /** The deputy was elected in the hamlet's constituency but is not assigned to it yet. */
    PROPOSED_MISSING,
    /** Assigned, as the constituencies propose. */
    ASSIGNED,
    /** Assigned by hand although the hamlet is not in the deputy's constituency. */
    ASSIGNED_EXTRA;

    public static AssignmentState of(boolean assigned, boolean proposed) {
        if (assigned) {
            return proposed ? ASSIGNED : ASSIGNED_EXTRA;
        }
        return proposed ? PROPOSED_MISSING : NONE;
    }
}
