package org.cutri.provinceanswer;

import java.time.LocalDate;
import java.util.List;

import org.cutri.opinion.Authority;

/**
 * One issue the province answers: a group made at the province (the same issue across communes), a group a commune
 * sent (imported_group), or one approved opinion standing alone. One answer serves every opinion of it: each change
 * is written on all of them.
 *
 * @param key "p12" (province group 12), "c:tan-phuc/5/3" (group 3 of Tân Phúc's round 5), "o:tan-phuc/5/YK5-001"
 * @param content the group's wording or the opinion's text
 * @param opinions its opinions still imported, in the communes' order
 * @param raisedOn the earliest meeting day of its opinions (null when unknown)
 * @param lastRaisedOn the latest meeting day of its opinions (null when unknown): no forwarding or answer may be dated
 *         before it, since one answer serves communes that met later than the first
 * @param answer the follow-up shown: the one changed last among its opinions ({@link ProvinceAnswer#NONE} if none)
 * @param versions each opinion's stored version as read (0: none stored), in the order of {@code opinions}: a change
 *         is refused when any of them moved since
 */
public record ProvinceAnswerIssue(String key, Kind kind, String content, List<Opinion> opinions, Authority authority,
        String authorityBody, String fieldName, LocalDate raisedOn, LocalDate lastRaisedOn, ProvinceAnswer answer,
        List<Integer> versions) {

    /** What the issue is made of. */
    public enum Kind {
        /** A same-issue group made at the province. */
        PROVINCE_GROUP,
        /** A same-issue group the commune accepted and sent. */
        COMMUNE_GROUP,
        /** One opinion of a commune. */
        OPINION
    }

    /** One opinion of the issue, by the commune's keys. */
    public record Opinion(String communeCode, String communeName, int roundKey, String code, String hamletName) {
    }

    public ProvinceAnswerIssue {
        opinions = List.copyOf(opinions);
        versions = List.copyOf(versions);
        if (opinions.isEmpty() || opinions.size() != versions.size()) {
            throw new IllegalArgumentException("An issue needs its opinions and one version for each");
        }
    }

    /** The code the screen gives the issue: its first opinion's. */
    public String code() {
        return opinions.get(0).code();
    }

    /** The communes that raised it, without repeats, in order. */
    public List<String> communeNames() {
        return opinions.stream().map(Opinion::communeName).distinct().toList();
    }

    /** The communes' codes, without repeats, in order. */
    public List<String> communeCodes() {
        return opinions.stream().map(Opinion::communeCode).distinct().toList();
    }

    /** The hamlets that raised it, without repeats, in order. */
    public List<String> hamlets() {
        return opinions.stream().map(Opinion::hamletName).filter(h -> h != null).distinct().toList();
    }

    public boolean overdueOn(LocalDate day) {
        return answer.overdueOn(day);
    }
}
