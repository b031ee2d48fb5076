package org.cutri.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A conference the office holds (hội nghị), above all the summary conference after an election (hội nghị tổng kết).
 *
 * @param heldOn the day it is held; papers are due three days before
 * @param startTime when it starts; may be null ("01 buổi")
 * @param endTime when it ends; may be null
 * @param mainVenue where it is held (the main hall, or the main connection point online)
 * @param points the online connection points (điểm cầu) besides the main venue, in their order; empty in person
 * @param planId the office's plan made for it, or null
 * @param note a free note (alternatives, what to bring)
 */
public record Conference(int id, ConferenceKind kind, String title, LocalDate heldOn, LocalTime startTime,
        LocalTime endTime, VenueMode venueMode, String mainVenue, List<String> points, Integer planId,
        ConferenceStatus status, String note) {

    public Conference {
        points = List.copyOf(points);
    }

    /** How the venue is written in lists: the main venue, "+ N điểm cầu" online. */
    public String venueLine() {
        return points.isEmpty() ? mainVenue : mainVenue + " (+ " + points.size() + " điểm cầu)";
    }
}
