package org.cutri.conference;

/** How a conference is held: in person at the main venue, online with connection points (điểm cầu), or both. */
public enum VenueMode {
    IN_PERSON,
    ONLINE,
    BOTH;

    /** Whether the conference has online connection points besides its main venue. */
    public boolean online() {
        return this != IN_PERSON;
    }
}
