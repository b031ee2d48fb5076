package org.cutri.answer.importing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.DateText;
import org.cutri.common.text.VietText;
import org.cutri.grouping.GroupCandidate;
import org.cutri.grouping.SimilarityGrouper;
import org.cutri.opinion.OpinionStatus;
import org.cutri.opinionimport.OpinionImportProblem;
import org.cutri.register.LegacyEncoding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an agency's list of answers (nhập trả lời từ danh sách của cơ quan) into an {@link AnswerDesk}: a commune's
 * round or the issues the province follows up. Each row is matched to an issue by an opinion code (a member's code
 * means its whole group), otherwise by the content of the opinion, scored as the same-issue grouping scores two
 * opinions ({@link SimilarityGrouper}); a match by content is only a proposal the user confirms. All or nothing: one
 * row with a problem and nothing is stored. An answer already stored is skipped, so importing the same list twice
 * changes nothing.
 */
public final class AnswerImporter {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerImporter.class);

    private final SimilarityGrouper similarity;
    private final Clock clock;

    public AnswerImporter(Clock clock) {
        this(new SimilarityGrouper(), clock);
    }

    public AnswerImporter(SimilarityGrouper similarity, Clock clock) {
        this.similarity = similarity;
        this.clock = clock;
    }

    /**
     * Reads the list and checks every row against the desk's issues; stores nothing. Progress goes to
     * {@code monitor}, whose messages are keys ({@code answerimport.progress.*}).
     */
    public AnswerImportPreview preview(Path file, AnswerDesk desk, TaskMonitor monitor) {
        return check(file, desk, desk.read(), monitor);
    }

    private AnswerImportPreview check(Path file, AnswerDesk desk, AnswerDesk.Issues issues, TaskMonitor monitor) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        monitor.message("answerimport.progress.reading");
        AnswerTable.Content content = AnswerTable.read(file, monitor.part(0, 0.6));
        if (!content.readable()) {
            return new AnswerImportPreview(fileName, List.of(),
                    new OpinionImportProblem(null, content.problemKey(), content.problemArgs()));
        }
        monitor.message(desk.key("progress.matching"));
        List<AnswerTable.Line> lines = content.lines();
        Map<Integer, AnswerDesk.CodeLookup> byCode = new HashMap<>();
        for (AnswerTable.Line line : lines) {
            String code = line.get(AnswerTable.Column.CODE);
            byCode.put(line.row(), code.isEmpty() ? AnswerDesk.CodeLookup.NONE
                    : issues.find(code, line.get(AnswerTable.Column.COMMUNE)));
        }
        List<AnswerTable.Line> byText = lines.stream().filter(l -> legacyCell(l).isEmpty()
                && byCode.get(l.row()).target() == null && !byCode.get(l.row()).refused()
                && !l.get(AnswerTable.Column.OPINION).isEmpty()).toList();
        Map<Integer, Closest> closest = closest(byText, issues.all(), monitor.part(0.6, 0.95));
        LocalDate today = LocalDate.now(clock);
        Map<String, AnswerImportRow> firstOfIssue = new HashMap<>();
        List<AnswerImportRow> rows = new ArrayList<>();
        for (AnswerTable.Line line : lines) {
            AnswerImportRow row = check(desk, line, byCode.get(line.row()), closest.get(line.row()), today,
                    firstOfIssue);
            rows.add(row);
            if (row.issue() != null && row.ok()) {
                firstOfIssue.putIfAbsent(row.issue().key(), row);
            }
        }
        return new AnswerImportPreview(fileName, rows, null);
    }

    /**
     * Checks the list again and, when no row has a problem, stores its answers all in one transaction: rows matched by
     * content only when {@code confirmed}; answers already stored skipped. With {@code dryRun} nothing is stored and
     * the result says what would be.
     */
    public AnswerImportResult importFile(Path file, AnswerDesk desk, ConfirmedMatches confirmed, boolean dryRun,
            TaskMonitor monitor) {
        AnswerDesk.Issues issues = desk.read();
        AnswerImportPreview preview = check(file, desk, issues, monitor.part(0, 0.5));
        if (!preview.clean()) {
            LOG.info("Answer list {} refused: {} problems", file, preview.problems().size());
            return new AnswerImportResult(preview.problems(), 0, 0, 0, dryRun);
        }
        List<AnswerImportRow> toStore = new ArrayList<>();
        int leftOut = 0;
        for (AnswerImportRow row : preview.rows()) {
            if (row.outcome() != AnswerImportRow.Outcome.STORE) {
                continue;
            }
            if (row.match() == AnswerImportRow.Match.TEXT && !confirmed.covers(row)) {
                leftOut++;
            } else {
                toStore.add(row);
            }
        }
        if (!dryRun && !toStore.isEmpty()) {
            monitor.message("answerimport.progress.storing");
            issues.store(toStore, monitor.part(0.5, 1.0));
            LOG.info("Imported {} answers from {} ({} already stored, {} left out)", toStore.size(), file,
                    preview.alreadyStored(), leftOut);
        }
        return new AnswerImportResult(List.of(), toStore.size(), preview.alreadyStored(), leftOut, dryRun);
    }

    /** The issue closest in content to a row's opinion text, with its score. */
    private record Closest(AnswerTarget issue, double score) {
    }

    private Map<Integer, Closest> closest(List<AnswerTable.Line> lines, List<AnswerTarget> issues, TaskMonitor monitor) {
        Map<Integer, Closest> found = new HashMap<>();
        if (lines.isEmpty() || issues.isEmpty()) {
            return found;
        }
        List<GroupCandidate> targets = new ArrayList<>();
        for (int t = 0; t < issues.size(); t++) {
            targets.add(new GroupCandidate(t, issues.get(t).content(), issues.get(t).fieldName(), null, null));
        }
        List<GroupCandidate> queries = lines.stream()
                .map(l -> new GroupCandidate(l.row(), l.get(AnswerTable.Column.OPINION), null, null, null)).toList();
        double[][] scores = similarity.similarities(queries, targets, monitor);
        for (int q = 0; q < lines.size(); q++) {
            int best = 0;
            for (int t = 1; t < issues.size(); t++) {
                if (scores[q][t] > scores[q][best]) {
                    best = t;
                }
            }
            found.put(lines.get(q).row(), new Closest(issues.get(best), scores[q][best]));
        }
        return found;
    }

    private AnswerImportRow check(AnswerDesk desk, AnswerTable.Line line, AnswerDesk.CodeLookup byCode,
            Closest closest, LocalDate today, Map<String, AnswerImportRow> firstOfIssue) {
        int row = line.row();
        String code = line.get(AnswerTable.Column.CODE);
        String agency = line.get(AnswerTable.Column.AGENCY);
        String letter = line.get(AnswerTable.Column.LETTER);
        String dateText = line.get(AnswerTable.Column.DATE);
        String answer = line.get(AnswerTable.Column.ANSWER);
        String opinion = line.get(AnswerTable.Column.OPINION);
        List<OpinionImportProblem> problems = new ArrayList<>();
        Optional<String> legacy = legacyCell(line);
        if (legacy.isPresent()) {
            problems.add(problem(row, "answerimport.legacy", shorten(legacy.get())));
            return new AnswerImportRow(row, code, agency, letter, null, answer, opinion, null,
                    AnswerImportRow.Match.NONE, 0, AnswerImportRow.Outcome.STORE, problems);
        }

        AnswerTarget issue = byCode.target();
        AnswerImportRow.Match match = issue != null ? AnswerImportRow.Match.CODE : AnswerImportRow.Match.NONE;
        int percent = 0;
        if (byCode.refused()) {
            problems.add(new OpinionImportProblem(row, byCode.problemKey(), byCode.problemArgs()));
        } else if (issue == null && closest != null) {
            percent = (int) Math.round(Math.min(1.0, closest.score()) * 100);
            if (closest.score() >= similarity.threshold()) {
                issue = closest.issue();
                match = AnswerImportRow.Match.TEXT;
            } else if (code.isEmpty()) {
                problems.add(problem(row, desk.key("match.noText"), closest.issue().code(), percent));
            } else {
                problems.add(problem(row, desk.key("match.unknownCodeNoText"), code, closest.issue().code(), percent));
            }
        } else if (issue == null) {
            problems.add(code.isEmpty() ? problem(row, "answerimport.match.nothing")
                    : problem(row, desk.key("match.unknownCode"), code));
        }

        AnswerDesk.Limits limits = desk.limits();
        if (agency.isEmpty()) {
            problems.add(problem(row, "answerimport.agency.missing"));
        } else {
            tooLong(problems, row, AnswerTable.Column.AGENCY, agency, limits.agency());
        }
        tooLong(problems, row, AnswerTable.Column.LETTER, letter, limits.letterNo());
        if (answer.isEmpty()) {
            problems.add(problem(row, "answerimport.answer.missing"));
        } else {
            tooLong(problems, row, AnswerTable.Column.ANSWER, answer, limits.answer());
        }
        LocalDate date = DateText.parseWithWords(dateText).orElse(null);
        if (dateText.isEmpty()) {
            problems.add(problem(row, "answerimport.date.missing"));
        } else if (date == null) {
            problems.add(problem(row, "answerimport.date.invalid", shorten(dateText)));
        } else if (date.isAfter(today)) {
            problems.add(problem(row, "answerimport.date.future", DateText.format(date), DateText.format(today)));
        }

        AnswerImportRow.Outcome outcome = AnswerImportRow.Outcome.STORE;
        if (issue != null) {
            boolean complete = !agency.isEmpty() && !answer.isEmpty() && date != null;
            AnswerImportRow earlier = firstOfIssue.get(issue.key());
            if (issue.status() == OpinionStatus.NOT_COMPETENT) {
                problems.add(problem(row, "answerimport.issue.redirected", issue.code(),
                        issue.redirectedTo() == null ? "" : issue.redirectedTo()));
            } else if (complete && earlier != null) {
                if (same(earlier.agency(), earlier.letterNo(), earlier.date(), earlier.answer(), agency, letter, date,
                        answer)) {
                    outcome = AnswerImportRow.Outcome.ALREADY_STORED;
                } else {
                    problems.add(problem(row, "answerimport.issue.twice", issue.code(), String.valueOf(earlier.row())));
                }
            } else if (complete && issue.answered()) {
                if (same(issue.answerAgency(), issue.answerLetterNo(), issue.answerDate(), issue.answerText(), agency,
                        letter, date, answer)) {
                    outcome = AnswerImportRow.Outcome.ALREADY_STORED;
                } else {
                    problems.add(problem(row, "answerimport.issue.answered", issue.code(),
                            DateText.format(issue.answerDate()), issue.answerAgency() == null ? ""
                                    : issue.answerAgency()));
                }
            } else if (date != null && issue.raisedOn() != null && date.isBefore(issue.raisedOn())) {
                problems.add(problem(row, "answerimport.date.beforeRaised", DateText.format(date),
                        DateText.format(issue.raisedOn())));
            } else if (date != null && issue.forwardDate() != null && date.isBefore(issue.forwardDate())) {
                problems.add(problem(row, "answerimport.date.beforeForward", DateText.format(date),
                        DateText.format(issue.forwardDate())));
            } else if (issue.forwardDate() != null && issue.raisedOn() != null
                    && issue.forwardDate().isBefore(issue.raisedOn())) {
                problems.add(problem(row, "answerimport.forwardBeforeRaised", issue.code(),
                        DateText.format(issue.forwardDate()), DateText.format(issue.raisedOn())));
            }
        }
        return new AnswerImportRow(row, code, agency, letter, date, answer, opinion, issue, match,
                match == AnswerImportRow.Match.TEXT ? percent : 0, outcome, problems);
    }

    private static void tooLong(List<OpinionImportProblem> problems, int row, AnswerTable.Column column, String text,
            int max) {
        if (text.length() > max) {
            problems.add(problem(row, "answerimport.tooLong", column.header, text.length(), max));
        }
    }

    /** The same answer: agency, letter, date and text alike (case and spacing aside). */
    private static boolean same(String agency, String letter, LocalDate date, String text, String otherAgency,
            String otherLetter, LocalDate otherDate, String otherText) {
        return VietText.identityKey(agency).equals(VietText.identityKey(otherAgency))
                && VietText.identityKey(letter).equals(VietText.identityKey(otherLetter))
                && Objects.equals(date, otherDate)
                && VietText.identityKey(text).equals(VietText.identityKey(otherText));
    }

    /** The first cell typed in an old Vietnamese encoding, if any. */
    private static Optional<String> legacyCell(AnswerTable.Line line) {
        return line.cells().values().stream().filter(text -> LegacyEncoding.detect(text).isPresent()).findFirst();
    }

    private static OpinionImportProblem problem(int row, String key, Object... args) {
        return new OpinionImportProblem(row, key, List.of(args));
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
