package org.cutri.answer;

import java.time.LocalDate;

/**
 * An earlier opinion a new one raises again (nêu lại), as the minutes screen offers it.
 *
 * @param earlierOpinionId the earlier opinion
 * @param code its code
 * @param roundName the round it was raised in
 * @param raisedOn the day of that meeting
 * @param raisedTimes how many rounds have raised the issue, counting the new one
 * @param firstRaisedOn the day it was first raised
 */
public record RaisedAgain(int earlierOpinionId, String code, String roundName, LocalDate raisedOn, int raisedTimes,
        LocalDate firstRaisedOn) {
}
