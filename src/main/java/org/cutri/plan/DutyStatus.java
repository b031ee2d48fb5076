package org.cutri.plan;

/** Whether a duty of a plan is still owed or was done (with the date and the document that fulfilled it). */
public enum DutyStatus {
    OPEN, DONE
}
