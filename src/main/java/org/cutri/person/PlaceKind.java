package org.cutri.person;

/**
 * The role a name is stored in. A voter's name (the speaker of an opinion, who answered it, a name written into a
 * text) can be erased; an office holder's (a deputy, a meeting's chair or secretary, the commune's and hamlets'
 * officials) can only be corrected: the minutes and the register must keep who held the office.
 */
public enum PlaceKind {
    SPEAKER(true),
    ANSWERED_BY(true),
    TEXT(true),
    /** The people's opinion about a candidate in a public-sentiment note (seed 000: "ý kiến đối với người ứng cử"). */
    CANDIDATE_OPINION(true),
    CHAIR(false),
    SECRETARY(false),
    DEPUTY(false),
    COMMUNE_OFFICIAL(false),
    HAMLET_HEAD(false);

    private final boolean erasable;

    PlaceKind(boolean erasable) {
        this.erasable = erasable;
    }

    /** Whether erasing removes the name here; otherwise it can only be corrected. */
    public boolean erasable() {
        return erasable;
    }
}
