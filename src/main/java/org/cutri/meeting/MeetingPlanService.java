package org.cutri.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cutri.assignment.Assignment;
import org.cutri.assignment.AssignmentService;
import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.cutri.council.CouncilLevel;
import org.cutri.council.CouncilService;
import org.cutri.council.CouncilSession;
import org.cutri.council.CouncilTerm;
import org.cutri.deputy.Deputy;
import org.cutri.deputy.DeputyService;
import org.cutri.hamlet.Hamlet;
import org.cutri.hamlet.HamletService;
import org.cutri.round.ContactRound;
import org.cutri.round.RoundService;
import org.jdbi.v3.core.Jdbi;

/**
 * Plans the meetings of a round: one meeting per hamlet not yet covered, spread over the round's days
 * in the usual slots (morning, afternoon, evening: hamlet meetings are often held at night), at the
 * hamlet's cultural house, chaired by the head of its Front work group, with the deputies assigned to
 * the hamlet, never putting a deputy in two places at once when the days allow it.
 */
public class MeetingPlanService {

    /** The slots of a day: start and end. */
    static final List<LocalTime[]> SLOTS = List.of(
            new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(10, 30)},
            new LocalTime[] {LocalTime.of(14, 0), LocalTime.of(16, 30)},
            new LocalTime[] {LocalTime.of(19, 30), LocalTime.of(21, 30)});

    private final Jdbi jdbi;
    private final MeetingService meetings;
    private final RoundService rounds;
    private final HamletService hamlets;
    private final DeputyService deputies;
    private final AssignmentService assignments;
    private final CouncilService councils;

    public MeetingPlanService(Jdbi jdbi, MeetingService meetings, RoundService rounds, HamletService hamlets,
            DeputyService deputies, AssignmentService assignments, CouncilService councils) {
        this.jdbi = jdbi;
        this.meetings = meetings;
        this.rounds = rounds;
        this.hamlets = hamlets;
        this.deputies = deputies;
        this.assignments = assignments;
        this.councils = councils;
    }

    /** The deputies proposed for a meeting of these hamlets in this round: those assigned to any of them. */
    public List<Deputy> proposedDeputies(int roundId, List<Integer> hamletIds) {
        ContactRound round = rounds.get(roundId);
        Set<Integer> chosen = new HashSet<>(hamletIds);
        Proposal proposal = proposal(round);
        return proposal.deputies().stream()
                .filter(d -> proposal.links().stream().anyMatch(a -> a.deputyId() == d.id() && chosen.contains(a.hamletId())))
                .toList();
    }

    /** For each hamlet, the ids of the deputies proposed for its meeting in this round. */
    public Map<Integer, Set<Integer>> proposedByHamlet(int roundId) {
        Proposal proposal = proposal(rounds.get(roundId));
        return proposal.links().stream().filter(a -> proposal.offers(a.deputyId()))
                .collect(Collectors.groupingBy(Assignment::hamletId,
                        Collectors.mapping(Assignment::deputyId, Collectors.toSet())));
    }

    /** The deputies of the round's term who may be chosen for its meetings (all levels), in matrix order. */
    public List<Deputy> deputiesOfRound(int roundId) {
        ContactRound round = rounds.get(roundId);
        Optional<Integer> term = termOf(round);
        if (term.isEmpty()) {
            return List.of();
        }
        List<Deputy> all = new ArrayList<>(deputies.list(term.get()));
        all.sort(AssignmentService.COLUMN_ORDER);
        return all;
    }

    /** The level whose deputies the round's meetings are for: the session's body; null (all) without a session. */
    public Optional<CouncilLevel> levelOf(ContactRound round) {
        return session(round).map(CouncilSession::level);
    }

    /**
     * Creates one meeting per hamlet that has none in the round yet, all in one transaction (nothing is
     * stored if one fails). Returns the meetings created, by date and time.
     */
    public List<Meeting> createForEveryHamlet(int roundId) {
        return jdbi.inTransaction(handle -> {
            ContactRound round = rounds.get(roundId);
            List<Meeting> existing = meetings.list(roundId);
            Set<Integer> covered = new HashSet<>();
            existing.stream().filter(m -> m.row().status() != MeetingStatus.POSTPONED)
                    .forEach(m -> m.hamlets().forEach(h -> covered.add(h.id())));
            List<Hamlet> todo = hamlets.list().stream().filter(h -> !covered.contains(h.id()))
                    .sorted(Comparator.comparing((Hamlet h) -> h.constituencyNumber(),
                            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Hamlet::name, VietText.ORDER))
                    .toList();
            if (todo.isEmpty()) {
                throw new UserException("meeting.plan.nothingToDo");
            }
            Proposal proposal = proposal(round);
            List<Booking> booked = new ArrayList<>();
            existing.stream().filter(m -> m.row().status() != MeetingStatus.POSTPONED)
                    .forEach(m -> booked.add(new Booking(m.row().meetingDate(), m.row().startTime(), m.row().endTime(),
                            m.deputies().stream().map(Meeting.DeputyRef::id).collect(Collectors.toSet()))));
            List<Slot> slots = new ArrayList<>();
            for (LocalDate day = round.startDate(); !day.isAfter(round.endDate()); day = day.plusDays(1)) {
                for (LocalTime[] times : SLOTS) {
                    slots.add(new Slot(day, times[0], times[1]));
                }
            }
            int perSlot = Math.max(1, (todo.size() + slots.size() - 1) / slots.size());
            Map<Slot, Integer> load = slots.stream().collect(Collectors.toMap(Function.identity(), s -> (int) booked
                    .stream().filter(b -> MeetingConflicts.overlap(b.day(), b.start(), b.end(), s.day(), s.start(),
                            s.end())).count()));
            List<Meeting> created = new ArrayList<>();
            long days = round.endDate().toEpochDay() - round.startDate().toEpochDay() + 1;
            for (int k = 0; k < todo.size(); k++) {
                Hamlet hamlet = todo.get(k);
                Set<Integer> team = proposal.links().stream().filter(a -> a.hamletId() == hamlet.id())
                        .map(Assignment::deputyId).filter(proposal::offers).collect(Collectors.toCollection(HashSet::new));
                // spread over the round's days: the k-th of n hamlets first tries day k·days/n, then the days after it
                LocalDate from = round.startDate().plusDays(k * days / todo.size());
                Slot slot = choose(fromDay(slots, from), load, booked, team, perSlot);
                load.merge(slot, 1, Integer::sum);
                booked.add(new Booking(slot.day(), slot.start(), slot.end(), team));
                List<Integer> deputyIds = proposal.deputies().stream().map(Deputy::id).filter(team::contains).toList();
                created.add(meetings.create(new MeetingDraft(roundId, slot.day(), slot.start(), slot.end(),
                        venueOf(hamlet), MeetingForm.IN_PERSON, hamlet.frontHeadName(), null,
                        MeetingStatus.PLANNED, List.of(hamlet.id()), deputyIds)));
            }
            created.sort(Comparator.comparing((Meeting m) -> m.row().meetingDate())
                    .thenComparing(m -> m.row().startTime()).thenComparingInt(Meeting::id));
            return created;
        });
    }

    /** "Nhà văn hóa xóm Bến": the hamlet's cultural house, the kind word in lower case as in running text. */
    public static String venueOf(Hamlet hamlet) {
        String name = hamlet.name();
        return "Nhà văn hóa " + (name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1));
    }

    /** The slots from the first of {@code day}, then those before it: where a hamlet's meeting is looked for first. */
    private static List<Slot> fromDay(List<Slot> slots, LocalDate day) {
        int first = 0;
        while (first < slots.size() && slots.get(first).day().isBefore(day)) {
            first++;
        }
        List<Slot> ordered = new ArrayList<>(slots.subList(first, slots.size()));
        ordered.addAll(slots.subList(0, first));
        return ordered;
    }

    /** The first slot with room and no clash; else the first without a clash; else the least used. */
    private static Slot choose(List<Slot> slots, Map<Slot, Integer> load, List<Booking> booked, Set<Integer> team,
            int perSlot) {
        Optional<Slot> free = slots.stream().filter(s -> load.get(s) < perSlot && !clash(s, booked, team)).findFirst();
        if (free.isPresent()) {
            return free.get();
        }
        return slots.stream().filter(s -> !clash(s, booked, team)).min(Comparator.comparing(load::get))
                .orElseGet(() -> slots.stream().min(Comparator.comparing(load::get)).orElseThrow());
    }

    private static boolean clash(Slot slot, List<Booking> booked, Set<Integer> team) {
        return booked.stream().anyMatch(b -> MeetingConflicts.overlap(b.day(), b.start(), b.end(), slot.day(),
                slot.start(), slot.end()) && b.deputies().stream().anyMatch(team::contains));
    }

    private Proposal proposal(ContactRound round) {
        Optional<Integer> term = termOf(round);
        if (term.isEmpty()) {
            return new Proposal(List.of(), Set.of());
        }
        Optional<CouncilLevel> level = levelOf(round);
        List<Deputy> offered = new ArrayList<>(deputies.list(term.get()).stream()
                .filter(d -> level.isEmpty() || d.level() == level.get()).toList());
        offered.sort(AssignmentService.COLUMN_ORDER);
        return new Proposal(offered, assignments.assigned(term.get()));
    }

    private Optional<CouncilSession> session(ContactRound round) {
        return round.sessionId() == null ? Optional.empty() : councils.findSession(round.sessionId());
    }

    private Optional<Integer> termOf(ContactRound round) {
        return session(round).map(CouncilSession::termId).or(() -> councils.currentTerm().map(CouncilTerm::id));
    }

    private record Slot(LocalDate day, LocalTime start, LocalTime end) {
    }

    private record Booking(LocalDate day, LocalTime start, LocalTime end, Set<Integer> deputies) {
    }

    private record Proposal(List<Deputy> deputies, Set<Assignment> links) {
        boolean offers(int deputyId) {
            return deputies.stream().anyMatch(d -> d.id() == deputyId);
        }
    }
}
