package org.cutri.province;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.DateText;
import org.cutri.common.text.VietText;
import org.cutri.commune.CommuneProfile;
import org.cutri.commune.CommuneService;
import org.cutri.council.CouncilLevel;
import org.cutri.document.OfficialDocument;
import org.cutri.grouping.GroupCandidate;
import org.cutri.grouping.SimilarityGrouper;
import org.cutri.grouping.SuggestedGroup;
import org.cutri.meeting.MeetingStatus;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionField;
import org.cutri.opinion.OpinionKind;
import org.cutri.opinion.OpinionService;
import org.cutri.report.CompiledReport;
import org.cutri.report.PreparedReport;
import org.cutri.report.ProvinceCompilations;
import org.cutri.report.ReportCompiler;
import org.cutri.report.ReportDate;
import org.cutri.report.ReportDocument;
import org.cutri.report.ReportInput;
import org.cutri.report.ReportOpinion;
import org.cutri.report.ReportTiming;
import org.cutri.report.RoundFacts;
import org.jdbi.v3.core.Jdbi;

/**
 * The province's report (báo cáo tổng hợp of the communes): the communes' imported rounds gathered into sets
 * compiled together, and what the report of a set is made from, with the groups the communes sent and the
 * groups made at the province ("the same issue raised in several communes written once").
 */
public class ProvinceReportService implements ProvinceCompilations {

    /**
     * A group the program suggests across the set's communes, not stored until accepted.
     *
     * @param shared why it is suggested: words and names most members share ({@link SuggestedGroup#shared})
     */
    public record Suggestion(String wording, List<ProvinceGroupMember> opinions, List<String> shared) {
        public Suggestion {
            opinions = List.copyOf(opinions);
            shared = List.copyOf(shared);
        }

        public Suggestion(String wording, List<ProvinceGroupMember> opinions) {
            this(wording, opinions, List.of());
        }
    }

    private final Jdbi jdbi;
    private final ImportedPackageService imported;
    private final ProvinceGroupService groups;
    private final OpinionService opinions;
    private final CommuneService commune;
    private final SimilarityGrouper grouper = new SimilarityGrouper();

    public ProvinceReportService(Jdbi jdbi, ImportedPackageService imported, ProvinceGroupService groups,
            OpinionService opinions, CommuneService commune) {
        this.jdbi = jdbi;
        this.imported = imported;
        this.groups = groups;
        this.opinions = opinions;
        this.commune = commune;
    }

    /** Every set of rounds, newest first, each with the group work of the report screen. */
    @Override
    public List<Compilation> list() {
        return roundSets().stream().map(set -> new Compilation(set.label(), new ProvinceGroupWork(set, this, groups)))
                .toList();
    }

    /**
     * The imported rounds grouped into sets compiled together: same kind and same session date (or same name
     * when a round has no session date), newest first.
     */
    public List<ProvinceRoundSet> roundSets() {
        List<ProvinceDao.ImportedRoundRow> rows = jdbi.withExtension(ProvinceDao.class, ProvinceDao::importedRounds);
        Map<String, List<ProvinceDao.ImportedRoundRow>> sets = new LinkedHashMap<>();
        for (ProvinceDao.ImportedRoundRow row : rows) {
            String key = row.kind() + "|" + (row.sessionDate() != null ? row.sessionDate().toString()
                    : VietText.fold(row.name()));
            sets.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<ProvinceRoundSet> result = new ArrayList<>();
        for (List<ProvinceDao.ImportedRoundRow> set : sets.values()) {
            ProvinceDao.ImportedRoundRow first = set.get(0);
            String label = first.name() + (first.sessionDate() == null ? ""
                    : " — kỳ họp " + DateText.format(first.sessionDate())) + " (" + set.size() + " xã)";
            result.add(new ProvinceRoundSet(label, first.name(), first.sessionDate(), set.stream()
                    .map(r -> new ProvinceRoundSet.CommuneRound(r.communeCode(), r.communeName(), r.roundKey(), r.name()))
                    .toList()));
        }
        java.util.Collections.reverse(result);
        return result;
    }

    /** The imported opinions of a set, in commune and meeting order. */
    public List<ImportedOpinion> opinions(ProvinceRoundSet set) {
        List<ImportedOpinion> all = new ArrayList<>();
        for (ProvinceRoundSet.CommuneRound round : set.rounds()) {
            all.addAll(imported.opinions(round.communeCode(), round.roundKey()));
        }
        return all;
    }

    /** Suggests same-issue groups across the set's communes among approved opinions not in {@code taken}. */
    public List<Suggestion> suggest(ProvinceRoundSet set, Set<ProvinceGroupMember> taken) {
        return suggest(set, taken, TaskMonitor.NONE);
    }

    /**
     * As {@link #suggest(ProvinceRoundSet, Set)}, reporting progress and stopping (with
     * {@link java.util.concurrent.CancellationException}) once the monitor is cancelled: the grouping checks it
     * in its loops, as at a commune. Nothing is stored either way.
     */
    public List<Suggestion> suggest(ProvinceRoundSet set, Set<ProvinceGroupMember> taken, TaskMonitor monitor) {
        Map<String, String> communeNames = communeNames(set);
        List<ImportedOpinion> all = opinions(set).stream().filter(ImportedOpinion::approved)
                .filter(o -> !taken.contains(member(o))).toList();
        List<GroupCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            monitor.checkCancelled();
            ImportedOpinion o = all.get(i);
            candidates.add(new GroupCandidate(i, o.content(), o.fieldName(), o.hamletName(),
                    communeNames.getOrDefault(o.communeCode(), o.communeCode())));
        }
        List<Suggestion> result = new ArrayList<>();
        for (SuggestedGroup group : grouper.group(candidates, monitor)) {
            result.add(new Suggestion(group.label(), group.memberIds().stream().sorted().map(all::get)
                    .map(ProvinceReportService::member).toList(), group.shared()));
        }
        return result;
    }

    /** What the province's report of a set is made from, grouped as {@code grouping} says. */
    public ReportInput input(ProvinceRoundSet set, ProvinceGrouping grouping) {
        return input(set, grouping, TaskMonitor.NONE);
    }

    private ReportInput input(ProvinceRoundSet set, ProvinceGrouping grouping, TaskMonitor monitor) {
        if (set.rounds().isEmpty()) {
            throw new UserException("report.province.empty");
        }
        Map<String, String> communeNames = communeNames(set);
        List<ReportOpinion> items = new ArrayList<>();
        Set<String> fieldOrder = new LinkedHashSet<>();
        opinions.fields().stream().sorted(Comparator.comparingInt(OpinionField::sortOrder))
                .forEach(f -> fieldOrder.add(f.name()));
        for (ImportedOpinion o : opinions(set)) {
            monitor.checkCancelled();
            Optional<ProvinceGrouping.Entry> group = grouping.entryOf(member(o));
            items.add(new ReportOpinion(o.code(), communeNames.getOrDefault(o.communeCode(), o.communeCode()),
                    o.hamletName(), o.content(), kindLabel(o.kind()), o.fieldName(), authority(o.authority()),
                    o.authorityBody(), o.approved(), o.answeredAtMeeting(), null, o.answerText(), o.speakerName(),
                    group.map(ProvinceGrouping.Entry::key).orElse(null),
                    group.map(ProvinceGrouping.Entry::wording).orElse(null)));
        }
        return new ReportInput(set.name(), set.sessionDate(), set.rounds().stream()
                .map(ProvinceRoundSet.CommuneRound::communeName).distinct().toList(), facts(set), items,
                List.copyOf(fieldOrder));
    }

    /** The compiled report of a set with the groups as they are stored now. */
    public CompiledReport compile(ProvinceRoundSet set, boolean withNames) {
        return ReportCompiler.compile(input(set, groups.grouping()), withNames);
    }

    /** The province's report of a set as an official document (no number of the register: typed by hand). */
    public OfficialDocument document(ProvinceRoundSet set, boolean withNames, LocalDate today) {
        return prepare(set, withNames, today, TaskMonitor.NONE).document();
    }

    /** The report and its document from one reading; stops once the monitor is cancelled. */
    public PreparedReport prepare(ProvinceRoundSet set, boolean withNames, LocalDate today, TaskMonitor monitor) {
        return prepare(set, withNames, today, null, monitor);
    }

    /**
     * As {@link #prepare(ProvinceRoundSet, boolean, LocalDate, TaskMonitor)}, dated as the user chose (a draft, or
     * the rounds' hand-in day); null dates it {@code today}, not a draft.
     */
    public PreparedReport prepare(ProvinceRoundSet set, boolean withNames, LocalDate today, ReportDate dated,
            TaskMonitor monitor) {
        monitor.checkCancelled();
        ReportInput input = input(set, groups.grouping(), monitor);
        CompiledReport report = ReportCompiler.compile(input, withNames, monitor);
        OfficialDocument document = ReportDocument.build(report, profile(),
                null, dated != null ? dated : new ReportDate(today, false));
        monitor.checkCancelled();
        return new PreparedReport(report, document);
    }

    /** The office's profile; at a province, which keeps none, the header of the province its communes report to. */
    private CommuneProfile profile() {
        return commune.profile().orElseGet(() -> CommuneProfile.ofProvince(jdbi.withExtension(ProvinceDao.class,
                ProvinceDao::communesProvinces).stream().findFirst().orElse(null)));
    }

    /**
     * How far the set's rounds are, as the commune's report screen asks it: meetings not held in any commune, the
     * latest last day (a round's end or its last meeting) and the latest hand-in day of the communes' rounds.
     */
    public ReportTiming timing(ProvinceRoundSet set) {
        int planned = 0;
        int notHeld = 0;
        LocalDate last = null;
        LocalDate handIn = null;
        for (ProvinceRoundSet.CommuneRound round : set.rounds()) {
            List<ProvinceDao.ImportedMeetingRow> rows = jdbi.withExtension(ProvinceDao.class,
                    dao -> dao.importedMeetings(round.communeCode(), round.roundKey()));
            planned += rows.size();
            notHeld += (int) rows.stream().filter(r -> !MeetingStatus.HELD.name().equals(r.status())).count();
            for (ProvinceDao.RoundDays days : jdbi.withExtension(ProvinceDao.class,
                    dao -> dao.roundDays(round.communeCode(), round.roundKey()))) {
                last = later(later(last, days.endDate()), days.lastMeeting());
                handIn = later(handIn, days.handinDeadline() != null ? days.handinDeadline()
                        : days.compilationDate());
            }
        }
        return new ReportTiming(planned, notHeld, last, handIn);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b != null && b.isAfter(a) ? b : a;
    }

    private RoundFacts facts(ProvinceRoundSet set) {
        int held = 0;
        int planned = 0;
        int invited = 0;
        int present = 0;
        List<String> hamlets = new ArrayList<>();
        Map<String, int[]> deputies = new LinkedHashMap<>();
        for (ProvinceRoundSet.CommuneRound round : set.rounds()) {
            List<ProvinceDao.ImportedMeetingRow> rows = jdbi.withExtension(ProvinceDao.class,
                    dao -> dao.importedMeetings(round.communeCode(), round.roundKey()));
            planned += rows.size();
            List<String> heldHamlets = new ArrayList<>();
            for (ProvinceDao.ImportedMeetingRow row : rows) {
                if (MeetingStatus.HELD.name().equals(row.status())) {
                    held++;
                    // a meeting of several hamlets keeps them as "Thôn A, Thôn B" (ImportedPackageService)
                    heldHamlets.addAll(List.of(row.hamletNames().split(", ")));
                    invited += row.votersInvited() == null ? 0 : row.votersInvited();
                    present += row.votersPresent() == null ? 0 : row.votersPresent();
                }
            }
            if (!heldHamlets.isEmpty()) {
                hamlets.add(ReportCompiler.communePlaces(round.communeName(), heldHamlets));
            }
            Map<String, Set<String>> assignedByLevel = new HashMap<>();
            Map<String, Set<String>> presentByLevel = new HashMap<>();
            for (ProvinceDao.AttendanceRow a : jdbi.withExtension(ProvinceDao.class,
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
        return new RoundFacts(held, planned, hamlets, invited, present, deputyCounts);
    }

    /** An imported opinion as a province group names it. */
    public static ProvinceGroupMember member(ImportedOpinion o) {
        return ProvinceGroupMember.opinion(o.communeCode(), o.roundKey(), o.code());
    }

    static Map<String, String> communeNames(ProvinceRoundSet set) {
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
            return CouncilLevel.valueOf(level).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return level;
        }
    }
}
