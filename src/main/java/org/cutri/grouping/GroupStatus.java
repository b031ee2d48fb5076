package org.cutri.grouping;

/** Whether a same-issue group was only suggested by the program or accepted by the secretary. */
public enum GroupStatus {
    SUGGESTED,
    ACCEPTED
}
