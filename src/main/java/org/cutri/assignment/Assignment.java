package org.cutri.assignment;

/** One link of the contact assignment (phân công tiếp xúc cử tri): this deputy meets this hamlet's voters. */
public record Assignment(int deputyId, int hamletId) {
}
