package org.cutri.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cutri.answer.Assessment;
import org.cutri.answer.FollowUp;
import org.cutri.answer.FollowUpCounts;
import org.cutri.answer.FollowUpIssue;
import org.cutri.common.text.DateText;
import org.cutri.common.text.VietText;
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
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionStatus;

/**
 * The read-back report of a round as an official document (BÁO CÁO Kết quả giải quyết, trả lời ý kiến, kiến nghị của
 * cử tri), read to the voters at the next round: I. the counts, in a sentence and a table by authority; II. each issue
 * by authority and field with its hamlets, the answer in short with its letter, or where it stands (forwarded to
 * whom, due when, "quá hạn"); the Front's assessment where given; III. the earlier rounds' items still unresolved,
 * each "đã nêu N lần từ dd/MM/yyyy"; the signature and Nơi nhận. Every date in figures is written dd/MM/yyyy, those
 * quoted from the answers too.
 */
public final class AnswerReportDocument {

    public static final String SUBJECT = "Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri";
    /** The longest answer printed whole; a longer letter is shortened at a sentence or a word. */
    static final int SHORT_ANSWER = 450;
    /** The count columns of section I's table and the workbook's sheet, in order. */
    public static final List<String> COUNT_TITLES = List.of("Tiếp nhận", "Đã chuyển", "Trả lời đúng hạn",
            "Trả lời quá hạn", "Quá hạn chưa trả lời", "Được đánh giá thỏa đáng");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;](?=\\s)");
    private static final String SHORTENED = " (…)";
    private static final int SALUTATION_LONGEST = 200;

    private AnswerReportDocument() {
    }

    /** @param number the report's number in the office's yearly sequence; null leaves it blank to fill by hand */
    public static OfficialDocument build(AnswerReport report, CommuneProfile profile, Integer number,
            LocalDate issuedOn) {
        CommuneProfile p = profile == null ? CommuneProfile.usual() : profile;
        List<Block> body = new ArrayList<>();
        section1(report, body);
        section2(report, body);
        section3(report, body);
        body.add(new Heading("IV. ĐỀ XUẤT, KIẾN NGHỊ", 1));
        body.add(Paragraph.of("Ban Thường trực Ủy ban MTTQ Việt Nam xã đề nghị các cơ quan có thẩm quyền tiếp tục xem"
                + " xét, giải quyết dứt điểm các ý kiến, kiến nghị chưa được trả lời, trả lời chưa thỏa đáng hoặc còn"
                + " tồn đọng qua nhiều đợt; trả lời bằng văn bản đúng thời hạn để thông tin kịp thời đến cử tri."));
        body.add(Paragraph.of("Trên đây là báo cáo kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri "
                + roundPhrase(report.roundName()) + ", Ban Thường trực Ủy ban MTTQ Việt Nam xã báo cáo và thông tin"
                + " đến cử tri tại các hội nghị tiếp xúc cử tri./."));
        List<String> recipients = List.of("Thường trực Đảng ủy xã (b/c);", "Thường trực HĐND xã;", "UBND xã;",
                "Ban Thường trực UBMTTQ tỉnh;", "Các Ban công tác Mặt trận thôn (thông tin đến cử tri);", "Lưu: VT.");
        List<Signature> signatures = List.of(new Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH",
                ReportDocument.blankTo(p.chairName(), "")));
        return new OfficialDocument(ReportDocument.header(p, number, issuedOn), ReportDocument.TYPE,
                subject(report.roundName()), body.stream().map(AnswerReportDocument::datesAsFigures).toList(),
                recipients, signatures);
    }

    /**
     * The block with every date in figures written dd/MM/yyyy, the answers' and the voters' words included: a letter's
     * "ngày 12/8/2026" beside the report's own "ngày 20/08/2026" would be two formats in one document.
     */
    private static Block datesAsFigures(Block block) {
        if (block instanceof Paragraph paragraph) {
            return new Paragraph(paragraph.runs().stream()
                    .map(run -> new Run(DateText.normaliseInText(run.text()), run.bold(), run.italic())).toList(),
                    paragraph.indent());
        }
        if (block instanceof Heading heading) {
            return new Heading(DateText.normaliseInText(heading.text()), heading.level());
        }
        return block;
    }

    /** "Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri trước kỳ họp thứ 3 HĐND xã khóa I". */
    public static String subject(String roundName) {
        return SUBJECT + " " + roundPhrase(roundName);
    }

    /** "trước kỳ họp thứ 3 HĐND xã khóa I" from the round's name, as the compiled report words it. */
    private static String roundPhrase(String roundName) {
        String compiled = ReportCompiler.subject(roundName);
        String prefix = "Tổng hợp ý kiến, kiến nghị của cử tri ";
        return compiled.startsWith(prefix) ? compiled.substring(prefix.length()) : roundName;
    }

    private static void section1(AnswerReport report, List<Block> body) {
        body.add(new Heading("I. TÌNH HÌNH TIẾP NHẬN, CHUYỂN VÀ TRẢ LỜI Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI", 1));
        FollowUpCounts total = report.total();
        if (total.received() == 0) {
            body.add(Paragraph.of(roundOpening(report.roundName()) + ", chưa có ý kiến, kiến nghị nào của cử tri được hội nghị tán thành để chuyển các cơ quan có"
                    + " thẩm quyền giải quyết." + carriedSentence(report)));
            return;
        }
        long answered = report.issues().stream().filter(i -> i.followUp().answered()).count();
        long redirected = report.issues().stream()
                .filter(i -> i.followUp().status() == OpinionStatus.NOT_COMPETENT).count();
        StringBuilder text = new StringBuilder(roundOpening(report.roundName()) + ", cử tri đã nêu " + n(total.received()) + " nội dung ý kiến, kiến nghị được hội nghị tán thành (các"
                + " ý kiến cùng nội dung của nhiều thôn tính là một nội dung). Ban Thường trực Ủy ban MTTQ Việt Nam xã"
                + " đã chuyển " + n(total.forwarded()) + " nội dung đến các cơ quan có thẩm quyền. Tính đến "
                + DocumentText.date(report.asOf()) + ", đã có " + n((int) answered) + " nội dung được trả lời");
        int dated = total.answeredOnTime() + total.answeredLate();
        if (dated > 0) {
            text.append(" (").append(n(total.answeredOnTime())).append(" nội dung trả lời đúng hạn, ")
                    .append(n(total.answeredLate())).append(" nội dung trả lời quá hạn");
            if (answered > dated) {
                text.append(", ").append(n((int) answered - dated)).append(" nội dung chưa ghi ngày văn bản trả lời");
            }
            text.append(")");
        }
        text.append("; ").append(n(total.overdue())).append(" nội dung đã quá hạn nhưng chưa được trả lời");
        if (redirected > 0) {
            text.append("; ").append(n((int) redirected))
                    .append(" nội dung không thuộc thẩm quyền, đã hướng dẫn, chuyển đến nơi có thẩm quyền");
        }
        text.append("; ").append(n(total.satisfactory()))
                .append(" nội dung được Ban Thường trực đánh giá trả lời thỏa đáng.").append(carriedSentence(report));
        body.add(Paragraph.of(text.toString()));
        body.add(countsTable(report.counts()));
    }

    /** "Qua đợt tiếp xúc cử tri trước kỳ họp thứ 3 HĐND xã khóa I". */
    private static String roundOpening(String roundName) {
        return "Qua " + roundNamed(roundName);
    }

    /** "đợt tiếp xúc cử tri trước kỳ họp thứ 3 HĐND xã khóa I", whatever the round's name starts with. */
    private static String roundNamed(String roundName) {
        String phrase = roundPhrase(roundName);
        return phrase.startsWith("qua đợt ") ? phrase.substring("qua ".length()) : "đợt tiếp xúc cử tri " + phrase;
    }

    private static String carriedSentence(AnswerReport report) {
        return report.carried().isEmpty() ? "" : " Ngoài ra, còn " + n(report.carried().size())
                + " nội dung ý kiến, kiến nghị của các đợt trước chưa được giải quyết (mục III).";
    }

    /** Section I's table: one row per authority with issues, then "Cộng". */
    private static Table countsTable(List<FollowUpCounts> counts) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("Thẩm quyền", 1.7f, false));
        COUNT_TITLES.forEach(title -> columns.add(new Column(title, 1f, true)));
        List<List<String>> rows = new ArrayList<>();
        for (FollowUpCounts c : counts) {
            rows.add(List.of(authorityLabel(c.authority()), n(c.received()), n(c.forwarded()), n(c.answeredOnTime()),
                    n(c.answeredLate()), n(c.overdue()), n(c.satisfactory())));
        }
        return new Table(columns, rows);
    }

    /** The counts of one row of section I's table and the workbook, in the order of {@link #COUNT_TITLES}. */
    public static List<Integer> values(FollowUpCounts c) {
        return List.of(c.received(), c.forwarded(), c.answeredOnTime(), c.answeredLate(), c.overdue(), c.satisfactory());
    }

    /** "Trung ương", "Tỉnh", …; "Cộng" for the row of all authorities. */
    public static String authorityLabel(Authority authority) {
        return authority == null ? "Cộng" : authority.label();
    }

    private static void section2(AnswerReport report, List<Block> body) {
        body.add(new Heading("II. KẾT QUẢ GIẢI QUYẾT, TRẢ LỜI Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI", 1));
        if (report.issues().isEmpty()) {
            body.add(Paragraph.of("Không có ý kiến, kiến nghị nào của đợt tiếp xúc cử tri này cần theo dõi trả lời."));
            return;
        }
        Map<String, Map<String, List<FollowUpIssue>>> byAuthority = new LinkedHashMap<>();
        report.issues().stream().sorted(Comparator.comparingInt(AnswerReportDocument::authorityRank))
                .forEach(issue -> byAuthority.computeIfAbsent(authorityTitle(issue), k -> new LinkedHashMap<>())
                        .computeIfAbsent(fieldOf(issue), k -> new ArrayList<>()).add(issue));
        Comparator<String> fieldOrder = ReportCompiler.fieldOrder(report.fieldOrder());
        int a = 0;
        for (Map.Entry<String, Map<String, List<FollowUpIssue>>> authority : byAuthority.entrySet()) {
            body.add(new Heading(++a + ". " + authority.getKey(), 2));
            int f = 0;
            for (String field : authority.getValue().keySet().stream().sorted(fieldOrder).toList()) {
                body.add(new Paragraph(List.of(Run.bold(a + "." + ++f + ". Lĩnh vực "
                        + ReportDocument.fieldInSentence(field))), true));
                for (FollowUpIssue issue : authority.getValue().get(field)) {
                    body.add(issueLine("- ", issue, issue.raisedTimes() > 1 ? " – " + raisedPhrase(issue) + "." : ""));
                    body.addAll(where(issue, report.asOf()));
                }
            }
        }
    }

    private static void section3(AnswerReport report, List<Block> body) {
        body.add(new Heading("III. Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI CÁC ĐỢT TRƯỚC CHƯA ĐƯỢC GIẢI QUYẾT", 1));
        if (report.carried().isEmpty()) {
            body.add(Paragraph.of("Không còn ý kiến, kiến nghị nào của các đợt trước chưa được giải quyết."));
            return;
        }
        int n = 0;
        for (FollowUpIssue issue : report.carried()) {
            body.add(carriedLine(++n, issue));
            body.addAll(where(issue, report.asOf()));
        }
    }

    /**
     * An item carried over from an earlier round: "1. Nội dung. (Cử tri thôn A, B) – nêu tại đợt …; đã nêu 2 lần
     * từ 10/07/2026." (also in the compiled report of the later round).
     */
    static Paragraph carriedLine(int number, FollowUpIssue issue) {
        return issueLine(number + ". ", issue, " – nêu tại " + roundNamed(issue.roundName()) + "; "
                + raisedPhrase(issue) + ".");
    }

    /** As {@link #carriedLine(int, FollowUpIssue)}, followed by where it stands in a few words (the compiled report). */
    static Paragraph carriedLineWithState(int number, FollowUpIssue issue) {
        return issueLine(number + ". ", issue, " – nêu tại " + roundNamed(issue.roundName()) + "; "
                + raisedPhrase(issue) + "; " + ReportDocument.lowerFirst(state(issue)) + ".");
    }

    /** Where an unresolved issue stands, in a few words: "Đã trả lời, chưa thỏa đáng", "Đã chuyển UBND tỉnh, chưa trả lời". */
    public static String state(FollowUpIssue issue) {
        FollowUp f = issue.followUp();
        if (f.answered()) {
            return "Đã trả lời, chưa thỏa đáng";
        }
        if (f.status() == OpinionStatus.IN_PROGRESS) {
            return "Đang giải quyết";
        }
        if (f.forwarded()) {
            return "Đã chuyển " + ReportDocument.blankTo(f.forwardAgency(), "cơ quan có thẩm quyền") + ", chưa trả lời";
        }
        return "Chưa chuyển cơ quan có thẩm quyền";
    }

    /** "đã nêu 2 lần từ 10/07/2026". */
    public static String raisedPhrase(FollowUpIssue issue) {
        return "đã nêu " + issue.raisedTimes() + " lần từ " + DateText.format(issue.firstRaisedOn());
    }

    private static Paragraph issueLine(String lead, FollowUpIssue issue, String after) {
        List<Run> runs = new ArrayList<>();
        runs.add(Run.plain(lead + ReportDocument.withStop(issue.content()) + " "));
        if (!issue.hamlets().isEmpty()) {
            runs.add(Run.italic("(Cử tri " + ReportCompiler.hamletPhrase(issue.hamlets()) + ")"));
        }
        if (!after.isEmpty()) {
            runs.add(Run.plain(after));
        }
        return new Paragraph(runs, true);
    }

    /** Where the issue stands: its answer and letter, or forwarded to whom and due when; then the assessments. */
    private static List<Paragraph> where(FollowUpIssue issue, LocalDate asOf) {
        FollowUp f = issue.followUp();
        List<Paragraph> lines = new ArrayList<>();
        if (f.status() == OpinionStatus.NOT_COMPETENT) {
            lines.add(new Paragraph(List.of(Run.bold("Kết quả: "), Run.plain("không thuộc thẩm quyền giải quyết; đã"
                    + " hướng dẫn, chuyển đến " + ReportDocument.blankTo(f.redirectedTo(), "nơi có thẩm quyền") + ".")),
                    true));
            return lines;
        }
        if (f.answered()) {
            // "Trả lời: … (Văn bản số …). Kết quả: …." — each sentence ends with its full stop, the letter's too
            List<Run> runs = new ArrayList<>();
            String letter = letter(f.answerLetterNo(), f.answerDate(), f.answerAgency());
            if (f.answerText() == null || f.answerText().isBlank()) {
                runs.add(Run.bold("Kết quả: "));
                String result = f.result() == null ? "đã được trả lời" : resultPhrase(f.result());
                if (letter.isEmpty()) {
                    runs.add(Run.plain(result + " (chưa ghi nội dung, văn bản trả lời)."));
                } else {
                    runs.add(Run.plain(result + " "));
                    runs.add(Run.italic(letter));
                    runs.add(Run.plain("."));
                }
            } else {
                runs.add(Run.bold("Trả lời: "));
                String answer = shorten(f.answerText(), SHORT_ANSWER);
                String shown = answer.endsWith(SHORTENED) ? answer : ReportDocument.withStop(answer);
                if (letter.isEmpty()) {
                    runs.add(Run.plain(shown));
                } else {
                    runs.add(Run.plain(shown + " "));
                    runs.add(Run.italic(letter));
                    runs.add(Run.plain("."));
                }
                if (f.result() != null) {
                    runs.add(Run.plain(" "));
                    runs.add(Run.bold("Kết quả: "));
                    runs.add(Run.plain(resultPhrase(f.result()) + "."));
                }
            }
            lines.add(new Paragraph(runs, true));
            if (f.assessment() != null) {
                lines.add(new Paragraph(List.of(Run.bold("Đánh giá của Ban Thường trực: "),
                        Run.plain(ReportDocument.withStop(assessment(f.assessment()) + (f.assessmentNote() == null
                                ? "" : " – " + ReportDocument.lowerFirst(f.assessmentNote().strip()))))), true));
            }
            if (issue.reaction() != null) {
                lines.add(new Paragraph(List.of(Run.bold("Ý kiến cử tri khi nghe trả lời: "),
                        Run.plain(assessment(issue.reaction()) + ".")), true));
            }
            return lines;
        }
        List<Run> runs = new ArrayList<>();
        runs.add(Run.bold("Chưa trả lời: "));
        if (!f.forwarded()) {
            runs.add(Run.plain("chưa chuyển cơ quan có thẩm quyền."));
        } else {
            StringBuilder text = new StringBuilder("đã chuyển " + ReportDocument.blankTo(f.forwardAgency(), "")
                    + " (văn bản " + (f.forwardLetterNo() == null ? "" : "số " + f.forwardLetterNo() + ", ")
                    + "ngày " + DateText.format(f.forwardDate()) + ")");
            if (f.dueDate() != null) {
                text.append("; hạn trả lời ").append(DateText.format(f.dueDate()));
            }
            if (f.status() == OpinionStatus.IN_PROGRESS) {
                text.append("; đang giải quyết");
            }
            runs.add(Run.plain(text.toString()));
            if (f.overdueOn(asOf)) {
                runs.add(Run.plain("; "));
                runs.add(Run.bold("quá hạn " + ChronoUnit.DAYS.between(f.dueDate(), asOf) + " ngày"));
            }
            runs.add(Run.plain("."));
        }
        lines.add(new Paragraph(runs, true));
        return lines;
    }

    /** "(Văn bản số 12/UBND, ngày 01/09/2026, của UBND xã)"; the parts not known left out; empty when none is. */
    static String letter(String number, LocalDate date, String agency) {
        List<String> parts = new ArrayList<>();
        if (number != null && !number.isBlank()) {
            parts.add("Văn bản số " + number.strip());
        }
        if (date != null) {
            parts.add((parts.isEmpty() ? "Văn bản " : "") + "ngày " + DateText.format(date));
        }
        if (agency != null && !agency.isBlank()) {
            parts.add((parts.isEmpty() ? "Văn bản " : "") + "của " + agency.strip());
        }
        return parts.isEmpty() ? "" : "(" + String.join(", ", parts) + ")";
    }

    private static String resultPhrase(org.cutri.answer.AnswerResult result) {
        return switch (result) {
            case ACTION -> "đã giải quyết bằng việc làm cụ thể";
            case DECISION -> "đã ban hành văn bản, quyết định giải quyết";
            case EXPLANATION -> "giải thích, cung cấp thông tin";
        };
    }

    private static String assessment(Assessment assessment) {
        return assessment == Assessment.SATISFACTORY ? "thỏa đáng" : "chưa thỏa đáng";
    }

    /**
     * The answer in short: a letter's lines joined, its "Kính gửi: …." salutation left out; when longer than {@code max}
     * characters, the whole sentences that fit (or, when the first sentence alone is too long, the words that fit),
     * then "(…)". Never cut inside a word.
     */
    public static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (VietText.fold(flat).startsWith("kinh gui")) {
            // the salutation, up to its first full stop (a letter's text is stored on one line)
            Matcher salutation = SENTENCE_END.matcher(flat);
            if (salutation.find() && salutation.end() < SALUTATION_LONGEST) {
                flat = flat.substring(salutation.end()).strip();
            }
        }
        if (flat.length() <= max) {
            return flat;
        }
        Matcher end = SENTENCE_END.matcher(flat);
        int lastFit = -1;
        while (end.find() && end.end() <= max) {
            lastFit = end.end();
        }
        if (lastFit >= max / 3) {
            String whole = flat.substring(0, lastFit).strip();
            return (whole.endsWith(";") ? whole.substring(0, whole.length() - 1) + "." : whole) + SHORTENED;
        }
        int space = flat.lastIndexOf(' ', max);
        String words = space > 0 ? flat.substring(0, space) : flat.substring(0, max);
        return words.replaceAll("[\\s,;:.–-]+$", "") + SHORTENED;
    }

    private static int authorityRank(FollowUpIssue issue) {
        return issue.authority() == null ? Authority.values().length : issue.authority().ordinal();
    }

    private static String authorityTitle(FollowUpIssue issue) {
        return ReportCompiler.authorityTitle(issue.authority(), issue.authorityBody());
    }

    private static String fieldOf(FollowUpIssue issue) {
        return issue.fieldName() == null || issue.fieldName().isBlank() ? ReportCompiler.NO_FIELD
                : issue.fieldName().strip();
    }

    private static String n(int value) {
        return ReportDocument.number(value);
    }
}
