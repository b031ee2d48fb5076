package org.cutri.sentiment;

import java.time.LocalDate;

/**
 * A period the office reports public sentiment for (kỳ báo cáo tình hình Nhân dân).
 *
 * @param label how the office names it ("Tháng 11/2026", "Trước bầu cử 15/03/2026"), unique
 * @param subject the report's subject line under BÁO CÁO ("Tình hình Nhân dân tháng 11/2026 …")
 * @param deadline the day the report is due at the level above
 * @param generalText what the office writes in "I. Tình hình chung" besides the counts; may be null
 * @param proposals "III. Đề xuất, kiến nghị", one proposal a line; may be null
 * @param reportNumber the number given when the report was issued, else null
 * @param reportDate the date it was issued, else null
 * @param notes how many notes the period holds
 */
public record SentimentPeriod(int id, SentimentPeriodKind kind, String label, String subject, LocalDate fromDate,
        LocalDate untilDate, LocalDate deadline, SentimentPeriodStatus status, String generalText, String proposals,
        Integer reportNumber, LocalDate reportDate, int notes) {
}
