package org.cutri.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.cutri.answer.Answer;
import org.cutri.answer.AnswerResult;
import org.cutri.answer.AnswerSource;
import org.cutri.answer.Assessment;
import org.cutri.answer.FollowUpIssue;
import org.cutri.answer.FollowUpService;
import org.cutri.answer.Forwarding;
import org.cutri.app.AppContext;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionStatus;
import org.cutri.report.AnswerReportService;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundDraft;
import org.cutri.round.RoundKind;

/**
 * The demo's two rounds (July with its groups accepted, December) with July's answers in a known state, made with
 * {@link FollowUpService} on a fixed day: a group answered by a long letter and found satisfactory; one forwarded to
 * the province and overdue; one answered late and found unsatisfactory; one redirected; one raised again in
 * December (so December's issue counts two rounds). A third round in March 2027, with no meeting yet, receives
 * every unresolved item.
 */
public final class AnswerFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 12, 20);
    public static final String LONG_LETTER = "Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Phúc.\n"
            + "Ủy ban nhân dân xã nhận được kiến nghị của cử tri về việc sửa chữa tuyến đường liên thôn bị xuống cấp."
            + " Sau khi kiểm tra thực tế, Ủy ban nhân dân xã đã bố trí kinh phí từ nguồn ngân sách xã năm 2026 để"
            + " vá các ổ gà và làm lại rãnh thoát nước dọc tuyến đường.\n"
            + "Công trình đã khởi công ngày 05 tháng 8 năm 2026 và hoàn thành, đưa vào sử dụng ngày 20 tháng 8 năm"
            + " 2026. Đối với đoạn đường qua khu dân cư, Ủy ban nhân dân xã sẽ đưa vào kế hoạch đầu tư công trung hạn"
            + " giai đoạn 2026 - 2030 để nâng cấp, mở rộng khi cân đối được nguồn vốn. Đề nghị Ban Thường trực Ủy ban"
            + " MTTQ Việt Nam xã thông tin đến cử tri được biết. Ủy ban nhân dân xã trân trọng cảm ơn sự quan tâm của"
            + " cử tri và mong tiếp tục nhận được ý kiến đóng góp.";

    public final AppContext context;
    public final FollowUpService followUps;
    public final AnswerReportService answerReports;
    public final ContactRound july;
    public final ContactRound december;
    public final ContactRound march;
    public final FollowUpIssue answered;
    public final FollowUpIssue overdue;
    public final FollowUpIssue unsatisfactory;
    public final FollowUpIssue redirected;
    public final FollowUpIssue raisedAgain;

    public AnswerFixture(AppContext context) {
        this.context = context;
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        followUps = new FollowUpService(context.database().jdbi(), clock);
        answerReports = new AnswerReportService(context.reports(), context.rounds(), context.opinions(), followUps);
        List<ContactRound> rounds = context.rounds().list();
        july = rounds.stream().filter(r -> r.startDate().getMonthValue() == 7).findFirst().orElseThrow();
        december = rounds.stream().filter(r -> r.startDate().getMonthValue() == 12).findFirst().orElseThrow();

        FollowUpIssue group = open(followUps.issues(july.id()).stream()
                .filter(i -> i.groupId() != null && i.hamlets().size() > 1).findFirst().orElseThrow());
        answered = followUps.assess(followUps.answer(group, new Answer("UBND xã Tân Phúc", "112/UBND-VP",
                LocalDate.of(2026, 8, 25), LONG_LETTER, AnswerResult.ACTION), AnswerSource.TYPED),
                Assessment.SATISFACTORY, null);

        List<FollowUpIssue> singles = followUps.issues(july.id()).stream().filter(i -> i.groupId() == null).toList();
        overdue = followUps.forward(open(singles.get(0)), new Forwarding("UBND tỉnh", "45/MTTQ-BTT",
                LocalDate.of(2026, 8, 1)));
        FollowUpIssue late = followUps.forward(open(singles.get(1)), new Forwarding("UBND xã Tân Phúc", "46/MTTQ-BTT",
                LocalDate.of(2026, 8, 1)));
        unsatisfactory = followUps.assess(followUps.answer(late, new Answer("UBND xã Tân Phúc", "88/UBND",
                LocalDate.of(2026, 12, 15), "Đang lập dự án.", AnswerResult.EXPLANATION), AnswerSource.TYPED),
                Assessment.UNSATISFACTORY, "Trả lời chưa đúng câu hỏi");
        redirected = followUps.notCompetent(open(singles.get(2)), "Công ty Điện lực tỉnh");
        FollowUpIssue earlier = open(singles.get(3));
        int december1 = followUps.issues(december.id()).get(0).leadId();
        followUps.linkRaisedAgain(december1, earlier.leadId());
        raisedAgain = followUps.issueOf(december1).orElseThrow();

        march = context.rounds().create(new RoundDraft(null, RoundKind.THEMATIC,
                "Tiếp xúc cử tri chuyên đề về xây dựng nông thôn mới", null, null, LocalDate.of(2027, 3, 2),
                LocalDate.of(2027, 3, 6), LocalDate.of(2027, 3, 10), null, null, LocalDate.of(2027, 2, 20)));
    }

    /** An answered or redirected issue back to an open one (the demo answers July without letters). */
    private FollowUpIssue open(FollowUpIssue issue) {
        OpinionStatus status = issue.followUp().status();
        return status == OpinionStatus.ANSWERED || status == OpinionStatus.NOT_COMPETENT ? followUps.reopen(issue) : issue;
    }

    /** The issue as it reads now, among the round's own issues. */
    public FollowUpIssue now(FollowUpIssue issue) {
        return followUps.reload(issue).orElseThrow();
    }

    /** Authorities with issues in July, in order. */
    public List<Authority> julyAuthorities() {
        return followUps.counts(july.id(), TODAY).stream().map(c -> c.authority()).filter(a -> a != null).toList();
    }
}
