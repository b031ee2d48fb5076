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
    private static final Pattern SUBHEADING = Pattern.compile("^(\\d+(\\.\\d+)*\\.?|[a-zđ]\\))\\s+\\S.{0,60}$");

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
        section(body, plan.purpose());

        body.add(new Heading("II. NỘI DUNG", 1));
        section(body, plan.content());
        int item = 1;
        for (PlanDuty duty : duties) {
            body.add(new Paragraph(List.of(Run.bold(item++ + ". " + withFullStop(duty.what()))), true));
            when(duty).ifPresent(text -> body.add(Paragraph.labelled("Thời gian: ", text)));
            who(duty).ifPresent(text -> body.add(Paragraph.of(text)));
            if (duty.reportDue() != null && !duty.reportDue().equals(duty.untilDate())) {
                body.add(Paragraph.of("Báo cáo kết quả trước ngày " + DateText.format(duty.reportDue()) + "."));
            }
        }

        body.add(new Heading("III. TỔ CHỨC THỰC HIỆN", 1));
        section(body, plan.organisation());
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

    private static void section(List<Block> body, String text) {
        for (String line : lines(text)) {
            if (SUBHEADING.matcher(line).matches() && !line.endsWith(".") && !line.endsWith(";")) {
                body.add(new Heading(line, 2));
            } else {
                body.add(new Paragraph(List.of(Run.plain(line)), !line.startsWith("-")));
            }
        }
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
