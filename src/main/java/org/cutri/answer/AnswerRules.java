package org.cutri.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cutri.common.UserException;
import org.cutri.common.text.VietText;
import org.cutri.opinion.Authority;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The deadline rules the office keeps: sets in force from a date, days per authority and per named agency. A
 * forwarding takes the set in force on its date and keeps it; correcting a set moves the due dates of the items
 * forwarded under it that are not answered yet.
 */
public final class AnswerRules {

    /** Days when no rule names the authority (never the case with the sets the program makes). */
    public static final int FALLBACK_DAYS = 30;

    private final Jdbi jdbi;
    private final Clock clock;

    public AnswerRules(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The folded name an agency's rule is found by ('' for none). */
    public static String agencyKey(String agency) {
        return agency == null ? "" : VietText.fold(VietText.clean(agency)).replaceAll("\\s+", " ").strip();
    }

    /** Every rule set, the oldest first. */
    public List<AnswerRuleSet> list() {
        return jdbi.withHandle(AnswerRules::list);
    }

    static List<AnswerRuleSet> list(Handle handle) {
        Map<Integer, List<AnswerRuleSet.Rule>> rules = new LinkedHashMap<>();
        handle.createQuery("SELECT rule_set_id, authority, agency, days FROM answer_rule ORDER BY rule_set_id, authority,"
                + " agency_key").map((rs, ctx) -> {
                    rules.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new AnswerRuleSet.Rule(
                            Authority.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4)));
                    return null;
                }).list();
        return handle.createQuery("SELECT id, name, valid_from FROM answer_rule_set ORDER BY valid_from")
                .map((rs, ctx) -> new AnswerRuleSet(rs.getInt(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        List.copyOf(rules.getOrDefault(rs.getInt(1), List.of()))))
                .list();
    }

    /** The set in force on a day: the newest one that starts on or before it (the oldest when none does). */
    public AnswerRuleSet inForceOn(LocalDate day) {
        return jdbi.withHandle(handle -> inForceOn(handle, day));
    }

    static AnswerRuleSet inForceOn(Handle handle, LocalDate day) {
        List<AnswerRuleSet> sets = list(handle);
        AnswerRuleSet found = sets.get(0);
        for (AnswerRuleSet set : sets) {
            if (!set.validFrom().isAfter(day)) {
                found = set;
            }
        }
        return found;
    }

    static Optional<AnswerRuleSet> find(Handle handle, int id) {
        return list(handle).stream().filter(s -> s.id() == id).findFirst();
    }

    /**
     * Adds a set in force from {@code validFrom} (a new legal text): items forwarded before that day keep their set.
     *
     * @throws UserException when the name is blank, a set already starts that day, or a rule is out of range
     */
    public AnswerRuleSet add(String name, LocalDate validFrom, List<AnswerRuleSet.Rule> rules) {
        String clean = check(name, validFrom, rules);
        return jdbi.inTransaction(handle -> {
            boolean taken = handle.createQuery("SELECT COUNT(*) FROM answer_rule_set WHERE valid_from = :d")
                    .bind("d", validFrom).mapTo(Integer.class).one() > 0;
            if (taken) {
                throw new UserException("answer.rules.sameDay", validFrom);
            }
            int id = handle.createUpdate("INSERT INTO answer_rule_set (name, valid_from, created_at)"
                    + " VALUES (:name, :from, :now)").bind("name", clean).bind("from", validFrom)
                    .bind("now", LocalDateTime.now(clock)).executeAndReturnGeneratedKeys("id").mapTo(Integer.class).one();
            insertRules(handle, id, rules);
            return find(handle, id).orElseThrow();
        });
    }

    /**
     * Corrects a set's name and rules (its start day stays). The due dates of items forwarded under it and not yet
     * answered follow the corrected rules; answered items keep theirs.
     */
    public AnswerRuleSet update(int id, String name, List<AnswerRuleSet.Rule> rules) {
        String clean = check(name, LocalDate.MIN, rules);
        return jdbi.inTransaction(handle -> {
            if (find(handle, id).isEmpty()) {
                throw new UserException("answer.rules.gone");
            }
            handle.createUpdate("UPDATE answer_rule_set SET name = :name WHERE id = :id").bind("name", clean)
                    .bind("id", id).execute();
            handle.createUpdate("DELETE FROM answer_rule WHERE rule_set_id = :id").bind("id", id).execute();
            insertRules(handle, id, rules);
            AnswerRuleSet set = find(handle, id).orElseThrow();
            FollowUpStore.redate(handle, set, LocalDateTime.now(clock));
            return set;
        });
    }

    private static String check(String name, LocalDate validFrom, List<AnswerRuleSet.Rule> rules) {
        String clean = VietText.cleanOrNull(name);
        if (clean == null) {
            throw new UserException("answer.rules.nameMissing");
        }
        if (validFrom == null) {
            throw new UserException("answer.rules.fromMissing");
        }
        for (AnswerRuleSet.Rule rule : rules) {
            if (rule.days() < 1 || rule.days() > 3650) {
                throw new UserException("answer.rules.daysRange", rule.days());
            }
        }
        return clean;
    }

    private static void insertRules(Handle handle, int id, List<AnswerRuleSet.Rule> rules) {
        Map<String, AnswerRuleSet.Rule> unique = new LinkedHashMap<>();
        for (AnswerRuleSet.Rule rule : rules) {
            unique.put(rule.authority() + "|" + agencyKey(rule.agency()), rule);
        }
        for (AnswerRuleSet.Rule rule : unique.values()) {
            String agency = VietText.cleanOrNull(rule.agency());
            handle.createUpdate("INSERT INTO answer_rule (rule_set_id, authority, agency_key, agency, days)"
                    + " VALUES (:set, :authority, :key, :agency, :days)").bind("set", id)
                    .bind("authority", rule.authority().name()).bind("key", agencyKey(agency)).bind("agency", agency)
                    .bind("days", rule.days()).execute();
        }
    }
}
