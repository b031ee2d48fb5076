package org.cutri.conference;

import java.time.LocalDate;

/**
 * A participant invited to (or expected at) a conference: a person, or a unit invited as such.
 *
 * @param position its place inside its category
 * @param name the person's name; may be null when a unit is invited
 * @param title the person's title ("Phó Chủ tịch Ủy ban MTTQ tỉnh"); may be null
 * @param unit the unit; may be null for a person
 * @param invited whether a giấy mời is sent
 * @param absenceReason why an absent participant did not come; may be null
 * @param invitationNumber the invitation's number in the register, once the invitations are issued
 */
public record Participant(int id, int conferenceId, ParticipantCategory category, int position, String name,
        String title, String unit, boolean invited, Attendance attendance, String absenceReason,
        Integer invitationNumber, LocalDate invitationDate) {

    /** How the participant is named on an invitation and in lists: "Ông/Bà Name, Title, Unit" without empties. */
    public String label() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {name, title, unit}) {
            if (part != null && !part.isBlank()) {
                text.append(text.length() == 0 ? "" : " - ").append(part);
            }
        }
        return text.toString();
    }
}
