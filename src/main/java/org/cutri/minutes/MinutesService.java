package org.cutri.minutes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cutri.commune.CommuneService;
import org.cutri.document.OfficialDocument;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletService;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingService;
import org.cutri.meeting.MeetingStatus;
import org.cutri.opinion.OpinionField;
import org.cutri.opinion.OpinionService;
import org.cutri.round.RoundService;

/**
 * Puts together what the minutes of a meeting need from the other features, and marks a meeting as held
 * once its minutes are being typed.
 */
public class MinutesService {

    private final CommuneService commune;
    private final RoundService rounds;
    private final MeetingService meetings;
    private final OpinionService opinions;
    private final HamletService hamlets;

    public MinutesService(CommuneService commune, RoundService rounds, MeetingService meetings, OpinionService opinions,
            HamletService hamlets) {
        this.commune = commune;
        this.rounds = rounds;
        this.meetings = meetings;
        this.opinions = opinions;
        this.hamlets = hamlets;
    }

    /**
     * The minutes of a meeting as an official document, ready to preview, print or save; speakers who agreed are
     * named only {@code withNames}.
     */
    public OfficialDocument document(int meetingId, boolean withNames) {
        Meeting meeting = meetings.get(meetingId);
        Map<Integer, String> fields = new HashMap<>();
        for (OpinionField field : opinions.fields()) {
            fields.put(field.id(), field.name());
        }
        Map<Integer, String> hamletNames = new HashMap<>();
        for (Hamlet hamlet : hamlets.list()) {
            hamletNames.put(hamlet.id(), hamlet.name());
        }
        return MinutesDocument.build(new MinutesDocument.Source(commune.profile().orElse(null),
                rounds.get(meeting.row().roundId()), meeting, opinions.listByMeeting(meetingId), fields, hamletNames,
                withNames));
    }

    /** The file name to suggest when saving the minutes of a meeting. */
    public String fileName(int meetingId) {
        return MinutesDocument.fileName(meetings.get(meetingId));
    }

    /**
     * Marks a planned meeting as held ("đã tổ chức"): its minutes are being typed. Returns true when the
     * status changed.
     */
    public boolean markHeld(int meetingId) {
        Meeting meeting = meetings.get(meetingId);
        if (meeting.row().status() == MeetingStatus.PLANNED) {
            meetings.setStatus(meetingId, MeetingStatus.HELD);
            return true;
        }
        return false;
    }

    /** The meetings of every round with their round's name, for commands and lists. */
    public List<Meeting> meetingsOfRound(int roundId) {
        return meetings.list(roundId);
    }
}
