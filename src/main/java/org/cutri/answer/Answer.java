package org.cutri.answer;

import java.time.LocalDate;

/**
 * An agency's written answer to an issue.
 *
 * @param agency the agency that answered
 * @param letterNo the number of the answer letter, may be blank
 * @param date the date of the answer letter
 * @param text the answer, as the agency wrote it (or its summary)
 * @param result what the answer did; null when not yet judged
 */
public record Answer(String agency, String letterNo, LocalDate date, String text, AnswerResult result) {
}
