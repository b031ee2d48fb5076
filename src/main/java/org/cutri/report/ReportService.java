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

import org.cutri.answer.FollowUpService;
import org.cutri.common.UserException;
import org.cutri.common.task.ProgressSteps;
import org.cutri.common.task.TaskMonitor;
import org.cutri.commune.CommuneProfile;
import org.cutri.commune.CommuneService;
import org.cutri.document.OfficialDocument;
import org.cutri.grouping.GroupMember;
import org.cutri.grouping.GroupService;
import org.cutri.grouping.GroupStatus;
import org.cutri.grouping.OpinionGroupEntry;
import org.cutri.meeting.Meeting;
import org.cutri.meeting.MeetingService;
import org.cutri.meeting.MeetingStatus;
import org.cutri.numbering.DocumentNumberService;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionField;
import org.cutri.opinion.OpinionService;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundService;
import org.jdbi.v3.core.Jdbi;

/**
 * Compiles a round's report (báo cáo tổng hợp ý kiến, kiến nghị cử tri): at a commune from its own round, its
 * meetings, opinions and accepted same-issue groups; at the province, what {@link ProvinceCompilations} gives
 * (the province builds it from the communes' packages). The report's number is taken when it is issued ("Ban hành",
 * decision 0045), once per round, and kept; before that it prints with the number left blank.
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
    private final ProvinceCompilations province;
    private final FollowUpService followUps;

    public ReportService(Jdbi jdbi, RoundService rounds, MeetingService meetings, OpinionService opinions,
            GroupService groups, CommuneService commune, DocumentNumberService numbers, ProvinceCompilations province) {
        this(jdbi, rounds, meetings, opinions, groups, commune, numbers, province, null);
    }

    /**
     * @param followUps the follow-up of answers: a round's report then lists the earlier rounds' unresolved items
     *     carried into it and counts its answers; null leaves both out
     */
    public ReportService(Jdbi jdbi, RoundService rounds, MeetingService meetings, OpinionService opinions,
            GroupService groups, CommuneService commune, DocumentNumberService numbers, ProvinceCompilations province,
            FollowUpService followUps) {
        this.followUps = followUps;
        this.jdbi = jdbi;
        this.rounds = rounds;
        this.meetings = meetings;
        this.opinions = opinions;
        this.groups = groups;
        this.commune = commune;
        this.numbers = numbers;
        this.province = province;
    }

    /** Codes of the round's opinions whose vote was not recorded: the report screen marks them. */
    public Set<String> notVoted(int roundId) {
        Set<String> codes = new HashSet<>();
        for (Meeting meeting : meetings.list(roundId)) {
            for (Opinion opinion : opinions.listByMeeting(meeting.id())) {
                if (!voted(opinion)) {
                    codes.add(opinion.code());
                }
            }
        }
        return codes;
    }

    /** True when the meeting's vote on the opinion was recorded (votes for, out of voters present). */
    private static boolean voted(Opinion opinion) {
        return opinion.votesFor() != null && opinion.votersPresent() != null && opinion.votersPresent() > 0;
    }

    /** The compiled report of a commune's round. */
    public CompiledReport compile(int roundId, boolean withNames) {
        return compile(roundId, withNames, TaskMonitor.NONE);
    }

    /**
     * As {@link #compile(int, boolean)}, reporting progress (reading the meetings, then compiling) and stopping
     * with {@link java.util.concurrent.CancellationException} once the monitor is cancelled.
     */
    public CompiledReport compile(int roundId, boolean withNames, TaskMonitor monitor) {
        return compile(roundId, withNames, LocalDate.now(), monitor);
    }

    /** As {@link #compile(int, boolean, TaskMonitor)}, the answers overdue counted on {@code today}. */
    private CompiledReport compile(int roundId, boolean withNames, LocalDate today, TaskMonitor monitor) {
        ReportInput input = input(roundId, monitor.part(0, 0.8));
        CompiledReport report = ReportCompiler.compile(input, withNames, monitor);
        if (followUps == null) {
            return report;
        }
        monitor.checkCancelled();
        return report.withFollowUp(followUps.carriedInto(roundId), followUps.counts(roundId, today));
    }

    /** What the report of a commune's round is made from. */
    public ReportInput input(int roundId) {
        return input(roundId, TaskMonitor.NONE);
    }

    /** As {@link #input(int)}, checking the monitor before each meeting's opinions are read. */
    public ReportInput input(int roundId, TaskMonitor monitor) {
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
        int invitedRecorded = 0;
        int presentRecorded = 0;
        Map<String, int[]> times = new LinkedHashMap<>();
        Map<String, Set<Integer>> assigned = new LinkedHashMap<>();
        Map<String, Set<Integer>> came = new LinkedHashMap<>();
        ProgressSteps steps = new ProgressSteps(monitor, roundMeetings.size());
        for (Meeting meeting : roundMeetings) {
            steps.step();
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
                if (meeting.row().votersInvited() != null) {
                    invited += meeting.row().votersInvited();
                    invitedRecorded++;
                }
                if (meeting.row().votersPresent() != null) {
                    present += meeting.row().votersPresent();
                    presentRecorded++;
                }
                for (Meeting.DeputyRef deputy : meeting.deputies()) {
                    int[] attendances = times.computeIfAbsent(deputy.level().label(), k -> new int[2]);
                    attendances[0]++;
                    attendances[1] += deputy.present() ? 1 : 0;
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
                        group == null ? null : group.group().wording(), voted(opinion)));
            }
        }
        List<RoundFacts.DeputyCount> deputies = new ArrayList<>();
        assigned.forEach((level, ids) -> deputies.add(new RoundFacts.DeputyCount(level, ids.size(),
                came.getOrDefault(level, Set.of()).size(), times.get(level)[0], times.get(level)[1])));
        RoundFacts facts = new RoundFacts(held, roundMeetings.size(), hamlets, invited, present, deputies,
                invitedRecorded, presentRecorded);
        return new ReportInput(round.name(), round.sessionDate(), List.of(), facts, items,
                fieldList.stream().map(OpinionField::name).toList());
    }

    /**
     * The report of a commune's round as an official document: once issued ({@link #issue}) with its number, before
     * that with the number left blank ("Số:      /BC-MTTQ-BTT"). Printing never takes a number (decision 0045).
     */
    public OfficialDocument document(int roundId, boolean withNames, LocalDate today) {
        return prepare(roundId, withNames, today, TaskMonitor.NONE).document();
    }

    /**
     * The compiled report and its document from one reading of the round, stopping (with
     * {@link java.util.concurrent.CancellationException}) once the monitor is cancelled. It takes no number: an issued
     * report carries its own, one not issued yet has it left blank.
     */
    public PreparedReport prepare(int roundId, boolean withNames, LocalDate today, TaskMonitor monitor) {
        return prepare(roundId, withNames, today, null, monitor);
    }

    /**
     * As {@link #prepare(int, boolean, LocalDate, TaskMonitor)}, dated as the secretary chose (a draft, or the
     * round's hand-in day); null keeps the date the report was issued on, or {@code today} for one not issued yet,
     * then marked DỰ THẢO if the round is not over ({@link ReportTiming#early}): the command line and the package ask
     * nobody, and a report dated before its last meeting must not look final.
     */
    public PreparedReport prepare(int roundId, boolean withNames, LocalDate today, ReportDate dated,
            TaskMonitor monitor) {
        CompiledReport report = compile(roundId, withNames, today, monitor);
        monitor.checkCancelled();
        java.util.Optional<ReportIssue> issue = issued(roundId);
        OfficialDocument document = ReportDocument.build(report, profile(),
                issue.map(ReportIssue::number).orElse(null),
                dated != null ? dated : new ReportDate(issue.map(ReportIssue::issuedOn).orElse(today),
                        issue.isEmpty() && timing(roundId).early(today)));
        monitor.checkCancelled();
        return new PreparedReport(report, document);
    }

    /**
     * Issues the round's report (ban hành): its number, taken now from the register in the same transaction if it has
     * none, dated {@code today}; a report issued before keeps its number and date. Synchronized: two issues at once
     * must not both take a number.
     */
    public synchronized ReportIssue issue(int roundId, LocalDate today) {
        return issue(roundId, today, false);
    }

    /**
     * Issues the round's read-back report (kết quả giải quyết, trả lời ý kiến cử tri): as {@link #issue}, a number of
     * its own, apart from the compiled report's.
     */
    public synchronized ReportIssue answerIssue(int roundId, LocalDate today) {
        return issue(roundId, today, true);
    }

    private ReportIssue issue(int roundId, LocalDate today, boolean answers) {
        rounds.find(roundId).orElseThrow(() -> new UserException("report.round.unknown", roundId));
        return jdbi.inTransaction(handle -> {
            ReportDao dao = handle.attach(ReportDao.class);
            var existing = answers ? dao.answerIssue(roundId) : dao.issue(roundId);
            if (existing.isPresent()) {
                return existing.get();
            }
            ContactRound round = rounds.get(roundId);
            int number = numbers.next(TYPE_CODE, (answers ? "Báo cáo kết quả trả lời cử tri " : "Báo cáo tổng hợp ")
                    + round.name(), today, (answers ? "round-answers:" : "round-report:") + roundId);
            if (answers) {
                dao.recordAnswerIssue(roundId, today.getYear(), number, today);
            } else {
                dao.recordIssue(roundId, today.getYear(), number, today);
            }
            return new ReportIssue(roundId, today.getYear(), number, today);
        });
    }

    /**
     * Told by the register when a number is cancelled: a round's report that carried it has no number any more, so
     * its next issue takes a new one (the cancelled number is never given again).
     */
    public void numberCancelled(org.cutri.numbering.RegisteredDocument cancelled) {
        String source = cancelled.source() == null ? "" : cancelled.source();
        boolean answers = source.startsWith("round-answers:");
        if (!answers && !source.startsWith("round-report:")) {
            return;
        }
        int roundId = Integer.parseInt(source.substring(source.indexOf(':') + 1));
        jdbi.useExtension(ReportDao.class, dao -> {
            if (answers) {
                dao.forgetAnswerIssue(roundId, cancelled.year(), cancelled.number());
            } else {
                dao.forgetIssue(roundId, cancelled.year(), cancelled.number());
            }
        });
    }

    /** How far the round is: meetings not held, its last day and the day its report is due. */
    public ReportTiming timing(int roundId) {
        ContactRound round = rounds.find(roundId).orElseThrow(() -> new UserException("report.round.unknown", roundId));
        List<Meeting> roundMeetings = meetings.list(roundId);
        LocalDate last = round.endDate();
        int notHeld = 0;
        for (Meeting meeting : roundMeetings) {
            LocalDate day = meeting.row().meetingDate();
            if (day != null && (last == null || day.isAfter(last))) {
                last = day;
            }
            if (meeting.row().status() != MeetingStatus.HELD) {
                notHeld++;
            }
        }
        return new ReportTiming(roundMeetings.size(), notHeld, last,
                round.handinDeadline() != null ? round.handinDeadline() : round.compilationDate());
    }

    /** The number given before, if any. */
    public java.util.Optional<ReportIssue> issued(int roundId) {
        return jdbi.withExtension(ReportDao.class, dao -> dao.issue(roundId));
    }

    /** The read-back report's number given before, if any. */
    public java.util.Optional<ReportIssue> answersIssued(int roundId) {
        return jdbi.withExtension(ReportDao.class, dao -> dao.answerIssue(roundId));
    }

    /**
     * The number a report issued on {@code day} would take now, as printed ("05/BC-MTTQ-BTT"): for the confirmation
     * before "Ban hành" (another issue in between may take it first).
     */
    public String upcomingNumber(LocalDate day) {
        return org.cutri.numbering.DocumentNumberService.format(numbers.register().nextNumber(day.getYear()), TYPE_CODE,
                ReportDocument.symbol(profile()));
    }

    /** A report's number as printed ("05/BC-MTTQ-BTT"). */
    public String numberText(ReportIssue issue) {
        return org.cutri.numbering.DocumentNumberService.format(issue.number(), TYPE_CODE,
                ReportDocument.symbol(profile()));
    }

    public CommuneProfile profile() {
        return commune.profile().orElse(CommuneProfile.usual());
    }

    /** The sets of the communes' rounds a province office compiles, each with its group work. */
    public List<ProvinceCompilations.Compilation> provinceCompilations() {
        return province.list();
    }

    /** Members of a stored group, for the screen. */
    public static List<String> codes(OpinionGroupEntry entry) {
        return entry.members().stream().map(GroupMember::code).toList();
    }
}
