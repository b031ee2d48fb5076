package org.cutri.report;

import java.time.LocalDate;
import java.util.List;

import org.cutri.answer.FollowUpCounts;
import org.cutri.answer.FollowUpIssue;

/**
 * What the read-back report of a round is made from (báo cáo kết quả giải quyết, trả lời ý kiến, kiến nghị của cử
 * tri): the round's approved issues with their follow-up, the earlier rounds' unresolved items carried into it, and
 * the counts, as they stood on {@code asOf}.
 *
 * @param issues the round's issues (an accepted group once), in the order of its meetings
 * @param carried the earlier rounds' issues still unresolved (tồn đọng)
 * @param counts per authority, then all (authority null)
 * @param fieldOrder the office's fields in its order; fields not listed come after
 * @param asOf the day "quá hạn" is judged on
 */
public record AnswerReport(int roundId, String roundName, List<FollowUpIssue> issues, List<FollowUpIssue> carried,
        List<FollowUpCounts> counts, List<String> fieldOrder, LocalDate asOf) {

    public AnswerReport {
        issues = List.copyOf(issues);
        carried = List.copyOf(carried);
        counts = List.copyOf(counts);
        fieldOrder = List.copyOf(fieldOrder);
    }

    /** The counts of all authorities together (the last row). */
    public FollowUpCounts total() {
        return counts.get(counts.size() - 1);
    }
}
