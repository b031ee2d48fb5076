package org.cutri.opinionimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    /**
     * An opinion code: letters (Vietnamese ones too) and digits, with {@code - _ . /} between them; it starts
     * with a letter or a digit. So no {@code = + - @} at its start (a spreadsheet would run it as a formula),
     * no spaces, quotes, {@code | ! ; ,} or control characters.
     */
    static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\-_./]*");

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
     * {@link #preview(Path, int)}, reporting progress to {@code monitor} and stopping when it is cancelled. The
     * monitor's messages are message keys ({@code opinionimport.progress.*}) for the caller to show.
     */
    public OpinionImportPreview preview(Path file, int roundId, TaskMonitor monitor) {
        rounds.get(roundId);
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        monitor.message("opinionimport.progress.reading");
        OpinionTable.Content content = OpinionTable.read(file, monitor.part(0, 0.9));
        if (!content.problems().isEmpty()) {
            return new OpinionImportPreview(roundId, fileName, List.of(), content.problems(), List.of());
        }
        monitor.message("opinionimport.progress.checking");
        Matcher matcher = new Matcher(hamlets.list(), meetings.list(roundId), opinions.fields());
        Set<String> usedCodes = content.lines().stream().anyMatch(l -> !l.get(OpinionTable.Column.CODE).isEmpty())
                ? opinions.codesUsed() : Set.of();
        Map<String, Integer> codeRows = new HashMap<>();
        List<OpinionImportRow> rows = new ArrayList<>();
        TaskMonitor checking = monitor.part(0.9, 1.0);
        for (OpinionTable.Line line : content.lines()) {
            rows.add(check(line, matcher, codeRows, usedCodes));
            if (rows.size() % 1000 == 0) {
                checking.checkCancelled();
                checking.progress(rows.size(), content.lines().size());
            }
        }
        List<OpinionImportProblem> warnings = new ArrayList<>(content.warnings());
        alreadyStored(rows, roundId).ifPresent(warnings::add);
        return new OpinionImportPreview(roundId, fileName, rows, List.of(), warnings);
    }

    /**
     * The rows whose hamlet already has the same opinion in the round (case and spaces aside), as a warning: the
     * file, or part of it, may have been imported before. It does not stop the import: two meetings may well hear the
     * same words.
     */
    private Optional<OpinionImportProblem> alreadyStored(List<OpinionImportRow> rows, int roundId) {
        Set<String> stored = opinions.listItems(roundId).stream()
                .map(o -> o.hamletId() + "|" + VietText.identityKey(o.content())).collect(Collectors.toSet());
        List<Integer> again = rows.stream()
                .filter(r -> r.hamletId() != null && stored.contains(r.hamletId() + "|" + VietText.identityKey(r.content())))
                .map(OpinionImportRow::row).toList();
        return again.isEmpty() ? Optional.empty()
                : Optional.of(OpinionImportProblem.of(again.get(0), "opinionimport.alreadyStored", again.size(),
                        OpinionTable.rowList(again)));
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
     * {@link #importFile(Path, int, boolean)}, reporting progress to {@code monitor} (reading and checking the
     * first half, storing the second); a cancel before the end stores nothing.
     */
    public OpinionImportResult importFile(Path file, int roundId, boolean withNames, TaskMonitor monitor) {
        OpinionImportPreview preview = preview(file, roundId, monitor.part(0, 0.5));
        if (!preview.importable()) {
            List<OpinionImportProblem> problems = preview.problems();
            LOG.info("Opinion import of {} refused: {} problems", file, problems.size());
            return new OpinionImportResult(problems, 0, 0, 0, preview.warnings());
        }
        int named = preview.namedRows();
        List<OpinionService.NewOpinion> added = new ArrayList<>(preview.rows().size());
        for (OpinionImportRow row : preview.rows()) {
            String speaker = withNames ? row.speaker() : null;
            OpinionDraft draft = new OpinionDraft(row.hamletId(), row.content(), OpinionKind.OPINION, row.fieldId(),
                    row.authorityValue(), null, speaker, speaker != null, null, null, false, null, null);
            added.add(new OpinionService.NewOpinion(row.meetingId(), row.code(), draft));
        }
        monitor.message("opinionimport.progress.storing");
        // One audit row for the whole file, in the same transaction, rather than one per opinion.
        org.cutri.audit.AuditLog.bulk(() -> jdbi.useTransaction(handle -> {
            opinions.insertAll(handle, added, monitor.part(0.5, 1.0));
            // The hamlets whose opinions came in held their meetings: the report counts them as held.
            meetings.markHeld(handle, added.stream().map(OpinionService.NewOpinion::meetingId).distinct().toList());
            org.cutri.audit.AuditLog.record(handle, org.cutri.audit.AuditAction.IMPORT, "file", file.getFileName(),
                    "nhập " + added.size() + " ý kiến vào đợt " + roundId + (withNames ? ", có tên người nêu" : "")
                            + ", từ " + file);
        }));
        LOG.info("Imported {} opinions from {} into round {} ({} names kept)", preview.rows().size(), file, roundId,
                withNames ? named : 0);
        return new OpinionImportResult(List.of(), preview.rows().size(), withNames ? named : 0, withNames ? 0 : named,
                preview.warnings());
    }

    private OpinionImportRow check(OpinionTable.Line line, Matcher matcher, Map<String, Integer> codeRows,
            Set<String> usedCodes) {
        int row = line.row();
        String code = line.get(OpinionTable.Column.CODE);
        String hamletText = line.get(OpinionTable.Column.HAMLET);
        String content = line.get(OpinionTable.Column.CONTENT);
        String fieldText = line.get(OpinionTable.Column.FIELD);
        String authorityText = line.get(OpinionTable.Column.AUTHORITY);
        String speaker = line.get(OpinionTable.Column.SPEAKER);
        List<OpinionImportProblem> problems = new ArrayList<>(line.problems());
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
            } else if (!CODE.matcher(code).matches()) {
                problems.add(OpinionImportProblem.of(row, "opinionimport.code.invalid", shorten(code)));
            } else if (first != null) {
                problems.add(OpinionImportProblem.of(row, "opinionimport.code.duplicateInFile", code, first));
            } else if (usedCodes.contains(code)) {
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
        return OpinionTable.shorten(text);
    }

    /** Matches hamlets, meetings and fields of the data, folded. */
    private static final class Matcher {

        private final Map<String, List<Hamlet>> byName = new HashMap<>();
        private final Map<String, List<Hamlet>> byNameWithoutKind = new HashMap<>();
        private final Map<Integer, Integer> firstMeetingOfHamlet = new HashMap<>();
        private final Map<String, Integer> fieldsByKey = new HashMap<>();
        private final String fieldNames;

        Matcher(List<Hamlet> hamlets, List<Meeting> meetings, List<OpinionField> fields) {
            for (Hamlet hamlet : hamlets) {
                byName.computeIfAbsent(OpinionTable.headerKey(hamlet.name()), k -> new ArrayList<>()).add(hamlet);
                byNameWithoutKind.computeIfAbsent(withoutKind(hamlet.name()), k -> new ArrayList<>()).add(hamlet);
            }
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
            List<Hamlet> exact = byName.getOrDefault(key, List.of());
            return exact.isEmpty() ? byNameWithoutKind.getOrDefault(key, List.of()) : exact;
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
