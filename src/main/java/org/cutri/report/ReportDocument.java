package org.cutri.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
 * at the meetings; IV. proposals; then the annex table of every approved opinion.
 */
public final class ReportDocument {

    public static final String TYPE = "BÁO CÁO";
    public static final String ANNEX_TITLE = "PHỤ LỤC: DANH SÁCH Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI";
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private ReportDocument() {
    }

    /**
     * @param number the report's number in the office's yearly sequence; null leaves it blank to fill by hand
     */
    public static OfficialDocument build(CompiledReport report, CommuneProfile profile, Integer number,
            LocalDate issuedOn) {
        CommuneProfile p = profile == null ? CommuneProfile.usual() : profile;
        List<String> organisation = new ArrayList<>();
        for (String line : new String[] {p.headerLine1(), p.headerLine2(), p.headerLine3()}) {
            if (line != null && !line.isBlank()) {
                organisation.add(line.strip());
            }
        }
        String symbol = p.symbolCode() == null || p.symbolCode().isBlank() ? CommuneProfile.USUAL_SYMBOL_CODE
                : p.symbolCode().strip();
        String numberLine = number == null ? "Số:      /" + ReportService.TYPE_CODE + "-" + symbol
                : "Số: " + DocumentText.number(number, ReportService.TYPE_CODE, symbol);
        String place = blankTo(p.placeName(), blankTo(p.communeName(), ""));
        String dateLine = place.isEmpty() ? DocumentText.date(issuedOn) : DocumentText.dateLine(place, issuedOn);
        OfficialDocument.DocumentHeader header = new OfficialDocument.DocumentHeader(organisation, numberLine, dateLine);

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

        body.add(new Heading(ANNEX_TITLE, 1));
        body.add(new Paragraph(List.of(Run.italic("(Kèm theo Báo cáo " + (number == null ? "" : "số "
                + DocumentText.number(number, ReportService.TYPE_CODE, symbol) + " ") + DocumentText.date(issuedOn)
                + "; chỉ gồm các ý kiến được đa số cử tri tán thành)")), false));
        body.add(annexTable(report));

        List<String> recipients = report.province()
                ? List.of("Thường trực HĐND tỉnh;", "UBND tỉnh;", "Ban Thường trực UBMTTQ Việt Nam;", "Lưu: VT.")
                : List.of("Thường trực HĐND xã;", "UBND xã;", "Ban Thường trực UBMTTQ tỉnh;", "Lưu: VT.");
        List<Signature> signatures = List.of(new Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", blankTo(p.chairName(), "")));
        return new OfficialDocument(header, TYPE, report.subject(), body, recipients, signatures);
    }

    private static void section1(CompiledReport report, List<Block> body) {
        RoundFacts facts = report.facts();
        CompiledReport.Counts counts = report.counts();
        body.add(new Heading("I. TÌNH HÌNH TỔ CHỨC TIẾP XÚC CỬ TRI", 1));
        body.add(Paragraph.of("Thực hiện kế hoạch " + lowerFirst(report.roundName()) + ", Ban Thường trực Ủy ban MTTQ"
                + " Việt Nam " + (report.province() ? "các xã" : "xã") + " đã phối hợp tổ chức " + facts.meetingsHeld()
                + "/" + facts.meetingsPlanned() + " hội nghị tiếp xúc cử tri theo kế hoạch."));
        body.add(Paragraph.labelled("Địa bàn đã tổ chức: ", facts.hamlets().isEmpty() ? "chưa có hội nghị nào được tổ chức."
                : facts.hamlets().size() + " " + (report.province() ? "hội nghị" : "thôn, xóm") + " ("
                        + String.join("; ", facts.hamlets()) + ")."));
        body.add(Paragraph.labelled("Cử tri: ", "mời " + facts.votersInvited() + " lượt, tham dự " + facts.votersPresent()
                + " lượt cử tri."));
        String deputies = facts.deputies().isEmpty() ? "không ghi nhận."
                : facts.deputies().stream().map(d -> "đại biểu " + d.level() + " tham dự " + d.present() + "/"
                        + d.assigned() + " đại biểu được phân công").collect(Collectors.joining("; ")) + ".";
        body.add(Paragraph.labelled("Đại biểu dân cử: ", deputies));
        body.add(Paragraph.labelled("Ý kiến, kiến nghị: ", "tiếp nhận " + counts.received() + " ý kiến, kiến nghị; "
                + counts.approved() + " ý kiến được đa số cử tri tán thành và được tổng hợp"
                + (counts.notApproved() > 0 ? "; " + counts.notApproved()
                        + " ý kiến không được đa số cử tri tán thành nên không tổng hợp" : "")
                + ". Sau khi gộp các ý kiến cùng nội dung, còn " + counts.issues() + " nội dung; "
                + counts.answeredAtMeetings() + " ý kiến đã được trả lời ngay tại hội nghị."));
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
                body.add(new Paragraph(List.of(Run.bold(a + "." + f + ". Lĩnh vực " + lowerFirst(field.field()))),
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

    private static String withStop(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }

    private static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // Keep acronyms ("HĐND") and proper names; only a capitalised common first word is lowered.
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String blankTo(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text.strip();
    }
}
