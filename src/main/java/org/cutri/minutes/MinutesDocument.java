package org.cutri.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cutri.common.text.VietText;
import org.cutri.commune.CommuneProfile;
import org.cutri.commune.DocumentText;
import org.cutri.council.CouncilLevel;
import org.cutri.document.OfficialDocument;
import org.cutri.document.OfficialDocument.Block;
import org.cutri.document.OfficialDocument.Heading;
import org.cutri.document.OfficialDocument.Paragraph;
import org.cutri.document.OfficialDocument.Run;
import org.cutri.document.OfficialDocument.Signature;
import org.cutri.meeting.Meeting;
import org.cutri.opinion.Authority;
import org.cutri.opinion.Opinion;
import org.cutri.round.ContactRound;

/**
 * Builds the minutes (BIÊN BẢN) of a voter-contact meeting as an {@link OfficialDocument}: time and place,
 * who chaired and kept the minutes, deputies and voters present, reports, every opinion numbered with its
 * kind, field, authority and vote, the answers given on the spot, and the secretary's and chair's signatures
 * side by side. A hamlet meeting's minutes carry no number of the office's register. Speakers are named only
 * when the minutes are asked for with names, and then only where they agreed (the opinion service stores no
 * name otherwise).
 */
public final class MinutesDocument {

    public static final String TYPE = "BIÊN BẢN";

    private MinutesDocument() {
    }

    /**
     * What the minutes are made of.
     *
     * @param fieldNames the office's fields by id
     * @param hamletNames the commune's hamlets by id
     * @param withNames true to name the speakers who agreed (names are personal data: only when asked)
     */
    public record Source(CommuneProfile profile, ContactRound round, Meeting meeting, List<Opinion> opinions,
            Map<Integer, String> fieldNames, Map<Integer, String> hamletNames, boolean withNames) {
    }

    public static OfficialDocument build(Source source) {
        CommuneProfile profile = source.profile() == null ? CommuneProfile.usual() : source.profile();
        Meeting meeting = source.meeting();
        var row = meeting.row();
        List<String> organisation = new ArrayList<>();
        for (String line : new String[] {profile.headerLine1(), profile.headerLine2(), profile.headerLine3()}) {
            if (line != null && !line.isBlank()) {
                organisation.add(line.strip());
            }
        }
        String place = blankTo(profile.placeName(), blankTo(profile.communeName(), ""));
        String dateLine = place.isEmpty() ? capitalize(DocumentText.date(row.meetingDate()))
                : DocumentText.dateLine(place, row.meetingDate());
        OfficialDocument.DocumentHeader header = new OfficialDocument.DocumentHeader(organisation, "", dateLine);

        List<Block> body = new ArrayList<>();
        body.add(new Heading("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", 1));
        LocalTime start = row.actualStart() != null ? row.actualStart() : row.startTime();
        body.add(Paragraph.labelled("Thời gian: ", (start == null ? "" : "bắt đầu lúc " + time(start) + ", ")
                + DocumentText.date(row.meetingDate()) + "."));
        body.add(Paragraph.labelled("Địa điểm: ", blankTo(row.venue(), "…") + " (hình thức: " + row.form().label() + ")."));
        body.add(Paragraph.labelled("Chủ trì hội nghị: ", blankTo(row.chairName(), "…") + "."));
        body.add(Paragraph.labelled("Thư ký hội nghị: ", blankTo(row.secretaryName(), "…") + "."));
        List<Meeting.DeputyRef> present = meeting.deputies().stream().filter(Meeting.DeputyRef::present).toList();
        body.add(Paragraph.labelled("Đại biểu Hội đồng nhân dân dự: ", present.isEmpty() ? "không ghi nhận."
                : present.stream().map(d -> d.fullName() + " (" + level(d.level()) + ")")
                        .collect(Collectors.joining(", ")) + "."));
        if (row.guests() != null && !row.guests().isBlank()) {
            body.add(Paragraph.labelled("Khách mời: ", oneLine(row.guests()) + "."));
        }
        body.add(Paragraph.labelled("Cử tri: ", voters(row.votersInvited(), row.votersPresent())));
        if (row.reportsPresented() != null && !row.reportsPresented().isBlank()) {
            body.add(Paragraph.labelled("Các báo cáo được trình bày tại hội nghị:", ""));
            for (String line : lines(row.reportsPresented())) {
                body.add(new Paragraph(List.of(Run.plain("- " + line)), true));
            }
        }

        body.add(new Heading("II. Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI", 1));
        if (source.opinions().isEmpty()) {
            body.add(Paragraph.of("Cử tri không có ý kiến, kiến nghị."));
        }
        int number = 0;
        boolean severalHamlets = meeting.hamlets().size() > 1;
        for (Opinion opinion : source.opinions()) {
            number++;
            body.add(new Paragraph(List.of(Run.bold(number + ". "), Run.plain(opinion.content())), true));
            body.add(new Paragraph(List.of(Run.italic(describe(opinion, source, severalHamlets))), true));
            if (opinion.answeredAtMeeting() && opinion.answerText() != null && !opinion.answerText().isBlank()) {
                String by = opinion.answeredBy() == null ? "" : " (" + opinion.answeredBy() + ")";
                body.add(new Paragraph(List.of(Run.bold("Trả lời tại hội nghị" + by + ": "),
                        Run.plain(oneLine(opinion.answerText()))), true));
            }
        }

        body.add(new Heading("III. TRẢ LỜI TẠI HỘI NGHỊ VÀ KẾT THÚC", 1));
        if (row.closingNotes() != null && !row.closingNotes().isBlank()) {
            for (String line : lines(row.closingNotes())) {
                body.add(Paragraph.of(line));
            }
        }
        LocalTime end = row.actualEnd() != null ? row.actualEnd() : row.endTime();
        // Closing notes often already say the minutes were read out; do not say it twice.
        boolean readOut = row.closingNotes() != null && VietText.fold(row.closingNotes()).contains("bien ban");
        body.add(Paragraph.of((end == null ? "Hội nghị kết thúc cùng ngày." : "Hội nghị kết thúc lúc " + time(end)
                + " cùng ngày.") + (readOut ? ""
                : " Biên bản đã được đọc lại trước hội nghị và được hội nghị thống nhất thông qua.")));

        List<Signature> signatures = List.of(
                new Signature("", "THƯ KÝ", blankTo(row.secretaryName(), "")),
                new Signature("", "CHỦ TRÌ", blankTo(row.chairName(), "")));
        return new OfficialDocument(header, TYPE, subject(source.round(), meeting), body, List.of(), signatures);
    }

    /** "Hội nghị tiếp xúc cử tri trước kỳ họp thứ ba tại Xóm Bến". */
    public static String subject(ContactRound round, Meeting meeting) {
        String name = round == null ? "" : round.name().strip();
        String folded = VietText.fold(name);
        if (folded.startsWith("tiep xuc cu tri")) {
            name = name.substring("tiếp xúc cử tri".length()).strip();
        } else if (folded.startsWith("dot tiep xuc cu tri")) {
            name = name.substring("đợt tiếp xúc cử tri".length()).strip();
        }
        return ("Hội nghị tiếp xúc cử tri " + name).strip() + " tại " + meeting.hamletNames();
    }

    /** The line under an opinion: its kind, field, authority, hamlet, speaker and the vote. */
    static String describe(Opinion opinion, Source source, boolean withHamlet) {
        List<String> parts = new ArrayList<>();
        parts.add(opinion.kind().label());
        if (opinion.fieldId() != null && source.fieldNames().containsKey(opinion.fieldId())) {
            parts.add("lĩnh vực: " + source.fieldNames().get(opinion.fieldId()));
        }
        if (opinion.authority() != null) {
            String authority = opinion.authority() == Authority.OTHER && opinion.authorityBody() != null
                    ? opinion.authorityBody() : opinion.authority().label();
            parts.add("thẩm quyền: " + authority);
        }
        if (withHamlet && opinion.hamletId() != null && source.hamletNames().containsKey(opinion.hamletId())) {
            parts.add("cử tri " + source.hamletNames().get(opinion.hamletId()));
        }
        if (source.withNames() && opinion.speakerName() != null && opinion.speakerConsent()) {
            parts.add("người nêu: " + opinion.speakerName());
        }
        String text = "(" + String.join("; ", parts) + ")";
        String vote = vote(opinion);
        return vote.isEmpty() ? text : text + " Biểu quyết: " + vote + ".";
    }

    /** "được 40/45 cử tri dự biểu quyết tán thành" or "không được đa số tán thành (20/45)"; empty without a vote. */
    static String vote(Opinion opinion) {
        if (opinion.votesFor() == null || opinion.votersPresent() == null) {
            return opinion.approved() ? "" : "không được đa số tán thành";
        }
        return opinion.approved()
                ? "được " + opinion.votesFor() + "/" + opinion.votersPresent() + " cử tri dự biểu quyết tán thành"
                : "không được đa số tán thành (" + opinion.votesFor() + "/" + opinion.votersPresent() + ")";
    }

    private static String voters(Integer invited, Integer present) {
        if (invited == null && present == null) {
            return "…";
        }
        if (invited == null) {
            return "có mặt " + present + " cử tri.";
        }
        if (present == null) {
            return "mời " + invited + " cử tri.";
        }
        return "mời " + invited + " cử tri, có mặt " + present + " cử tri.";
    }

    private static String level(CouncilLevel level) {
        return level.label();
    }

    /** "08 giờ 30". */
    static String time(LocalTime time) {
        return String.format("%02d giờ %02d", time.getHour(), time.getMinute());
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String oneLine(String text) {
        return String.join("; ", lines(text));
    }

    private static String blankTo(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text.strip();
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The suggested file name: "Bien-ban-Xom-Ben-2026-12-02". */
    public static String fileName(Meeting meeting) {
        String hamlets = VietText.fold(meeting.hamletNames()).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        LocalDate date = meeting.row().meetingDate();
        String name = "Bien-ban-" + hamlets + "-" + date;
        return name.substring(0, Math.min(name.length(), 80));
    }
}
