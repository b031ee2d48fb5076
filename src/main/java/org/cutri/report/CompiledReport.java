package org.cutri.report;

import java.util.List;

import org.cutri.answer.FollowUpCounts;
import org.cutri.answer.FollowUpIssue;

/**
 * The compiled report of a round (báo cáo tổng hợp ý kiến, kiến nghị cử tri) as a model: section I's facts
 * and counts, section II by authority and field with each issue once, section III's answers at the meetings,
 * section IV's proposals, and the annex of every approved opinion. Names of speakers appear only when
 * {@code withNames} was chosen.
 */
public record CompiledReport(String roundName, String subject, boolean province, RoundFacts facts, Counts counts,
        List<AuthoritySection> authorities, List<Answered> answered, List<String> proposals, List<AnnexRow> annex,
        boolean withNames, List<String> fieldOrder, List<FollowUpIssue> carried, List<FollowUpCounts> followUp) {

    /**
     * @param fieldOrder the fields of the compiled opinions in the office's order (for the chart and the workbook)
     * @param carried the earlier rounds' issues still unresolved and carried into this round (tồn đọng), each with
     *     how many rounds raised it; empty at the province
     * @param followUp the follow-up of this round's answers in numbers, per authority then all (the workbook's sheet
     *     "Theo dõi trả lời"); empty at the province
     */
    public CompiledReport {
        fieldOrder = List.copyOf(fieldOrder);
        authorities = List.copyOf(authorities);
        answered = List.copyOf(answered);
        proposals = List.copyOf(proposals);
        annex = List.copyOf(annex);
        carried = List.copyOf(carried);
        followUp = List.copyOf(followUp);
    }

    /** A report without follow-up (the province's, or one compiled from its input alone). */
    public CompiledReport(String roundName, String subject, boolean province, RoundFacts facts, Counts counts,
            List<AuthoritySection> authorities, List<Answered> answered, List<String> proposals, List<AnnexRow> annex,
            boolean withNames, List<String> fieldOrder) {
        this(roundName, subject, province, facts, counts, authorities, answered, proposals, annex, withNames,
                fieldOrder, List.of(), List.of());
    }

    /** This report with the follow-up of its round: the items carried into it and the counts of its answers. */
    public CompiledReport withFollowUp(List<FollowUpIssue> carriedInto, List<FollowUpCounts> counted) {
        return new CompiledReport(roundName, subject, province, facts, counts, authorities, answered, proposals, annex,
                withNames, fieldOrder, carriedInto, counted);
    }

    /**
     * @param received every opinion recorded in the round's minutes
     * @param approved those compiled: approved by the majority, or with no vote recorded against them
     * @param issues the issues of section II (sent to the authorities) after writing each accepted group once
     * @param answeredAtMeetings compiled opinions answered on the spot (section III, not sent up)
     * @param voted compiled opinions whose vote was recorded (the majority approved them)
     * @param groupsMerged accepted same-issue groups of two or more opinions in section II
     * @param opinionsMerged the opinions in those groups
     * @param sentUp the compiled opinions of section II (compiled minus answered at the meetings)
     */
    public record Counts(int received, int approved, int notApproved, int issues, int answeredAtMeetings, int voted,
            int groupsMerged, int opinionsMerged, int sentUp) {

        /** Counts with every compiled opinion voted on and nothing merged. */
        public Counts(int received, int approved, int notApproved, int issues, int answeredAtMeetings) {
            this(received, approved, notApproved, issues, answeredAtMeetings, approved, 0, 0,
                    approved - answeredAtMeetings);
        }
    }

    /** The opinions one authority must answer ("Trung ương", "Tỉnh", …, or a named body), by field. */
    public record AuthoritySection(String title, String authority, List<FieldSection> fields) {
        public AuthoritySection {
            fields = List.copyOf(fields);
        }

        public int count() {
            return fields.stream().mapToInt(f -> f.items().stream().mapToInt(Issue::opinionCount).sum()).sum();
        }
    }

    /** The issues of one field within an authority. */
    public record FieldSection(String field, List<Issue> items) {
        public FieldSection {
            items = List.copyOf(items);
        }
    }

    /**
     * An issue written once.
     *
     * @param places "(Cử tri thôn Đông Hải, Tây Sơn)" or at the province "(Cử tri xã A: thôn X; xã B: thôn Z)"
     * @param speakers named speakers, only with names chosen
     * @param codes the opinions' codes
     */
    public record Issue(String text, String places, List<String> speakers, List<String> codes) {
        public Issue {
            speakers = List.copyOf(speakers);
            codes = List.copyOf(codes);
        }

        public int opinionCount() {
            return codes.size();
        }
    }

    /** An opinion answered at its meeting. */
    public record Answered(String content, String places, String answeredBy, String answer) {
    }

    /** A row of the annex: every approved opinion. */
    public record AnnexRow(int number, String code, String content, String commune, String hamlet, String field,
            String authority, String notes) {
    }

    /** Opinions per field and authority, for the chart and the workbook's summary. */
    public java.util.Map<String, Integer> countByField() {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (AnnexRow row : annex) {
            counts.merge(row.field(), 1, Integer::sum);
        }
        return counts;
    }
}
