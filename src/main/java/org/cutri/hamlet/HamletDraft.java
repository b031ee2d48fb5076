package org.cutri.hamlet;

/** What the user typed for a hamlet, before it is stored. */
public record HamletDraft(String name, HamletKind kind, String headName, String frontHeadName, Integer constituencyId) {
}
