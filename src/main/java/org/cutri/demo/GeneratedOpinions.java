package org.cutri.demo;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionField;
import org.cutri.opinion.OpinionKind;
import org.cutri.opinion.OpinionStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Many generated opinions for scale tests, spread round-robin over every meeting of every round and
 * written with JDBC batches on the caller's transaction (100,000 take seconds, not minutes). The texts
 * are put together from invented pieces; codes are "SL{run}-{number}", the run being the first number no
 * code uses yet, so a second run never clashes with the first.
 */
final class GeneratedOpinions {

    static final int MAX = 2_000_000;
    private static final int BATCH = 2_000;

    private static final String[] OPENINGS = {
        "Đề nghị", "Cử tri đề nghị", "Cử tri phản ánh và đề nghị", "Nhân dân kiến nghị", "Cử tri hỏi và đề nghị",
    };
    private static final String[] ISSUES = {
        "sửa chữa tuyến đường nội đồng bị sạt lở", "lắp đèn chiếu sáng đoạn đường tối", "kiểm tra chất lượng nước sinh hoạt",
        "nạo vét kênh mương trước mùa mưa", "thu gom rác thải thường xuyên hơn", "tăng cường tuần tra ban đêm",
        "hỗ trợ giống cây trồng sau thiên tai", "cấp giấy chứng nhận quyền sử dụng đất đúng hạn",
        "bổ sung thiết bị cho trạm y tế", "sửa mái nhà văn hóa bị dột", "hạ ngầm đường dây điện qua khu dân cư",
        "giải quyết tranh chấp ranh giới đất", "xây thêm phòng học cho điểm trường", "rút ngắn thời gian làm thủ tục",
        "hỗ trợ người cao tuổi sống một mình", "xử lý khói bụi do đốt rơm rạ",
    };
    private static final String[] PLACES = {
        "ở {h}", "đoạn qua {h}", "cho bà con {h}", "tại khu dân cư phía đông {h}", "gần trường học của {h}",
        "dọc trục đường chính {h}",
    };
    private static final String[] REASONS = {
        "vì đã kéo dài nhiều tháng.", "để bảo đảm an toàn cho người dân.", "trước Tết Nguyên đán.",
        "vì ảnh hưởng đến sản xuất và đời sống.", "như đã kiến nghị ở kỳ trước nhưng chưa được giải quyết.",
        "để người dân yên tâm.",
    };

    private record Target(int meetingId, Integer hamletId, String hamletName) {
    }

    private final Handle handle;
    private final List<OpinionField> fields;

    GeneratedOpinions(Handle handle, List<OpinionField> fields) {
        this.handle = handle;
        this.fields = fields;
    }

    /** Adds the opinions; returns how many meetings they went to. */
    int add(int count) {
        List<Target> targets = handle.createQuery("SELECT m.id AS meeting_id, h.id AS hamlet_id, h.name AS hamlet_name"
                + " FROM meeting m JOIN meeting_hamlet mh ON mh.meeting_id = m.id JOIN hamlet h ON h.id = mh.hamlet_id"
                + " ORDER BY m.id, h.id")
                .map((rs, ctx) -> new Target(rs.getInt("meeting_id"), rs.getInt("hamlet_id"), rs.getString("hamlet_name")))
                .list();
        if (targets.isEmpty()) {
            throw new UserException("demo.opinions.noMeetings");
        }
        Map<Integer, Integer> lastSeq = new HashMap<>();
        handle.createQuery("SELECT meeting_id, MAX(seq) AS last_seq FROM opinion GROUP BY meeting_id")
                .map((rs, ctx) -> Map.entry(rs.getInt("meeting_id"), rs.getInt("last_seq")))
                .forEach(e -> lastSeq.put(e.getKey(), e.getValue()));
        String prefix = freePrefix();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        Random random = new Random(count);
        Authority[] authorities = Authority.values();
        OpinionStatus[] statuses = OpinionStatus.values();
        OpinionKind[] kinds = OpinionKind.values();

        PreparedBatch batch = handle.prepareBatch("INSERT INTO opinion (code, meeting_id, hamlet_id, seq, content,"
                + " content_folded, kind, field_id, authority, authority_body, speaker_consent, approved,"
                + " answered_at_meeting, status, created_at, updated_at) VALUES (:code, :meeting, :hamlet, :seq, :content,"
                + " :folded, :kind, :field, :authority, :body, FALSE, TRUE, FALSE, :status, :now, :now)");
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
            Target target = targets.get(i % targets.size());
            used.add(target.meetingId());
            int seq = lastSeq.merge(target.meetingId(), 1, Integer::sum);
            String hamlet = DemoWork.lowerFirst(target.hamletName());
            String content = OPENINGS[random.nextInt(OPENINGS.length)] + " "
                    + ISSUES[random.nextInt(ISSUES.length)] + " "
                    + PLACES[random.nextInt(PLACES.length)].replace("{h}", hamlet) + " "
                    + REASONS[random.nextInt(REASONS.length)];
            Authority authority = authorities[random.nextInt(authorities.length)];
            batch.bind("code", String.format("%s%06d", prefix, i + 1))
                    .bind("meeting", target.meetingId())
                    .bind("hamlet", target.hamletId())
                    .bind("seq", seq)
                    .bind("content", content)
                    .bind("folded", VietText.fold(content))
                    .bind("kind", kinds[random.nextInt(kinds.length)].name())
                    .bind("field", fields.isEmpty() ? null : fields.get(random.nextInt(fields.size())).id())
                    .bind("authority", authority.name())
                    .bind("body", authority == Authority.OTHER ? "Điện lực Tân Phúc" : null)
                    .bind("status", statuses[random.nextInt(statuses.length)].name())
                    .bind("now", now)
                    .add();
            if (batch.size() >= BATCH) {
                batch.execute();
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
        return used.size();
    }

    /** "SL1-", or the next run's prefix when codes of that run exist already. */
    private String freePrefix() {
        for (int run = 1; ; run++) {
            String prefix = "SL" + run + "-";
            int taken = handle.createQuery("SELECT COUNT(*) FROM opinion WHERE code LIKE :pattern")
                    .bind("pattern", prefix + "%").mapTo(Integer.class).one();
            if (taken == 0) {
                return prefix;
            }
        }
    }
}
