package org.cutri.meeting;

import java.time.LocalDate;

/** A line of the schedule by day: a day's heading (no meeting) or one of its meetings. */
public record ScheduleLine(LocalDate day, Meeting meeting) {

    public boolean isDay() {
        return meeting == null;
    }
}
