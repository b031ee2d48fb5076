package org.cutri.conference;

/** A commendation as typed. */
public record CommendationDraft(CommendationKind kind, String name, String unit, String form, String achievement) {
}
