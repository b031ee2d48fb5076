package org.cutri.minutes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cutri.answer.Assessment;
import org.cutri.answer.FollowUpIssue;
import org.cutri.answer.MeetingAnswers;
import org.cutri.answer.RaisedAgain;

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
    private final MeetingAnswers answers;

    /** @param answers the answers read back at a meeting and the opinions raised again there */
    public MinutesService(CommuneService commune, RoundService rounds, MeetingService meetings, OpinionService opinions,
            HamletService hamlets, MeetingAnswers answers) {
        this.answers = answers;
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
                withNames, answers.readBackAt(meetingId), answers.raisedAgainAt(meetingId)));
    }

    /** The answers to earlier opinions of the meeting's hamlets, read back at it, with the voters' reactions. */
    public List<MeetingAnswers.ReadBackItem> readBack(int meetingId) {
        return answers.readBackAt(meetingId);
    }

    /** Records (or clears, with null) the voters' reaction to an answer read back at the meeting. */
    public void react(int meetingId, FollowUpIssue issue, Assessment reaction, String note) {
        answers.react(meetingId, issue, reaction, note);
    }

    /** The meeting's opinions that raise an earlier issue again, by opinion id. */
    public Map<Integer, RaisedAgain> raisedAgain(int meetingId) {
        return answers.raisedAgainAt(meetingId);
    }

    /** The earlier issues an opinion with this text may raise again, the likeliest first. */
    public List<MeetingAnswers.EarlierIssue> earlierLike(int opinionId, String text) {
        return answers.earlierLike(opinionId, text);
    }

    /** Links an opinion to the earlier one it raises again. */
    public RaisedAgain linkRaisedAgain(int opinionId, int earlierOpinionId) {
        return answers.linkRaisedAgain(opinionId, earlierOpinionId);
    }

    /** Undoes an opinion's "raised again" link. */
    public void unlinkRaisedAgain(int opinionId) {
        answers.unlinkRaisedAgain(opinionId);
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
