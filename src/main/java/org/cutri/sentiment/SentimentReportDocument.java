package org.cutri.sentiment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cutri.common.text.DateText;
import org.cutri.commune.CommuneProfile;
import org.cutri.commune.DocumentText;
import org.cutri.document.OfficialDocument;
import org.cutri.document.OfficialDocument.Block;
import org.cutri.document.OfficialDocument.Heading;
import org.cutri.document.OfficialDocument.Paragraph;
import org.cutri.document.OfficialDocument.Run;
import org.cutri.document.OfficialDocument.Signature;

/**
 * The report of a period as an official document (BÁO CÁO Tình hình Nhân dân …, Nghị định 30/2020): I. the general
 * situation (the counts, the hot spots called out, the office's own words); II. thoughts and opinion by topic, each
 * note with its place, its source and how widespread it is, hot spots and notes carried over from the previous period
 * marked; in an election period, the people's opinions about the candidates summed up; III. proposals; Nơi nhận and
 * the signature. The report names places and organisations, never a person who spoke: notes hold no such names.
 */
public final class SentimentReportDocument {

    public static final String TYPE = "BÁO CÁO";
    public static final String DRAFT = "(DỰ THẢO)";
    public static final String CARRIED_MARK = "tiếp tục từ kỳ trước";
    public static final String HOT_SPOT = "Điểm nóng";

    private SentimentReportDocument() {
    }

    /** The subject line under BÁO CÁO. */
    public static String subject(SentimentPeriod period) {
        return period.subject();
    }

    /**
     * @param number the number given when the report was issued; null leaves "Số:      /BC-…" to fill by hand
     * @param draft true adds "(DỰ THẢO)" under the subject
     */
    public static OfficialDocument build(SentimentPeriod period, List<SentimentNote> notes, CommuneProfile profile,
            Integer number, LocalDate date, boolean draft) {
        CommuneProfile p = profile == null ? CommuneProfile.usual() : profile;
        List<Block> body = new ArrayList<>();
        general(period, notes, body);
        byTopic(period, notes, body);
        proposals(period, body);
        body.add(Paragraph.of("Trên đây là báo cáo " + lowerFirst(period.subject()) + " của Ban Thường trực Ủy ban MTTQ"
                + " Việt Nam " + commune(p) + "./."));
        List<String> recipients = List.of("Ban Thường trực UBMTTQ tỉnh (b/c);", "Thường trực Đảng ủy xã (b/c);",
                "Các tổ chức chính trị - xã hội xã;", "Lưu: VT.");
        List<Signature> signatures = List.of(new Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", blankTo(p.chairName(), "")));
        String subject = draft ? period.subject() + "\n" + DRAFT : period.subject();
        return new OfficialDocument(header(p, number, date), TYPE, subject, body, recipients, signatures);
    }

    private static void general(SentimentPeriod period, List<SentimentNote> notes, List<Block> body) {
        body.add(new Heading("I. TÌNH HÌNH CHUNG", 1));
        String span = "từ ngày " + DateText.format(period.fromDate()) + " đến ngày " + DateText.format(period.untilDate());
        if (notes.isEmpty()) {
            body.add(Paragraph.of("Trong kỳ báo cáo (" + span + "), Ban Thường trực Ủy ban MTTQ Việt Nam xã chưa ghi nhận"
                    + " nội dung tâm tư, nguyện vọng, ý kiến nào của Nhân dân cần báo cáo."));
        } else {
            Set<String> topics = new LinkedHashSet<>();
            Set<String> places = new LinkedHashSet<>();
            Set<String> sources = new LinkedHashSet<>();
            notes.forEach(n -> {
                topics.add(n.topicName());
                places.add(n.placeName());
                sources.add(n.sourceName());
            });
            long hot = notes.stream().filter(SentimentNote::hotSpot).count();
            long carried = notes.stream().filter(SentimentNote::carried).count();
            StringBuilder text = new StringBuilder("Trong kỳ báo cáo (" + span + "), qua nắm tình hình từ "
                    + String.join(", ", sources) + ", Ban Thường trực Ủy ban MTTQ Việt Nam xã tổng hợp được "
                    + count(notes.size()) + " nội dung tâm tư, nguyện vọng, ý kiến của Nhân dân thuộc "
                    + count(topics.size()) + " chủ đề, tại " + count(places.size()) + " địa bàn");
            if (carried > 0) {
                text.append(", trong đó ").append(count((int) carried)).append(" nội dung ").append(CARRIED_MARK);
            }
            text.append(". ");
            text.append(hot == 0 ? "Trong kỳ không phát sinh điểm nóng."
                    : "Có " + count((int) hot) + " điểm nóng cần được quan tâm giải quyết:");
            body.add(Paragraph.of(text.toString()));
            for (SentimentNote note : notes) {
                if (note.hotSpot()) {
                    List<Run> runs = new ArrayList<>();
                    runs.add(Run.bold("- " + note.placeName() + ": "));
                    runs.add(Run.plain(withStop(note.hotSpotNote() == null ? note.content() : note.hotSpotNote())));
                    body.add(new Paragraph(runs, true));
                }
            }
        }
        if (period.generalText() != null && !period.generalText().isBlank()) {
            for (String line : period.generalText().split("\\R")) {
                if (!line.isBlank()) {
                    body.add(Paragraph.of(line.strip()));
                }
            }
        }
    }

    private static void byTopic(SentimentPeriod period, List<SentimentNote> notes, List<Block> body) {
        body.add(new Heading("II. TÌNH HÌNH TƯ TƯỞNG, DƯ LUẬN THEO CHỦ ĐỀ", 1));
        if (notes.isEmpty()) {
            body.add(Paragraph.of("Không có nội dung."));
            return;
        }
        Map<String, List<SentimentNote>> byTopic = new LinkedHashMap<>();
        notes.forEach(n -> byTopic.computeIfAbsent(n.topicName(), k -> new ArrayList<>()).add(n));
        int t = 0;
        for (Map.Entry<String, List<SentimentNote>> topic : byTopic.entrySet()) {
            body.add(new Heading(++t + ". " + topic.getKey(), 2));
            for (SentimentNote note : topic.getValue()) {
                body.add(noteLine(note));
            }
        }
        List<SentimentNote> aboutCandidates = notes.stream()
                .filter(n -> n.candidateOpinion() != null && !n.candidateOpinion().isBlank()).toList();
        if (period.kind().election()) {
            body.add(new Heading(++t + ". Ý kiến của Nhân dân đối với những người ứng cử", 2));
            if (aboutCandidates.isEmpty()) {
                body.add(Paragraph.of("Chưa ghi nhận ý kiến của Nhân dân đối với những người ứng cử."));
            }
            for (SentimentNote note : aboutCandidates) {
                body.add(new Paragraph(List.of(Run.plain("- " + withStop(note.candidateOpinion()) + " "),
                        Run.italic("(" + note.placeName() + ")")), true));
            }
        }
    }

    /**
     * "- Content. (Thôn Đông Hải; nguồn: Hội Nông dân; một bộ phận Nhân dân; tiếp tục từ kỳ trước)" then, for a hot
     * spot, "Điểm nóng: …" in bold.
     */
    static Paragraph noteLine(SentimentNote note) {
        List<Run> runs = new ArrayList<>();
        runs.add(Run.plain("- " + withStop(note.content()) + " "));
        String where = note.placeName() + "; nguồn: " + note.sourceName() + "; " + note.spread().phrase()
                + (note.carried() ? "; " + CARRIED_MARK : "");
        runs.add(Run.italic("(" + where + ")"));
        if (note.hotSpot()) {
            runs.add(Run.bold(" " + HOT_SPOT + (note.hotSpotNote() == null ? "." : ": ")));
            if (note.hotSpotNote() != null) {
                runs.add(Run.plain(withStop(note.hotSpotNote())));
            }
        }
        return new Paragraph(runs, true);
    }

    private static void proposals(SentimentPeriod period, List<Block> body) {
        body.add(new Heading("III. ĐỀ XUẤT, KIẾN NGHỊ", 1));
        List<String> lines = period.proposals() == null ? List.of()
                : period.proposals().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (lines.isEmpty()) {
            body.add(Paragraph.of("Đề nghị cấp ủy, chính quyền và các cơ quan có liên quan quan tâm, kịp thời giải quyết"
                    + " những vấn đề Nhân dân quan tâm, nhất là các điểm nóng nêu trên; thông tin kịp thời để Nhân dân"
                    + " được biết."));
            return;
        }
        int n = 0;
        for (String line : lines) {
            body.add(Paragraph.of(++n + ". " + withStop(line)));
        }
    }

    private static OfficialDocument.DocumentHeader header(CommuneProfile p, Integer number, LocalDate date) {
        List<String> organisation = new ArrayList<>();
        for (String line : new String[] {p.headerLine1(), p.headerLine2(), p.headerLine3()}) {
            if (line != null && !line.isBlank()) {
                organisation.add(line.strip());
            }
        }
        String symbol = blankTo(p.symbolCode(), CommuneProfile.USUAL_SYMBOL_CODE);
        String numberLine = number == null ? "Số:      /" + SentimentService.TYPE_CODE + "-" + symbol
                : "Số: " + DocumentText.number(number, SentimentService.TYPE_CODE, symbol);
        String place = blankTo(p.placeName(), blankTo(p.communeName(), ""));
        String dateLine = place.isEmpty() ? DocumentText.date(date) : DocumentText.dateLine(place, date);
        return new OfficialDocument.DocumentHeader(organisation, numberLine, dateLine);
    }

    private static String commune(CommuneProfile p) {
        String name = blankTo(p.communeName(), "");
        return name.isEmpty() ? "xã" : "xã " + name;
    }

    private static String count(int value) {
        return String.valueOf(value);
    }

    private static String withStop(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }

    static String lowerFirst(String text) {
        if (text == null || text.length() < 2 || Character.isUpperCase(text.charAt(1))) {
            return text == null ? "" : text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String blankTo(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text.strip();
    }
}
