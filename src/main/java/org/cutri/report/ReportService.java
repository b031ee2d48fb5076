package org.cutri.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cutri.common.UserException;
import org.cutri.commune.CommuneProfile;
import org.cutri.commune.CommuneService;
import org.cutri.document.OfficialDocument;
import org.cutri.exchange.ImportedOpinion;
import org.cutri.exchange.ImportedPackageService;
import org.cutri.grouping.GroupCandidate;
import org.cutri.grouping.GroupMember;
import org.cutri.grouping.GroupService;
import org.cutri.grouping.GroupStatus;
import org.cutri.grouping.OpinionGroupEntry;
import org.cutri.grouping.SimilarityGrouper;
import org.cutri.grouping.SuggestedGroup;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingService;
import org.cutri.meeting.MeetingStatus;
import org.cutri.numbering.DocumentNumberService;
import org.cutri.opinion.Authority;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionField;
import org.cutri.opinion.OpinionKind;
import org.cutri.opinion.OpinionService;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundService;
import org.jdbi.v3.core.Jdbi;

/**
 * Compiles a round's report (báo cáo tổng hợp ý kiến, kiến nghị cử tri): at a commune from its own round, its
 * meetings, opinions and accepted same-issue groups; at the province from the communes' imported packages of
 * one round. The report's number is taken once per round and kept.
 */
public class ReportService {

    public static final String TYPE_CODE = "BC";

    private final Jdbi jdbi;
    private final RoundService rounds;
    private final MeetingService meetings;
    private final OpinionService opinions;
    private final GroupService groups;
    private final CommuneService commune;
    private final DocumentNumberService numbers;
    private final ImportedPackageService imported;
    private final SimilarityGrouper grouper = new SimilarityGrouper();

    public ReportService(Jdbi jdbi, RoundService rounds, MeetingService meetings, OpinionService opinions,
            GroupService groups, CommuneService commune, DocumentNumberService numbers, ImportedPackageService imported) {
        this.jdbi = jdbi;
        this.rounds = rounds;
        this.meetings = meetings;
        this.opinions = opinions;
        this.groups = groups;
        this.commune = commune;
        this.numbers = numbers;
        this.imported = imported;
    }

    /** The compiled report of a commune's round. */
    public CompiledReport compile(int roundId, boolean withNames) {
        return ReportCompiler.compile(input(roundId), withNames);
    }

    /** What the report of a commune's round is made from. */
    public ReportInput input(int roundId) {
        ContactRound round = rounds.find(roundId).orElseThrow(() -> new UserException("report.round.unknown", roundId));
        List<OpinionField> fieldList = opinions.fields().stream()
                .sorted(Comparator.comparingInt(OpinionField::sortOrder).thenComparingInt(OpinionField::id)).toList();
        Map<Integer, String> fieldNames = new HashMap<>();
        fieldList.forEach(f -> fieldNames.put(f.id(), f.name()));
        Map<Integer, OpinionGroupEntry> groupOf = new HashMap<>();
        for (OpinionGroupEntry entry : groups.list(roundId)) {
            if (entry.group().status() == GroupStatus.ACCEPTED) {
                entry.members().forEach(m -> groupOf.put(m.opinionId(), entry));
            }
        }
        List<Meeting> roundMeetings = meetings.list(roundId);
        List<ReportOpinion> items = new ArrayList<>();
        int held = 0;
        List<String> hamlets = new ArrayList<>();
        int invited = 0;
        int present = 0;
        Map<String, Set<Integer>> assigned = new LinkedHashMap<>();
        Map<String, Set<Integer>> came = new LinkedHashMap<>();
        for (Meeting meeting : roundMeetings) {
            Map<Integer, String> hamletNames = new HashMap<>();
            meeting.hamlets().forEach(h -> hamletNames.put(h.id(), h.name()));
            String onlyHamlet = meeting.hamlets().size() == 1 ? meeting.hamlets().get(0).name() : null;
            if (meeting.row().status() == MeetingStatus.HELD) {
                held++;
                meeting.hamlets().forEach(h -> {
                    if (!hamlets.contains(h.name())) {
                        hamlets.add(h.name());
                    }
                });
                invited += meeting.row().votersInvited() == null ? 0 : meeting.row().votersInvited();
                present += meeting.row().votersPresent() == null ? 0 : meeting.row().votersPresent();
                for (Meeting.DeputyRef deputy : meeting.deputies()) {
                    assigned.computeIfAbsent(deputy.level().label(), k -> new HashSet<>()).add(deputy.id());
                    came.computeIfAbsent(deputy.level().label(), k -> new HashSet<>());
                    if (deputy.present()) {
                        came.get(deputy.level().label()).add(deputy.id());
                    }
                }
            }
            for (Opinion opinion : opinions.listByMeeting(meeting.id())) {
                String hamlet = opinion.hamletId() != null && hamletNames.containsKey(opinion.hamletId())
                        ? hamletNames.get(opinion.hamletId()) : onlyHamlet;
                OpinionGroupEntry group = groupOf.get(opinion.id());
                items.add(new ReportOpinion(opinion.code(), null, hamlet, opinion.content(), opinion.kind().label(),
                        opinion.fieldId() == null ? null : fieldNames.get(opinion.fieldId()), opinion.authority(),
                        opinion.authorityBody(), opinion.approved(), opinion.answeredAtMeeting(), opinion.answeredBy(),
                        opinion.answerText(), opinion.speakerConsent() ? opinion.speakerName() : null,
                        group == null ? null : String.valueOf(group.group().id()),
                        group == null ? null : group.group().wording()));
            }
        }
        List<RoundFacts.DeputyCount> deputies = new ArrayList<>();
        assigned.forEach((level, ids) -> deputies.add(new RoundFacts.DeputyCount(level, ids.size(),
                came.getOrDefault(level, Set.of()).size())));
        RoundFacts facts = new RoundFacts(held, roundMeetings.size(), hamlets, invited, present, deputies);
        return new ReportInput(round.name(), round.sessionDate(), List.of(), facts, items,
                fieldList.stream().map(OpinionField::name).toList());
    }

    /**
     * The report of a commune's round as an official document. Its number is taken from the office's
     * yearly sequence the first time and kept for every later copy.
     */
    public OfficialDocument document(int roundId, boolean withNames, LocalDate today) {
        CompiledReport report = compile(roundId, withNames);
        ReportIssue issue = issue(roundId, today);
        CommuneProfile profile = commune.profile().orElse(CommuneProfile.usual());
        return ReportDocument.build(report, profile, issue.number(), issue.issuedOn());
    }

    /**
     * The number of the round's report, taken now if it has none. Synchronized: the preview and an export may
     * ask at the same time from two computation threads, and must not both take a number.
     */
    public synchronized ReportIssue issue(int roundId, LocalDate today) {
        rounds.find(roundId).orElseThrow(() -> new UserException("report.round.unknown", roundId));
        return jdbi.inTransaction(handle -> {
            ReportDao dao = handle.attach(ReportDao.class);
            var existing = dao.issue(roundId);
            if (existing.isPresent()) {
                return existing.get();
            }
            ContactRound round = rounds.get(roundId);
            int number = numbers.next(TYPE_CODE, "Báo cáo tổng hợp " + round.name(), today);
            dao.recordIssue(roundId, today.getYear(), number, today);
            return new ReportIssue(roundId, today.getYear(), number, today);
        });
    }

    /** The number given before, if any. */
    public java.util.Optional<ReportIssue> issued(int roundId) {
        return jdbi.withExtension(ReportDao.class, dao -> dao.issue(roundId));
    }

    public CommuneProfile profile() {
        return commune.profile().orElse(CommuneProfile.usual());
    }

    // ---- Province: the communes' imported rounds ------------------------------------------------------

    /**
     * The imported rounds grouped into sets compiled together: same kind and same session date (or same name
     * when a round has no session date), newest first.
     */
    public List<ProvinceRoundSet> provinceRoundSets() {
        List<ReportDao.ImportedRoundRow> rows = jdbi.withExtension(ReportDao.class, ReportDao::importedRounds);
        Map<String, List<ReportDao.ImportedRoundRow>> sets = new LinkedHashMap<>();
        for (ReportDao.ImportedRoundRow row : rows) {
            String key = row.kind() + "|" + (row.sessionDate() != null ? row.sessionDate().toString()
                    : org.cutri.common.text.VietText.fold(row.name()));
            sets.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<ProvinceRoundSet> result = new ArrayList<>();
        for (List<ReportDao.ImportedRoundRow> set : sets.values()) {
            ReportDao.ImportedRoundRow first = set.get(0);
            String label = first.name() + (first.sessionDate() == null ? ""
                    : " — kỳ họp " + org.cutri.common.text.DateText.format(first.sessionDate()))
                    + " (" + set.size() + " xã)";
            result.add(new ProvinceRoundSet(label, first.name(), first.sessionDate(), set.stream()
                    .map(r -> new ProvinceRoundSet.CommuneRound(r.communeCode(), r.communeName(), r.roundKey(), r.name()))
                    .toList()));
        }
        java.util.Collections.reverse(result);
        return result;
    }

    /** The imported opinions of a set, in commune and meeting order. */
    public List<ImportedOpinion> provinceOpinions(ProvinceRoundSet set) {
        List<ImportedOpinion> all = new ArrayList<>();
        for (ProvinceRoundSet.CommuneRound round : set.rounds()) {
            all.addAll(imported.opinions(round.communeCode(), round.roundKey()));
        }
        return all;
    }

    /**
     * Suggests same-issue groups across the set's communes among approved opinions not in {@code taken}
     * (member keys of {@link ProvinceGroup}).
     */
    public List<ProvinceGroup> suggestProvince(ProvinceRoundSet set, Set<String> taken) {
        Map<String, String> communeNames = communeNames(set);
        List<ImportedOpinion> all = provinceOpinions(set).stream().filter(ImportedOpinion::approved)
                .filter(o -> !taken.contains(ProvinceGroup.memberKey(o.communeCode(), o.roundKey(), o.code()))).toList();
        List<GroupCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ImportedOpinion o = all.get(i);
            candidates.add(new GroupCandidate(i, o.content(), o.fieldName(), o.hamletName(),
                    communeNames.getOrDefault(o.communeCode(), o.communeCode())));
        }
        List<ProvinceGroup> result = new ArrayList<>();
        for (SuggestedGroup group : grouper.group(candidates)) {
            result.add(new ProvinceGroup(group.label(), group.memberIds().stream().sorted().map(all::get)
                    .map(o -> ProvinceGroup.memberKey(o.communeCode(), o.roundKey(), o.code())).toList()));
        }
        return result;
    }

    /** What the province's report of a set is made from, with the province's accepted groups. */
    public ReportInput provinceInput(ProvinceRoundSet set, List<ProvinceGroup> accepted) {
        if (set.rounds().isEmpty()) {
            throw new UserException("report.province.empty");
        }
        Map<String, String> communeNames = communeNames(set);
        Map<String, Integer> groupIndex = new HashMap<>();
        for (int i = 0; i < accepted.size(); i++) {
            for (String member : accepted.get(i).members()) {
                groupIndex.put(member, i);
            }
        }
        List<ReportOpinion> items = new ArrayList<>();
        Set<String> fieldOrder = new java.util.LinkedHashSet<>();
        opinions.fields().stream().sorted(Comparator.comparingInt(OpinionField::sortOrder))
                .forEach(f -> fieldOrder.add(f.name()));
        for (ImportedOpinion o : provinceOpinions(set)) {
            Integer group = groupIndex.get(ProvinceGroup.memberKey(o.communeCode(), o.roundKey(), o.code()));
            items.add(new ReportOpinion(o.code(), communeNames.getOrDefault(o.communeCode(), o.communeCode()),
                    o.hamletName(), o.content(), kindLabel(o.kind()), o.fieldName(), authority(o.authority()),
                    o.authorityBody(), o.approved(), o.answeredAtMeeting(), null, o.answerText(), o.speakerName(),
                    group == null ? null : "p" + group, group == null ? null : accepted.get(group).wording()));
        }
        int held = 0;
        int planned = 0;
        int invited = 0;
        int present = 0;
        List<String> hamlets = new ArrayList<>();
        Map<String, int[]> deputies = new LinkedHashMap<>();
        for (ProvinceRoundSet.CommuneRound round : set.rounds()) {
            List<ReportDao.ImportedMeetingRow> rows = jdbi.withExtension(ReportDao.class,
                    dao -> dao.importedMeetings(round.communeCode(), round.roundKey()));
            planned += rows.size();
            for (ReportDao.ImportedMeetingRow row : rows) {
                if (MeetingStatus.HELD.name().equals(row.status())) {
                    held++;
                    hamlets.add(round.communeName() + ": " + row.hamletNames());
                    invited += row.votersInvited() == null ? 0 : row.votersInvited();
                    present += row.votersPresent() == null ? 0 : row.votersPresent();
                }
            }
            Map<String, Set<String>> assignedByLevel = new HashMap<>();
            Map<String, Set<String>> presentByLevel = new HashMap<>();
            for (ReportDao.AttendanceRow a : jdbi.withExtension(ReportDao.class,
                    dao -> dao.importedAttendance(round.communeCode(), round.roundKey()))) {
                String level = levelLabel(a.level());
                assignedByLevel.computeIfAbsent(level, k -> new HashSet<>()).add(a.deputyName());
                if (a.present()) {
                    presentByLevel.computeIfAbsent(level, k -> new HashSet<>()).add(a.deputyName());
                }
            }
            assignedByLevel.forEach((level, names) -> {
                int[] counts = deputies.computeIfAbsent(level, k -> new int[2]);
                counts[0] += names.size();
                counts[1] += presentByLevel.getOrDefault(level, Set.of()).size();
            });
        }
        List<RoundFacts.DeputyCount> deputyCounts = new ArrayList<>();
        deputies.forEach((level, c) -> deputyCounts.add(new RoundFacts.DeputyCount(level, c[0], c[1])));
        return new ReportInput(set.name(), set.sessionDate(), set.rounds().stream()
                .map(ProvinceRoundSet.CommuneRound::communeName).distinct().toList(),
                new RoundFacts(held, planned, hamlets, invited, present, deputyCounts), items, List.copyOf(fieldOrder));
    }

    /** The province's report of a set as an official document (no number of the register: typed by hand). */
    public OfficialDocument provinceDocument(ProvinceRoundSet set, List<ProvinceGroup> accepted, boolean withNames,
            LocalDate today) {
        CompiledReport report = ReportCompiler.compile(provinceInput(set, accepted), withNames);
        return ReportDocument.build(report, profile(), null, today);
    }

    private static Map<String, String> communeNames(ProvinceRoundSet set) {
        Map<String, String> names = new HashMap<>();
        set.rounds().forEach(r -> names.put(r.communeCode(), r.communeName()));
        return names;
    }

    private static String kindLabel(String kind) {
        try {
            return OpinionKind.valueOf(kind).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return kind;
        }
    }

    private static Authority authority(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Authority.valueOf(text);
        } catch (IllegalArgumentException e) {
            return Authority.parse(text).orElse(null);
        }
    }

    private static String levelLabel(String level) {
        try {
            return org.cutri.council.CouncilLevel.valueOf(level).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return level;
        }
    }

    /** Members of a stored group, for the screen. */
    public static List<String> codes(OpinionGroupEntry entry) {
        return entry.members().stream().map(GroupMember::code).toList();
    }
}
