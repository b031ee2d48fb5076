package org.cutri.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cutri.answer.Assessment;
import org.cutri.answer.MeetingAnswers;
import org.cutri.answer.RaisedAgain;
import org.cutri.common.text.DateText;
import org.cutri.common.text.PlaceText;
import org.cutri.common.text.VietText;
import org.cutri.commune.CommuneProfile;
import org.cutri.commune.DocumentText;
import org.cutri.council.CouncilLevel;
import org.cutri.document.OfficialDocument;
import org.cutri.document.OfficialDocument.Block;
import org.cutri.document.OfficialDocument.Column;
import org.cutri.document.OfficialDocument.Heading;
import org.cutri.document.OfficialDocument.Paragraph;
import org.cutri.document.OfficialDocument.Run;
import org.cutri.document.OfficialDocument.Signature;
import org.cutri.document.OfficialDocument.Table;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingForm;
import org.cutri.meeting.MeetingStatus;
import org.cutri.meeting.MeetingText;
import org.cutri.opinion.Opinion;
import org.cutri.round.ContactRound;

/**
 * Builds the minutes (BIÊN BẢN) of a voter-contact meeting as an {@link OfficialDocument}, written as a clerk
 * writes them: time and place, who chaired and kept the minutes, the deputies present by level, voters, reports,
 * every opinion in a sentence with the meeting's vote, the answers given on the spot in their own section, the
 * closing with the number of copies, the secretary's and chair's signatures and the recipients under them. A
 * meeting not held yet gets a form to fill by hand instead (dotted lines, empty tables), never invented facts.
 * Place names are written mid-sentence ("xóm Bến") and held together on one line. A hamlet meeting's minutes
 * carry no number of the office's register. Speakers are named only when the minutes are asked for with names,
 * and then only where they agreed (the opinion service stores no name otherwise). See decision 0028.
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
     * @param readBack the answers to earlier opinions read back at the meeting, with the voters' reactions
     * @param raisedAgain the opinions that raise an earlier issue again, by opinion id
     */
    public record Source(CommuneProfile profile, ContactRound round, Meeting meeting, List<Opinion> opinions,
            Map<Integer, String> fieldNames, Map<Integer, String> hamletNames, boolean withNames,
            List<MeetingAnswers.ReadBackItem> readBack, Map<Integer, RaisedAgain> raisedAgain) {

        /** Minutes with nothing read back and no opinion raised again. */
        public Source(CommuneProfile profile, ContactRound round, Meeting meeting, List<Opinion> opinions,
                Map<Integer, String> fieldNames, Map<Integer, String> hamletNames, boolean withNames) {
            this(profile, round, meeting, opinions, fieldNames, hamletNames, withNames, List.of(), Map.of());
        }
    }

    /** Copies of the minutes: one for each recipient. */
    static final int COPIES = 3;

    public static OfficialDocument build(Source source) {
        return recorded(source.meeting(), source.opinions()) ? minutes(source) : blankForm(source);
    }

    /**
     * Whether there is anything to write: the meeting was held, or its minutes were begun (times, voters or
     * opinions typed). A meeting not held yet gets a form to fill by hand, never minutes that invent its facts.
     */
    public static boolean recorded(Meeting meeting, List<Opinion> opinions) {
        var row = meeting.row();
        return row.status() == MeetingStatus.HELD || row.actualStart() != null || row.votersPresent() != null
                || !opinions.isEmpty();
    }

    private static OfficialDocument minutes(Source source) {
        CommuneProfile profile = profile(source);
        Meeting meeting = source.meeting();
        var row = meeting.row();
        String place = blankTo(profile.placeName(), blankTo(profile.communeName(), ""));
        String dateLine = place.isEmpty() ? VietText.capitalize(DocumentText.date(row.meetingDate()))
                : DocumentText.dateLine(place, row.meetingDate());
        List<String> hamlets = hamletNames(meeting);

        List<Block> body = new ArrayList<>();
        body.add(new Heading("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", 1));
        LocalTime start = row.actualStart() != null ? row.actualStart() : row.startTime();
        body.add(Paragraph.labelled("Thời gian: ", (start == null ? "" : "bắt đầu lúc " + time(start) + ", ")
                + DocumentText.date(row.meetingDate()) + "."));
        body.add(Paragraph.labelled("Địa điểm: ", PlaceText.glueIn(blankTo(row.venue(), "…"), hamlets) + "."));
        if (row.form() != null && row.form() != MeetingForm.IN_PERSON) {
            body.add(Paragraph.labelled("Hình thức: ", row.form().label() + "."));
        }
        body.add(Paragraph.labelled("Chủ trì hội nghị: ", blankTo(row.chairName(), "…") + "."));
        body.add(Paragraph.labelled("Thư ký hội nghị: ", blankTo(row.secretaryName(), "…") + "."));
        body.addAll(deputies(meeting.deputies()));
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
        readBack(source.readBack()).ifPresent(body::add);

        body.add(new Heading("II. Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI", 1));
        if (source.opinions().isEmpty()) {
            body.add(Paragraph.of("Biên bản không ghi nhận ý kiến, kiến nghị nào của cử tri."));
        }
        int number = 0;
        boolean severalHamlets = meeting.hamlets().size() > 1;
        List<Block> answers = new ArrayList<>();
        for (Opinion opinion : source.opinions()) {
            number++;
            body.add(new Paragraph(List.of(Run.bold(number + ". "), Run.plain(said(opinion, source, severalHamlets))),
                    true));
            body.add(Paragraph.of(outcome(opinion, source)));
            RaisedAgain again = source.raisedAgain().get(opinion.id());
            if (again != null) {
                body.add(new Paragraph(List.of(Run.italic(raisedTimes(again) + ".")), true));
            }
            if (opinion.answeredAtMeeting() && opinion.answerText() != null && !opinion.answerText().isBlank()) {
                String by = opinion.answeredBy() == null || opinion.answeredBy().isBlank() ? "hội nghị"
                        : opinion.answeredBy().strip();
                answers.add(new Paragraph(List.of(Run.bold("Về ý kiến số " + number + ", "),
                        Run.plain(by + " trả lời: " + sentence(oneLine(opinion.answerText())))), true));
            }
        }

        body.add(new Heading("III. Ý KIẾN TRẢ LỜI, GIẢI TRÌNH TẠI HỘI NGHỊ", 1));
        if (answers.isEmpty()) {
            body.add(Paragraph.of("Tại hội nghị không có ý kiến, kiến nghị nào được trả lời trực tiếp."));
        }
        body.addAll(answers);

        body.add(new Heading("IV. KẾT THÚC HỘI NGHỊ", 1));
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
                : " Biên bản đã được đọc lại trước hội nghị và được hội nghị thống nhất thông qua.")
                + " " + copies()));

        List<Signature> signatures = List.of(
                new Signature("", "THƯ KÝ", blankTo(row.secretaryName(), "")),
                new Signature("", "CHỦ TRÌ", blankTo(row.chairName(), "")));
        return new OfficialDocument(header(profile, dateLine), TYPE, subject(source.round(), meeting), body,
                recipients(meeting), signatures);
    }

    /**
     * The form for a meeting not held yet: what the plan says (day, hour, venue, the deputies assigned), and dotted
     * lines and empty tables for everything the meeting will decide. Nothing in it states a fact of the meeting.
     */
    private static OfficialDocument blankForm(Source source) {
        CommuneProfile profile = profile(source);
        Meeting meeting = source.meeting();
        var row = meeting.row();
        String place = blankTo(profile.placeName(), blankTo(profile.communeName(), ""));
        String blankDate = "ngày " + BLANK + " tháng " + BLANK + " năm " + BLANK;
        String dateLine = place.isEmpty() ? VietText.capitalize(blankDate) : place + ", " + blankDate;
        List<String> hamlets = hamletNames(meeting);

        List<Block> body = new ArrayList<>();
        StringBuilder planned = new StringBuilder("Theo kế hoạch, hội nghị dự kiến tổ chức");
        if (row.startTime() != null) {
            planned.append(" lúc ").append(time(row.startTime())).append(",");
        }
        planned.append(" ").append(MeetingText.weekdayInSentence(row.meetingDate())).append(", ")
                .append(DocumentText.date(row.meetingDate()));
        if (row.venue() != null && !row.venue().isBlank()) {
            planned.append(", tại ").append(PlaceText.glueIn(row.venue().strip(), hamlets));
        }
        planned.append(". Hội nghị chưa tổ chức: thư ký ghi tay vào mẫu này tại hội nghị.");
        body.add(new Paragraph(List.of(Run.italic(planned.toString())), true));

        body.add(new Heading("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", 1));
        body.add(Paragraph.labelled("Thời gian: ", "bắt đầu lúc " + BLANK + " giờ " + BLANK + ", " + blankDate + "."));
        body.add(Paragraph.fillIn("Địa điểm: "));
        body.add(Paragraph.fillIn("Chủ trì hội nghị: "));
        body.add(Paragraph.fillIn("Thư ký hội nghị: "));
        body.add(Paragraph.labelled("Đại biểu dân cử được phân công: ", "đánh dấu có mặt hoặc vắng mặt."));
        List<List<String>> deputyRows = new ArrayList<>();
        int index = 0;
        for (Meeting.DeputyRef deputy : meeting.deputies()) {
            deputyRows.add(List.of(String.valueOf(++index), deputy.fullName(), deputy.level().label(), "", ""));
        }
        for (int i = 0; i < 2; i++) {
            deputyRows.add(List.of(String.valueOf(++index), "", "", "", ""));
        }
        body.add(new Table(List.of(new Column("STT", 0.5f, true), new Column("Họ và tên", 2.2f, false),
                new Column("Đại biểu", 1.9f, false), new Column("Có mặt", 0.9f, true),
                new Column("Vắng mặt", 0.9f, true)), deputyRows));
        body.add(Paragraph.fillIn("Khách mời: "));
        body.add(Paragraph.dottedLine());
        body.add(Paragraph.labelled("Cử tri: ", "được mời " + BLANK + " người; có mặt " + BLANK + " người."));
        body.add(Paragraph.labelled("Các báo cáo được trình bày tại hội nghị:", ""));
        for (int i = 0; i < 3; i++) {
            body.add(Paragraph.dottedLine());
        }

        body.add(new Heading("II. Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI", 1));
        body.add(Paragraph.of("Ghi từng ý kiến, kiến nghị và kết quả biểu quyết (số cử tri tán thành trên số cử tri"
                + " dự hội nghị); chỉ ý kiến được đa số cử tri tán thành mới đưa vào tổng hợp."));
        List<List<String>> opinionRows = new ArrayList<>();
        for (int i = 1; i <= BLANK_OPINIONS; i++) {
            opinionRows.add(List.of(String.valueOf(i), "\n\n", "", ""));
        }
        body.add(new Table(List.of(new Column("STT", 0.5f, true),
                new Column("Nội dung ý kiến, kiến nghị", 4.4f, false), new Column("Lĩnh vực", 1.2f, false),
                new Column("Biểu quyết\n(tán thành/dự)", 1.4f, true)), opinionRows));

        body.add(new Heading("III. Ý KIẾN TRẢ LỜI, GIẢI TRÌNH TẠI HỘI NGHỊ", 1));
        for (int i = 0; i < 6; i++) {
            body.add(Paragraph.dottedLine());
        }

        body.add(new Heading("IV. KẾT THÚC HỘI NGHỊ", 1));
        body.add(Paragraph.of("Hội nghị kết thúc lúc " + BLANK + " giờ " + BLANK + " cùng ngày."));
        body.add(Paragraph.fillIn("Ý kiến của hội nghị về biên bản: "));
        body.add(Paragraph.of(copies()));

        List<Signature> signatures = List.of(new Signature("", "THƯ KÝ", ""), new Signature("", "CHỦ TRÌ", ""));
        String subject = subject(source.round(), meeting) + "\n" + BLANK_FORM_LINE;
        return new OfficialDocument(header(profile, dateLine), TYPE, subject, body, recipients(meeting), signatures);
    }

    /** The second title line of a form to fill by hand. */
    public static final String BLANK_FORM_LINE = "(Mẫu ghi tay: hội nghị chưa tổ chức)";
    /** A gap to write a number or a word in by hand. */
    static final String BLANK = "……";
    /** Empty rows of the opinions table in a form to fill by hand. */
    static final int BLANK_OPINIONS = 12;

    private static CommuneProfile profile(Source source) {
        return source.profile() == null ? CommuneProfile.usual() : source.profile();
    }

    private static OfficialDocument.DocumentHeader header(CommuneProfile profile, String dateLine) {
        List<String> organisation = new ArrayList<>();
        for (String line : new String[] {profile.headerLine1(), profile.headerLine2(), profile.headerLine3()}) {
            if (line != null && !line.isBlank()) {
                organisation.add(line.strip());
            }
        }
        return new OfficialDocument.DocumentHeader(organisation, "", dateLine);
    }

    private static List<String> hamletNames(Meeting meeting) {
        return meeting.hamlets().stream().map(Meeting.HamletRef::name).toList();
    }

    /**
     * Who attended for the elected bodies, one line per level when several levels came ("Đại biểu Quốc hội dự",
     * "Đại biểu Hội đồng nhân dân xã dự"), then the assigned deputies who did not come.
     */
    static List<Block> deputies(List<Meeting.DeputyRef> deputies) {
        List<Block> lines = new ArrayList<>();
        Map<CouncilLevel, List<String>> present = new TreeMap<>(Comparator.comparingInt(PRECEDENCE::indexOf));
        List<String> absent = new ArrayList<>();
        for (Meeting.DeputyRef deputy : deputies) {
            if (deputy.present()) {
                present.computeIfAbsent(deputy.level(), l -> new ArrayList<>()).add(deputy.fullName());
            } else {
                // "(đại biểu Hội đồng nhân dân xã)": the council keeps its capitals, only the common word is lowered
                absent.add(deputy.fullName() + " (đại biểu " + deputyOf(deputy.level()).substring("Đại biểu ".length())
                        + ")");
            }
        }
        if (present.isEmpty()) {
            lines.add(Paragraph.labelled("Đại biểu dân cử dự: ", "không có đại biểu nào có mặt."));
        }
        for (Map.Entry<CouncilLevel, List<String>> level : present.entrySet()) {
            lines.add(Paragraph.labelled(deputyOf(level.getKey()) + " dự: ", String.join(", ", level.getValue()) + "."));
        }
        if (!absent.isEmpty()) {
            lines.add(Paragraph.labelled("Đại biểu được phân công nhưng vắng mặt: ", String.join(", ", absent) + "."));
        }
        return lines;
    }

    /** The national level first, then the province, then the commune (the order of precedence on paper). */
    private static final List<CouncilLevel> PRECEDENCE = List.of(CouncilLevel.NATIONAL, CouncilLevel.PROVINCE,
            CouncilLevel.DISTRICT, CouncilLevel.COMMUNE);

    /** "Đại biểu Quốc hội", "Đại biểu Hội đồng nhân dân tỉnh". */
    static String deputyOf(CouncilLevel level) {
        return switch (level) {
            case NATIONAL -> "Đại biểu Quốc hội";
            case PROVINCE -> "Đại biểu Hội đồng nhân dân tỉnh";
            case DISTRICT -> "Đại biểu Hội đồng nhân dân huyện";
            case COMMUNE -> "Đại biểu Hội đồng nhân dân xã";
        };
    }

    /** Where the minutes go; their number of copies follows. */
    static List<String> recipients(Meeting meeting) {
        return List.of("Ban Thường trực UBMTTQ xã (để tổng hợp);", "Thường trực HĐND xã;",
                "Lưu: Ban công tác Mặt trận " + PlaceText.inSentence(hamletNames(meeting)) + ".");
    }

    /** "Biên bản được lập thành 03 bản./." */
    private static String copies() {
        return String.format("Biên bản được lập thành %02d bản./.", COPIES);
    }

    /** "Hội nghị tiếp xúc cử tri trước kỳ họp thứ ba tại xóm Bến" (the place name held together). */
    public static String subject(ContactRound round, Meeting meeting) {
        String name = round == null ? "" : round.name().strip();
        String folded = VietText.fold(name);
        if (folded.startsWith("tiep xuc cu tri")) {
            name = name.substring("tiếp xúc cử tri".length()).strip();
        } else if (folded.startsWith("dot tiep xuc cu tri")) {
            name = name.substring("đợt tiếp xúc cử tri".length()).strip();
        }
        return ("Hội nghị tiếp xúc cử tri " + name).strip() + " tại " + PlaceText.inSentence(hamletNames(meeting));
    }

    /**
     * An opinion as a clerk writes it: "Cử tri đề nghị nâng cấp …", "Cử tri Phạm Thị Hoa (xóm Bến) kiến nghị: …";
     * the speaker named only when asked for and agreed, the hamlet only at a meeting of several hamlets.
     */
    static String said(Opinion opinion, Source source, boolean withHamlet) {
        StringBuilder who = new StringBuilder("Cử tri");
        boolean named = source.withNames() && opinion.speakerName() != null && !opinion.speakerName().isBlank()
                && opinion.speakerConsent();
        if (named) {
            who.append(' ').append(opinion.speakerName().strip());
        }
        String hamlet = withHamlet && opinion.hamletId() != null ? source.hamletNames().get(opinion.hamletId()) : null;
        if (hamlet != null) {
            who.append(named ? " (" + PlaceText.inSentence(hamlet) + ")" : " " + PlaceText.inSentence(hamlet));
        }
        String content = sentence(oneLine(opinion.content()));
        String folded = VietText.fold(content);
        if (folded.startsWith("cu tri ")) {
            // "Cử tri phản ánh …": the speaker and hamlet go after "Cử tri".
            return who + content.substring("Cử tri".length());
        }
        for (String verb : VERBS) {
            if (folded.startsWith(verb + " ")) {
                return who + " " + Character.toLowerCase(content.charAt(0)) + content.substring(1);
            }
        }
        String says = switch (opinion.kind()) {
            case PETITION -> "kiến nghị";
            case REFLECTION -> "phản ánh";
            case OPINION -> "có ý kiến";
        };
        return who + " " + says + ": " + content;
    }

    /** "Nêu lần thứ 2 (từ 15/07/2026)": the screen and the minutes say it in the same words. */
    public static String raisedTimes(RaisedAgain again) {
        return "Nêu lần thứ " + again.raisedTimes() + (again.firstRaisedOn() == null ? ""
                : " (từ " + DateText.format(again.firstRaisedOn()) + ")");
    }

    /**
     * What was read back of the earlier rounds' answers and how the voters took it, in a short paragraph; nothing when
     * no reaction was recorded ("Trả lời ý kiến cử tri kỳ trước: hội nghị nghe đọc lại … Cử tri thỏa đáng với …").
     */
    static java.util.Optional<Block> readBack(List<MeetingAnswers.ReadBackItem> items) {
        List<MeetingAnswers.ReadBackItem> heard = items.stream().filter(i -> i.reaction() != null).toList();
        if (heard.isEmpty()) {
            return java.util.Optional.empty();
        }
        StringBuilder text = new StringBuilder("hội nghị nghe đọc lại kết quả giải quyết, trả lời ")
                .append(heard.size()).append(" ý kiến, kiến nghị của cử tri các đợt trước (")
                .append(String.join(", ", heard.stream().map(i -> i.issue().code()).toList())).append(").");
        List<String> reactions = new ArrayList<>();
        for (Assessment reaction : Assessment.values()) {
            List<String> codes = heard.stream().filter(i -> i.reaction() == reaction)
                    .map(i -> i.issue().code() + (i.note() == null || i.note().isBlank() ? ""
                            : ": " + oneLine(i.note()).replaceAll("[.;]+$", "")))
                    .toList();
            if (!codes.isEmpty()) {
                reactions.add((reaction == Assessment.SATISFACTORY ? "thỏa đáng với " : "chưa thỏa đáng với ")
                        + codes.size() + " ý kiến (" + String.join("; ", codes) + ")");
            }
        }
        text.append(" Cử tri ").append(String.join("; ", reactions)).append('.');
        return java.util.Optional.of(Paragraph.labelled("Trả lời ý kiến cử tri kỳ trước: ", text.toString()));
    }

    /** Words an opinion often starts with, so "Cử tri" can simply go before them. */
    private static final List<String> VERBS = List.of("de nghi", "kien nghi", "phan anh", "de xuat", "mong muon",
            "yeu cau", "hoi", "can");

    /**
     * What the meeting decided about an opinion, in a sentence: the vote, then the field and who must settle it
     * ("Hội nghị biểu quyết: 40/45 cử tri dự hội nghị tán thành. Nội dung thuộc lĩnh vực giao thông, thẩm quyền
     * giải quyết của cấp xã.").
     */
    static String outcome(Opinion opinion, Source source) {
        StringBuilder text = new StringBuilder(vote(opinion));
        String field = opinion.fieldId() == null ? null : source.fieldNames().get(opinion.fieldId());
        String authority = authority(opinion);
        if (field != null || authority != null) {
            text.append(text.isEmpty() ? "" : " ").append("Nội dung thuộc ");
            if (field != null) {
                text.append("lĩnh vực ").append(field.strip().toLowerCase(java.util.Locale.forLanguageTag("vi")));
            }
            if (authority != null) {
                text.append(field != null ? ", " : "").append("thẩm quyền giải quyết của ").append(authority);
            }
            text.append('.');
        }
        return text.toString();
    }

    private static String authority(Opinion opinion) {
        if (opinion.authority() == null) {
            return null;
        }
        return switch (opinion.authority()) {
            case CENTRAL -> "Trung ương";
            case PROVINCE -> "cấp tỉnh";
            case COMMUNE -> "cấp xã";
            case HAMLET -> "thôn, xóm";
            case OTHER -> opinion.authorityBody() == null || opinion.authorityBody().isBlank() ? "cơ quan khác"
                    : opinion.authorityBody().strip();
        };
    }

    /**
     * "Hội nghị biểu quyết: 40/45 cử tri dự hội nghị tán thành." or "Hội nghị biểu quyết: 10/45 cử tri dự hội nghị
     * tán thành, không được đa số tán thành nên không đưa vào tổng hợp."; empty without a vote.
     */
    static String vote(Opinion opinion) {
        if (opinion.votesFor() == null || opinion.votersPresent() == null) {
            return opinion.approved() ? "" : "Ý kiến không được đa số cử tri dự hội nghị tán thành nên không đưa vào"
                    + " tổng hợp.";
        }
        String count = "Hội nghị biểu quyết: " + opinion.votesFor() + "/" + opinion.votersPresent()
                + " cử tri dự hội nghị tán thành";
        return opinion.approved() ? count + "." : count + ", không được đa số tán thành nên không đưa vào tổng hợp.";
    }

    /** The text with a full stop at its end unless it ends with one already (or with "?", "!", "…"). */
    private static String sentence(String text) {
        String t = text.strip();
        return t.isEmpty() || ".?!…;:".indexOf(t.charAt(t.length() - 1)) >= 0 ? t.replaceAll("[;:]$", ".") : t + ".";
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


    /** The suggested file name: "Bien-ban-Xom-Ben-2026-12-02". */
    public static String fileName(Meeting meeting) {
        String hamlets = VietText.fold(meeting.hamletNames()).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        LocalDate date = meeting.row().meetingDate();
        String name = "Bien-ban-" + hamlets + "-" + date;
        return name.substring(0, Math.min(name.length(), 80));
    }
}
