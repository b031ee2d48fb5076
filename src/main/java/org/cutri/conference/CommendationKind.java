package org.cutri.conference;

/** A commendation goes to a collective (tập thể) or to a person (cá nhân). */
public enum CommendationKind {
    COLLECTIVE,
    INDIVIDUAL
}
