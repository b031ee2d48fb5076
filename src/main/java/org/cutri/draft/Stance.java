package org.cutri.draft;

/** A comment's stance on the section it is about (tán thành / không tán thành / tán thành một phần). */
public enum Stance {
    AGREE,
    DISAGREE,
    PARTLY
}
