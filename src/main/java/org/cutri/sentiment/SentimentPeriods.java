package org.cutri.sentiment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.cutri.common.text.DateText;

/**
 * The standard periods and their deadlines, from the seeds' rules.
 *
 * <p>Around an election (seed 000: voting day 23/5/2021, reports due 14/5, 24/5 and 02/6): the report
 * <em>before</em> the election is due 9 days before the voting day and covers the 60 days up to the day before it
 * is due; the report <em>during</em> the election covers the last 9 days up to the voting day and is due the day
 * after; the report <em>after</em> covers the 9 days after the voting day and is due on the 10th day.
 *
 * <p>Around Party congresses (seed 001: "hàng tháng, bắt đầu từ tháng 1/2020"): one report per calendar month, due on
 * its last day (the seed gives no day; the office moves a deadline when its province asks for another).
 */
public final class SentimentPeriods {

    static final int BEFORE_DUE_DAYS = 9;
    static final int BEFORE_SPAN_DAYS = 60;
    static final int DURING_DUE_DAYS = 1;
    static final int AFTER_DUE_DAYS = 10;

    private SentimentPeriods() {
    }

    /** The three periods of an election on {@code votingDay}, in order. */
    public static List<PeriodDraft> election(LocalDate votingDay) {
        LocalDate beforeDue = votingDay.minusDays(BEFORE_DUE_DAYS);
        String day = DateText.format(votingDay);
        String whole = "cuộc bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp";
        return List.of(
                new PeriodDraft(SentimentPeriodKind.BEFORE_ELECTION, "Trước bầu cử " + day,
                        "Tình hình Nhân dân trước " + whole, beforeDue.minusDays(BEFORE_SPAN_DAYS),
                        beforeDue.minusDays(1), beforeDue, null, null),
                new PeriodDraft(SentimentPeriodKind.DURING_ELECTION, "Trong bầu cử " + day,
                        "Tình hình Nhân dân trong " + whole, beforeDue, votingDay,
                        votingDay.plusDays(DURING_DUE_DAYS), null, null),
                new PeriodDraft(SentimentPeriodKind.AFTER_ELECTION, "Sau bầu cử " + day,
                        "Tình hình Nhân dân sau " + whole, votingDay.plusDays(1),
                        votingDay.plusDays(AFTER_DUE_DAYS - 1), votingDay.plusDays(AFTER_DUE_DAYS), null, null));
    }

    /** The monthly period of {@code month} around Party congresses ("Tháng 11/2026"). */
    public static PeriodDraft monthly(YearMonth month) {
        String label = "Tháng " + month.getMonthValue() + "/" + month.getYear();
        return new PeriodDraft(SentimentPeriodKind.MONTHLY, label,
                "Tình hình Nhân dân tháng " + month.getMonthValue() + "/" + month.getYear()
                        + " đối với Đại hội Đảng các cấp",
                month.atDay(1), month.atEndOfMonth(), month.atEndOfMonth(), null, null);
    }

    /** The usual subject of a period the office sets itself: "Tình hình Nhân dân" and its label. */
    public static String freeSubject(String label) {
        return "Tình hình Nhân dân " + (label == null ? "" : label.strip());
    }
}
