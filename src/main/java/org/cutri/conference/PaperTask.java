package org.cutri.conference;

import java.time.LocalDate;

/**
 * What a unit must do before the conference (nhiệm vụ), usually a paper to send (tham luận, báo cáo).
 *
 * @param paper the paper it owes; may be null for a task without one
 * @param dueDate by when; the conference day less three days unless {@code dueTyped}
 * @param dueTyped whether the office typed the date (it then stays when the conference moves)
 * @param receivedOn when the paper came in, or null
 * @param receivedBy who received it; may be null
 */
public record PaperTask(int id, int conferenceId, int position, String unit, String task, String paper,
        LocalDate dueDate, boolean dueTyped, LocalDate receivedOn, String receivedBy) {

    public boolean received() {
        return receivedOn != null;
    }

    /** Not received and past its date. */
    public boolean overdue(LocalDate today) {
        return receivedOn == null && dueDate.isBefore(today);
    }
}
