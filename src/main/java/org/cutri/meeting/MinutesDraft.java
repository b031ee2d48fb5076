package org.cutri.meeting;

import java.time.LocalTime;

/** The minutes' own fields (the opinions are stored one by one, apart). */
public record MinutesDraft(LocalTime actualStart, LocalTime actualEnd, String chairName, String secretaryName,
        String guests, Integer votersInvited, Integer votersPresent, String reportsPresented, String closingNotes) {
}
