package org.cutri.opinionimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cutri.common.task.ProgressSteps;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.VietText;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletKind;
import org.cutri.hamlet.HamletService;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingService;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionDraft;
import org.cutri.opinion.OpinionField;
import org.cutri.opinion.OpinionKind;
import org.cutri.opinion.OpinionService;
import org.cutri.register.LegacyEncoding;
import org.cutri.round.RoundService;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the opinions hamlets typed in Excel or CSV into a round (nhập ý kiến từ tệp của các thôn).
 * First a preview that writes nothing and lists every problem with its row; then, only when there is
 * no problem at all, the import in one transaction. Each row joins the meeting of the round held for
 * its hamlet (the earliest when several are).
 *
 * <p>A name in "Người nêu" is personal data: it is kept only when the caller says the voters agreed
 * ({@code withNames}); otherwise the opinion is imported anonymous.
 */
public class OpinionImportService {

    private static final Logger LOG = LoggerFactory.getLogger(OpinionImportService.class);
    static final int MAX_CODE = 40;
    static final int MAX_NAME = 200;

    private final Jdbi jdbi;
    private final RoundService rounds;
    private final MeetingService meetings;
    private final HamletService hamlets;
    private final OpinionService opinions;

    public OpinionImportService(Jdbi jdbi, RoundService rounds, MeetingService meetings, HamletService hamlets,
            OpinionService opinions) {
        this.jdbi = jdbi;
        this.rounds = rounds;
        this.meetings = meetings;
        this.hamlets = hamlets;
        this.opinions = opinions;
    }

    /**
     * Reads and checks the file against the round without writing anything.
     *
     * @throws org.cutri.common.UserException {@code round.notFound} when the round does not exist
     */
    public OpinionImportPreview preview(Path file, int roundId) {
        return preview(file, roundId, TaskMonitor.NONE);
    }

    /**
     * As {@link #preview(Path, int)}, reporting progress row by row and stopping (with
     * {@link java.util.concurrent.CancellationException}) once the monitor is cancelled.
     */
    public OpinionImportPreview preview(Path file, int roundId, TaskMonitor monitor) {
        rounds.get(roundId);
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        OpinionTable.Content content = OpinionTable.read(file);
        if (!content.problems().isEmpty()) {
            return new OpinionImportPreview(roundId, fileName, List.of(), content.problems());
        }
        Matcher matcher = new Matcher(hamlets.list(), meetings.list(roundId), opinions.fields());
        Map<String, Integer> codeRows = new HashMap<>();
        List<OpinionImportRow> rows = new ArrayList<>();
        ProgressSteps steps = new ProgressSteps(monitor, content.lines().size());
        for (OpinionTable.Line line : content.lines()) {
            steps.step();
            rows.add(check(line, matcher, codeRows));
        }
        return new OpinionImportPreview(roundId, fileName, rows, List.of());
    }

    /**
     * Checks the file again and imports it when it has no problem, all rows in one transaction.
     *
     * @param withNames the voters named in "Người nêu" agreed to have their names recorded
     */
    public OpinionImportResult importFile(Path file, int roundId, boolean withNames) {
        return importFile(file, roundId, withNames, TaskMonitor.NONE);
    }

    /**
     * As {@link #importFile(Path, int, boolean)}, reporting progress and stopping once the monitor is cancelled:
     * a stop while the rows are stored (a {@link java.util.concurrent.CancellationException}) rolls the whole
     * transaction back, so no opinion of the file is stored and it can be imported again.
     */
    public OpinionImportResult importFile(Path file, int roundId, boolean withNames, TaskMonitor monitor) {
        OpinionImportPreview preview = preview(file, roundId, monitor.part(0, 0.3));
        if (!preview.importable()) {
            List<OpinionImportProblem> problems = preview.problems();
            LOG.info("Opinion import of {} refused: {} problems", file, problems.size());
            return new OpinionImportResult(problems, 0, 0, 0);
        }
        int named = preview.namedRows();
        ProgressSteps steps = new ProgressSteps(monitor.part(0.3, 1), preview.rows().size());
        jdbi.useTransaction(handle -> {
            for (OpinionImportRow row : preview.rows()) {
                steps.step();
                String speaker = withNames ? row.speaker() : null;
                OpinionDraft draft = new OpinionDraft(row.hamletId(), row.content(), OpinionKind.OPINION, row.fieldId(),
                        row.authorityValue(), null, speaker, speaker != null, null, null, false, null, null);
                opinions.insert(handle, row.meetingId(), row.code(), draft);
            }
        });
        LOG.info("Imported {} opinions from {} into round {} ({} names kept)", preview.rows().size(), file, roundId,
                withNames ? named : 0);
        return new OpinionImportResult(List.of(), preview.rows().size(), withNames ? named : 0, withNames ? 0 : named);
    }

    private OpinionImportRow check(OpinionTable.Line line, Matcher matcher, Map<String, Integer> codeRows) {
        int row = line.row();
        String code = line.get(OpinionTable.Column.CODE);
        String hamletText = line.get(OpinionTable.Column.HAMLET);
        String content = line.get(OpinionTable.Column.CONTENT);
        String fieldText = line.get(OpinionTable.Column.FIELD);
        String authorityText = line.get(OpinionTable.Column.AUTHORITY);
        String speaker = line.get(OpinionTable.Column.SPEAKER);
        List<OpinionImportProblem> problems = new ArrayList<>();
        for (String text : List.of(code, hamletText, content, fieldText, authorityText, speaker)) {
            Optional<LegacyEncoding.Kind> legacy = LegacyEncoding.detect(text);
            if (legacy.isPresent()) {
                problems.add(OpinionImportProblem.of(row, "opinionimport.legacy", shorten(text)));
                return row(line, null, null, null, null, problems);
            }
        }

        Integer hamletId = null;
        Integer meetingId = null;
        if (hamletText.isEmpty()) {
            problems.add(OpinionImportProblem.of(row, "opinionimport.hamlet.missing"));
        } else {
            List<Hamlet> found = matcher.hamlets(hamletText);
            if (found.isEmpty()) {
                problems.add(OpinionImportProblem.of(row, "opinionimport.hamlet.unknown", hamletText));
            } else if (found.size() > 1) {
                problems.add(OpinionImportProblem.of(row, "opinionimport.hamlet.ambiguous", hamletText,
                        found.get(0).name(), found.get(1).name()));
            } else {
                hamletId = found.get(0).id();
                meetingId = matcher.meetingOf(hamletId).orElse(null);
                if (meetingId == null) {
                    problems.add(OpinionImportProblem.of(row, "opinionimport.hamlet.noMeeting", found.get(0).name()));
                }
            }
        }

        if (content.isEmpty()) {
            problems.add(OpinionImportProblem.of(row, "opinionimport.content.missing"));
        } else if (content.length() > OpinionService.MAX_CONTENT) {
            problems.add(OpinionImportProblem.of(row, "opinionimport.content.tooLong", OpinionService.MAX_CONTENT));
        }

        Integer fieldId = null;
        if (!fieldText.isEmpty()) {
            fieldId = matcher.field(fieldText).orElse(null);
            if (fieldId == null) {
                problems.add(OpinionImportProblem.of(row, "opinionimport.field.unknown", fieldText, matcher.fieldNames()));
            }
        }

        Authority authority = null;
        if (!authorityText.isEmpty()) {
            authority = Authority.parse(authorityText).orElse(null);
            if (authority == null) {
                problems.add(OpinionImportProblem.of(row, "opinionimport.authority.unknown", authorityText));
            }
        }

        if (!code.isEmpty()) {
            String key = code.toLowerCase(Locale.ROOT);
            Integer first = codeRows.putIfAbsent(key, row);
            if (code.length() > MAX_CODE) {
                problems.add(OpinionImportProblem.of(row, "opinionimport.code.tooLong", MAX_CODE));
            } else if (first != null) {
                problems.add(OpinionImportProblem.of(row, "opinionimport.code.duplicateInFile", code, first));
            } else if (opinions.codeUsed(code)) {
                problems.add(OpinionImportProblem.of(row, "opinionimport.code.used", code));
            }
        }
        if (speaker.length() > MAX_NAME) {
            problems.add(OpinionImportProblem.of(row, "opinionimport.speaker.tooLong", MAX_NAME));
        }
        return row(line, meetingId, hamletId, fieldId, authority, problems);
    }

    private static OpinionImportRow row(OpinionTable.Line line, Integer meetingId, Integer hamletId, Integer fieldId,
            Authority authority, List<OpinionImportProblem> problems) {
        return new OpinionImportRow(line.row(), emptyToNull(line.get(OpinionTable.Column.CODE)),
                line.get(OpinionTable.Column.HAMLET), line.get(OpinionTable.Column.CONTENT),
                line.get(OpinionTable.Column.FIELD), line.get(OpinionTable.Column.AUTHORITY),
                emptyToNull(line.get(OpinionTable.Column.SPEAKER)), meetingId, hamletId, fieldId, authority, problems);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String shorten(String text) {
        String one = text.replace('\n', ' ');
        return one.length() <= 60 ? one : one.substring(0, 57) + "…";
    }

    /** Matches hamlets, meetings and fields of the data, folded. */
    private static final class Matcher {

        private final List<Hamlet> hamlets;
        private final Map<Integer, Integer> firstMeetingOfHamlet = new HashMap<>();
        private final Map<String, Integer> fieldsByKey = new HashMap<>();
        private final String fieldNames;

        Matcher(List<Hamlet> hamlets, List<Meeting> meetings, List<OpinionField> fields) {
            this.hamlets = hamlets;
            // Meetings come by date, start time and id: the first one holding a hamlet is its earliest.
            for (Meeting meeting : meetings) {
                for (Meeting.HamletRef hamlet : meeting.hamlets()) {
                    firstMeetingOfHamlet.putIfAbsent(hamlet.id(), meeting.id());
                }
            }
            List<String> names = new ArrayList<>();
            for (OpinionField field : fields) {
                fieldsByKey.putIfAbsent(OpinionTable.headerKey(field.name()), field.id());
                if (field.active()) {
                    names.add(field.name());
                }
            }
            this.fieldNames = String.join(", ", names);
        }

        /** Hamlets named so: by the full name, else by the name without its kind word ("Đồng Tâm"). */
        List<Hamlet> hamlets(String typed) {
            String key = OpinionTable.headerKey(typed);
            List<Hamlet> exact = hamlets.stream().filter(h -> OpinionTable.headerKey(h.name()).equals(key)).toList();
            if (!exact.isEmpty()) {
                return exact;
            }
            return hamlets.stream().filter(h -> withoutKind(h.name()).equals(key)).toList();
        }

        Optional<Integer> meetingOf(int hamletId) {
            return Optional.ofNullable(firstMeetingOfHamlet.get(hamletId));
        }

        Optional<Integer> field(String typed) {
            return Optional.ofNullable(fieldsByKey.get(OpinionTable.headerKey(typed)));
        }

        String fieldNames() {
            return fieldNames;
        }

        private static String withoutKind(String name) {
            String key = OpinionTable.headerKey(name);
            Optional<HamletKind> kind = HamletKind.fromName(name);
            if (kind.isEmpty()) {
                return key;
            }
            String word = OpinionTable.headerKey(kind.get().label()) + " ";
            return key.startsWith(word) ? key.substring(word.length()) : key;
        }
    }
}
