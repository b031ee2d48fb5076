package org.cutri.provinceanswer;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cutri.answer.Answer;
import org.cutri.answer.importing.AnswerDesk;
import org.cutri.answer.importing.AnswerImportPreview;
import org.cutri.answer.importing.AnswerImportResult;
import org.cutri.answer.importing.AnswerImportRow;
import org.cutri.answer.importing.AnswerImporter;
import org.cutri.answer.importing.AnswerTarget;
import org.cutri.answer.importing.ConfirmedMatches;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.VietText;

/**
 * Imports an agency's list of answers at the province (nhập trả lời của cơ quan tại tỉnh) into the issues it follows
 * up for every round it received ({@link ProvinceAnswerService#issues()}), with the commune's reading and matching
 * ({@link AnswerImporter}): the same columns, plus an optional "Xã" (the commune's code or name). An opinion code is
 * unique within a commune only: a code several communes use needs the "Xã" cell, otherwise the row is a problem. A
 * member's code means its whole group, and an answer on a province group is written on every member opinion across
 * communes, as typing it does. All or nothing; importing the same list twice changes nothing.
 */
public final class ProvinceAnswerImportService implements AnswerDesk {

    /** The words that name the province's scope instead of the commune's round. */
    private static final Map<String, String> KEYS = Map.of(
            "match.unknownCode", "provinceanswer.import.match.unknownCode",
            "match.noText", "provinceanswer.import.match.noText",
            "match.unknownCodeNoText", "provinceanswer.import.match.unknownCodeNoText",
            "progress.matching", "provinceanswer.import.progress.matching",
            "dialog.intro", "provinceanswer.import.dialog.intro");
    private static final Limits LIMITS = new Limits(ProvinceAnswerService.AGENCY_MAX,
            ProvinceAnswerService.LETTER_NO_MAX, ProvinceAnswerService.TEXT_MAX);
    /** Words a commune's name may start with in a list ("Xã Tân Phúc", "Phường 3"), folded. */
    private static final Set<String> KINDS = Set.of("xa", "phuong", "dac khu", "thi tran");

    private final ProvinceAnswerService answers;
    private final AnswerImporter importer;

    public ProvinceAnswerImportService(ProvinceAnswerService answers, Clock clock) {
        this(answers, new AnswerImporter(clock));
    }

    public ProvinceAnswerImportService(ProvinceAnswerService answers, AnswerImporter importer) {
        this.answers = answers;
        this.importer = importer;
    }

    /** The reading and matching shared with the commune. */
    public AnswerImporter importer() {
        return importer;
    }

    /** Reads the list and checks every row against the issues of every round received; stores nothing. */
    public AnswerImportPreview preview(Path file, TaskMonitor monitor) {
        return importer.preview(file, this, monitor);
    }

    /** Imports the list: see {@link AnswerImporter#importFile}. */
    public AnswerImportResult importFile(Path file, ConfirmedMatches confirmed, boolean dryRun, TaskMonitor monitor) {
        return importer.importFile(file, this, confirmed, dryRun, monitor);
    }

    @Override
    public String key(String name) {
        return KEYS.getOrDefault(name, "answerimport." + name);
    }

    @Override
    public Limits limits() {
        return LIMITS;
    }

    @Override
    public Issues read() {
        List<ProvinceAnswerIssue> issues = answers.issues();
        Map<String, ProvinceAnswerIssue> byKey = new LinkedHashMap<>();
        Map<String, AnswerTarget> targets = new LinkedHashMap<>();
        // opinion code (folded) → commune code → the issue holding that opinion
        Map<String, Map<String, AnswerTarget>> byCode = new HashMap<>();
        Map<String, String> communeNames = new LinkedHashMap<>();
        Map<String, String> communeByWord = new HashMap<>();
        for (ProvinceAnswerIssue issue : issues) {
            AnswerTarget target = target(issue);
            byKey.put(issue.key(), issue);
            targets.put(issue.key(), target);
            for (ProvinceAnswerIssue.Opinion o : issue.opinions()) {
                byCode.computeIfAbsent(VietText.identityKey(o.code()), c -> new LinkedHashMap<>())
                        .putIfAbsent(o.communeCode(), target);
                communeNames.putIfAbsent(o.communeCode(), o.communeName());
                communeByWord.putIfAbsent(VietText.identityKey(o.communeCode()), o.communeCode());
                communeByWord.putIfAbsent(communeWord(o.communeName()), o.communeCode());
            }
        }
        List<AnswerTarget> all = List.copyOf(targets.values());
        return new Issues() {
            @Override
            public List<AnswerTarget> all() {
                return all;
            }

            @Override
            public CodeLookup find(String code, String commune) {
                Map<String, AnswerTarget> inCommunes = byCode.getOrDefault(VietText.identityKey(code), Map.of());
                if (!commune.isEmpty()) {
                    String communeCode = communeByWord.get(VietText.identityKey(commune));
                    if (communeCode == null) {
                        communeCode = communeByWord.get(communeWord(commune));
                    }
                    if (communeCode == null) {
                        return CodeLookup.problem("provinceanswer.import.communeUnknown", commune);
                    }
                    AnswerTarget found = inCommunes.get(communeCode);
                    return found != null ? CodeLookup.found(found) : CodeLookup.problem(
                            "provinceanswer.import.codeNotInCommune", code, communeNames.get(communeCode));
                }
                List<AnswerTarget> distinct = inCommunes.values().stream().distinct().toList();
                if (distinct.isEmpty()) {
                    return CodeLookup.NONE;
                }
                if (distinct.size() == 1) {
                    return CodeLookup.found(distinct.get(0));
                }
                List<String> names = new ArrayList<>();
                inCommunes.keySet().forEach(c -> names.add(communeNames.get(c)));
                names.sort(VietText.ORDER);
                return CodeLookup.problem("provinceanswer.import.codeAmbiguous", code, String.join(", ", names));
            }

            @Override
            public void store(List<AnswerImportRow> rows, TaskMonitor monitor) {
                answers.allOrNothing(() -> {
                    for (int i = 0; i < rows.size(); i++) {
                        monitor.checkCancelled();
                        AnswerImportRow row = rows.get(i);
                        answers.answer(byKey.get(row.issue().key()), new Answer(row.agency(), row.letterNo(),
                                row.date(), row.answer(), null));
                        monitor.progress(i + 1, rows.size());
                    }
                    return rows.size();
                });
            }
        };
    }

    /** A commune's name as compared: folded, without "Xã"/"Phường"/… in front ("Xã Tân Phúc" → "tan phuc"). */
    private static String communeWord(String name) {
        String folded = VietText.fold(name == null ? "" : name).replaceAll("[^a-z0-9]+", " ").strip();
        for (String kind : KINDS) {
            if (folded.startsWith(kind + " ") && folded.length() > kind.length() + 1) {
                return folded.substring(kind.length() + 1);
            }
        }
        return folded;
    }

    private static AnswerTarget target(ProvinceAnswerIssue issue) {
        ProvinceAnswer a = issue.answer();
        return new AnswerTarget(issue.key(), issue.code(), String.join(", ", issue.communeNames()), issue.content(),
                issue.fieldName(), issue.lastRaisedOn(), a.status(), a.forwardDate(), a.redirectedTo(),
                a.answerAgency(), a.answerLetterNo(), a.answerDate(), a.answerText());
    }
}
