package org.cutri.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The follow-up of the voters' opinions after a round (theo dõi trả lời): forwarding to an agency with a due date,
 * the answer, the Front's assessment, the voters' reaction when it is read back, and what carries over to the next
 * round. It works on issues ({@link FollowUpIssue}): an accepted same-issue group is one issue, and every change is
 * written on all of its opinions in one transaction.
 *
 * <p>Status moves: mới → đã chuyển → đang giải quyết → đã trả lời (then assessed); mới, đã chuyển, đang giải quyết or
 * tồn đọng → không thuộc thẩm quyền; an answer may also come without a forwarding. {@link #reopen} undoes an answer or
 * a redirection typed by mistake. Every change is refused when another user changed the issue since it was read.
 */
public final class FollowUpService {

    private final Jdbi jdbi;
    private final Clock clock;

    public FollowUpService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Runs several changes of this service as one: when one is refused (a {@link UserException}) or fails, none of
     * them is stored. An import of answers uses it to be all or nothing.
     */
    public <T> T allOrNothing(java.util.function.Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }

    /** Resolved: redirected, or answered and not found unsatisfactory (the Front's word first, else the voters'). */
    static boolean resolved(FollowUp followUp, Assessment reaction) {
        if (followUp.status() == OpinionStatus.NOT_COMPETENT) {
            return true;
        }
        if (followUp.status() != OpinionStatus.ANSWERED) {
            return false;
        }
        Assessment judged = followUp.assessment() != null ? followUp.assessment() : reaction;
        return judged != Assessment.UNSATISFACTORY;
    }

    /** The approved issues raised in this round, in the order of its meetings. */
    public List<FollowUpIssue> issues(int roundId) {
        return jdbi.withHandle(handle -> issues(handle, FollowUpStore.rowsOfRound(handle, roundId), false));
    }

    /**
     * The issues of earlier rounds still not resolved and not raised again since (tồn đọng): they carry over into
     * this round, each with the number of rounds that raised it.
     */
    public List<FollowUpIssue> carriedInto(int roundId) {
        return jdbi.withHandle(handle -> carried(handle, FollowUpStore.rowsBefore(handle, roundId)));
    }

    /** This round's issues, then those carried over into it from earlier rounds. */
    public List<FollowUpIssue> followUpList(int roundId) {
        return jdbi.withHandle(handle -> {
            List<FollowUpIssue> all = new ArrayList<>(issues(handle, FollowUpStore.rowsOfRound(handle, roundId), false));
            all.addAll(carried(handle, FollowUpStore.rowsBefore(handle, roundId)));
            return all;
        });
    }

    /** The issue an opinion belongs to (itself or its accepted group), if it is approved. */
    public Optional<FollowUpIssue> issueOf(int opinionId) {
        return jdbi.withHandle(handle -> issueOf(handle, opinionId));
    }

    /** Every issue, in all rounds, forwarded and past its due date on {@code day} without an answer. */
    public List<FollowUpIssue> overdue(LocalDate day) {
        return jdbi.withHandle(handle -> issues(handle, FollowUpStore.allRows(handle), false)).stream()
                .filter(issue -> issue.overdueOn(day)).toList();
    }

    /** The round's counts per authority (in the report's order, authorities with no issue left out), then all. */
    public List<FollowUpCounts> counts(int roundId, LocalDate day) {
        Map<Authority, FollowUpCounts> by = new EnumMap<>(Authority.class);
        for (FollowUpIssue issue : issues(roundId)) {
            Authority authority = issue.authority() == null ? Authority.OTHER : issue.authority();
            FollowUp f = issue.followUp();
            FollowUpCounts one = new FollowUpCounts(authority, 1, f.forwarded() ? 1 : 0, f.answeredOnTime() ? 1 : 0,
                    f.answeredLate() ? 1 : 0, f.overdueOn(day) ? 1 : 0, f.assessment() == Assessment.SATISFACTORY ? 1 : 0);
            by.merge(authority, one, (a, b) -> new FollowUpCounts(authority, a.received() + b.received(),
                    a.forwarded() + b.forwarded(), a.answeredOnTime() + b.answeredOnTime(),
                    a.answeredLate() + b.answeredLate(), a.overdue() + b.overdue(), a.satisfactory() + b.satisfactory()));
        }
        List<FollowUpCounts> rows = new ArrayList<>(by.values());
        rows.add(rows.stream().reduce(new FollowUpCounts(null, 0, 0, 0, 0, 0, 0), FollowUpCounts::plus));
        return rows;
    }

    /** Sends the issue to an agency: the due date comes from the rule set in force on the letter's date. */
    public FollowUpIssue forward(FollowUpIssue issue, Forwarding forwarding) {
        String agency = required(forwarding.agency(), "answer.forward.agencyMissing");
        LocalDate date = forwarding.date();
        if (date == null) {
            throw new UserException("answer.forward.dateMissing");
        }
        notAfterToday(date);
        if (date.isBefore(issue.lastRaisedOn())) {
            throw new UserException("answer.forward.beforeRaised", date, issue.lastRaisedOn());
        }
        return change(issue, (handle, f) -> {
            if (f.status() == OpinionStatus.ANSWERED || f.status() == OpinionStatus.NOT_COMPETENT) {
                throw new UserException("answer.forward.closed", f.status());
            }
            AnswerRuleSet set = AnswerRules.inForceOn(handle, date);
            LocalDate due = date.plusDays(set.daysFor(issue.authority(), agency));
            OpinionStatus status = f.status() == OpinionStatus.IN_PROGRESS ? OpinionStatus.IN_PROGRESS
                    : OpinionStatus.FORWARDED;
            return new FollowUp(f.opinionId(), status, agency, VietText.cleanOrNull(forwarding.letterNo()), date,
                    set.id(), due, f.answerAgency(), f.answerLetterNo(), f.answerDate(), f.answerText(), f.result(),
                    f.assessment(), f.assessmentNote(), f.redirectedTo(), f.source(), f.version());
        });
    }

    /** The agency is working on it (đang giải quyết). */
    public FollowUpIssue startWork(FollowUpIssue issue) {
        return change(issue, (handle, f) -> {
            if (!f.forwarded() || f.status() == OpinionStatus.ANSWERED || f.status() == OpinionStatus.NOT_COMPETENT) {
                throw new UserException("answer.start.notForwarded");
            }
            return withStatus(f, OpinionStatus.IN_PROGRESS);
        });
    }

    /** Records the agency's written answer; an earlier assessment is cleared (it judged another answer). */
    public FollowUpIssue answer(FollowUpIssue issue, Answer answer, AnswerSource source) {
        String text = letter(answer.text());
        if (text == null) {
            throw new UserException("answer.answer.textMissing");
        }
        String agency = required(answer.agency(), "answer.answer.agencyMissing");
        if (answer.date() == null) {
            throw new UserException("answer.answer.dateMissing");
        }
        notAfterToday(answer.date());
        if (answer.date().isBefore(issue.lastRaisedOn())) {
            throw new UserException("answer.answer.beforeRaised", answer.date(), issue.lastRaisedOn());
        }
        return change(issue, (handle, f) -> {
            if (f.status() == OpinionStatus.NOT_COMPETENT) {
                throw new UserException("answer.answer.redirected");
            }
            // A forwarding stored before a meeting's day was corrected later (or before the rule was kept).
            if (f.forwardDate() != null && f.forwardDate().isBefore(issue.lastRaisedOn())) {
                throw new UserException("answer.answer.forwardBeforeRaised", f.forwardDate(), issue.lastRaisedOn());
            }
            if (f.forwardDate() != null && answer.date().isBefore(f.forwardDate())) {
                throw new UserException("answer.answer.beforeForward", answer.date(), f.forwardDate());
            }
            return new FollowUp(f.opinionId(), OpinionStatus.ANSWERED, f.forwardAgency(), f.forwardLetterNo(),
                    f.forwardDate(), f.ruleSetId(), f.dueDate(), agency, VietText.cleanOrNull(answer.letterNo()),
                    answer.date(), text, answer.result(), null, null, null, source, f.version());
        });
    }

    /** The Front's assessment of the answer (thỏa đáng / chưa thỏa đáng, with a note such as "trả lời chưa đúng ý"). */
    public FollowUpIssue assess(FollowUpIssue issue, Assessment assessment, String note) {
        return change(issue, (handle, f) -> {
            if (f.status() != OpinionStatus.ANSWERED) {
                throw new UserException("answer.assess.notAnswered");
            }
            return new FollowUp(f.opinionId(), f.status(), f.forwardAgency(), f.forwardLetterNo(), f.forwardDate(),
                    f.ruleSetId(), f.dueDate(), f.answerAgency(), f.answerLetterNo(), f.answerDate(), f.answerText(),
                    f.result(), assessment, assessment == null ? null : VietText.cleanOrNull(note), f.redirectedTo(),
                    f.source(), f.version());
        });
    }

    /** Not within the competence of the authorities followed: redirected to {@code redirectedTo}. */
    public FollowUpIssue notCompetent(FollowUpIssue issue, String redirectedTo) {
        String where = required(redirectedTo, "answer.redirect.whereMissing");
        return change(issue, (handle, f) -> {
            if (f.status() == OpinionStatus.ANSWERED) {
                throw new UserException("answer.redirect.answered");
            }
            return new FollowUp(f.opinionId(), OpinionStatus.NOT_COMPETENT, f.forwardAgency(), f.forwardLetterNo(),
                    f.forwardDate(), f.ruleSetId(), f.dueDate(), null, null, null, null, null, null, null, where,
                    f.source(), f.version());
        });
    }

    /** Undoes an answer or a redirection: back to đã chuyển when it was forwarded, otherwise to mới. */
    public FollowUpIssue reopen(FollowUpIssue issue) {
        return change(issue, (handle, f) -> {
            if (f.status() != OpinionStatus.ANSWERED && f.status() != OpinionStatus.NOT_COMPETENT) {
                throw new UserException("answer.reopen.open");
            }
            return new FollowUp(f.opinionId(), f.forwarded() ? OpinionStatus.FORWARDED : OpinionStatus.NEW,
                    f.forwardAgency(), f.forwardLetterNo(), f.forwardDate(), f.ruleSetId(), f.dueDate(), null, null,
                    null, null, null, null, null, null, f.source(), f.version());
        });
    }

    /**
     * Records the voters' reaction when the issue's answer was read back at a meeting (null clears it). It is stored
     * on every opinion of the issue.
     */
    public void react(int meetingId, FollowUpIssue issue, Assessment reaction, String note) {
        jdbi.useTransaction(handle -> {
            for (int id : issue.opinionIds()) {
                handle.createUpdate("DELETE FROM readback_reaction WHERE meeting_id = :m AND opinion_id = :o")
                        .bind("m", meetingId).bind("o", id).execute();
                if (reaction != null) {
                    handle.createUpdate("INSERT INTO readback_reaction (meeting_id, opinion_id, reaction, note,"
                            + " recorded_at) VALUES (:m, :o, :r, :note, :now)").bind("m", meetingId).bind("o", id)
                            .bind("r", reaction.name()).bind("note", VietText.cleanOrNull(note))
                            .bind("now", LocalDateTime.now(clock)).execute();
                }
            }
        });
    }

    /** The voters' reactions recorded at a meeting, per opinion. */
    public Map<Integer, Assessment> reactionsAt(int meetingId) {
        Map<Integer, Assessment> found = new LinkedHashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT opinion_id, reaction FROM readback_reaction"
                + " WHERE meeting_id = :m").bind("m", meetingId)
                .map((rs, ctx) -> found.put(rs.getInt(1), Assessment.valueOf(rs.getString(2)))).list());
        return found;
    }

    /**
     * Links an opinion to the earlier one it raises again (nêu lại), so the issue is not a stranger: it counts one
     * more round, and the earlier one stops carrying over on its own.
     */
    public void linkRaisedAgain(int opinionId, int earlierOpinionId) {
        if (opinionId == earlierOpinionId) {
            throw new UserException("answer.link.self");
        }
        jdbi.useTransaction(handle -> {
            Map<Integer, LocalDate> days = FollowUpStore.meetingDays(handle, List.of(opinionId, earlierOpinionId));
            if (days.size() < 2) {
                throw new UserException("answer.link.gone");
            }
            if (!days.get(earlierOpinionId).isBefore(days.get(opinionId))) {
                throw new UserException("answer.link.notEarlier", days.get(earlierOpinionId), days.get(opinionId));
            }
            handle.createUpdate("DELETE FROM opinion_raised_again WHERE opinion_id = :id").bind("id", opinionId)
                    .execute();
            handle.createUpdate("INSERT INTO opinion_raised_again (opinion_id, earlier_opinion_id, linked_at)"
                    + " VALUES (:id, :earlier, :now)").bind("id", opinionId).bind("earlier", earlierOpinionId)
                    .bind("now", LocalDateTime.now(clock)).execute();
        });
    }

    /** Removes the "raised again" link of an opinion (nothing happens when it has none). */
    public void unlinkRaisedAgain(int opinionId) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM opinion_raised_again WHERE opinion_id = :id")
                .bind("id", opinionId).execute());
    }

    /** The earlier opinion this one raises again, with the count of rounds, if it was linked. */
    public Optional<RaisedAgain> raisedAgainOf(int opinionId) {
        return jdbi.withHandle(handle -> {
            Map<Integer, Integer> links = FollowUpStore.links(handle);
            Integer earlier = links.get(opinionId);
            if (earlier == null) {
                return Optional.<RaisedAgain>empty();
            }
            List<Integer> chain = chain(links, opinionId);
            Map<Integer, LocalDate> days = FollowUpStore.meetingDays(handle, chain);
            return FollowUpStore.rowsOf(handle, List.of(earlier)).stream().findFirst()
                    .map(row -> new RaisedAgain(earlier, row.code(), row.roundName(), row.meetingDate(), chain.size(),
                            days.get(chain.get(chain.size() - 1))))
                    .or(() -> Optional.empty());
        });
    }

    // ----------------------------------------------------------------------------------------------------------

    private interface Change {
        FollowUp apply(Handle handle, FollowUp current);
    }

    /** Applies a change to every opinion of the issue in one transaction, refused when another user changed it. */
    private FollowUpIssue change(FollowUpIssue issue, Change change) {
        return jdbi.inTransaction(handle -> {
            List<FollowUpStore.Row> rows = FollowUpStore.rowsOf(handle, issue.opinionIds());
            FollowUpStore.Row lead = rows.stream().filter(r -> r.opinionId() == issue.leadId()).findFirst()
                    .orElseThrow(() -> new UserException("answer.gone"));
            if (lead.followUp().version() != issue.followUp().version()) {
                throw new UserException("answer.changedElsewhere");
            }
            FollowUp changed = change.apply(handle, lead.followUp());
            LocalDateTime now = LocalDateTime.now(clock);
            for (FollowUpStore.Row row : rows) {
                FollowUpStore.write(handle, withOpinion(changed, row.opinionId()), now);
            }
            return issueOf(handle, issue.leadId()).orElseThrow();
        });
    }

    private static FollowUp withOpinion(FollowUp f, int opinionId) {
        return new FollowUp(opinionId, f.status(), f.forwardAgency(), f.forwardLetterNo(), f.forwardDate(),
                f.ruleSetId(), f.dueDate(), f.answerAgency(), f.answerLetterNo(), f.answerDate(), f.answerText(),
                f.result(), f.assessment(), f.assessmentNote(), f.redirectedTo(), f.source(), f.version());
    }

    private static FollowUp withStatus(FollowUp f, OpinionStatus status) {
        return new FollowUp(f.opinionId(), status, f.forwardAgency(), f.forwardLetterNo(), f.forwardDate(),
                f.ruleSetId(), f.dueDate(), f.answerAgency(), f.answerLetterNo(), f.answerDate(), f.answerText(),
                f.result(), f.assessment(), f.assessmentNote(), f.redirectedTo(), f.source(), f.version());
    }

    /**
     * A pasted letter as it is stored: NFC, each line trimmed with its inner spaces collapsed, paragraphs kept (at
     * most one empty line between them); null when nothing is left.
     */
    static String letter(String text) {
        String nfc = VietText.nfc(text);
        if (nfc == null) {
            return null;
        }
        String kept = java.util.Arrays.stream(nfc.split("\n", -1)).map(VietText::clean)
                .collect(java.util.stream.Collectors.joining("\n")).replaceAll("\n{3,}", "\n\n").strip();
        return kept.isEmpty() ? null : kept;
    }

    private static String required(String text, String key) {
        String clean = VietText.cleanOrNull(text);
        if (clean == null) {
            throw new UserException(key);
        }
        return clean;
    }

    private void notAfterToday(LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new UserException("answer.date.future", date, today);
        }
    }

    private Optional<FollowUpIssue> issueOf(Handle handle, int opinionId) {
        List<FollowUpStore.Row> own = FollowUpStore.rowsOf(handle, List.of(opinionId));
        if (own.isEmpty()) {
            return Optional.empty();
        }
        FollowUpStore.Row row = own.get(0);
        List<FollowUpStore.Row> rows = row.groupId() == null ? own
                : FollowUpStore.rowsOfRound(handle, row.roundId()).stream()
                        .filter(r -> row.groupId().equals(r.groupId())).toList();
        return issues(handle, rows, false).stream().findFirst();
    }

    private List<FollowUpIssue> carried(Handle handle, List<FollowUpStore.Row> earlier) {
        Set<Integer> continued = new HashSet<>(FollowUpStore.links(handle).values());
        return issues(handle, earlier, true).stream()
                .filter(issue -> !issue.resolved())
                .filter(issue -> issue.opinionIds().stream().noneMatch(continued::contains))
                .toList();
    }

    private List<FollowUpIssue> issues(Handle handle, List<FollowUpStore.Row> rows, boolean carriedOver) {
        Map<String, List<FollowUpStore.Row>> byIssue = new LinkedHashMap<>();
        for (FollowUpStore.Row row : rows) {
            String key = row.groupId() != null ? "g" + row.groupId() : "o" + row.opinionId();
            byIssue.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        Map<Integer, Assessment> reactions = FollowUpStore.reactions(handle);
        Map<Integer, Integer> links = FollowUpStore.links(handle);
        Map<Integer, List<Integer>> chains = new LinkedHashMap<>();
        for (FollowUpStore.Row row : rows) {
            if (links.containsKey(row.opinionId())) {
                chains.put(row.opinionId(), chain(links, row.opinionId()));
            }
        }
        Set<Integer> chained = new HashSet<>();
        chains.values().forEach(chained::addAll);
        Map<Integer, LocalDate> days = FollowUpStore.meetingDays(handle, chained);
        List<FollowUpIssue> issues = new ArrayList<>();
        for (List<FollowUpStore.Row> members : byIssue.values()) {
            FollowUpStore.Row lead = members.get(0);
            Set<String> hamlets = new LinkedHashSet<>();
            int times = 1;
            LocalDate first = lead.meetingDate();
            LocalDate last = lead.meetingDate();
            for (FollowUpStore.Row member : members) {
                last = member.meetingDate().isAfter(last) ? member.meetingDate() : last;
                if (member.hamletName() != null) {
                    hamlets.add(member.hamletName());
                }
                List<Integer> chain = chains.get(member.opinionId());
                if (chain != null && chain.size() > times) {
                    times = chain.size();
                    LocalDate root = days.get(chain.get(chain.size() - 1));
                    first = root != null && root.isBefore(first) ? root : first;
                }
            }
            issues.add(new FollowUpIssue(members.stream().map(FollowUpStore.Row::opinionId).toList(),
                    members.stream().map(FollowUpStore.Row::code).toList(), lead.groupId(), lead.roundId(),
                    lead.roundName(), lead.meetingDate(), last,
                    lead.groupId() != null ? lead.groupWording() : lead.content(), List.copyOf(hamlets),
                    lead.fieldName(), lead.authority(), lead.authorityBody(), lead.followUp(),
                    reactions.get(lead.opinionId()), carriedOver, times, first));
        }
        return issues;
    }

    /** The opinion and the earlier ones it raises again, newest first (a broken loop stops the walk). */
    private static List<Integer> chain(Map<Integer, Integer> links, int opinionId) {
        List<Integer> chain = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Integer at = opinionId; at != null && seen.add(at); at = links.get(at)) {
            chain.add(at);
        }
        return chain;
    }

    /** The opinions of an issue (one, or every member of its group), in the order of their meetings. */
    public List<IssueOpinion> opinionsOf(FollowUpIssue issue) {
        return jdbi.withHandle(handle -> FollowUpStore.rowsOf(handle, issue.opinionIds())).stream()
                .map(row -> new IssueOpinion(row.opinionId(), row.code(), row.hamletName(), row.content())).toList();
    }

    /** For tests and callers that keep an issue a while: the same issue read again from the data. */
    public Optional<FollowUpIssue> reload(FollowUpIssue issue) {
        return issueOf(issue.leadId());
    }

}
