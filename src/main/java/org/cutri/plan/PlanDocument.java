package org.cutri.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cutri.common.UserException;
import org.cutri.common.text.DateText;
import org.cutri.commune.CommuneProfile;
import org.cutri.commune.CommuneService;
import org.cutri.commune.DocumentText;
import org.cutri.document.OfficialDocument;
import org.cutri.document.OfficialDocument.Block;
import org.cutri.document.OfficialDocument.Heading;
import org.cutri.document.OfficialDocument.Paragraph;
import org.cutri.document.OfficialDocument.Run;
import org.cutri.document.OfficialDocument.Signature;

/**
 * The office's plan as an official document (Nghị định 30/2020): the header with the office and the national motto,
 * "Số: 05/KH-MTTQ-BTT" once issued (a draft prints "Số:      /KH-…" for the number to be written in), the place and
 * date, KẾ HOẠCH and the subject; the bases and the "Thực hiện Kế hoạch số … của …" line from the incoming plan;
 * I. Mục đích, yêu cầu; II. Nội dung with the duties as numbered items with their dates and who does them;
 * III. Tổ chức thực hiện; Nơi nhận and the signature. Printing never numbers a plan: issuing does
 * ({@link PlanService#issue}).
 */
public class PlanDocument {

    /** A short line of a section that is a heading of its own ("1. Mục đích", "2. Yêu cầu"). */
    private static final Pattern SUBHEADING = Pattern.compile("^(\\d+(\\.\\d+)*\\.?|[a-zđ]\\))\\s+\\S.{0,100}$");

    private final PlanService plans;
    private final CommuneService commune;

    public PlanDocument(PlanService plans, CommuneService commune) {
        this.plans = plans;
        this.commune = commune;
    }

    /**
     * The document, its number as printed (empty for a draft) and a file name to suggest.
     */
    public record Printed(OfficialDocument document, String number, String suggestedFileName) {
    }

    /** Builds the plan's document as it is now. */
    public Printed build(int planId) {
        CommuneProfile profile = commune.profile().orElseThrow(() -> new UserException("plan.profileMissing"));
        OfficePlan plan = plans.find(planId).orElseThrow(() -> new UserException("plan.notFound", planId));
        Optional<IncomingDocument> incoming = plan.incomingId() == null ? Optional.empty()
                : plans.findIncoming(plan.incomingId());
        List<PlanDuty> duties = plans.duties(planId);
        return new Printed(document(profile, plan, incoming, duties), plan.issued() ? plan.numberText() : "",
                fileName(plan));
    }

    static OfficialDocument document(CommuneProfile profile, OfficePlan plan, Optional<IncomingDocument> incoming,
            List<PlanDuty> duties) {
        String symbol = profile.symbolCode() == null || profile.symbolCode().isBlank() ? CommuneProfile.USUAL_SYMBOL_CODE
                : profile.symbolCode();
        String number = plan.issued() ? "Số: " + plan.numberText()
                : "Số:\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/" + PlanService.TYPE_CODE + "-" + symbol;
        OfficialDocument.DocumentHeader header = new OfficialDocument.DocumentHeader(
                List.of(profile.headerLine1(), profile.headerLine2(), profile.headerLine3()), number,
                DocumentText.dateLine(profile.placeName(), plan.planDate()));
        String board = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã " + profile.communeName();
        String about = lowerFirst(plan.subject());

        List<Block> body = new ArrayList<>();
        lines(plan.bases()).forEach(line -> body.add(Paragraph.of(line)));
        String implementing = incoming.map(in -> "Thực hiện " + in.citation() + " về " + lowerFirst(in.subject()) + ", ")
                .orElse("");
        body.add(Paragraph.of(capitalFirst(implementing + board + " xây dựng kế hoạch " + about + " như sau:")));

        body.add(new Heading("I. MỤC ĐÍCH, YÊU CẦU", 1));
        Sections sections = new Sections(duties);
        sections.add(body, plan.purpose());

        // section II is "NỘI DUNG" unless the content opens with a heading of its own ("CHƯƠNG TRÌNH VÀ HÌNH THỨC TỔ
        // CHỨC"); further headings in capitals are sections III, IV … and "TỔ CHỨC THỰC HIỆN" takes the next number
        if (!startsWithMainHeading(plan.content())) {
            body.add(new Heading(sections.nextNumeral() + "NỘI DUNG", 1));
        }
        sections.add(body, plan.content());
        boolean dutiesLater = hasMarker(plan.organisation());
        if (!sections.dutiesPlaced() && !dutiesLater) {
            numberedDuties(body, duties);
        }

        body.add(new Heading(sections.nextNumeral() + "TỔ CHỨC THỰC HIỆN", 1));
        sections.add(body, plan.organisation());
        body.add(Paragraph.of("Trên đây là Kế hoạch " + about + " của " + board + "./."));

        List<String> recipients = new ArrayList<>();
        for (String line : lines(plan.recipients())) {
            recipients.add(line.replaceFirst("^[-–•]\\s*", ""));
        }
        if (recipients.isEmpty()) {
            recipients.add("Lưu: VT.");
        }
        Signature signature = new Signature("TM. BAN THƯỜNG TRỰC",
                plan.signerTitle() == null ? "CHỦ TỊCH" : plan.signerTitle(),
                plan.signerName() == null ? "" : plan.signerName());
        return new OfficialDocument(header, "KẾ HOẠCH", plan.subject(), body, recipients, List.of(signature));
    }

    /** "Ke-hoach-05-2026" once issued, "Ke-hoach-du-thao-12" for a draft. */
    static String fileName(OfficePlan plan) {
        return plan.issued() ? String.format("Ke-hoach-%02d-%d", plan.planNumber(), plan.planDate().getYear())
                : "Ke-hoach-du-thao-" + plan.id();
    }

    /** The duty's dates in words: one day, a span, a deadline or a start. */
    static Optional<String> when(PlanDuty duty) {
        LocalDate from = duty.fromDate();
        LocalDate until = duty.untilDate();
        if (from != null && until != null) {
            return Optional.of(from.equals(until) ? "ngày " + DateText.format(from) + "."
                    : "từ ngày " + DateText.format(from) + " đến ngày " + DateText.format(until) + ".");
        }
        if (until != null) {
            return Optional.of("hoàn thành trước ngày " + DateText.format(until) + ".");
        }
        if (from != null) {
            return Optional.of("từ ngày " + DateText.format(from) + ".");
        }
        if (duty.reportDue() != null) {
            return Optional.of("báo cáo trước ngày " + DateText.format(duty.reportDue()) + ".");
        }
        return Optional.empty();
    }

    private static Optional<String> who(PlanDuty duty) {
        if (duty.leadUnit() == null && duty.joins() == null) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        if (duty.leadUnit() != null) {
            text.append("Chủ trì: ").append(duty.leadUnit());
        }
        if (duty.joins() != null) {
            text.append(text.isEmpty() ? "Phối hợp: " : "; phối hợp: ").append(duty.joins());
        }
        return Optional.of(text.append('.').toString());
    }

    /**
     * Writes the sections' lines in order: a line in capitals is a section heading, numbered on (II, III …); a short
     * numbered line is a sub-heading ("1. Chương trình hội nghị", "1.1. Thực hiện theo phương án 1:"); "Thời gian:",
     * "Địa điểm:", "Thành phần:" … start with their label in bold; a line "* …" is a note in italics; the line
     * {@code [VIỆC]} takes the duties as a list with their dates, and {@code [LỊCH]} as a timetable.
     */
    private static final class Sections {
        private final List<PlanDuty> duties;
        private int numeral = 2;
        private boolean dutiesPlaced;

        Sections(List<PlanDuty> duties) {
            this.duties = duties;
        }

        String nextNumeral() {
            return ROMAN[Math.min(numeral++, ROMAN.length - 1)] + ". ";
        }

        boolean dutiesPlaced() {
            return dutiesPlaced;
        }

        void add(List<Block> body, String text) {
            for (String line : lines(text)) {
                String marker = marker(line);
                if (marker != null) {
                    if (!dutiesPlaced) {
                        dutiesPlaced = true;
                        if (marker.equals(TIMETABLE_MARKER)) {
                            body.add(timetable(duties));
                        } else {
                            listedDuties(body, duties);
                        }
                    }
                } else if (mainHeading(line)) {
                    body.add(new Heading(nextNumeral() + MAIN_NUMBER.matcher(line).replaceFirst(""), 1));
                } else if (LABELLED.matcher(line).matches()) {
                    var m = LABELLED.matcher(line);
                    m.matches();
                    body.add(new Paragraph(List.of(Run.bold(m.group(1) + " "), Run.plain(m.group(2))),
                            !Character.isDigit(line.charAt(0))));
                } else if (SUBHEADING.matcher(line).matches() && !line.endsWith(".") && !line.endsWith(";")) {
                    body.add(new Heading(line, 2));
                } else if (line.startsWith("*")) {
                    String note = line.replaceAll("^\\*+\\s*|\\*+$", "");
                    body.add(new Paragraph(List.of(new Run(note, true, true)), true));
                } else {
                    body.add(new Paragraph(List.of(Run.plain(line)), !line.startsWith("-")));
                }
            }
        }
    }

    private static final String[] ROMAN = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    /** The line where the duties go as a list ("[VIỆC]") or as a timetable ("[LỊCH]"), in any case. */
    static final String LIST_MARKER = "[VIỆC]";
    static final String TIMETABLE_MARKER = "[LỊCH]";
    /** A roman number written before a heading ("III. ", "IV- "): the document numbers the headings itself. */
    private static final Pattern MAIN_NUMBER = Pattern.compile("^[IVX]+\\s*[.\\-–]\\s*");
    /** "Thời gian: …", "2. Địa điểm: …", "Thành phần tham dự: …": a label to print in bold, then its text. */
    private static final Pattern LABELLED = Pattern.compile(
            "^((?:\\d+(?:\\.\\d+)*\\.\\s+)?(?:Thời gian|Địa điểm|Thành phần|Chương trình|Nội dung|Hình thức|Phương án \\d+)"
                    + "[^:]{0,40}:)\\s*(\\S.*)$");

    private static String marker(String line) {
        String upper = line.strip().toUpperCase(java.util.Locale.ROOT);
        return upper.equals(LIST_MARKER) || upper.equals("[CÁC VIỆC]") ? LIST_MARKER
                : upper.equals(TIMETABLE_MARKER) ? TIMETABLE_MARKER : null;
    }

    private static boolean hasMarker(String text) {
        return lines(text).stream().anyMatch(line -> marker(line) != null);
    }

    /** A line with letters and none in lower case, not too long: a section heading ("THÀNH PHẦN, THỜI GIAN"). */
    static boolean mainHeading(String line) {
        String words = MAIN_NUMBER.matcher(line).replaceFirst("");
        return words.length() >= 4 && words.length() <= 90 && words.chars().anyMatch(Character::isLetter)
                && words.chars().noneMatch(Character::isLowerCase) && marker(line) == null;
    }

    private static boolean startsWithMainHeading(String text) {
        List<String> lines = lines(text);
        return !lines.isEmpty() && mainHeading(lines.get(0));
    }

    /** The duties as numbered items, each with its dates and who does it (a plan without a place for them). */
    private static void numberedDuties(List<Block> body, List<PlanDuty> duties) {
        int item = 1;
        for (PlanDuty duty : duties) {
            body.add(new Paragraph(List.of(Run.bold(item++ + ". " + withFullStop(duty.what()))), true));
            when(duty).ifPresent(text -> body.add(Paragraph.labelled("Thời gian: ", text)));
            who(duty).ifPresent(text -> body.add(Paragraph.of(text)));
            if (duty.reportDue() != null && !duty.reportDue().equals(duty.untilDate())) {
                body.add(Paragraph.of("Báo cáo kết quả trước ngày " + DateText.format(duty.reportDue()) + "."));
            }
        }
    }

    /** The duties as "- Báo cáo tình hình Nhân dân trước cuộc bầu cử: hoàn thành trước ngày 14/05/2026 (…)." */
    private static void listedDuties(List<Block> body, List<PlanDuty> duties) {
        for (PlanDuty duty : duties) {
            StringBuilder line = new StringBuilder("- ").append(withoutFullStop(duty.what()));
            when(duty).ifPresent(text -> line.append(": ").append(withoutFullStop(text)));
            if (duty.leadUnit() != null || duty.joins() != null) {
                line.append(" (").append(withoutFullStop(who(duty).orElseThrow())
                        .replaceFirst("^Chủ trì", "chủ trì").replaceFirst("^Phối hợp", "phối hợp")).append(')');
            }
            if (duty.reportDue() != null && !duty.reportDue().equals(duty.untilDate())) {
                line.append("; báo cáo kết quả trước ngày ").append(DateText.format(duty.reportDue()));
            }
            body.add(new Paragraph(List.of(Run.plain(line.append(';').toString())), false));
        }
        if (!duties.isEmpty()) {
            Paragraph last = (Paragraph) body.get(body.size() - 1);
            String text = last.runs().get(0).text();
            body.set(body.size() - 1, new Paragraph(List.of(Run.plain(text.substring(0, text.length() - 1) + ".")),
                    false));
        }
    }

    /** The duties as a timetable: when, what, who leads, who joins. */
    private static OfficialDocument.Table timetable(List<PlanDuty> duties) {
        List<List<String>> rows = new ArrayList<>();
        for (PlanDuty duty : duties) {
            rows.add(List.of(shortWhen(duty), withoutFullStop(duty.what()),
                    duty.leadUnit() == null ? "" : duty.leadUnit(), duty.joins() == null ? "" : duty.joins()));
        }
        return new OfficialDocument.Table(List.of(new OfficialDocument.Column("Thời gian", 2.2f, true),
                new OfficialDocument.Column("Nội dung công việc", 4.2f, false),
                new OfficialDocument.Column("Chủ trì", 2.4f, false),
                new OfficialDocument.Column("Phối hợp", 2.4f, false)), rows);
    }

    /** "31/05/2026", "14/06/2026 -\n16/06/2026", "Trước 19/06/2026", "Từ 01/06/2026". */
    static String shortWhen(PlanDuty duty) {
        LocalDate from = duty.fromDate();
        LocalDate until = duty.untilDate();
        if (from != null && until != null) {
            return from.equals(until) ? DateText.format(from) : DateText.format(from) + " -\n" + DateText.format(until);
        }
        if (until != null) {
            return "Trước " + DateText.format(until);
        }
        if (from != null) {
            return "Từ " + DateText.format(from);
        }
        return duty.reportDue() == null ? "" : "Báo cáo trước " + DateText.format(duty.reportDue());
    }

    private static String withoutFullStop(String text) {
        return text.endsWith(".") || text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String withFullStop(String text) {
        return text.endsWith(".") || text.endsWith(":") ? text : text + ".";
    }

    static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // an abbreviation or a proper name at the start keeps its capital ("HĐND", "Đại hội")
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String capitalFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
