package org.cutri.meeting;

import java.util.List;

import org.cutri.common.i18n.Messages;

/**
 * A problem in a round's schedule the office should see before printing it.
 *
 * @param meetingId the meeting to open to fix it; null when no meeting is concerned (a hamlet without one)
 * @param key the message key of the plain Vietnamese explanation
 * @param args its arguments
 */
public record MeetingConflict(Kind kind, Integer meetingId, String key, List<Object> args) {

    public MeetingConflict {
        args = List.copyOf(args);
    }

    /** The kinds of problem, in the order they are listed. */
    public enum Kind {
        DEPUTY_TWICE,
        NO_DEPUTY,
        HAMLET_WITHOUT_MEETING,
        OUTSIDE_ROUND,
        AFTER_DEADLINE,
        SESSION_DAY,
        AFTER_SESSION
    }

    /** The explanation in the user's language. */
    public String text(Messages messages) {
        return messages.get(key, args.toArray());
    }
}
