package org.cutri.round;

import org.cutri.council.CouncilSession;

/** A council session offered for a round, with its term: "Kỳ họp thứ 3 HĐND xã khóa I (2026–2031), 17/12/2026". */
public record SessionChoice(CouncilSession session, String termLabel) {

    public String label() {
        return "Kỳ họp thứ " + session.number() + " " + session.level().label()
                + (session.course() == null ? "" : " khóa " + session.course()) + " (" + termLabel + "), "
                + org.cutri.common.text.DateText.format(session.startDate());
    }

    /** The name a round serving this session is proposed. */
    public String proposedName(RoundKind kind) {
        return RoundService.proposedName(kind, session.level().label(), session.course(), session.number(), termLabel);
    }
}
