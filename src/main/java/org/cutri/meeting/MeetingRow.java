package org.cutri.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

/** One row of the meeting table, as stored; {@link Meeting} adds its hamlets and deputies. */
public record MeetingRow(int id, int roundId, LocalDate meetingDate, LocalTime startTime, LocalTime endTime,
        String venue, MeetingForm form, String chairName, String secretaryName, MeetingStatus status,
        LocalTime actualStart, LocalTime actualEnd, String guests, Integer votersInvited, Integer votersPresent,
        String reportsPresented, String closingNotes) {
}
