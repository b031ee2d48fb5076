package org.cutri.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cutri.assignment.Assignment;
import org.cutri.assignment.AssignmentService;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilService;
import org.cutri.council.CouncilSession;
import org.cutri.council.CouncilTerm;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletService;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingDraft;
import org.cutri.meeting.MeetingForm;
import org.cutri.meeting.MeetingService;
import org.cutri.meeting.MeetingStatus;
import org.cutri.meeting.MinutesDraft;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionDraft;
import org.cutri.opinion.OpinionKind;
import org.cutri.opinion.OpinionService;
import org.cutri.opinion.OpinionStatus;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;
import org.cutri.round.RoundService;
import org.jdbi.v3.core.Handle;

/**
 * The demo's work of the year: the round after the 2nd session (meetings in July 2026, all held, minutes
 * typed, opinions followed up: see {@link DemoFollowUp}) and the round before the 3rd session (meetings in early December
 * 2026, the first seven held with minutes, the others planned). One meeting per hamlet, with the deputies
 * assigned to it. Opinions are invented; all anonymous except one whose speaker agreed to be named; some
 * hamlets raise the same issue in other words; one is written without diacritics; one was not approved
 * by the majority; a few were answered at the meeting.
 */
final class DemoWork {

    /** What was created, and the two rounds (July's, December's) by id. */
    record Counts(int rounds, int meetings, int opinions, int julyRoundId, int decemberRoundId) {
    }

    /** An invented opinion; {@code {h}} stands for the hamlet ("thôn Đông Hải"). */
    private record Text(String content, String field, Authority authority, String body) {
        static Text of(String content, String field, Authority authority) {
            return new Text(content, field, authority, null);
        }

        static Text other(String content, String field, String body) {
            return new Text(content, field, Authority.OTHER, body);
        }
    }

    /** An opinion put on one meeting on purpose, to show a case the office meets. */
    private record Special(int hamletIndex, Text text, String speaker, Integer votesFor, String answeredBy,
            String answer) {
    }

    private static final String WATER_COMPANY = "Công ty cổ phần cấp nước An Sơn";
    private static final String POWER_COMPANY = "Điện lực Tân Phúc";

    private final Handle handle;
    private final RoundService rounds;
    private final MeetingService meetings;
    private final OpinionService opinions;
    private final CouncilService councils;
    private final AssignmentService assignments;
    private final HamletService hamlets;
    private final Map<String, Integer> fieldIds;
    private int opinionCount;
    /** The July round's approved opinions by issue: the same invented text in several hamlets is one issue. */
    private final Map<String, List<Integer>> julyIssues = new LinkedHashMap<>();
    /** How the office wrote each July issue once in its report. */
    private final Map<String, String> julyWordings = new LinkedHashMap<>();
    static final String WATER_WORDING = "Nước sinh hoạt có mùi lạ, đục; đề nghị đơn vị cấp nước kiểm tra, xử lý";

    DemoWork(Handle handle, RoundService rounds, MeetingService meetings, OpinionService opinions,
            CouncilService councils, AssignmentService assignments, HamletService hamlets, Map<String, Integer> fieldIds) {
        this.handle = handle;
        this.rounds = rounds;
        this.meetings = meetings;
        this.opinions = opinions;
        this.councils = councils;
        this.assignments = assignments;
        this.hamlets = hamlets;
        this.fieldIds = fieldIds;
    }

    /**
     * Creates both rounds.
     *
     * @param secretaries the meetings' secretaries, one per hamlet in the order hamlets were created
     */
    Counts load(CouncilTerm term, String[] secretaries) {
        return load(term, secretaries, false);
    }

    /**
     * As {@link #load(CouncilTerm, String[])}; with {@code reviewed}, the July round's compilation is finished:
     * each issue raised in several hamlets is an accepted group with the office's wording, as the secretary
     * leaves it after reviewing the program's suggestions.
     */
    Counts load(CouncilTerm term, String[] secretaries, boolean reviewed) {
        List<Hamlet> ordered = hamlets.list().stream().sorted(Comparator.comparingInt(Hamlet::id)).toList();
        Set<Assignment> assigned = assignments.assigned(term.id());
        List<CouncilSession> sessions = councils.sessions(term.id());

        ContactRound after = rounds.create(new RoundDraft(sessionId(sessions, 2), RoundKind.AFTER_SESSION,
                "Tiếp xúc cử tri sau kỳ họp thứ 2 HĐND xã khóa I", LocalDate.of(2026, 7, 13),
                "Hội trường UBND xã Tân Phúc", LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 24),
                LocalDate.of(2026, 7, 28), LocalDate.of(2026, 7, 30), LocalDate.of(2026, 7, 9), LocalDate.of(2026, 7, 10)));
        ContactRound before = rounds.create(new RoundDraft(sessionId(sessions, 3), RoundKind.BEFORE_SESSION,
                "Tiếp xúc cử tri trước kỳ họp thứ 3 HĐND xã khóa I", LocalDate.of(2026, 11, 27),
                "Hội trường UBND xã Tân Phúc", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 9),
                LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 17),
                LocalDate.of(2026, 11, 25)));

        int meetingCount = 0;
        for (int i = 0; i < ordered.size(); i++) {
            Hamlet hamlet = ordered.get(i);
            List<Integer> deputies = assigned.stream().filter(a -> a.hamletId() == hamlet.id())
                    .map(Assignment::deputyId).sorted().toList();
            String secretary = secretaries[i % secretaries.length];

            // After the 2nd session: July 15–24, one or two hamlets a day, all held.
            LocalDate julyDay = LocalDate.of(2026, 7, 15).plusDays(i * 9L / ordered.size());
            Meeting july = meeting(after, hamlet, deputies, julyDay, i % 2 == 0, MeetingStatus.HELD, secretary);
            int present = minutes(july, i, secretary, true);
            addOpinions(july, hamlet, i, present, ROUND_AFTER, SPECIALS_AFTER, true);
            meetingCount++;

            // Before the 3rd session: December 1–9; the first seven hamlets met already, the others are planned.
            LocalDate decemberDay = LocalDate.of(2026, 12, 1).plusDays(i * 8L / ordered.size());
            boolean held = i < 7;
            Meeting december = meeting(before, hamlet, deputies, decemberDay, i % 2 == 1,
                    held ? MeetingStatus.HELD : MeetingStatus.PLANNED, secretary);
            if (held) {
                int presentDec = minutes(december, i + 5, secretary, false);
                addOpinions(december, hamlet, i, presentDec, ROUND_BEFORE, SPECIALS_BEFORE, false);
            }
            meetingCount++;
        }
        if (reviewed) {
            acceptJulyGroups(after);
        }
        return new Counts(2, meetingCount, opinionCount, after.id(), before.id());
    }

    private void acceptJulyGroups(ContactRound round) {
        java.time.LocalDateTime when = LocalDate.of(2026, 7, 27).atTime(16, 0);
        julyIssues.forEach((issue, ids) -> {
            if (ids.size() < 2) {
                return;
            }
            int group = handle.createUpdate("INSERT INTO opinion_group (round_id, wording, status, created_at)"
                    + " VALUES (:round, :wording, 'ACCEPTED', :when)").bind("round", round.id())
                    .bind("wording", julyWordings.get(issue)).bind("when", when)
                    .executeAndReturnGeneratedKeys("id").mapTo(Integer.class).one();
            for (int id : ids) {
                handle.createUpdate("INSERT INTO opinion_group_member (group_id, opinion_id) VALUES (:group, :id)")
                        .bind("group", group).bind("id", id).execute();
            }
        });
    }

    /** Notes a July opinion under its issue, when the majority approved it and it was not answered on the spot. */
    private void noteIssue(boolean july, Text text, int id, int votes, int present) {
        if (!july || votes * 2 <= present) {
            return;
        }
        boolean water = WATER_COMPANY.equals(text.body()) && "Nước sạch".equals(text.field());
        String issue = water ? "water" : text.content();
        julyIssues.computeIfAbsent(issue, k -> new ArrayList<>()).add(id);
        julyWordings.putIfAbsent(issue, water ? WATER_WORDING
                : text.content().replace("{h}", "các thôn").replaceAll("[.;]\\s*$", ""));
    }

    private static Integer sessionId(List<CouncilSession> sessions, int number) {
        return sessions.stream().filter(s -> s.level() == CouncilLevel.COMMUNE && s.number() == number)
                .map(CouncilSession::id).findFirst().orElse(null);
    }

    private Meeting meeting(ContactRound round, Hamlet hamlet, List<Integer> deputies, LocalDate day, boolean morning,
            MeetingStatus status, String secretary) {
        LocalTime start = morning ? LocalTime.of(8, 0) : LocalTime.of(14, 0);
        return meetings.create(new MeetingDraft(round.id(), day, start, start.plusMinutes(150),
                "Nhà văn hóa " + lowerFirst(hamlet.name()), MeetingForm.IN_PERSON, hamlet.frontHeadName(), secretary,
                status, List.of(hamlet.id()), deputies));
    }

    /** Types the minutes of a held meeting; returns the voters present. */
    private int minutes(Meeting meeting, int seed, String secretary, boolean july) {
        int invited = 70 + (seed * 13) % 60;
        int present = invited - 6 - (seed * 7) % 15;
        LocalTime start = meeting.row().startTime().plusMinutes(5 + seed % 3 * 5);
        String reports = july
                ? "Báo cáo kết quả kỳ họp thứ 2 HĐND xã khóa I; báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh"
                        + " 6 tháng đầu năm 2026; trả lời ý kiến cử tri của đợt tiếp xúc trước kỳ họp."
                : "Báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh năm 2026 và phương hướng năm 2027; dự kiến"
                        + " nội dung, chương trình kỳ họp thứ 3 HĐND xã khóa I; kết quả giải quyết ý kiến cử tri sau kỳ họp thứ 2.";
        meetings.updateMinutes(meeting.id(), new MinutesDraft(start, start.plusMinutes(140 + seed % 4 * 5),
                meeting.row().chairName(), secretary, "Đại diện Đảng ủy, UBND xã; Bí thư chi bộ; Trưởng thôn",
                invited, present, reports, "Biên bản đã được đọc lại trước hội nghị và được hội nghị nhất trí thông qua."));
        List<Meeting.DeputyRef> deputies = meeting.deputies();
        for (int d = 0; d < deputies.size(); d++) {
            // Every deputy came, except now and then one who sent apologies.
            boolean absent = deputies.size() > 2 && d == (seed % deputies.size()) && seed % 3 == 0;
            meetings.setPresent(meeting.id(), deputies.get(d).id(), !absent);
        }
        return present;
    }

    private void addOpinions(Meeting meeting, Hamlet hamlet, int index, int present, List<Text> pool,
            List<Special> specials, boolean answeredLater) {
        int count = 3 + index % 3;
        for (int j = 0; j < count; j++) {
            Text text = pool.get((index * 3 + j * 5) % pool.size());
            int votes = present - (index + j) % 4;
            int id = insert(meeting, hamlet, text, null, votes, present, null, null);
            noteIssue(answeredLater, text, id, votes, present);
        }
        for (Special special : specials) {
            if (special.hamletIndex() == index) {
                int votes = special.votesFor() == null ? present - 1 : special.votesFor();
                int id = insert(meeting, hamlet, special.text(), special.speaker(), votes, present, special.answeredBy(),
                        special.answer());
                if (special.answeredBy() != null) {
                    setStatus(id, OpinionStatus.ANSWERED);
                } else {
                    noteIssue(answeredLater, special.text(), id, votes, present);
                }
            }
        }
    }

    private int insert(Meeting meeting, Hamlet hamlet, Text text, String speaker, int votes, int present,
            String answeredBy, String answer) {
        Integer fieldId = fieldIds.get(text.field());
        OpinionKind kind = text.content().startsWith("Cử tri phản ánh") ? OpinionKind.REFLECTION
                : text.content().startsWith("Đề nghị") || text.content().startsWith("De nghi") ? OpinionKind.PETITION
                : OpinionKind.OPINION;
        OpinionDraft draft = new OpinionDraft(hamlet.id(), text.content().replace("{h}", lowerFirst(hamlet.name())),
                kind, fieldId, text.authority(), text.body(), speaker, speaker != null, votes, present,
                answeredBy != null, answeredBy, answer);
        opinionCount++;
        return opinions.insert(handle, meeting.id(), null, draft);
    }

    private void setStatus(int opinionId, OpinionStatus status) {
        handle.createUpdate("UPDATE opinion SET status = :status WHERE id = :id")
                .bind("status", status.name()).bind("id", opinionId).execute();
    }

    static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** Opinions of the July round (after the 2nd session). */
    static final List<Text> ROUND_AFTER = List.of(
        Text.of("Đề nghị nâng cấp tuyến đường liên xã từ {h} đi xã bên cạnh đã xuống cấp nghiêm trọng, nhiều ổ gà,"
                + " đi lại rất nguy hiểm.", "Giao thông", Authority.COMMUNE),
        Text.of("Đề nghị lắp thêm đèn chiếu sáng trên trục đường chính của {h}, đoạn gần trường mẫu giáo.",
                "Xây dựng - Hạ tầng", Authority.COMMUNE),
        Text.of("Cử tri đề nghị sớm chi trả tiền hỗ trợ thiệt hại do mưa đá đầu năm cho các hộ trồng lúa.",
                "Nông nghiệp", Authority.COMMUNE),
        Text.other("Đề nghị ngành điện kiểm tra, thay các cột điện hạ thế đã nghiêng ở {h}, mùa mưa bão rất nguy hiểm.",
                "Điện", POWER_COMPANY),
        Text.of("Đề nghị kiểm tra, xử lý xe chở vật liệu quá tải làm hư hỏng đường bê tông của {h}.",
                "Giao thông", Authority.COMMUNE),
        Text.of("Cử tri phản ánh rác thải ở {h} hai tuần mới thu gom một lần, rác tồn đọng gây ô nhiễm; đề nghị tăng"
                + " số lần thu gom.", "Tài nguyên - Môi trường", Authority.COMMUNE),
        Text.of("Đề nghị nạo vét kênh tưới tiêu nội đồng trước vụ mùa để bảo đảm nước cho sản xuất.",
                "Thủy lợi", Authority.COMMUNE),
        Text.of("Đề nghị tỉnh sớm có chính sách hỗ trợ chuyển đổi cây trồng trên diện tích lúa kém hiệu quả.",
                "Nông nghiệp", Authority.PROVINCE),
        Text.of("Cử tri đề nghị cho biết tiến độ cấp giấy chứng nhận quyền sử dụng đất cho các hộ đã nộp hồ sơ từ năm"
                + " 2025.", "Đất đai", Authority.COMMUNE),
        Text.of("Đề nghị bố trí kinh phí sửa chữa nhà văn hóa {h}, mái tôn đã dột nhiều chỗ.",
                "Văn hóa - Xã hội", Authority.COMMUNE),
        Text.of("Đề nghị trạm y tế xã tổ chức khám sức khỏe định kỳ cho người cao tuổi ít nhất mỗi năm một lần.",
                "Y tế", Authority.COMMUNE),
        Text.of("Cử tri phản ánh thanh thiếu niên tụ tập, đua xe ban đêm trên đường qua {h}; đề nghị công an xã tăng"
                + " cường tuần tra.", "An ninh trật tự", Authority.COMMUNE),
        Text.of("Đề nghị Quốc hội xem xét điều chỉnh mức trợ cấp hằng tháng đối với người có công cho phù hợp với giá"
                + " cả hiện nay.", "Lao động - Chính sách", Authority.CENTRAL),
        Text.of("Đề nghị đơn giản hóa thủ tục chứng thực và rút ngắn thời gian giải quyết hồ sơ tại bộ phận một cửa"
                + " của xã.", "Cải cách hành chính", Authority.COMMUNE),
        Text.of("Đề nghị cứng hóa mương thoát nước dọc đường trục {h} để tránh ngập úng khi mưa lớn.",
                "Xây dựng - Hạ tầng", Authority.COMMUNE),
        Text.of("Cử tri đề nghị có biện pháp hỗ trợ tiêu thụ nông sản cho bà con khi được mùa mất giá.",
                "Kinh tế", Authority.PROVINCE),
        Text.of("Đề nghị bổ sung giáo viên tiếng Anh và tin học cho trường tiểu học của xã.",
                "Giáo dục", Authority.PROVINCE),
        Text.of("Đề nghị sửa chữa sân chơi và dụng cụ thể thao ở khu vui chơi của {h} đã hư hỏng.",
                "Văn hóa - Xã hội", Authority.HAMLET),
        Text.of("Cử tri phản ánh một số hộ lấn chiếm hành lang đường để buôn bán; đề nghị xã kiểm tra, xử lý.",
                "Đất đai", Authority.COMMUNE),
        Text.of("Đề nghị có kế hoạch phun thuốc phòng dịch sốt xuất huyết trong mùa mưa.", "Y tế", Authority.COMMUNE),
        Text.of("Đề nghị xem xét giảm mức đóng góp làm đường giao thông nông thôn đối với hộ nghèo, hộ cận nghèo.",
                "Lao động - Chính sách", Authority.COMMUNE),
        Text.of("Đề nghị ban công tác Mặt trận {h} vận động nhân dân giữ vệ sinh chung, không đổ rác xuống kênh mương.",
                "Tài nguyên - Môi trường", Authority.HAMLET),
        Text.of("Cử tri đề nghị tỉnh sớm làm đường tránh khu dân cư để giảm xe tải đi qua trung tâm xã.",
                "Giao thông", Authority.PROVINCE),
        Text.other("Đề nghị ngành điện thông báo lịch cắt điện sớm hơn để người dân và cơ sở sản xuất chủ động.",
                "Điện", POWER_COMPANY));

    /** Opinions of the December round (before the 3rd session). */
    static final List<Text> ROUND_BEFORE = List.of(
        Text.of("Đề nghị sớm hoàn thành việc sửa tuyến đường liên thôn từ {h} ra quốc lộ trước Tết Nguyên đán.",
                "Giao thông", Authority.COMMUNE),
        Text.other("Cử tri đề nghị kiểm tra việc cấp nước sạch giờ cao điểm buổi tối, nhiều hộ ở cuối {h} không có nước.",
                "Nước sạch", WATER_COMPANY),
        Text.of("Đề nghị hỗ trợ giống cây trồng vụ đông cho các hộ bị thiệt hại do bão.", "Nông nghiệp",
                Authority.PROVINCE),
        Text.of("Đề nghị tăng cường kiểm tra an toàn thực phẩm tại chợ xã dịp cuối năm.", "Y tế", Authority.COMMUNE),
        Text.of("Cử tri phản ánh lừa đảo qua điện thoại, mạng xã hội gia tăng; đề nghị công an xã tuyên truyền cách"
                + " phòng tránh.", "An ninh trật tự", Authority.COMMUNE),
        Text.of("Đề nghị cắm biển báo hạn chế tải trọng trên cầu tràn của {h}.", "Giao thông", Authority.COMMUNE),
        Text.of("Đề nghị bố trí kinh phí xây thêm phòng học cho điểm trường mầm non {h}.", "Giáo dục",
                Authority.COMMUNE),
        Text.of("Đề nghị xem xét nâng mức hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ cận nghèo.",
                "Lao động - Chính sách", Authority.CENTRAL),
        Text.of("Cử tri đề nghị công khai danh sách các hộ được hỗ trợ sửa chữa nhà ở năm 2026.",
                "Lao động - Chính sách", Authority.COMMUNE),
        Text.of("Đề nghị giải quyết dứt điểm tranh chấp ranh giới đất giữa một số hộ ở {h} đã kéo dài nhiều năm.",
                "Đất đai", Authority.COMMUNE),
        Text.of("Đề nghị xử lý mùi hôi từ các trại chăn nuôi lợn gần khu dân cư {h}.", "Tài nguyên - Môi trường",
                Authority.COMMUNE),
        Text.of("Đề nghị tu bổ đê bao và cống tiêu trước mùa mưa năm sau.", "Thủy lợi", Authority.PROVINCE),
        Text.of("Đề nghị hướng dẫn người dân dùng dịch vụ công trực tuyến, nhất là người cao tuổi.",
                "Cải cách hành chính", Authority.COMMUNE),
        Text.of("Cử tri đề nghị có chính sách tín dụng ưu đãi cho thanh niên khởi nghiệp ở nông thôn.", "Kinh tế",
                Authority.CENTRAL),
        Text.of("Đề nghị thay bóng đèn đường bị hỏng trên trục chính của {h}, đoạn tối thường xảy ra va quẹt.",
                "Điện", Authority.HAMLET),
        Text.of("Đề nghị mở lớp dạy nghề ngắn hạn cho lao động trung niên chưa có việc làm ổn định.",
                "Lao động - Chính sách", Authority.COMMUNE),
        Text.of("Đề nghị tăng cường kiểm soát việc đốt rơm rạ sau thu hoạch gây khói bụi.",
                "Tài nguyên - Môi trường", Authority.COMMUNE),
        Text.of("Đề nghị sửa hệ thống loa truyền thanh của {h} đã hỏng nhiều tháng.", "Văn hóa - Xã hội",
                Authority.COMMUNE),
        Text.of("Cử tri hỏi tiến độ thu hồi đất làm cụm công nghiệp và phương án hỗ trợ chuyển đổi nghề.", "Đất đai",
                Authority.PROVINCE),
        Text.of("Đề nghị kiểm tra chất lượng nhà văn hóa {h} mới xây đã có vết nứt.", "Xây dựng - Hạ tầng",
                Authority.COMMUNE),
        Text.of("Đề nghị bố trí bác sĩ trực tại trạm y tế xã vào ngày nghỉ, ngày lễ.", "Y tế", Authority.PROVINCE));

    /** Put on purpose: the same issue in three hamlets, one without diacritics, one not approved, answers, a name. */
    static final List<Special> SPECIALS_AFTER = List.of(
        new Special(1, Text.other("Cử tri phản ánh nước sinh hoạt có mùi lạ, nhất là buổi sáng; đề nghị kiểm tra chất"
                + " lượng nước của nhà máy nước.", "Nước sạch", WATER_COMPANY), null, null, null, null),
        new Special(4, Text.other("Nước máy mấy tháng nay có mùi clo nặng và có lúc đục, bà con đề nghị đơn vị cấp nước"
                + " kiểm tra, xử lý.", "Nước sạch", WATER_COMPANY), null, null, null, null),
        new Special(7, Text.other("Đề nghị kiểm tra nguồn nước sạch cấp cho {h} vì nước có mùi lạ, người dân lo ảnh"
                + " hưởng sức khỏe.", "Nước sạch", WATER_COMPANY), null, null, null, null),
        new Special(2, Text.of("De nghi nao vet muong thoat nuoc doan qua xom Ben, mua to la nuoc tran vao nha dan.",
                "Thủy lợi", Authority.COMMUNE), null, null, null, null),
        new Special(5, Text.of("Đề nghị chuyển chợ phiên từ sân nhà văn hóa ra bãi đất trống đầu {h}.",
                "Kinh tế", Authority.HAMLET), null, 19, null, null),
        new Special(9, Text.of("Đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho các hộ ở khu tái định cư Đồng Mới,"
                + " hồ sơ đã nộp từ năm 2024.", "Đất đai", Authority.COMMUNE), "Ông Lạc Văn Tường", null, null, null),
        new Special(0, Text.of("Cử tri hỏi khi nào chi trả trợ cấp cho các hộ có nhà bị tốc mái trong trận lốc tháng 5.",
                "Lao động - Chính sách", Authority.COMMUNE), null, null, "Đặng Văn Bình, Chủ tịch UBND xã",
                "UBND xã đã lập danh sách 14 hộ; tiền hỗ trợ sẽ được chi trả trước ngày 31/7/2026 tại nhà văn hóa thôn."),
        new Special(6, Text.of("Cử tri hỏi vì sao đợt này chưa có thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi.", "Y tế",
                Authority.COMMUNE), null, null, "Đinh Thị Mai Phương, Trưởng trạm Y tế xã",
                "Thẻ đã được cấp theo mã định danh; phụ huynh tra cứu trên ứng dụng VssID hoặc đến trạm y tế để được hướng dẫn."));

    static final List<Special> SPECIALS_BEFORE = List.of(
        new Special(3, Text.of("Đường từ ngã ba chợ vào thôn tối om vì đèn hỏng, đề nghị sớm sửa để bà con đi lại ban"
                + " đêm an toàn.", "Điện", Authority.COMMUNE), null, null, null, null),
        new Special(0, Text.of("Cử tri hỏi kế hoạch sửa cầu tràn qua suối trước mùa mưa năm 2027.", "Giao thông",
                Authority.COMMUNE), null, null, "Tạ Minh Quân, Phó Chủ tịch UBND xã",
                "Công trình đã có trong kế hoạch đầu tư công năm 2027 của xã, dự kiến khởi công tháng 3/2027."));
}
