package org.cutri.answer.importing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cutri.answer.Answer;
import org.cutri.answer.AnswerSource;
import org.cutri.answer.FollowUp;
import org.cutri.answer.FollowUpIssue;
import org.cutri.answer.FollowUpService;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.VietText;
import org.cutri.grouping.SimilarityGrouper;

/**
 * Imports an agency's list of answers at the commune into a round: its issues and those carried into it
 * ({@link FollowUpService#followUpList}), an answer stored with the source {@link AnswerSource#IMPORTED}. The reading,
 * matching and all-or-nothing rules are {@link AnswerImporter}'s, shared with the province.
 */
public final class AnswerImportService {

    private final FollowUpService followUps;
    private final AnswerImporter importer;

    public AnswerImportService(FollowUpService followUps, Clock clock) {
        this(followUps, new SimilarityGrouper(), clock);
    }

    public AnswerImportService(FollowUpService followUps, SimilarityGrouper similarity, Clock clock) {
        this.followUps = followUps;
        this.importer = new AnswerImporter(similarity, clock);
    }

    /** The reading and matching shared with the province. */
    public AnswerImporter importer() {
        return importer;
    }

    /** Reads the list and checks every row against the round's issues (and those carried into it); stores nothing. */
    public AnswerImportPreview preview(Path file, int roundId, TaskMonitor monitor) {
        return importer.preview(file, forRound(roundId), monitor);
    }

    /** Imports the list into the round: see {@link AnswerImporter#importFile}. */
    public AnswerImportResult importFile(Path file, int roundId, ConfirmedMatches confirmed, boolean dryRun,
            TaskMonitor monitor) {
        return importer.importFile(file, forRound(roundId), confirmed, dryRun, monitor);
    }

    /** A round of the commune as the place its answers are imported into. */
    public AnswerDesk forRound(int roundId) {
        return () -> {
            Map<String, FollowUpIssue> byKey = new LinkedHashMap<>();
            Map<String, AnswerTarget> byCode = new HashMap<>();
            for (FollowUpIssue issue : followUps.followUpList(roundId)) {
                AnswerTarget target = target(issue);
                byKey.put(target.key(), issue);
                for (String code : issue.codes()) {
                    byCode.putIfAbsent(VietText.identityKey(code), target);
                }
            }
            List<AnswerTarget> all = byKey.values().stream().map(AnswerImportService::target).toList();
            return new AnswerDesk.Issues() {
                @Override
                public List<AnswerTarget> all() {
                    return all;
                }

                @Override
                public AnswerDesk.CodeLookup find(String code, String commune) {
                    AnswerTarget found = byCode.get(VietText.identityKey(code));
                    return found == null ? AnswerDesk.CodeLookup.NONE : AnswerDesk.CodeLookup.found(found);
                }

                @Override
                public void store(List<AnswerImportRow> rows, TaskMonitor monitor) {
                    followUps.allOrNothing(() -> {
                        for (int i = 0; i < rows.size(); i++) {
                            monitor.checkCancelled();
                            AnswerImportRow row = rows.get(i);
                            followUps.answer(byKey.get(row.issue().key()), new Answer(row.agency(), row.letterNo(),
                                    row.date(), row.answer(), null), AnswerSource.IMPORTED);
                            monitor.progress(i + 1, rows.size());
                        }
                        return rows.size();
                    });
                }
            };
        };
    }

    private static AnswerTarget target(FollowUpIssue issue) {
        FollowUp f = issue.followUp();
        return new AnswerTarget(String.valueOf(issue.leadId()), issue.code(), "", issue.content(), issue.fieldName(),
                issue.lastRaisedOn(), f.status(), f.forwardDate(), f.redirectedTo(), f.answerAgency(),
                f.answerLetterNo(), f.answerDate(), f.answerText());
    }
}
