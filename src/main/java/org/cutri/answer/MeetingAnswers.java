package org.cutri.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cutri.common.text.VietText;
import org.cutri.grouping.GroupCandidate;
import org.cutri.grouping.SimilarityGrouper;
import org.cutri.grouping.SuggestedGroup;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The follow-up as a meeting of a later round sees it: the answers to earlier opinions of its hamlets that are read
 * back there (đọc lại trả lời) with the voters' reaction recorded at it, the opinions of the meeting that raise an
 * earlier issue again (nêu lại), and the earlier issues an opinion being typed may raise again.
 *
 * <p>What is read back at a meeting of round R: every issue of a round before R raised by one of the meeting's hamlets,
 * except an issue settled (answered or redirected, not found unsatisfactory) whose answer was read back already at a
 * meeting of a round before R, and an unsettled issue that an opinion of a round before R raised again (that opinion
 * carries it on).
 */
public final class MeetingAnswers {

    /** The most earlier issues offered for one opinion. */
    static final int OFFERS = 3;
    /** Fewer words than this say too little to look for the same issue. */
    private static final int LEAST_WORDS = 4;

    private final Jdbi jdbi;
    private final FollowUpService followUps;
    private final SimilarityGrouper grouper;

    public MeetingAnswers(Jdbi jdbi, FollowUpService followUps) {
        this.jdbi = jdbi;
        this.followUps = followUps;
        this.grouper = new SimilarityGrouper();
    }

    /** An issue whose answer is read back at a meeting, and the voters' reaction recorded there (null: none yet). */
    public record ReadBackItem(FollowUpIssue issue, Assessment reaction, String note) {
    }

    /**
     * An earlier issue an opinion may raise again.
     *
     * @param opinionId the earlier opinion a link goes to (the issue's first)
     */
    public record EarlierIssue(FollowUpIssue issue, int opinionId) {

        public String code() {
            return issue.code();
        }
    }

    /** The issues of earlier rounds read back at this meeting, the oldest round first, with the reactions there. */
    public List<ReadBackItem> readBackAt(int meetingId) {
        Place place = jdbi.withHandle(handle -> place(handle, meetingId));
        if (place == null) {
            return List.of();
        }
        Map<Integer, ReadBackItem> here = new HashMap<>();
        Set<Integer> readBefore = new HashSet<>();
        Set<Integer> continuedBefore = new HashSet<>();
        jdbi.useHandle(handle -> {
            handle.createQuery("SELECT opinion_id, reaction, note FROM readback_reaction WHERE meeting_id = :m")
                    .bind("m", meetingId)
                    .map((rs, ctx) -> here.put(rs.getInt(1), new ReadBackItem(null,
                            Assessment.valueOf(rs.getString(2)), rs.getString(3))))
                    .list();
            readBefore.addAll(handle.createQuery("SELECT rr.opinion_id FROM readback_reaction rr"
                    + " JOIN meeting m ON m.id = rr.meeting_id WHERE m.round_id IN (<rounds>)")
                    .bindList("rounds", withNone(place.earlierRounds())).mapTo(Integer.class).list());
            continuedBefore.addAll(handle.createQuery("SELECT ra.earlier_opinion_id FROM opinion_raised_again ra"
                    + " JOIN opinion o ON o.id = ra.opinion_id JOIN meeting m ON m.id = o.meeting_id"
                    + " WHERE m.round_id IN (<rounds>)")
                    .bindList("rounds", withNone(place.earlierRounds())).mapTo(Integer.class).list());
        });
        List<ReadBackItem> items = new ArrayList<>();
        for (FollowUpIssue issue : earlierIssues(place)) {
            if (issue.hamlets().stream().noneMatch(place.hamlets()::contains)) {
                continue;
            }
            boolean settled = issue.resolved();
            if (settled && issue.opinionIds().stream().anyMatch(readBefore::contains)
                    || !settled && issue.opinionIds().stream().anyMatch(continuedBefore::contains)) {
                continue;
            }
            ReadBackItem reaction = here.get(issue.leadId());
            items.add(new ReadBackItem(issue, reaction == null ? null : reaction.reaction(),
                    reaction == null ? null : reaction.note()));
        }
        return items;
    }

    /** Records (or clears, with null) the voters' reaction to an answer read back at the meeting. */
    public void react(int meetingId, FollowUpIssue issue, Assessment reaction, String note) {
        followUps.react(meetingId, issue, reaction, note);
    }

    /** The opinions of this meeting linked to an earlier one they raise again, by opinion id. */
    public Map<Integer, RaisedAgain> raisedAgainAt(int meetingId) {
        List<Integer> linked = jdbi.withHandle(handle -> handle.createQuery("SELECT ra.opinion_id"
                + " FROM opinion_raised_again ra JOIN opinion o ON o.id = ra.opinion_id WHERE o.meeting_id = :m"
                + " ORDER BY o.seq").bind("m", meetingId).mapTo(Integer.class).list());
        Map<Integer, RaisedAgain> found = new LinkedHashMap<>();
        for (int id : linked) {
            followUps.raisedAgainOf(id).ifPresent(r -> found.put(id, r));
        }
        return found;
    }

    /** Links the opinion to the earlier one it raises again and returns the link as the screen shows it. */
    public RaisedAgain linkRaisedAgain(int opinionId, int earlierOpinionId) {
        followUps.linkRaisedAgain(opinionId, earlierOpinionId);
        return followUps.raisedAgainOf(opinionId).orElseThrow();
    }

    /** Undoes the opinion's "raised again" link. */
    public void unlinkRaisedAgain(int opinionId) {
        followUps.unlinkRaisedAgain(opinionId);
    }

    /**
     * The issues of rounds before the opinion's own that the same-issue grouping puts with this text (at most
     * {@value #OFFERS}): the unsettled first, then those of the opinion's hamlet, then the newest. Empty for a text of
     * a few words.
     */
    public List<EarlierIssue> earlierLike(int opinionId, String text) {
        String clean = VietText.cleanOrNull(text);
        if (clean == null || clean.split("\\s+").length < LEAST_WORDS) {
            return List.of();
        }
        Optional<Typed> typed = jdbi.withHandle(handle -> handle.createQuery("SELECT o.meeting_id, h.name, f.name"
                + " FROM opinion o LEFT JOIN hamlet h ON h.id = o.hamlet_id LEFT JOIN opinion_field f ON f.id = o.field_id"
                + " WHERE o.id = :id").bind("id", opinionId)
                .map((rs, ctx) -> new Typed(rs.getInt(1), rs.getString(2), rs.getString(3))).findOne());
        if (typed.isEmpty()) {
            return List.of();
        }
        Place place = jdbi.withHandle(handle -> place(handle, typed.get().meetingId()));
        List<FollowUpIssue> earlier = earlierIssues(place);
        if (earlier.isEmpty()) {
            return List.of();
        }
        String hamlet = typed.get().hamlet() != null ? typed.get().hamlet()
                : place.hamlets().stream().findFirst().orElse(null);
        Map<Integer, FollowUpIssue> byLead = new HashMap<>();
        List<GroupCandidate> candidates = new ArrayList<>();
        for (FollowUpIssue issue : earlier) {
            if (issue.opinionIds().contains(opinionId)) {
                continue;
            }
            byLead.put(issue.leadId(), issue);
            candidates.add(new GroupCandidate(issue.leadId(), issue.content(), issue.fieldName(),
                    issue.hamlets().isEmpty() ? null : issue.hamlets().get(0), null));
        }
        candidates.add(new GroupCandidate(opinionId, clean, typed.get().field(), hamlet, null));
        List<FollowUpIssue> same = new ArrayList<>();
        for (SuggestedGroup group : grouper.group(candidates)) {
            if (group.memberIds().contains(opinionId)) {
                group.memberIds().stream().filter(byLead::containsKey).map(byLead::get).forEach(same::add);
            }
        }
        return same.stream()
                .sorted(Comparator.comparing(FollowUpIssue::resolved)
                        .thenComparing(issue -> !issue.hamlets().contains(hamlet))
                        .thenComparing(FollowUpIssue::raisedOn, Comparator.reverseOrder()))
                .limit(OFFERS)
                .map(issue -> new EarlierIssue(issue, issue.leadId()))
                .toList();
    }

    /** Every issue of the rounds before the meeting's, the oldest round first. */
    private List<FollowUpIssue> earlierIssues(Place place) {
        List<FollowUpIssue> issues = new ArrayList<>();
        for (int round : place.earlierRounds()) {
            issues.addAll(followUps.issues(round));
        }
        return issues;
    }

    /** A meeting's round, the rounds before it (the oldest first) and its hamlets' names; null when it is gone. */
    private static Place place(Handle handle, int meetingId) {
        Optional<Integer> round = handle.createQuery("SELECT round_id FROM meeting WHERE id = :m").bind("m", meetingId)
                .mapTo(Integer.class).findOne();
        if (round.isEmpty()) {
            return null;
        }
        List<Integer> earlier = handle.createQuery("SELECT r.id FROM contact_round r, contact_round t WHERE t.id = :round"
                + " AND (r.start_date < t.start_date OR (r.start_date = t.start_date AND r.id < t.id))"
                + " ORDER BY r.start_date, r.id").bind("round", round.get()).mapTo(Integer.class).list();
        Set<String> hamlets = new HashSet<>(handle.createQuery("SELECT h.name FROM meeting_hamlet mh"
                + " JOIN hamlet h ON h.id = mh.hamlet_id WHERE mh.meeting_id = :m").bind("m", meetingId)
                .mapTo(String.class).list());
        return new Place(round.get(), earlier, hamlets);
    }

    /** A list to bind in {@code IN (<…>)}: never empty (no id is -1). */
    private static List<Integer> withNone(List<Integer> ids) {
        return ids.isEmpty() ? List.of(-1) : ids;
    }

    private record Place(int roundId, List<Integer> earlierRounds, Set<String> hamlets) {
    }

    private record Typed(int meetingId, String hamlet, String field) {
    }
}
