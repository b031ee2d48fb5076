package org.cutri.conference;

/** Where a conference stands: being prepared, held, or cancelled. */
public enum ConferenceStatus {
    PLANNED,
    HELD,
    CANCELLED
}
