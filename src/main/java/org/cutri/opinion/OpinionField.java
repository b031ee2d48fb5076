package org.cutri.opinion;

/** A field (lĩnh vực) of the office's editable list. */
public record OpinionField(int id, String name, int sortOrder, boolean active) {
}
