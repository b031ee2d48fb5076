package org.cutri.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cutri.common.UserException;
import org.cutri.common.text.DateText;
import org.cutri.common.text.PlaceText;
import org.cutri.common.text.VietText;
import org.cutri.commune.CommuneProfile;
import org.cutri.commune.CommuneService;
import org.cutri.commune.DocumentText;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilService;
import org.cutri.council.CouncilSession;
import org.cutri.document.OfficialDocument;
import org.cutri.document.OfficialDocument.Annex;
import org.cutri.document.OfficialDocument.Orientation;
import org.cutri.document.OfficialDocument.Block;
import org.cutri.document.OfficialDocument.Column;
import org.cutri.document.OfficialDocument.Heading;
import org.cutri.document.OfficialDocument.Paragraph;
import org.cutri.document.OfficialDocument.Signature;
import org.cutri.document.OfficialDocument.Table;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletService;
import org.cutri.numbering.DocumentNumberService;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundKind;
import org.cutri.round.RoundService;

/**
 * Builds the plan of a round with its schedule (kế hoạch và lịch tiếp xúc cử tri), modelled on the
 * plans commune Front offices issue: the legal bases cited in full, purpose and requirements worded for the
 * round's kind ({@link PlanText}), the timetable, who does what, the signature and recipients, then the
 * schedule (LỊCH) on its own landscape pages headed "(Kèm theo Kế hoạch số …)". Printing never gives a number: a
 * plan not issued yet prints with its number left blank; "Ban hành" gives it (decisions 0028, 0045).
 */
public class SchedulePlanDocument {

    /** The document type code of a plan. */
    public static final String TYPE_CODE = "KH";
    /** The deputies' cell of a meeting that has none yet. */
    static final String NO_DEPUTY = "(Chưa phân công đại biểu)";

    private final CommuneService commune;
    private final RoundService rounds;
    private final MeetingService meetings;
    private final HamletService hamlets;
    private final CouncilService councils;

    public SchedulePlanDocument(CommuneService commune, RoundService rounds, MeetingService meetings,
            HamletService hamlets, CouncilService councils) {
        this.commune = commune;
        this.rounds = rounds;
        this.meetings = meetings;
        this.hamlets = hamlets;
        this.councils = councils;
    }

    /**
     * The plan, its number line and a file name to suggest.
     *
     * @param number the number as printed ("01/KH-MTTQ-BTT"); empty for a draft (not issued yet)
     */
    public record Plan(OfficialDocument document, String number, String suggestedFileName) {

        /** True when the plan was issued: it carries its number. */
        public boolean issued() {
            return !number.isEmpty();
        }

        /** The number and date an issue gives (or gave, {@code done}). */
        public record Issue(String number, LocalDate date, boolean done) {
        }
    }

    /**
     * Builds the plan as it stands: once issued ({@link RoundService#issuePlan}) with its number and issue date, before
     * that as a draft with the number left blank ("Số:      /KH-MTTQ-BTT"), dated its plan date or {@code today}.
     * Printing never takes a number.
     */
    public Plan build(int roundId, LocalDate today) {
        CommuneProfile profile = commune.profile().orElseThrow(() -> new UserException("meeting.plan.profileMissing"));
        ContactRound round = rounds.get(roundId);
        LocalDate planDate = RoundService.issueDay(round, today);
        boolean issued = round.planNumber() != null;
        String number = issued ? DocumentNumberService.format(round.planNumber(), TYPE_CODE, profile.symbolCode()) : "";
        String numberText = issued ? number
                : "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/" + TYPE_CODE + "-" + profile.symbolCode();
        Optional<CouncilSession> session = round.sessionId() == null ? Optional.empty()
                : councils.findSession(round.sessionId());
        String councilLabel = session.map(s -> s.level().label()).orElse(CouncilLevel.COMMUNE.label());
        String about = about(round);
        String subject = "Tổ chức hội nghị tiếp xúc cử tri của đại biểu " + councilLabel + " " + about;
        PlanText text = new PlanText(round, session, councilLabel);

        OfficialDocument.DocumentHeader header = new OfficialDocument.DocumentHeader(
                List.of(profile.headerLine1(), profile.headerLine2(), profile.headerLine3()), "Số: " + numberText,
                DocumentText.dateLine(profile.placeName(), planDate));
        List<Block> body = new ArrayList<>();
        String commune = PlaceText.glued("xã " + profile.communeName());
        for (String basis : text.legalBases()) {
            body.add(Paragraph.of(basis));
        }
        body.add(Paragraph.of("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam " + commune
                + " xây dựng kế hoạch tổ chức hội nghị tiếp xúc cử tri của đại biểu " + councilLabel + " " + about
                + " như sau:"));

        body.add(new Heading("I. MỤC ĐÍCH, YÊU CẦU", 1));
        body.add(new Heading("1. Mục đích", 2));
        body.add(Paragraph.of(text.purpose()));
        body.add(new Heading("2. Yêu cầu", 2));
        body.add(Paragraph.of("Hội nghị tiếp xúc cử tri được tổ chức đúng thời gian, thành phần, nghiêm túc, dân chủ và"
                + " đúng quy định. Các vị đại biểu ưu tiên bố trí thời gian tham dự đầy đủ theo lịch; ý kiến, kiến nghị"
                + " của cử tri được ghi chép trung thực, khách quan, đầy đủ trong biên bản."));
        body.add(Paragraph.of(text.requirement()));

        body.add(new Heading("II. NỘI DUNG, THỜI GIAN", 1));
        body.add(new Heading("1. Hội nghị triển khai kế hoạch", 2));
        if (round.deploymentDate() != null) {
            body.add(Paragraph.labelled("Thời gian: ", MeetingText.weekday(round.deploymentDate()) + ", "
                    + DocumentText.date(round.deploymentDate()) + "."));
        } else {
            body.add(Paragraph.labelled("Thời gian: ", "Thường trực sẽ thông báo sau."));
        }
        if (round.deploymentVenue() != null) {
            body.add(Paragraph.labelled("Địa điểm: ", PlaceText.glueIn(round.deploymentVenue(),
                    List.of("xã " + profile.communeName())) + "."));
        }
        body.add(Paragraph.labelled("Thành phần: ", text.deploymentParticipants()));
        body.add(Paragraph.labelled("Nội dung: ", text.deploymentContent()));
        body.add(new Heading("2. Hội nghị tiếp xúc cử tri ở các thôn, xóm", 2));
        body.add(Paragraph.labelled("Thời gian: ", "từ " + DocumentText.date(round.startDate()) + " đến "
                + DocumentText.date(round.endDate()) + ", theo lịch kèm theo kế hoạch này."));
        body.add(Paragraph.of(text.meetingChair()));
        body.add(Paragraph.labelled("Nội dung: ", text.meetingContent()));
        if (round.kind() != RoundKind.ELECTION) {
            body.add(Paragraph.of("Các ý kiến, kiến nghị được hội nghị biểu quyết; chỉ những ý kiến, kiến nghị được đa"
                    + " số cử tri dự hội nghị nhất trí mới được đưa vào tổng hợp."));
        }
        body.add(new Heading(text.afterMeetingsHeading(), 2));
        if (round.handinDeadline() != null) {
            body.add(Paragraph.of("Chậm nhất " + DocumentText.date(round.handinDeadline()) + ", thư ký các hội nghị và"
                    + " Ban công tác Mặt trận các thôn, xóm nộp biên bản và ý kiến, kiến nghị của cử tri về Ban Thường"
                    + " trực Ủy ban MTTQ Việt Nam xã."));
        }
        if (round.compilationDate() != null) {
            body.add(Paragraph.of(VietText.capitalize(DocumentText.date(round.compilationDate())) + ", "
                    + text.compilation()));
        }
        text.sessionAfterMeetings().ifPresent(line -> body.add(Paragraph.of(line)));

        body.add(new Heading("III. TỔ CHỨC THỰC HIỆN", 1));
        body.add(Paragraph.of(text.leadership()));
        body.add(Paragraph.of("Các vị đại biểu, Trưởng Ban công tác Mặt trận và Trưởng thôn, xóm chuẩn bị địa điểm, mời"
                + " cử tri và tổ chức hội nghị theo đúng lịch. Trường hợp thay đổi thời gian, địa điểm, đề nghị báo ngay"
                + " về Ban Thường trực Ủy ban MTTQ Việt Nam xã để thống nhất."));
        body.add(Paragraph.of("Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ trực tiếp Thường trực HĐND xã"
                + " và Ban Thường trực Ủy ban MTTQ Việt Nam xã để được hướng dẫn."));
        body.add(Paragraph.of("Trên đây là Kế hoạch tổ chức hội nghị tiếp xúc cử tri của đại biểu " + councilLabel + " "
                + about + " của Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam " + commune + "./."));

        List<String> recipients = text.recipients();
        Signature signature = new Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH",
                profile.chairName() == null ? "" : profile.chairName());
        Annex schedule = new Annex("LỊCH TIẾP XÚC CỬ TRI", "(Kèm theo Kế hoạch số " + numberText + " ngày "
                + DateText.format(planDate) + " của Ban Thường trực Ủy ban MTTQ Việt Nam " + commune + ")",
                List.of(scheduleTable(round)), Orientation.LANDSCAPE);
        OfficialDocument document = new OfficialDocument(header, "KẾ HOẠCH", subject, body, recipients,
                List.of(signature), List.of(schedule));
        String fileName = issued ? String.format("Ke-hoach-tiep-xuc-cu-tri-%02d-%d", round.planNumber(), round.planYear())
                : "Ke-hoach-tiep-xuc-cu-tri-du-thao-" + round.id();
        return new Plan(document, number, fileName);
    }

    /**
     * What issuing the round's plan on {@code day} would give: the number the register would give now (as printed,
     * "05/KH-MTTQ-BTT") and the day; for a plan issued before, its own number and date.
     */
    public Plan.Issue upcoming(int roundId, LocalDate day) {
        CommuneProfile profile = commune.profile().orElseThrow(() -> new UserException("meeting.plan.profileMissing"));
        ContactRound round = rounds.get(roundId);
        if (round.planNumber() != null) {
            return new Plan.Issue(DocumentNumberService.format(round.planNumber(), TYPE_CODE, profile.symbolCode()),
                    round.planDate(), true);
        }
        return new Plan.Issue(DocumentNumberService.format(rounds.nextNumber(day), TYPE_CODE, profile.symbolCode()),
                day, false);
    }

    /** Issues the round's plan on {@code day} (ban hành): see {@link RoundService#issuePlan}. Returns it as issued. */
    public Plan issue(int roundId, LocalDate day) {
        commune.profile().orElseThrow(() -> new UserException("meeting.plan.profileMissing"));
        rounds.issuePlan(roundId, day);
        return build(roundId, day);
    }

    /** The schedule table: one row per meeting that is not postponed, by date and time. */
    Table scheduleTable(ContactRound round) {
        Map<Integer, Hamlet> byId = hamlets.list().stream().collect(Collectors.toMap(Hamlet::id, Function.identity()));
        // Millimetres of a landscape page (252 mm of text): a day, a time range, a hamlet's name and the place name
        // in a venue each fit on one line, so no-break spaces never force a break inside a word.
        List<Column> columns = List.of(new Column("STT", 9f, true), new Column("Thứ, ngày", 25f, true),
                new Column("Thời gian", 30f, true), new Column("Thôn, xóm", 41f, false),
                new Column("Địa điểm", 41f, false), new Column("Đơn vị bầu cử", 14f, true),
                new Column("Đại biểu", 57f, false), new Column("Chủ trì / Thư ký", 35f, false));
        List<List<String>> rows = new ArrayList<>();
        int index = 1;
        for (Meeting m : meetings.list(round.id())) {
            if (m.row().status() == MeetingStatus.POSTPONED) {
                continue;
            }
            List<String> hamletNames = m.hamlets().stream().map(Meeting.HamletRef::name).toList();
            String units = m.hamlets().stream().map(h -> byId.get(h.id()))
                    .map(h -> h == null || h.constituencyNumber() == null ? "" : "Số " + h.constituencyNumber())
                    .filter(s -> !s.isEmpty()).distinct().collect(Collectors.joining("\n"));
            // Names run on in one paragraph: one name per line makes a row as tall as a page. A meeting without
            // a deputy is a problem the office was asked about before printing: say so, never an empty cell.
            String deputies = m.deputies().isEmpty() ? NO_DEPUTY
                    : m.deputies().stream().map(Meeting.DeputyRef::fullName).collect(Collectors.joining(", "));
            List<String> people = new ArrayList<>();
            if (m.row().chairName() != null) {
                people.add("Chủ trì: " + m.row().chairName());
            }
            if (m.row().secretaryName() != null) {
                people.add("Thư ký: " + m.row().secretaryName());
            }
            rows.add(List.of(String.valueOf(index++),
                    MeetingText.weekday(m.row().meetingDate()) + ",\n" + DateText.format(m.row().meetingDate()),
                    PlaceText.glued(MeetingText.timeRange(m.row().startTime(), m.row().endTime())),
                    m.hamlets().stream().map(h -> PlaceText.glued(h.name())).collect(Collectors.joining(",\n")),
                    m.row().venue() == null ? "" : PlaceText.glueIn(m.row().venue(), hamletNames), units, deputies,
                    String.join("\n", people)));
        }
        return new Table(columns, rows);
    }

    /** What the round is about, without "Tiếp xúc cử tri": "trước kỳ họp thứ 3, HĐND xã khóa I, …". */
    static String about(ContactRound round) {
        String name = round.name();
        String prefix = "Tiếp xúc cử tri ";
        if (name.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return name.substring(prefix.length());
        }
        return name;
    }

}
