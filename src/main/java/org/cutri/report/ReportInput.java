package org.cutri.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a compiled report is made from, read from a commune's round or from the packages of one round at the
 * province.
 *
 * @param roundName the round's name ("Tiếp xúc cử tri trước kỳ họp thứ 3 HĐND xã khóa I")
 * @param sessionDate the day the session opens; may be null
 * @param communes the communes covered at the province; empty within one commune
 * @param fieldOrder the office's fields in its order; fields not listed come after, alphabetically
 */
public record ReportInput(String roundName, LocalDate sessionDate, List<String> communes, RoundFacts facts,
        List<ReportOpinion> opinions, List<String> fieldOrder) {

    public ReportInput {
        communes = List.copyOf(communes);
        opinions = List.copyOf(opinions);
        fieldOrder = List.copyOf(fieldOrder);
    }

    public boolean province() {
        return !communes.isEmpty();
    }
}
