package org.cutri.conference;

import java.time.LocalDate;
import java.time.LocalTime;

/** A conference's own row, as the DAO reads it (its venues come from their own table). */
public record ConferenceRow(int id, ConferenceKind kind, String title, LocalDate heldOn, LocalTime startTime,
        LocalTime endTime, VenueMode venueMode, Integer planId, ConferenceStatus status, String note) {
}
