package org.cutri.answer;

import java.time.LocalDate;

/**
 * An issue forwarded (chuyển) to the agency that must answer it.
 *
 * @param agency the agency it went to ("UBND xã", "Công ty Điện lực tỉnh")
 * @param letterNo the number of the forwarding letter ("45/MTTQ-BTT"), may be blank
 * @param date the date of the forwarding letter: the deadline runs from it
 */
public record Forwarding(String agency, String letterNo, LocalDate date) {
}
