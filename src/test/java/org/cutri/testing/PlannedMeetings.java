package org.cutri.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.hamlet.Hamlet;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingDraft;
import org.cutri.meeting.MeetingForm;
import org.cutri.meeting.MeetingStatus;

/** A planned meeting of one hamlet in June 2027 with the register's first deputy, for tests that need opinions. */
public final class PlannedMeetings {

    private PlannedMeetings() {
    }

    /** Stores a planned meeting of {@code hamlet} on {@code day} June 2027, 8:00–10:00, in the round. */
    public static Meeting of(AppContext context, int roundId, Hamlet hamlet, int day) {
        int deputy = context.deputies().list().get(0).id();
        return context.meetings().create(new MeetingDraft(roundId, LocalDate.of(2027, 6, day), LocalTime.of(8, 0),
                LocalTime.of(10, 0), "Nhà văn hóa", MeetingForm.IN_PERSON, null, null, MeetingStatus.PLANNED,
                List.of(hamlet.id()), List.of(deputy)));
    }
}
