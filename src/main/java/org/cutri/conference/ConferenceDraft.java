package org.cutri.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A conference as typed, before it is stored (see {@link Conference}). */
public record ConferenceDraft(ConferenceKind kind, String title, LocalDate heldOn, LocalTime startTime,
        LocalTime endTime, VenueMode venueMode, String mainVenue, List<String> points, ConferenceStatus status,
        String note) {

    public ConferenceDraft {
        points = points == null ? List.of() : List.copyOf(points);
    }
}
