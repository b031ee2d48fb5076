package org.cutri.grouping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cutri.common.text.VietText;

/**
 * The secretary's decisions on pairs of opinions as evidence for the next suggestions (decision 0031). A pair is
 * kept by its two texts (folded: case, diacritics and spacing do not count), so it also holds when the same text
 * comes back in a later round; the latest decision on a pair replaces the one before.
 */
final class GroupingDecisions {

    private GroupingDecisions() {
    }

    /** The key of an opinion's text: SHA-256 of its folded form, in hex. */
    static String key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(VietText.fold(text).strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /**
     * Stores the decision on every pair of a text of {@code first} with a text of {@code second}, or of every pair
     * within {@code first} when {@code second} is null.
     */
    static void record(GroupingDecisionDao dao, List<String> first, List<String> second, boolean together,
            LocalDateTime now) {
        Set<List<String>> pairs = new HashSet<>();
        for (int i = 0; i < first.size(); i++) {
            List<String> others = second == null ? first.subList(i + 1, first.size()) : second;
            for (String other : others) {
                String a = key(first.get(i));
                String b = key(other);
                pairs.add(a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a));
            }
        }
        for (List<String> pair : pairs) {
            dao.delete(pair.get(0), pair.get(1));
            dao.insert(pair.get(0), pair.get(1), together, now);
        }
    }

    /** The decision stored on the pair of these two texts, if any. */
    static Optional<Boolean> find(GroupingDecisionDao dao, String text, String other) {
        String a = key(text);
        String b = key(other);
        return a.compareTo(b) <= 0 ? dao.find(a, b) : dao.find(b, a);
    }

    /** The stored decisions that concern two of these opinions, as pairs of their ids. */
    static GroupingEvidence evidence(GroupingDecisionDao dao, Collection<GroupCandidate> candidates) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (GroupCandidate candidate : candidates) {
            byKey.computeIfAbsent(key(candidate.text()), k -> new java.util.ArrayList<>()).add(candidate.id());
        }
        Set<Long> together = new HashSet<>();
        Set<Long> apart = new HashSet<>();
        for (GroupingDecisionDao.Decision decision : dao.all()) {
            List<Integer> low = byKey.get(decision.textLow());
            List<Integer> high = byKey.get(decision.textHigh());
            if (low == null || high == null) {
                continue;
            }
            for (int a : low) {
                for (int b : high) {
                    if (a != b) {
                        (decision.together() ? together : apart).add(GroupingEvidence.pair(a, b));
                    }
                }
            }
        }
        return new GroupingEvidence(together, apart);
    }
}
