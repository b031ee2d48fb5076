package org.cutri.demo;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.cutri.common.text.VietText;
import org.cutri.sentiment.NoteDraft;
import org.cutri.sentiment.SentimentEntry;
import org.cutri.sentiment.SentimentNote;
import org.cutri.sentiment.SentimentPeriod;
import org.cutri.sentiment.SentimentPeriods;
import org.cutri.sentiment.SentimentService;
import org.cutri.sentiment.Spread;
import org.jdbi.v3.core.Handle;

/**
 * The demo's public-sentiment reports: the monthly periods of November and December 2026 (around the demo's December
 * round) with a handful of notes from the demo's hamlets and organisations, one hot spot, and November's unresolved
 * note carried over into December. Every place is the demo's own invented hamlet; no person is named.
 */
final class DemoSentiment {

    private static final LocalDateTime WRITTEN = LocalDateTime.of(2026, 12, 1, 8, 0);

    private final Handle handle;

    DemoSentiment(Handle handle) {
        this.handle = handle;
    }

    /** Replaces any periods with the demo's two months. */
    void write() {
        SentimentService.clearAll(handle);
        SentimentPeriod november = SentimentService.insertPeriod(handle, SentimentPeriods.monthly(YearMonth.of(2026, 11)),
                WRITTEN);
        SentimentPeriod december = SentimentService.insertPeriod(handle, SentimentPeriods.monthly(YearMonth.of(2026, 12)),
                WRITTEN);
        List<SentimentEntry> topics = handle.createQuery("SELECT id, name FROM sentiment_topic")
                .map((rs, ctx) -> new SentimentEntry(rs.getInt("id"), rs.getString("name"))).list();
        List<SentimentEntry> sources = handle.createQuery("SELECT id, name FROM sentiment_source")
                .map((rs, ctx) -> new SentimentEntry(rs.getInt("id"), rs.getString("name"))).list();

        SentimentNote landfill = note(november.id(), topics, "Môi trường", "Xóm Bến", null, sources,
                "Ban công tác Mặt trận", "Bãi rác tạm cuối xóm gây mùi hôi, ruồi nhặng; bà con đề nghị sớm chuyển đi",
                Spread.MANY, "Một số hộ định chặn xe chở rác nếu không được giải quyết", false);
        note(november.id(), topics, "Kinh tế", "Thôn Tây Sơn", null, sources, "Hội Nông dân",
                "Giá lúa vụ mùa thấp, bà con lo đầu ra cho nông sản", Spread.PART, null, false);
        note(november.id(), topics, "Đại hội Đảng", "Thôn Đông Hải", null, sources, "Hội Cựu chiến binh",
                "Phấn khởi, tin tưởng vào công tác chuẩn bị đại hội Đảng bộ các cấp", Spread.WIDESPREAD, null, true);
        SentimentService.carryOver(handle, landfill.id(), WRITTEN);
        note(december.id(), topics, "Giá cả", null, "Chợ Tân Phúc", sources, "Hội Liên hiệp Phụ nữ",
                "Giá thực phẩm tăng dịp cuối năm, chị em mong có bình ổn giá", Spread.PART, null, false);
        note(december.id(), topics, "An ninh", "Thôn Trung Lập", null, sources, "Đoàn Thanh niên",
                "Thanh niên tụ tập đua xe ban đêm trên đường liên thôn, người dân lo mất an toàn", Spread.FEW, null,
                false);
    }

    private SentimentNote note(int periodId, List<SentimentEntry> topics, String topic, String hamlet, String place,
            List<SentimentEntry> sources, String source, String content, Spread spread, String hotSpot,
            boolean resolved) {
        Integer hamletId = hamlet == null ? null : handle.createQuery("SELECT id FROM hamlet WHERE name = :name")
                .bind("name", hamlet).mapTo(Integer.class).findOne().orElse(null);
        return SentimentService.insertNote(handle, new NoteDraft(periodId, find(topics, topic), hamletId,
                hamletId == null ? (place == null ? hamlet : place) : null, find(sources, source), content, spread,
                hotSpot != null, hotSpot, null, resolved), WRITTEN);
    }

    private static int find(List<SentimentEntry> entries, String start) {
        String folded = VietText.fold(start);
        return entries.stream().filter(e -> VietText.fold(e.name()).startsWith(folded)).findFirst().orElseThrow().id();
    }
}
