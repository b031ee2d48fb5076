package org.cutri.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.cutri.answer.FollowUpIssue;
import org.cutri.commune.CommuneProfile;
import org.cutri.commune.DocumentText;
import org.cutri.document.OfficialDocument;
import org.cutri.document.OfficialDocument.Block;
import org.cutri.document.OfficialDocument.Column;
import org.cutri.document.OfficialDocument.Heading;
import org.cutri.document.OfficialDocument.Paragraph;
import org.cutri.document.OfficialDocument.Run;
import org.cutri.document.OfficialDocument.Signature;
import org.cutri.document.OfficialDocument.Table;

/**
 * The compiled report as an official document (BÁO CÁO): I. how the round went; II. opinions by the
 * authority that must answer and by field, each issue once with "(Cử tri thôn A, B, C)"; III. answers given
 * at the meetings; IV. proposals; the signature and Nơi nhận; then, on a new page, the annex (PHỤ LỤC) listing
 * every compiled opinion. Counts say what was really done: the merges accepted, the votes recorded, the
 * voters' numbers entered (docs/decisions/0027).
 */
public final class ReportDocument {

    public static final String TYPE = "BÁO CÁO";
    public static final String ANNEX_TITLE = "PHỤ LỤC\nDANH SÁCH Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI";
    /** The line under the subject of a report marked as a draft. */
    public static final String DRAFT = "(DỰ THẢO)";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** The part of section II listing the earlier rounds' unresolved items carried into this round. */
    public static final String CARRIED_TITLE = "Ý kiến, kiến nghị của cử tri các đợt trước chưa được giải quyết (tồn đọng)";
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private ReportDocument() {
    }

    /**
     * @param number the report's number in the office's yearly sequence; null leaves it blank to fill by hand
     */
    public static OfficialDocument build(CompiledReport report, CommuneProfile profile, Integer number,
            LocalDate issuedOn) {
        return build(report, profile, number, new ReportDate(issuedOn, false));
    }

    /**
     * @param number the report's number in the office's yearly sequence; null leaves it blank to fill by hand
     * @param dated the date printed and whether the report is a draft (DỰ THẢO under the subject)
     */
    public static OfficialDocument build(CompiledReport report, CommuneProfile profile, Integer number,
            ReportDate dated) {
        LocalDate issuedOn = dated.date();
        CommuneProfile p = profile == null ? CommuneProfile.usual() : profile;
        String symbol = symbol(p);
        OfficialDocument.DocumentHeader header = header(p, number, issuedOn);

        List<Block> body = new ArrayList<>();
        section1(report, body);
        section2(report, body);
        section3(report, body);
        body.add(new Heading("IV. KIẾN NGHỊ, ĐỀ XUẤT", 1));
        int n = 0;
        for (String proposal : report.proposals()) {
            body.add(Paragraph.of(++n + ". " + proposal));
        }
        body.add(Paragraph.of("Trên đây là báo cáo tổng hợp ý kiến, kiến nghị của cử tri " + roundPhrase(report)
                + ", Ban Thường trực Ủy ban MTTQ Việt Nam " + (report.province() ? "tỉnh" : "xã")
                + " báo cáo để các cơ quan có thẩm quyền xem xét, giải quyết./."));

        String reference = "(Kèm theo Báo cáo số " + (number == null ? "      /" + ReportService.TYPE_CODE + "-" + symbol
                : DocumentText.number(number, ReportService.TYPE_CODE, symbol)) + " " + DocumentText.date(issuedOn)
                + " của Ban Thường trực Ủy ban MTTQ Việt Nam " + (report.province() ? "tỉnh" : "xã") + ")";
        OfficialDocument.Annex annex = new OfficialDocument.Annex(ANNEX_TITLE, reference,
                List.of(annexTable(report)), OfficialDocument.Orientation.LANDSCAPE);

        List<String> recipients = report.province()
                ? List.of("Thường trực Tỉnh ủy (b/c);", "Thường trực HĐND tỉnh;", "UBND tỉnh;",
                        "Ban Thường trực UBTƯ MTTQ Việt Nam;", "Lưu: VT.")
                : List.of("Thường trực Đảng ủy xã (b/c);", "Thường trực HĐND xã;", "UBND xã;",
                        "Ban Thường trực UBMTTQ tỉnh;", "Lưu: VT.");
        List<Signature> signatures = List.of(new Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", blankTo(p.chairName(), "")));
        String subject = dated.draft() ? report.subject() + "\n" + DRAFT : report.subject();
        return new OfficialDocument(header, TYPE, subject, body, recipients, signatures, List.of(annex));
    }

    /**
     * The header of a report of the office: its organisation lines, "Số: 05/BC-MTTQ-BTT" (blank to fill by hand
     * when {@code number} is null) and the place and date line.
     */
    static OfficialDocument.DocumentHeader header(CommuneProfile p, Integer number, LocalDate issuedOn) {
        List<String> organisation = new ArrayList<>();
        for (String line : new String[] {p.headerLine1(), p.headerLine2(), p.headerLine3()}) {
            if (line != null && !line.isBlank()) {
                organisation.add(line.strip());
            }
        }
        String numberLine = number == null ? "Số:      /" + ReportService.TYPE_CODE + "-" + symbol(p)
                : "Số: " + DocumentText.number(number, ReportService.TYPE_CODE, symbol(p));
        String place = blankTo(p.placeName(), blankTo(p.communeName(), ""));
        String dateLine = place.isEmpty() ? DocumentText.date(issuedOn) : DocumentText.dateLine(place, issuedOn);
        return new OfficialDocument.DocumentHeader(organisation, numberLine, dateLine);
    }

    /** The office's symbol in document numbers ("MTTQ-BTT"). */
    static String symbol(CommuneProfile p) {
        return p.symbolCode() == null || p.symbolCode().isBlank() ? CommuneProfile.USUAL_SYMBOL_CODE
                : p.symbolCode().strip();
    }

    private static void section1(CompiledReport report, List<Block> body) {
        RoundFacts facts = report.facts();
        CompiledReport.Counts counts = report.counts();
        body.add(new Heading("I. TÌNH HÌNH TỔ CHỨC TIẾP XÚC CỬ TRI", 1));
        int notHeld = facts.meetingsPlanned() - facts.meetingsHeld();
        body.add(Paragraph.of("Thực hiện kế hoạch " + lowerFirst(report.roundName()) + ", Ban Thường trực Ủy ban MTTQ"
                + " Việt Nam " + (report.province() ? "các xã" : "xã") + " đã phối hợp tổ chức "
                + number(facts.meetingsHeld()) + "/" + number(facts.meetingsPlanned())
                + " hội nghị tiếp xúc cử tri theo kế hoạch" + (notHeld > 0 ? "; còn " + number(notHeld)
                        + " hội nghị chưa tổ chức" : "") + "."));
        body.add(Paragraph.labelled("Địa bàn đã tổ chức: ", facts.hamlets().isEmpty() ? "chưa có hội nghị nào được tổ chức."
                : number(report.province() ? facts.meetingsHeld() : facts.hamlets().size()) + " "
                        + (report.province() ? "hội nghị" : "thôn, xóm") + " ("
                        + (report.province() ? String.join("; ", facts.hamlets())
                                : ReportCompiler.hamletPhrase(facts.hamlets())) + ")."));
        String voters = voters(facts);
        if (!voters.isEmpty()) {
            body.add(Paragraph.labelled("Cử tri: ", voters));
        }
        String deputies = facts.deputies().isEmpty() ? "không ghi nhận."
                : facts.deputies().stream().map(ReportDocument::deputies).collect(Collectors.joining("; ")) + ".";
        body.add(Paragraph.labelled("Đại biểu dân cử: ", deputies));
        body.add(Paragraph.labelled("Ý kiến, kiến nghị: ", opinions(counts)));
    }

    /**
     * "mời 1.300 lượt cử tri; tham dự 1.158 lượt": only numbers someone entered; when some held meetings
     * have none, the sentence says how many meetings the number covers. Empty when nothing was entered.
     */
    private static String voters(RoundFacts facts) {
        List<String> parts = new ArrayList<>();
        if (facts.invitedRecorded() > 0) {
            parts.add("mời " + number(facts.votersInvited()) + " lượt cử tri" + coverage(facts.invitedRecorded(),
                    facts.meetingsHeld()));
        }
        if (facts.presentRecorded() > 0) {
            parts.add("tham dự " + number(facts.votersPresent()) + " lượt" + (parts.isEmpty() ? " cử tri" : "")
                    + coverage(facts.presentRecorded(), facts.meetingsHeld()));
        }
        return parts.isEmpty() ? "" : String.join("; ", parts) + ".";
    }

    private static String coverage(int recorded, int held) {
        return recorded < held ? " (số liệu của " + number(recorded) + "/" + number(held) + " hội nghị)" : "";
    }

    /**
     * "đại biểu HĐND xã: 16/16 đại biểu được phân công đã tham dự (45/48 lượt đại biểu dự các hội nghị)": deputies
     * counted once each, then attendances (a deputy at three meetings is three attendances).
     */
    private static String deputies(RoundFacts.DeputyCount count) {
        String text = "đại biểu " + count.level() + ": " + number(count.present()) + "/" + number(count.assigned())
                + " đại biểu được phân công đã tham dự";
        if (count.assignedTimes() != count.assigned() || count.presentTimes() != count.present()) {
            text += " (" + number(count.presentTimes()) + "/" + number(count.assignedTimes())
                    + " lượt đại biểu dự các hội nghị)";
        }
        return text;
    }

    /**
     * What was received, compiled, answered and merged, as it really was: a majority is claimed only for the
     * opinions whose vote was recorded, a merge only for groups the secretary accepted.
     */
    private static String opinions(CompiledReport.Counts counts) {
        StringBuilder text = new StringBuilder("tiếp nhận " + number(counts.received()) + " ý kiến, kiến nghị của cử tri");
        if (counts.notApproved() > 0) {
            text.append("; ").append(number(counts.notApproved()))
                    .append(" ý kiến không được đa số cử tri tán thành nên không tổng hợp");
        }
        text.append("; tổng hợp ").append(number(counts.approved())).append(" ý kiến");
        if (counts.voted() > 0) {
            // the others were not put to a vote: said so, or "trong đó 1 ý kiến được … tán thành" reads as if the
            // rest were not approved
            text.append(counts.voted() == counts.approved() ? " được đa số cử tri biểu quyết tán thành"
                    : ", trong đó " + number(counts.voted()) + " ý kiến được đa số cử tri biểu quyết tán thành, "
                            + number(counts.approved() - counts.voted()) + " ý kiến không có kết quả biểu quyết");
        }
        text.append(".");
        if (counts.answeredAtMeetings() > 0) {
            text.append(" Có ").append(number(counts.answeredAtMeetings()))
                    .append(" ý kiến đã được trả lời ngay tại hội nghị (mục III).");
        }
        text.append(" Gửi các cơ quan có thẩm quyền xem xét, giải quyết ").append(number(counts.sentUp()))
                .append(" ý kiến");
        if (counts.groupsMerged() > 0) {
            text.append("; sau khi gộp ").append(number(counts.opinionsMerged())).append(" ý kiến cùng nội dung thành ")
                    .append(number(counts.groupsMerged())).append(" nội dung, còn ").append(number(counts.issues()))
                    .append(" nội dung kiến nghị (mục II).");
        } else {
            text.append(", gồm ").append(number(counts.issues())).append(" nội dung kiến nghị (mục II).");
        }
        return text.toString();
    }

    /** "1.158": Vietnamese thousands separators. */
    static String number(int value) {
        return String.format(VIETNAMESE, "%,d", value);
    }

    private static void section2(CompiledReport report, List<Block> body) {
        body.add(new Heading("II. Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI", 1));
        if (report.authorities().isEmpty()) {
            body.add(Paragraph.of("Cử tri không có ý kiến, kiến nghị được tổng hợp."));
        }
        int a = 0;
        for (CompiledReport.AuthoritySection section : report.authorities()) {
            a++;
            body.add(new Heading(a + ". " + section.title(), 2));
            int f = 0;
            for (CompiledReport.FieldSection field : section.fields()) {
                f++;
                body.add(new Paragraph(List.of(Run.bold(a + "." + f + ". Lĩnh vực " + fieldInSentence(field.field()))),
                        true));
                for (CompiledReport.Issue issue : field.items()) {
                    List<Run> runs = new ArrayList<>();
                    runs.add(Run.plain("- " + withStop(issue.text()) + " "));
                    if (!issue.places().isEmpty()) {
                        runs.add(Run.italic(issue.places()));
                    }
                    if (!issue.speakers().isEmpty()) {
                        runs.add(Run.italic(" (Người nêu: " + String.join(", ", issue.speakers()) + ")"));
                    }
                    body.add(new Paragraph(runs, true));
                }
            }
        }
        if (!report.carried().isEmpty()) {
            body.add(new Heading(++a + ". " + CARRIED_TITLE, 2));
            int n = 0;
            for (FollowUpIssue issue : report.carried()) {
                body.add(AnswerReportDocument.carriedLineWithState(++n, issue));
            }
        }
    }

    private static void section3(CompiledReport report, List<Block> body) {
        body.add(new Heading("III. Ý KIẾN ĐÃ ĐƯỢC TRẢ LỜI TẠI HỘI NGHỊ", 1));
        if (report.answered().isEmpty()) {
            body.add(Paragraph.of("Không có ý kiến nào được trả lời trực tiếp tại hội nghị."));
        }
        int n = 0;
        for (CompiledReport.Answered answered : report.answered()) {
            n++;
            List<Run> runs = new ArrayList<>();
            runs.add(Run.bold(n + ". "));
            runs.add(Run.plain(withStop(answered.content()) + " "));
            runs.add(Run.italic(answered.places()));
            body.add(new Paragraph(runs, true));
            if (!answered.answer().isEmpty()) {
                body.add(new Paragraph(List.of(Run.bold("Trả lời" + (answered.answeredBy().isEmpty() ? ""
                        : " (" + answered.answeredBy() + ")") + ": "), Run.plain(answered.answer())), true));
            }
        }
    }

    private static Table annexTable(CompiledReport report) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("STT", 0.6f, true));
        columns.add(new Column("Nội dung ý kiến, kiến nghị", 5f, false));
        if (report.province()) {
            columns.add(new Column("Xã", 1.3f, false));
        }
        columns.add(new Column("Thôn", 1.3f, false));
        columns.add(new Column("Lĩnh vực", 1.4f, false));
        columns.add(new Column("Thẩm quyền", 1.3f, false));
        columns.add(new Column("Ghi chú", 1.6f, false));
        List<List<String>> rows = new ArrayList<>();
        for (CompiledReport.AnnexRow row : report.annex()) {
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(row.number()));
            cells.add(row.content());
            if (report.province()) {
                cells.add(blankTo(row.commune(), ""));
            }
            cells.add(blankTo(row.hamlet(), ""));
            cells.add(row.field());
            cells.add(row.authority());
            cells.add(row.notes());
            rows.add(cells);
        }
        return new Table(columns, rows);
    }

    private static String roundPhrase(CompiledReport report) {
        String subject = report.subject();
        String prefix = "Tổng hợp ý kiến, kiến nghị của cử tri ";
        return subject.startsWith(prefix) ? subject.substring(prefix.length()) : report.roundName();
    }

    static String withStop(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }

    static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // Keep acronyms ("HĐND") and proper names; only a capitalised common first word is lowered.
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** "tài nguyên - môi trường" for the office's "Tài nguyên - Môi trường": each part of the name lowered alike. */
    static String fieldInSentence(String field) {
        return java.util.Arrays.stream(field.split(" - ", -1)).map(ReportDocument::lowerFirst)
                .collect(java.util.stream.Collectors.joining(" - "));
    }

    static String blankTo(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text.strip();
    }
}
