package org.cutri.conference;

/** A participant as typed. */
public record ParticipantDraft(ParticipantCategory category, String name, String title, String unit,
        boolean invited, Attendance attendance, String absenceReason) {
}
