package org.cutri.round;

import org.cutri.common.i18n.Messages;
import org.cutri.common.text.DateText;
import org.cutri.council.CouncilSession;

/** A council session offered for a round, with its term: "Kỳ họp thứ 3 HĐND xã khóa I (2026–2031), 17/12/2026". */
public record SessionChoice(CouncilSession session, String termLabel) {

    /** How the session is offered in the user's language. */
    public String label(Messages messages) {
        return messages.get(session.course() == null ? "round.sessionChoice.noCourse" : "round.sessionChoice",
                String.valueOf(session.number()), session.level(), session.course(), termLabel,
                DateText.format(session.startDate()));
    }

    /** The name a round serving this session is proposed. */
    public String proposedName(RoundKind kind) {
        return RoundService.proposedName(kind, session.level().label(), session.course(), session.number(), termLabel);
    }
}
