package org.cutri.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The planned part of a meeting as the user typed it. */
public record MeetingDraft(int roundId, LocalDate meetingDate, LocalTime startTime, LocalTime endTime, String venue,
        MeetingForm form, String chairName, String secretaryName, MeetingStatus status, List<Integer> hamletIds,
        List<Integer> deputyIds) {

    public MeetingDraft {
        hamletIds = List.copyOf(hamletIds);
        deputyIds = List.copyOf(deputyIds);
    }
}
