package org.cutri.answer;

import java.time.LocalDate;
import java.util.List;

import org.cutri.opinion.Authority;

/**
 * A set of deadline rules, in force from a date (a legal text or the office's own rule).
 *
 * @param rules the days to answer per authority, and per named agency where it has its own
 */
public record AnswerRuleSet(int id, String name, LocalDate validFrom, List<Rule> rules) {

    /**
     * Days to answer an issue of an authority; with an agency, only for that agency (e.g. the power company).
     *
     * @param agency null for every agency of the authority
     */
    public record Rule(Authority authority, String agency, int days) {
    }

    /** The days for an issue of this authority forwarded to this agency: the agency's own rule first. */
    public int daysFor(Authority authority, String agency) {
        Authority level = authority == null ? Authority.OTHER : authority;
        String key = AnswerRules.agencyKey(agency);
        Integer general = null;
        for (Rule rule : rules) {
            if (rule.authority() == level) {
                if (rule.agency() == null) {
                    general = rule.days();
                } else if (!key.isEmpty() && AnswerRules.agencyKey(rule.agency()).equals(key)) {
                    return rule.days();
                }
            }
        }
        return general != null ? general : AnswerRules.FALLBACK_DAYS;
    }
}
