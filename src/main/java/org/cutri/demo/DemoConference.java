package org.cutri.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.cutri.conference.Attendance;
import org.cutri.conference.CommendationDraft;
import org.cutri.conference.CommendationKind;
import org.cutri.conference.Conference;
import org.cutri.conference.ConferenceDraft;
import org.cutri.conference.ConferenceKind;
import org.cutri.conference.ConferenceService;
import org.cutri.conference.ConferenceStatus;
import org.cutri.conference.ItemDraft;
import org.cutri.conference.ParticipantCategory;
import org.cutri.conference.ParticipantDraft;
import org.cutri.conference.TaskDraft;
import org.cutri.conference.VenueMode;
import org.jdbi.v3.core.Handle;

/**
 * The demo's summary conference (hội nghị tổng kết công tác bầu cử), five days after the day the demo is loaded so its
 * papers show on the duty calendar: the programme of seed 002, participants by category in protocol order, four units'
 * papers (one received, one overdue, two due), and the commendation list. Its invitations are drafts (not issued):
 * the register's numbers stay the demo's own. Every name is invented.
 */
final class DemoConference {

    static final String TITLE = "Hội nghị tổng kết công tác Mặt trận tham gia bầu cử đại biểu Quốc hội khóa XVI và"
            + " đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031";

    private final Handle handle;

    DemoConference(Handle handle) {
        this.handle = handle;
    }

    /** Replaces any conferences with the demo's one, held five days after {@code today}. */
    Conference write(LocalDate today) {
        ConferenceService.clearAll(handle);
        LocalDate day = today.plusDays(5);
        Conference c = ConferenceService.insert(handle, new ConferenceDraft(ConferenceKind.SUMMARY, TITLE, day,
                LocalTime.of(8, 0), LocalTime.of(11, 0), VenueMode.BOTH, "Hội trường Ủy ban nhân dân xã Tân Phúc",
                List.of("Nhà văn hóa Thôn Tây Sơn", "Nhà văn hóa Thôn Trung Lập"), ConferenceStatus.PLANNED,
                null), today.atStartOfDay().minusDays(10).plusHours(8));
        int id = c.id();
        item(id, 8, 0, "Ổn định tổ chức, tuyên bố lý do, giới thiệu đại biểu", "Ban Tổ chức");
        item(id, 8, 10, "Khai mạc hội nghị", "Chủ tịch Ủy ban MTTQ Việt Nam xã");
        item(id, 8, 20, "Báo cáo tổng kết công tác Mặt trận tham gia bầu cử", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã");
        item(id, 9, 0, "Tham luận của các tổ chức chính trị - xã hội và Ban công tác Mặt trận", "Các đơn vị được phân công");
        item(id, 9, 45, "Khen thưởng các tập thể, cá nhân có thành tích xuất sắc", "Ban Thường trực Ủy ban MTTQ xã");
        item(id, 10, 15, "Phát biểu chỉ đạo của lãnh đạo cấp trên", "Đại diện Ban Thường trực Ủy ban MTTQ tỉnh");
        item(id, 10, 45, "Kết luận và bế mạc hội nghị", "Chủ tịch Ủy ban MTTQ Việt Nam xã");

        guest(id, ParticipantCategory.UPPER_LEADERS, null, null, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
                Attendance.UNKNOWN, null);
        guest(id, ParticipantCategory.PARTY, "Võ Minh Khang", "Bí thư Đảng ủy xã", null, Attendance.UNKNOWN, null);
        guest(id, ParticipantCategory.COUNCIL, "Lương Thị Yến", "Phó Chủ tịch HĐND xã", null, Attendance.UNKNOWN,
                null);
        guest(id, ParticipantCategory.PEOPLES_COMMITTEE, "Hồ Đức Trí", "Chủ tịch UBND xã", null,
                Attendance.ABSENT, "Dự họp tại tỉnh");
        guest(id, ParticipantCategory.FRONT, "Kiều Thị Sương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", null,
                Attendance.UNKNOWN, null);
        guest(id, ParticipantCategory.ORGANISATIONS, null, null, "Hội Nông dân xã", Attendance.UNKNOWN, null);
        guest(id, ParticipantCategory.ORGANISATIONS, null, null, "Hội Liên hiệp Phụ nữ xã", Attendance.UNKNOWN, null);
        guest(id, ParticipantCategory.ORGANISATIONS, null, null, "Đoàn Thanh niên xã", Attendance.UNKNOWN, null);
        guest(id, ParticipantCategory.HAMLETS, "Mạc Văn Tùng", "Trưởng Ban công tác Mặt trận", "Thôn Tây Sơn",
                Attendance.UNKNOWN, null);
        guest(id, ParticipantCategory.HAMLETS, "Ninh Thị Thắm", "Trưởng Ban công tác Mặt trận", "Xóm Bến",
                Attendance.UNKNOWN, null);
        guest(id, ParticipantCategory.COMMENDED, "Quách Văn Lộc", "Tổ trưởng tổ bầu cử số 3", "Thôn Đông Hải",
                Attendance.UNKNOWN, null);

        task(id, "Hội Nông dân xã", "Tham luận về vận động hội viên đi bầu cử", null, today.minusDays(1), "Văn phòng");
        task(id, "Ban công tác Mặt trận Thôn Tây Sơn", "Tham luận về tổ chức hội nghị cử tri nơi cư trú",
                today.minusDays(1), null, null);
        task(id, "Đoàn Thanh niên xã", "Tham luận về tuyên truyền cho cử tri trẻ", null, null, null);
        task(id, "Hội Liên hiệp Phụ nữ xã", "Báo cáo đề xuất khen thưởng hội viên", null, null, null);

        String giayKhen = "Giấy khen của Ban Thường trực Ủy ban MTTQ Việt Nam xã";
        honour(id, CommendationKind.COLLECTIVE, "Ban công tác Mặt trận Thôn Tây Sơn", null, giayKhen,
                "Tổ chức tốt hội nghị cử tri nơi cư trú; 100% cử tri trong thôn đi bầu cử");
        honour(id, CommendationKind.COLLECTIVE, "Hội Liên hiệp Phụ nữ xã", null, giayKhen,
                "Tuyên truyền sâu rộng về bầu cử trong hội viên");
        honour(id, CommendationKind.INDIVIDUAL, "Quách Văn Lộc", "Tổ trưởng tổ bầu cử số 3, Thôn Đông Hải", giayKhen,
                "Hoàn thành xuất sắc nhiệm vụ tại khu vực bỏ phiếu");
        honour(id, CommendationKind.INDIVIDUAL, "Ninh Thị Thắm", "Trưởng Ban công tác Mặt trận Xóm Bến",
                "Đề nghị Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen", "Vận động cử tri, giải quyết tốt thắc mắc của Nhân dân");
        return c;
    }

    private void item(int id, int hour, int minute, String content, String who) {
        ConferenceService.insertItem(handle, id, new ItemDraft(LocalTime.of(hour, minute), content, who));
    }

    private void guest(int id, ParticipantCategory category, String name, String title, String unit,
            Attendance attendance, String reason) {
        ConferenceService.insertParticipant(handle, id, new ParticipantDraft(category, name, title, unit, true,
                attendance, reason));
    }

    private void task(int id, String unit, String paper, LocalDate typedDue, LocalDate received, String by) {
        ConferenceService.insertTask(handle, id, new TaskDraft(unit, "Chuẩn bị tham luận tại hội nghị", paper, typedDue,
                received, by));
    }

    private void honour(int id, CommendationKind kind, String name, String unit, String form, String achievement) {
        ConferenceService.insertCommendation(handle, id, new CommendationDraft(kind, name, unit, form, achievement));
    }
}
