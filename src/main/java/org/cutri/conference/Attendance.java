package org.cutri.conference;

/** Whether a participant came: not yet known, present, or absent (with a reason). */
public enum Attendance {
    UNKNOWN,
    PRESENT,
    ABSENT
}
