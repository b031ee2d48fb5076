package org.cutri.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.cutri.answer.FollowUpIssue;
import org.cutri.app.AppContext;
import org.cutri.common.text.DateText;

import picocli.CommandLine.Command;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code answers --round ID}: one line per approved opinion or accepted group of the round, then those carried over
 * into it from earlier rounds: {@code code<TAB>status<TAB>agency<TAB>due dd/MM/yyyy<TAB>answered dd/MM/yyyy or
 * empty<TAB>overdue|}. The status is the name of {@link org.cutri.opinion.OpinionStatus} (PENDING for an item
 * carried over); the agency is the one that answered, else the one it was forwarded to, else where it was redirected.
 */
@Command(name = "answers", description = "Theo dõi trả lời ý kiến cử tri của một đợt: mã<TAB>trạng thái<TAB>cơ quan"
        + "<TAB>hạn<TAB>ngày trả lời<TAB>overdue nếu quá hạn.",
        subcommands = {AnswersImportCommand.class, AnswersReportCommand.class})
class AnswersCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Spec
    private CommandSpec spec;

    /**
     * Required, but checked in {@link #call()}: picocli would otherwise ask for it on the subcommands' line too
     * ({@code answers import FILE --round ID} has its own).
     */
    @Option(names = "--round", paramLabel = "ID", description = "Số (ID) của đợt tiếp xúc cử tri.")
    private Integer roundId;

    CutriCommand root() {
        return parent;
    }

    @Override
    public Integer call() {
        if (roundId == null) {
            throw new MissingParameterException(spec.commandLine(), spec.findOption("--round"),
                    "Missing required option: '--round=ID'");
        }
        try (AppContext context = parent.openContext()) {
            context.rounds().get(roundId);
            LocalDate today = LocalDate.now();
            String atMeeting = parent.messages().get("answer.cli.atMeeting");
            for (FollowUpIssue issue : context.followUps().followUpList(roundId)) {
                parent.out().println(line(issue, today, answeredAtMeeting(context, issue, atMeeting)));
            }
            return 0;
        }
    }

    /**
     * Who answered the issue at the meeting itself (trả lời tại hội nghị): the deputy or official recorded on its
     * opinion, "Trả lời tại hội nghị" when no name was recorded; null when no opinion of it was answered there.
     */
    private static String answeredAtMeeting(AppContext context, FollowUpIssue issue, String fallback) {
        for (int id : issue.opinionIds()) {
            var opinion = context.opinions().find(id);
            if (opinion.isPresent() && opinion.get().answeredAtMeeting()) {
                return opinion.get().answeredBy() != null ? opinion.get().answeredBy() : fallback;
            }
        }
        return null;
    }

    /**
     * The issue's line; its agency is the one that answered, else the one it was forwarded to, else where it was
     * redirected, else who answered at the meeting ({@code atMeeting}, null when nobody did).
     */
    static String line(FollowUpIssue issue, LocalDate today, String atMeeting) {
        var f = issue.followUp();
        String agency = f.answerAgency() != null ? f.answerAgency()
                : f.forwardAgency() != null ? f.forwardAgency() : f.redirectedTo() != null ? f.redirectedTo()
                : atMeeting;
        return issue.code() + "\t" + issue.shownStatus().name() + "\t" + (agency == null ? "" : agency) + "\t"
                + (f.dueDate() == null ? "" : DateText.format(f.dueDate())) + "\t"
                + (f.answerDate() == null ? "" : DateText.format(f.answerDate())) + "\t"
                + (issue.overdueOn(today) ? "overdue" : "");
    }
}
