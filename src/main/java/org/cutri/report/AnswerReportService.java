package org.cutri.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.cutri.answer.FollowUpService;
import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.document.DocumentFiles;
import org.cutri.document.OfficialDocument;
import org.cutri.opinion.OpinionField;
import org.cutri.opinion.OpinionService;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundService;

/**
 * The read-back report of a commune's round (báo cáo kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri): the
 * answers to the round's opinions, read to the voters at the next round. Its number is taken once per round from
 * the office's yearly sequence and kept for every later copy.
 */
public class AnswerReportService {

    private final ReportService reports;
    private final RoundService rounds;
    private final OpinionService opinions;
    private final FollowUpService followUps;

    /** @param reports the compiled reports: the office's profile and the report numbers come from there */
    public AnswerReportService(ReportService reports, RoundService rounds, OpinionService opinions,
            FollowUpService followUps) {
        this.reports = reports;
        this.rounds = rounds;
        this.opinions = opinions;
        this.followUps = followUps;
    }

    /** What the report of the round says on {@code today} (nothing numbered yet). */
    public AnswerReport compile(int roundId, LocalDate today) {
        ContactRound round = rounds.find(roundId).orElseThrow(() -> new UserException("report.round.unknown", roundId));
        List<String> fields = opinions.fields().stream()
                .sorted(Comparator.comparingInt(OpinionField::sortOrder).thenComparingInt(OpinionField::id))
                .map(OpinionField::name).toList();
        return new AnswerReport(roundId, round.name(), followUps.issues(roundId), followUps.carriedInto(roundId),
                followUps.counts(roundId, today), fields, today);
    }

    /**
     * The report as an official document: with its number once issued ({@link ReportService#answerIssue}), with the
     * number left blank before; printing never takes a number (decision 0045).
     */
    public OfficialDocument document(int roundId, LocalDate today) {
        return document(roundId, today, TaskMonitor.NONE);
    }

    /** As {@link #document(int, LocalDate)}, stopping once the monitor is cancelled. */
    public OfficialDocument document(int roundId, LocalDate today, TaskMonitor monitor) {
        AnswerReport report = compile(roundId, today);
        monitor.checkCancelled();
        java.util.Optional<ReportIssue> issue = reports.answersIssued(roundId);
        return AnswerReportDocument.build(report, reports.profile(), issue.map(ReportIssue::number).orElse(null),
                issue.map(ReportIssue::issuedOn).orElse(today));
    }

    /**
     * Writes the report to {@code target} as Word (.docx) or PDF (.pdf) by its extension: any other extension is
     * refused before anything is read; the file is written under a temporary name and moved into place only when
     * complete, so a failure (a full disk, a folder one cannot write in) leaves no half-written file.
     */
    public OfficialDocument save(int roundId, Path target, LocalDate today, TaskMonitor monitor) {
        DocumentFiles.formatOf(target);
        Path folder = target.toAbsolutePath().normalize().getParent();
        if (folder == null || !java.nio.file.Files.isDirectory(folder)) {
            // before the report takes its number
            throw new UserException("document.save.noFolder", String.valueOf(folder));
        }
        OfficialDocument document = document(roundId, today, monitor.part(0, 0.3));
        DocumentFiles.save(document, target, monitor.part(0.3, 1));
        return document;
    }

    /** A file name to offer ("bao-cao-ket-qua-tra-loi-cu-tri-tiep-xuc-cu-tri-truoc-ky-hop.docx"). */
    public static String suggestedFileName(String roundName, String extension) {
        String base = "bao-cao-ket-qua-tra-loi-" + org.cutri.common.text.VietText.fold(roundName)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (base.length() > 80 ? base.substring(0, 80) : base) + "." + extension;
    }
}
