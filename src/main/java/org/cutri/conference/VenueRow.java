package org.cutri.conference;

/** A venue of a conference: the main one, or an online connection point. */
public record VenueRow(int id, int conferenceId, int position, boolean isMain, String name) {
}
