package org.cutri.province;

/**
 * One line of a count table: how many of the shown opinions fall under this commune, field or authority.
 *
 * @param approved how many of them the meeting's majority approved
 * @param share the part of all shown opinions, in percent
 */
public record CountRow(String label, int count, int approved, double share) {
}
