package org.cutri.provinceanswer;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.cutri.answer.Answer;
import org.cutri.answer.AnswerResult;
import org.cutri.answer.AnswerRuleSet;
import org.cutri.answer.AnswerRules;
import org.cutri.answer.Forwarding;
import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.cutri.opinion.Authority;
import org.cutri.opinion.OpinionStatus;
import org.cutri.province.ConsolidatedOpinion;
import org.cutri.province.ProvinceGroupMember;
import org.cutri.province.ProvinceGroupService;
import org.cutri.province.ProvinceGrouping;
import org.cutri.province.ProvinceRoundSet;
import org.cutri.province.ProvinceService;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * At a province office: the answers to the communes' opinions (trả lời ý kiến các xã), kept in {@code province_answer}
 * by the commune's code and the opinion's own code, so they outlive a later package of the same round that replaces
 * the imported rows. The status rules are those of the commune's {@link org.cutri.answer.FollowUpService}: mới → đã
 * chuyển (due date from the deadline rules in force on the letter's date) → đang giải quyết → đã trả lời; mới, đã
 * chuyển or đang giải quyết → không thuộc thẩm quyền; {@link #reopen} undoes an answer or a redirection. An issue is a
 * province group, a commune's group or one approved opinion: every change is written on all of its opinions in one
 * transaction, and refused when another user changed any of them since it was read.
 */
public final class ProvinceAnswerService {

    /** The longest answer kept (province_answer.answer_text). */
    public static final int TEXT_MAX = 8000;
    public static final int AGENCY_MAX = 300;
    public static final int LETTER_NO_MAX = 60;

    private final Jdbi jdbi;
    private final ProvinceService province;
    private final ProvinceGroupService groups;
    private final AnswerRules rules;
    private final Clock clock;

    public ProvinceAnswerService(Jdbi jdbi, ProvinceService province, ProvinceGroupService groups, AnswerRules rules,
            Clock clock) {
        this.jdbi = jdbi;
        this.province = province;
        this.groups = groups;
        this.rules = rules;
        this.clock = clock;
    }

    /** Runs several changes as one: when one fails, none of them is stored (an imported list is all or nothing). */
    public <T> T allOrNothing(java.util.function.Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }

    /** The issues of a set of the communes' rounds (groups and approved opinions alone), in the communes' order. */
    public List<ProvinceAnswerIssue> issues(ProvinceRoundSet set) {
        Set<String> rounds = new HashSet<>();
        set.rounds().forEach(r -> rounds.add(r.communeCode() + "/" + r.roundKey()));
        return issues(o -> rounds.contains(o.communeCode() + "/" + o.roundKey()));
    }

    /** The issues of every imported round. */
    public List<ProvinceAnswerIssue> issues() {
        return issues(o -> true);
    }

    /** The same issue read again (by its key), if it is still there. */
    public Optional<ProvinceAnswerIssue> reload(ProvinceAnswerIssue issue) {
        return issues().stream().filter(i -> i.key().equals(issue.key())).findFirst();
    }

    /** Every stored answer of a commune's opinions, by opinion code: what its return package carries. */
    public List<StoredProvinceAnswer> answersOf(String communeCode) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE commune_code = :c ORDER BY opinion_code")
                .bind("c", communeCode).map((rs, ctx) -> new StoredProvinceAnswer(rs.getString("commune_code"),
                        rs.getString("opinion_code"), stored(rs, ctx)))
                .list());
    }

    /** The stored answer of one opinion of a commune, if it has one. */
    public Optional<ProvinceAnswer> answerOf(String communeCode, String opinionCode) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE commune_code = :c AND opinion_code = :o")
                .bind("c", communeCode).bind("o", opinionCode).map(ProvinceAnswerService::stored).findOne());
    }

    /** Sends the issue to an agency: the due date comes from the rule set in force on the letter's date. */
    public ProvinceAnswerIssue forward(ProvinceAnswerIssue issue, Forwarding forwarding) {
        String agency = limited(required(forwarding.agency(), "answer.forward.agencyMissing"), AGENCY_MAX,
                "provinceanswer.agency.tooLong");
        LocalDate date = forwarding.date();
        if (date == null) {
            throw new UserException("answer.forward.dateMissing");
        }
        notAfterToday(date);
        if (issue.lastRaisedOn() != null && date.isBefore(issue.lastRaisedOn())) {
            throw new UserException("answer.forward.beforeRaised", shown(date), shown(issue.lastRaisedOn()));
        }
        AnswerRuleSet set = rules.inForceOn(date);
        LocalDate due = date.plusDays(set.daysFor(issue.authority(), agency));
        String letterNo = limited(VietText.cleanOrNull(forwarding.letterNo()), LETTER_NO_MAX,
                "provinceanswer.letterNo.tooLong");
        return change(issue, a -> {
            if (a.status() == OpinionStatus.ANSWERED || a.status() == OpinionStatus.NOT_COMPETENT) {
                throw new UserException("answer.forward.closed", a.status());
            }
            OpinionStatus status = a.status() == OpinionStatus.IN_PROGRESS ? OpinionStatus.IN_PROGRESS
                    : OpinionStatus.FORWARDED;
            return new ProvinceAnswer(status, agency, letterNo, date, due, a.answerAgency(), a.answerLetterNo(),
                    a.answerDate(), a.answerText(), a.result(), a.redirectedTo(), a.updatedAt(), a.version());
        });
    }

    /** The agency is working on it (đang giải quyết). */
    public ProvinceAnswerIssue startWork(ProvinceAnswerIssue issue) {
        return change(issue, a -> {
            if (!a.forwarded() || a.status() == OpinionStatus.ANSWERED || a.status() == OpinionStatus.NOT_COMPETENT) {
                throw new UserException("answer.start.notForwarded");
            }
            return a.withStatus(OpinionStatus.IN_PROGRESS);
        });
    }

    /** Records the agency's written answer (the whole letter may be pasted as its text). */
    public ProvinceAnswerIssue answer(ProvinceAnswerIssue issue, Answer answer) {
        String text = letter(answer.text());
        String agency = limited(required(answer.agency(), "answer.answer.agencyMissing"), AGENCY_MAX,
                "provinceanswer.agency.tooLong");
        if (answer.date() == null) {
            throw new UserException("answer.answer.dateMissing");
        }
        notAfterToday(answer.date());
        if (issue.lastRaisedOn() != null && answer.date().isBefore(issue.lastRaisedOn())) {
            throw new UserException("answer.answer.beforeRaised", shown(answer.date()),
                    shown(issue.lastRaisedOn()));
        }
        String letterNo = limited(VietText.cleanOrNull(answer.letterNo()), LETTER_NO_MAX,
                "provinceanswer.letterNo.tooLong");
        return change(issue, a -> {
            if (a.status() == OpinionStatus.NOT_COMPETENT) {
                throw new UserException("answer.answer.redirected");
            }
            // A forwarding stored before a commune's later package moved the day its opinions were raised.
            if (a.forwardDate() != null && issue.lastRaisedOn() != null
                    && a.forwardDate().isBefore(issue.lastRaisedOn())) {
                throw new UserException("answer.answer.forwardBeforeRaised", shown(a.forwardDate()),
                        shown(issue.lastRaisedOn()));
            }
            if (a.forwardDate() != null && answer.date().isBefore(a.forwardDate())) {
                throw new UserException("answer.answer.beforeForward", shown(answer.date()), shown(a.forwardDate()));
            }
            return new ProvinceAnswer(OpinionStatus.ANSWERED, a.forwardAgency(), a.forwardLetterNo(), a.forwardDate(),
                    a.dueDate(), agency, letterNo, answer.date(), text, answer.result(), null, a.updatedAt(),
                    a.version());
        });
    }

    /** Not within the competence of the authorities followed: redirected to {@code redirectedTo}. */
    public ProvinceAnswerIssue notCompetent(ProvinceAnswerIssue issue, String redirectedTo) {
        String where = limited(required(redirectedTo, "answer.redirect.whereMissing"), AGENCY_MAX,
                "provinceanswer.where.tooLong");
        return change(issue, a -> {
            if (a.status() == OpinionStatus.ANSWERED) {
                throw new UserException("answer.redirect.answered");
            }
            return new ProvinceAnswer(OpinionStatus.NOT_COMPETENT, a.forwardAgency(), a.forwardLetterNo(),
                    a.forwardDate(), a.dueDate(), null, null, null, null, null, where, a.updatedAt(), a.version());
        });
    }

    /** Undoes an answer or a redirection: back to đã chuyển when it was forwarded, otherwise to mới. */
    public ProvinceAnswerIssue reopen(ProvinceAnswerIssue issue) {
        return change(issue, a -> {
            if (a.status() != OpinionStatus.ANSWERED && a.status() != OpinionStatus.NOT_COMPETENT) {
                throw new UserException("answer.reopen.open");
            }
            return new ProvinceAnswer(a.forwarded() ? OpinionStatus.FORWARDED : OpinionStatus.NEW, a.forwardAgency(),
                    a.forwardLetterNo(), a.forwardDate(), a.dueDate(), null, null, null, null, null, null,
                    a.updatedAt(), a.version());
        });
    }

    // ----------------------------------------------------------------------------------------------------------

    private static final String SELECT = "SELECT commune_code, opinion_code, status, forward_agency, forward_letter_no,"
            + " forward_date, due_date, answer_agency, answer_letter_no, answer_date, answer_text, result_kind,"
            + " redirected_to, updated_at, version FROM province_answer";

    private List<ProvinceAnswerIssue> issues(Predicate<ConsolidatedOpinion> inScope) {
        List<ConsolidatedOpinion> all = province.opinions();
        ProvinceGrouping grouping = groups.grouping();
        Map<String, ProvinceAnswer> stored = jdbi.withHandle(ProvinceAnswerService::readAll);
        Map<ProvinceGroupMember, Integer> place = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            ConsolidatedOpinion o = all.get(i);
            place.putIfAbsent(member(o), i);
        }
        // Each issue under the place of its first opinion in the communes' order.
        Map<Integer, ProvinceAnswerIssue> byPlace = new java.util.TreeMap<>();
        for (ProvinceGrouping.Entry entry : grouping.entries()) {
            List<ConsolidatedOpinion> members = entry.opinions().stream().map(place::get).filter(i -> i != null)
                    .sorted().map(all::get).toList();
            if (members.isEmpty() || members.stream().noneMatch(inScope)) {
                continue;
            }
            ProvinceAnswerIssue.Kind kind = entry.madeAtProvince() ? ProvinceAnswerIssue.Kind.PROVINCE_GROUP
                    : ProvinceAnswerIssue.Kind.COMMUNE_GROUP;
            byPlace.put(place.get(member(members.get(0))), issue(entry.key(), kind, entry.wording(), members, stored));
        }
        for (int i = 0; i < all.size(); i++) {
            ConsolidatedOpinion o = all.get(i);
            if (o.approved() && inScope.test(o) && grouping.entryOf(member(o)).isEmpty()) {
                byPlace.put(i, issue("o:" + member(o).text(), ProvinceAnswerIssue.Kind.OPINION, o.content(), List.of(o),
                        stored));
            }
        }
        return List.copyOf(byPlace.values());
    }

    private static ProvinceAnswerIssue issue(String key, ProvinceAnswerIssue.Kind kind, String content,
            List<ConsolidatedOpinion> members, Map<String, ProvinceAnswer> stored) {
        ConsolidatedOpinion lead = members.get(0);
        List<ProvinceAnswerIssue.Opinion> opinions = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        ProvinceAnswer shown = ProvinceAnswer.NONE;
        LocalDate raisedOn = null;
        LocalDate lastRaisedOn = null;
        for (ConsolidatedOpinion o : members) {
            opinions.add(new ProvinceAnswerIssue.Opinion(o.communeCode(), o.communeName(), o.roundKey(), o.code(),
                    o.hamletName()));
            ProvinceAnswer a = stored.get(rowKey(o.communeCode(), o.code()));
            versions.add(a == null ? 0 : a.version());
            if (a != null && (shown.updatedAt() == null || a.updatedAt().isAfter(shown.updatedAt()))) {
                shown = a;
            }
            if (o.meetingDate() != null && (raisedOn == null || o.meetingDate().isBefore(raisedOn))) {
                raisedOn = o.meetingDate();
            }
            if (o.meetingDate() != null && (lastRaisedOn == null || o.meetingDate().isAfter(lastRaisedOn))) {
                lastRaisedOn = o.meetingDate();
            }
        }
        return new ProvinceAnswerIssue(key, kind, content, opinions, authority(lead.authority()),
                lead.authorityBody(), lead.fieldName(), raisedOn, lastRaisedOn, shown,
                versions);
    }

    private static Authority authority(String name) {
        try {
            return name == null ? null : Authority.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ProvinceGroupMember member(ConsolidatedOpinion o) {
        return ProvinceGroupMember.opinion(o.communeCode(), o.roundKey(), o.code());
    }

    private static String rowKey(String communeCode, String opinionCode) {
        return communeCode + "\n" + opinionCode;
    }

    private static Map<String, ProvinceAnswer> readAll(Handle handle) {
        Map<String, ProvinceAnswer> rows = new LinkedHashMap<>();
        handle.createQuery(SELECT).map((rs, ctx) -> rows.put(rowKey(rs.getString("commune_code"),
                rs.getString("opinion_code")), stored(rs, ctx))).list();
        return rows;
    }

    private static Map<String, ProvinceAnswer> read(Handle handle, List<String> communeCodes) {
        Map<String, ProvinceAnswer> rows = new LinkedHashMap<>();
        handle.createQuery(SELECT + " WHERE commune_code IN (<c>)").bindList("c", communeCodes)
                .map((rs, ctx) -> rows.put(rowKey(rs.getString("commune_code"), rs.getString("opinion_code")),
                        stored(rs, ctx))).list();
        return rows;
    }

    private static ProvinceAnswer stored(ResultSet rs, StatementContext ctx) throws SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        String result = rs.getString("result_kind");
        return new ProvinceAnswer(OpinionStatus.valueOf(rs.getString("status")), rs.getString("forward_agency"),
                rs.getString("forward_letter_no"), date(rs, "forward_date"), date(rs, "due_date"),
                rs.getString("answer_agency"), rs.getString("answer_letter_no"), date(rs, "answer_date"),
                rs.getString("answer_text"), result == null ? null : AnswerResult.valueOf(result),
                rs.getString("redirected_to"), updated == null ? null : updated.toLocalDateTime(), rs.getInt("version"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /**
     * Applies a change to the follow-up shown and writes it on every opinion of the issue in one transaction; refused
     * (nothing written) when any opinion's stored version is no longer the one read.
     */
    private ProvinceAnswerIssue change(ProvinceAnswerIssue issue, UnaryOperator<ProvinceAnswer> change) {
        try {
            return jdbi.inTransaction(handle -> {
                Map<String, ProvinceAnswer> stored = read(handle, issue.communeCodes());
                ProvinceAnswer current = ProvinceAnswer.NONE;
                for (int i = 0; i < issue.opinions().size(); i++) {
                    ProvinceAnswerIssue.Opinion o = issue.opinions().get(i);
                    ProvinceAnswer a = stored.get(rowKey(o.communeCode(), o.code()));
                    if ((a == null ? 0 : a.version()) != issue.versions().get(i)) {
                        throw new UserException("answer.changedElsewhere");
                    }
                    if (a != null && (current.updatedAt() == null || a.updatedAt().isAfter(current.updatedAt()))) {
                        current = a;
                    }
                }
                ProvinceAnswer changed = change.apply(current);
                LocalDateTime now = LocalDateTime.now(clock);
                List<Integer> versions = new ArrayList<>();
                for (int i = 0; i < issue.opinions().size(); i++) {
                    versions.add(write(handle, issue.opinions().get(i), changed, issue.versions().get(i), now));
                }
                ProvinceAnswer shown = new ProvinceAnswer(changed.status(), changed.forwardAgency(),
                        changed.forwardLetterNo(), changed.forwardDate(), changed.dueDate(), changed.answerAgency(),
                        changed.answerLetterNo(), changed.answerDate(), changed.answerText(), changed.result(),
                        changed.redirectedTo(), now, versions.get(0));
                return new ProvinceAnswerIssue(issue.key(), issue.kind(), issue.content(), issue.opinions(),
                        issue.authority(), issue.authorityBody(), issue.fieldName(), issue.raisedOn(),
                        issue.lastRaisedOn(), shown, versions);
            });
        } catch (UnableToExecuteStatementException e) {
            // Another user stored the first answer of one of these opinions at the same moment (its key is taken).
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                throw new UserException(e, "answer.changedElsewhere");
            }
            throw e;
        }
    }

    /** Writes one opinion's follow-up if its version is still {@code read}; returns the new version. */
    private static int write(Handle handle, ProvinceAnswerIssue.Opinion o, ProvinceAnswer a, int read,
            LocalDateTime now) {
        Map<String, Object> values = new HashMap<>();
        values.put("c", o.communeCode());
        values.put("o", o.code());
        values.put("status", a.status().name());
        values.put("fa", a.forwardAgency());
        values.put("fl", a.forwardLetterNo());
        values.put("fd", a.forwardDate());
        values.put("due", a.dueDate());
        values.put("aa", a.answerAgency());
        values.put("al", a.answerLetterNo());
        values.put("ad", a.answerDate());
        values.put("at", a.answerText());
        values.put("rk", a.result() == null ? null : a.result().name());
        values.put("rt", a.redirectedTo());
        values.put("now", now);
        values.put("read", read);
        if (read == 0) {
            handle.createUpdate("INSERT INTO province_answer (commune_code, opinion_code, status, forward_agency,"
                    + " forward_letter_no, forward_date, due_date, answer_agency, answer_letter_no, answer_date,"
                    + " answer_text, result_kind, redirected_to, updated_at, version) VALUES (:c, :o, :status, :fa, :fl,"
                    + " :fd, :due, :aa, :al, :ad, :at, :rk, :rt, :now, 1)").bindMap(values).execute();
            return 1;
        }
        int updated = handle.createUpdate("UPDATE province_answer SET status = :status, forward_agency = :fa,"
                + " forward_letter_no = :fl, forward_date = :fd, due_date = :due, answer_agency = :aa,"
                + " answer_letter_no = :al, answer_date = :ad, answer_text = :at, result_kind = :rk,"
                + " redirected_to = :rt, updated_at = :now, version = version + 1"
                + " WHERE commune_code = :c AND opinion_code = :o AND version = :read").bindMap(values).execute();
        if (updated == 0) {
            throw new UserException("answer.changedElsewhere");
        }
        return read + 1;
    }

    /** The answer as pasted: its lines and paragraphs kept, without control characters, in NFC. */
    private static String letter(String text) {
        String kept = text == null ? "" : VietText.nfc(text).strip().replaceAll("[ \\t]+\n", "\n")
                .replaceAll("\n{3,}", "\n\n");
        if (kept.isEmpty()) {
            throw new UserException("answer.answer.textMissing");
        }
        return limited(kept, TEXT_MAX, "provinceanswer.text.tooLong");
    }

    private static String limited(String text, int max, String key) {
        if (text != null && text.length() > max) {
            throw new UserException(key, text.length(), max);
        }
        return text;
    }

    private static String required(String text, String key) {
        String clean = VietText.cleanOrNull(text);
        if (clean == null) {
            throw new UserException(key);
        }
        return clean;
    }

    /** A date as the user reads it in a message: "05/06/2026". */
    private static String shown(LocalDate date) {
        return org.cutri.common.text.DateText.format(date);
    }

    private void notAfterToday(LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new UserException("answer.date.future", shown(date), shown(today));
        }
    }
}
