package org.cutri.person;

/**
 * One place a person's name is stored: the table and column, the row ({@code _ROWID_}), how the office knows the
 * row (an opinion's code, a meeting's or deputy's number), the role, and the stored text around the name.
 */
public record PersonPlace(String table, String column, long rowId, String reference, PlaceKind kind, String text) {

    public boolean erasable() {
        return kind.erasable();
    }
}
