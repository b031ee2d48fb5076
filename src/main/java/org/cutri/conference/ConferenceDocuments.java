package org.cutri.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.cutri.common.text.PlaceText;
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
import org.cutri.meeting.MeetingText;

/**
 * The documents of a conference in the official format (Nghị định 30/2020): the programme (CHƯƠNG TRÌNH), one
 * invitation (GIẤY MỜI) per invited participant, the commendation list (DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG) and the
 * attendance list (DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ). Each has the header, the place and date, Nơi nhận and the
 * signature of the Front's standing board.
 */
public final class ConferenceDocuments {

    public static final String PROGRAMME = "CHƯƠNG TRÌNH";
    public static final String INVITATION = "GIẤY MỜI";
    public static final String COMMENDATIONS = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG";
    public static final String ATTENDANCE = "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ";

    private ConferenceDocuments() {
    }

    /** The programme: when and where, then the items with their times and who takes them. */
    public static OfficialDocument programme(Conference c, List<ProgrammeItem> items, CommuneProfile profile,
            LocalDate date) {
        CommuneProfile p = orUsual(profile);
        List<Block> body = new ArrayList<>(whenAndWhere(c));
        if (items.isEmpty()) {
            body.add(Paragraph.of("Chương trình hội nghị sẽ được thông báo sau."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (ProgrammeItem item : items) {
                rows.add(List.of(time(item.startTime()), item.content(), orEmpty(item.presenter())));
            }
            body.add(new Table(List.of(new Column("Thời gian", 1.3f, true), new Column("Nội dung", 5f, false),
                    new Column("Người thực hiện", 3f, false)), rows));
        }
        return new OfficialDocument(header(p, null, date, false), PROGRAMME, c.title(), body,
                List.of("Các đại biểu dự hội nghị;", "Lưu: VT."), signature(p));
    }

    /**
     * The invitation of one participant. {@code number} null: a draft, "Số:      /GM-…" left to fill by hand.
     */
    public static OfficialDocument invitation(Conference c, Participant guest, CommuneProfile profile,
            Integer number, LocalDate date) {
        CommuneProfile p = orUsual(profile);
        List<Block> body = new ArrayList<>();
        body.add(Paragraph.of("Ban Thường trực Ủy ban MTTQ Việt Nam " + commune(p) + " trân trọng kính mời:"));
        body.add(new Paragraph(List.of(Run.bold(addressed(guest))), true));
        body.add(Paragraph.of("Đến dự " + ConferenceService.lowerFirst(c.title()) + "."));
        body.addAll(whenAndWhere(c));
        body.add(Paragraph.of(c.venueMode().online()
                ? "Đề nghị đại biểu có mặt tại điểm cầu trước giờ khai mạc 15 phút để kiểm tra kết nối."
                : "Rất mong đại biểu đến dự đúng giờ."));
        body.add(Paragraph.of("Trân trọng kính mời./."));
        return new OfficialDocument(header(p, number, date, true), INVITATION,
                "Dự " + ConferenceService.lowerFirst(c.title()), body, List.of("Như trên;", "Lưu: VT."),
                signature(p));
    }

    /** One invitation per invited participant, in protocol order; numbers as issued, or blank for drafts. */
    public static List<OfficialDocument> invitations(Conference c, List<Participant> participants,
            CommuneProfile profile, LocalDate date, boolean draft) {
        List<OfficialDocument> documents = new ArrayList<>();
        for (Participant guest : participants) {
            if (!guest.invited()) {
                continue;
            }
            Integer number = draft ? null : guest.invitationNumber();
            LocalDate dated = !draft && guest.invitationDate() != null ? guest.invitationDate() : date;
            documents.add(invitation(c, guest, profile, number, dated));
        }
        return documents;
    }

    /** The commendation list: I. collectives, II. individuals, each with its form and achievement. */
    public static OfficialDocument commendations(Conference c, List<Commendation> list, CommuneProfile profile,
            LocalDate date) {
        CommuneProfile p = orUsual(profile);
        List<Commendation> collectives = list.stream().filter(x -> x.kind() == CommendationKind.COLLECTIVE).toList();
        List<Commendation> individuals = list.stream().filter(x -> x.kind() == CommendationKind.INDIVIDUAL).toList();
        List<Block> body = new ArrayList<>();
        body.add(Paragraph.of("Tổng số: " + collectives.size() + " tập thể và " + individuals.size()
                + " cá nhân có thành tích xuất sắc được đề nghị khen thưởng."));
        body.add(new Heading("I. TẬP THỂ", 1));
        if (collectives.isEmpty()) {
            body.add(Paragraph.of("Không có."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            int n = 0;
            for (Commendation x : collectives) {
                rows.add(List.of(String.valueOf(++n), x.name() + (x.unit() == null ? "" : "\n" + x.unit()), x.form(),
                        orEmpty(x.achievement())));
            }
            body.add(new Table(List.of(new Column("STT", 0.6f, true), new Column("Tên tập thể", 3f, false),
                    new Column("Hình thức khen thưởng", 2.6f, false), new Column("Thành tích", 3.4f, false)), rows));
        }
        body.add(new Heading("II. CÁ NHÂN", 1));
        if (individuals.isEmpty()) {
            body.add(Paragraph.of("Không có."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            int n = 0;
            for (Commendation x : individuals) {
                rows.add(List.of(String.valueOf(++n), x.name(), orEmpty(x.unit()), x.form(), orEmpty(x.achievement())));
            }
            body.add(new Table(List.of(new Column("STT", 0.6f, true), new Column("Họ và tên", 2.2f, false),
                    new Column("Chức vụ, đơn vị", 2.4f, false), new Column("Hình thức khen thưởng", 2.2f, false),
                    new Column("Thành tích", 2.6f, false)), rows));
        }
        String subject = "Tập thể, cá nhân có thành tích xuất sắc được biểu dương, khen thưởng\ntại "
                + lowerFirstWord(c.title());
        return new OfficialDocument(header(p, null, date, false), COMMENDATIONS, subject, body,
                List.of("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (b/c);", "Thường trực Đảng ủy xã (b/c);",
                        "Lưu: VT."), signature(p));
    }

    /** The attendance: every participant by category, present or absent with the reason, and the counts. */
    public static OfficialDocument attendance(Conference c, List<Participant> participants, CommuneProfile profile,
            LocalDate date) {
        CommuneProfile p = orUsual(profile);
        long present = participants.stream().filter(x -> x.attendance() == Attendance.PRESENT).count();
        long absent = participants.stream().filter(x -> x.attendance() == Attendance.ABSENT).count();
        List<Block> body = new ArrayList<>(whenAndWhere(c));
        body.add(Paragraph.of("Tổng số đại biểu: " + participants.size() + "; có mặt: " + present + "; vắng mặt: "
                + absent + (participants.size() - present - absent > 0
                        ? "; chưa ghi: " + (participants.size() - present - absent) : "") + "."));
        int n = 0;
        int part = 0;
        for (ParticipantCategory category : ParticipantCategory.values()) {
            List<List<String>> rows = new ArrayList<>();
            for (Participant x : participants) {
                if (x.category() != category) {
                    continue;
                }
                String who = x.name() == null ? orEmpty(x.unit()) : x.name();
                String role = x.name() == null ? orEmpty(x.title())
                        : String.join(", ", java.util.stream.Stream.of(x.title(), x.unit())
                                .filter(s -> s != null && !s.isBlank()).toList());
                rows.add(List.of(String.valueOf(++n), who, role, switch (x.attendance()) {
                    case PRESENT -> "Có mặt";
                    case ABSENT -> "Vắng";
                    case UNKNOWN -> "";
                }, orEmpty(x.absenceReason())));
            }
            if (!rows.isEmpty()) {
                body.add(new Heading(++part + ". " + categoryHeading(category), 2));
                body.add(new Table(List.of(new Column("STT", 0.6f, true), new Column("Họ và tên", 2.6f, false),
                        new Column("Chức vụ, đơn vị", 3.2f, false), new Column("Có mặt / Vắng", 1.3f, true),
                        new Column("Lý do vắng", 2.3f, false)), rows));
            }
        }
        return new OfficialDocument(header(p, null, date, false), ATTENDANCE, c.title(), body, List.of("Lưu: VT."),
                signature(p));
    }

    /** How a category heads its participants in the printed lists. */
    public static String categoryHeading(ParticipantCategory category) {
        return switch (category) {
            case UPPER_LEADERS -> "Lãnh đạo cấp trên";
            case PARTY -> "Thường trực Đảng ủy";
            case COUNCIL -> "Thường trực Hội đồng nhân dân";
            case PEOPLES_COMMITTEE -> "Lãnh đạo Ủy ban nhân dân";
            case FRONT -> "Ban Thường trực Ủy ban MTTQ Việt Nam";
            case ORGANISATIONS -> "Các tổ chức chính trị - xã hội";
            case HAMLETS -> "Các thôn, Ban công tác Mặt trận";
            case COMMENDED -> "Tập thể, cá nhân được khen thưởng";
            case PRESS -> "Cơ quan báo chí";
            case OTHER -> "Đại biểu khác";
        };
    }

    /** "Thời gian: 08 giờ 00, thứ Năm, ngày 09 tháng 7 năm 2026." and the venue lines. */
    static List<Block> whenAndWhere(Conference c) {
        List<Block> lines = new ArrayList<>();
        String day = MeetingText.weekdayInSentence(c.heldOn()) + ", " + DocumentText.date(c.heldOn());
        String time = c.startTime() == null ? "01 buổi, " + day : timeWords(c.startTime())
                + (c.endTime() == null ? "" : " đến " + timeWords(c.endTime())) + ", " + day;
        lines.add(Paragraph.labelled("Thời gian: ", time + "."));
        switch (c.venueMode()) {
            case IN_PERSON -> lines.add(Paragraph.labelled("Địa điểm: ",
                    PlaceText.namesInSentence(c.mainVenue()) + "."));
            case ONLINE, BOTH -> {
                lines.add(Paragraph.labelled("Hình thức: ", c.venueMode() == VenueMode.ONLINE
                        ? "Trực tuyến." : "Trực tiếp kết hợp trực tuyến."));
                lines.add(Paragraph.labelled(c.venueMode() == VenueMode.ONLINE ? "Điểm cầu chính: " : "Địa điểm: ",
                        PlaceText.namesInSentence(c.mainVenue()) + "."));
                if (!c.points().isEmpty()) {
                    lines.add(new Paragraph(List.of(Run.bold("Các điểm cầu: ")), true));
                    for (int i = 0; i < c.points().size(); i++) {
                        lines.add(new Paragraph(List.of(Run.plain("- " + PlaceText.namesInSentence(c.points().get(i))
                                + (i == c.points().size() - 1 ? "." : ";"))), true));
                    }
                }
            }
        }
        return lines;
    }

    /** "08 giờ 00", "14 giờ 30". */
    static String timeWords(LocalTime time) {
        return String.format("%02d giờ %02d", time.getHour(), time.getMinute());
    }

    private static String time(LocalTime time) {
        return time == null ? "" : String.format("%02dh%02d", time.getHour(), time.getMinute());
    }

    /** "Ông/Bà Name, Title, Unit" or the unit alone ("Hội Nông dân xã"). */
    static String addressed(Participant guest) {
        List<String> parts = new ArrayList<>();
        if (guest.name() != null) {
            parts.add("Ông/Bà: " + guest.name());
        }
        if (guest.title() != null) {
            parts.add(guest.title());
        }
        if (guest.unit() != null) {
            parts.add(guest.name() == null && guest.title() == null ? "Đại diện lãnh đạo " + guest.unit() : guest.unit());
        }
        return String.join(", ", parts);
    }

    private static OfficialDocument.DocumentHeader header(CommuneProfile p, Integer number, LocalDate date,
            boolean numbered) {
        List<String> organisation = new ArrayList<>();
        for (String line : new String[] {p.headerLine1(), p.headerLine2(), p.headerLine3()}) {
            if (line != null && !line.isBlank()) {
                organisation.add(line.strip());
            }
        }
        String symbol = blankTo(p.symbolCode(), CommuneProfile.USUAL_SYMBOL_CODE);
        String numberLine = !numbered ? ""
                : number == null ? "Số:      /" + ConferenceService.INVITATION_CODE + "-" + symbol
                        : "Số: " + DocumentText.number(number, ConferenceService.INVITATION_CODE, symbol);
        String place = blankTo(p.placeName(), blankTo(p.communeName(), ""));
        String dateLine = place.isEmpty() ? DocumentText.date(date) : DocumentText.dateLine(place, date);
        return new OfficialDocument.DocumentHeader(organisation, numberLine, dateLine);
    }

    private static List<Signature> signature(CommuneProfile p) {
        return List.of(new Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", blankTo(p.chairName(), "")));
    }

    private static String commune(CommuneProfile p) {
        String name = blankTo(p.communeName(), "");
        return name.isEmpty() ? "xã" : "xã " + name;
    }

    private static CommuneProfile orUsual(CommuneProfile profile) {
        return profile == null ? CommuneProfile.usual() : profile;
    }

    private static String lowerFirstWord(String title) {
        return ConferenceService.lowerFirst(title);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankTo(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text.strip();
    }
}
