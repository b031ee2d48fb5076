package org.cutri.sentiment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.cutri.plan.Deadline;
import org.cutri.plan.DeadlineSource;
import org.cutri.plan.DutyWork;

/**
 * The public-sentiment reports on the duty calendar: each period whose report is not yet sent (status OPEN) is a
 * deadline on its due day, named after the period; issuing the period's report takes it off. Opening it from the
 * calendar opens the public-sentiment screen on that period.
 */
public class SentimentDeadlines implements DeadlineSource {

    /** Who sends the report: the office itself. */
    static final String LEAD = "Ban Thường trực Ủy ban MTTQ Việt Nam xã";

    private final SentimentService sentiment;

    public SentimentDeadlines(SentimentService sentiment) {
        this.sentiment = sentiment;
    }

    @Override
    public List<Deadline> openDeadlines(LocalDate until) {
        return sentiment.periods().stream()
                .filter(p -> p.status() == SentimentPeriodStatus.OPEN && !p.deadline().isAfter(until))
                .sorted(Comparator.comparing(SentimentPeriod::deadline))
                .map(SentimentDeadlines::deadline)
                .toList();
    }

    /** "Gửi báo cáo tình hình Nhân dân tháng 11/2026 …" due on the period's deadline, owned by "Tình hình Nhân dân: …". */
    static Deadline deadline(SentimentPeriod period) {
        return new Deadline(period.deadline(), "Tình hình Nhân dân: " + period.label(),
                "Gửi báo cáo " + SentimentReportDocument.lowerFirst(period.subject()), LEAD, DutyWork.SENTIMENT,
                period.id());
    }
}
