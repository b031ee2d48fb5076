package org.cutri.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cutri.common.task.TaskMonitor;
import org.cutri.grouping.GroupCandidate;
import org.cutri.grouping.SimilarityGrouper;

/**
 * The opinions standing alone that may raise the same issue as a chosen group or opinion, most alike first: what the
 * suggestion missed, for the secretary to add by hand (decision 0056). The suggestion joins only pairs above a high
 * threshold, and so misses most same-issue opinions worded apart; ranked by the same similarity, one of them is among
 * the first five for about 9 opinions in 10 of text the grouping never saw (docs/benchmarks.md).
 *
 * <p>An {@link Index} holds the vectors of the opinions the screen shows, built once: each later choice only scores its
 * pairs (tens of milliseconds on 5,000 opinions, where building takes most of a second).
 */
final class LikelyOpinions {

    /** How many the list shows at most. */
    static final int LIMIT = 8;
    /** How many groups are listed beside an opinion standing alone at most. */
    static final int GROUP_LIMIT = 3;
    /** How many shared words an opinion listed shows at most. */
    static final int SHARED_SHOWN = 4;
    /** A candidate that shares nothing of weight with the chosen opinions is not listed. */
    static final double FLOOR = 0.05;
    /**
     * A candidate with no name, matter or word in common with the choice (its "Chung: …" line would be empty) is listed
     * only from this similarity up: below it, what it has in common is a syllable or a field, and it is nearly always
     * another issue (a phone scam beside the recovery of land). On the held-out sets this leaves a same-issue opinion in
     * the first five as often as before or 0.05 less often, and lists a third fewer opinions beside one that has no
     * twin (docs/benchmarks.md).
     */
    static final double CLOSE = 0.15;
    /** How many of the most alike are read for what they share, at most, to fill the list (a choice stays quick). */
    static final int EXAMINED = 64;

    private LikelyOpinions() {
    }

    /**
     * The vectors of the opinions a screen shows (its groups' and those standing alone), for one state of the screen
     * ({@code version}); immutable, safe to use from any thread.
     */
    record Index(int version, Map<String, Integer> positions, SimilarityGrouper.Scorer scorer) {

        static Index of(int version, List<GroupWork.Member> members, TaskMonitor monitor) {
            Map<String, Integer> positions = new HashMap<>();
            List<GroupCandidate> candidates = new ArrayList<>(members.size());
            for (GroupWork.Member member : members) {
                if (positions.putIfAbsent(member.key(), candidates.size()) == null) {
                    candidates.add(new GroupCandidate(candidates.size(), member.content(), null, member.place(), null));
                }
            }
            return new Index(version, Map.copyOf(positions), new SimilarityGrouper().scorer(candidates, monitor));
        }

        /** True when every one of these opinions has its vector here. */
        boolean covers(List<GroupWork.Member> members) {
            return members.stream().allMatch(m -> positions.containsKey(m.key()));
        }

        /**
         * The {@code among} opinions most like {@code chosen} (their mean similarity to the chosen ones, as the
         * grouping scores a pair), at most {@link #LIMIT}, the most alike first, each with what it shares with them;
         * the chosen ones themselves are never listed. Every opinion given must be {@link #covers covered}.
         */
        List<Likely> rank(List<GroupWork.Member> chosen, List<GroupWork.Member> among, TaskMonitor monitor) {
            if (chosen.isEmpty()) {
                return List.of();
            }
            int[] queries = chosen.stream().mapToInt(m -> positions.get(m.key())).toArray();
            List<Scored> scored = new ArrayList<>();
            for (int t = 0; t < among.size(); t++) {
                if (t % 256 == 0) {
                    monitor.checkCancelled();
                }
                GroupWork.Member target = among.get(t);
                if (chosen.contains(target)) {
                    continue;
                }
                int position = positions.get(target.key());
                double sum = 0;
                for (int query : queries) {
                    sum += scorer.similarity(query, position);
                }
                double mean = sum / queries.length;
                if (mean >= FLOOR) {
                    scored.add(new Scored(target, mean, t));
                }
            }
            scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::position));
            List<Likely> listed = new ArrayList<>();
            for (Scored c : scored.subList(0, Math.min(EXAMINED, scored.size()))) {
                if (listed.size() == LIMIT) {
                    break;
                }
                List<String> shared = shared(queries, new int[] {positions.get(c.member().key())});
                if (listed(c.score(), shared)) {
                    listed.add(new Likely(c.member(), shared));
                }
            }
            return listed;
        }

        /**
         * The groups an opinion standing alone may belong to: those whose opinions are, on average, most like it, at
         * most {@link #GROUP_LIMIT}, the most alike first, each with what it shares with the opinion. Groups holding
         * the opinion, or opinions without a vector here, are left out.
         */
        List<LikelyGroup> groups(GroupWork.Member chosen, List<GroupWork.Group> groups, TaskMonitor monitor) {
            int query = positions.get(chosen.key());
            List<ScoredGroup> scored = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                monitor.checkCancelled();
                GroupWork.Group group = groups.get(g);
                if (group.members().isEmpty() || group.members().contains(chosen) || !covers(group.members())) {
                    continue;
                }
                int[] members = group.members().stream().mapToInt(m -> positions.get(m.key())).toArray();
                double mean = java.util.Arrays.stream(members).mapToDouble(m -> scorer.similarity(query, m)).average()
                        .orElse(0);
                if (mean >= FLOOR) {
                    scored.add(new ScoredGroup(group, members, mean, g));
                }
            }
            scored.sort(Comparator.comparingDouble(ScoredGroup::score).reversed()
                    .thenComparingInt(ScoredGroup::position));
            List<LikelyGroup> listed = new ArrayList<>();
            for (ScoredGroup c : scored) {
                if (listed.size() == GROUP_LIMIT) {
                    break;
                }
                List<String> shared = shared(c.members(), new int[] {query});
                if (listed(c.score(), shared)) {
                    listed.add(new LikelyGroup(c.group(), shared));
                }
            }
            return listed;
        }

        private static boolean listed(double score, List<String> shared) {
            return !shared.isEmpty() || score >= CLOSE;
        }

        /** What the opinions at {@code from} share with those at {@code to}, each once, at most SHARED_SHOWN. */
        private List<String> shared(int[] from, int[] to) {
            Set<String> shared = new LinkedHashSet<>();
            for (int a : from) {
                for (int b : to) {
                    shared.addAll(scorer.shared(a, b));
                }
            }
            return shared.stream().limit(SHARED_SHOWN).toList();
        }
    }

    /** A group listed beside an opinion standing alone, with what they share. */
    record LikelyGroup(GroupWork.Group group, List<String> shared) {
        LikelyGroup {
            shared = List.copyOf(shared);
        }
    }

    /**
     * An opinion listed beside the choice, with what it shares with the chosen opinions (names, matters, words), so the
     * screen says why it is listed.
     */
    record Likely(GroupWork.Member member, List<String> shared) {
        Likely {
            shared = List.copyOf(shared);
        }
    }

    private record Scored(GroupWork.Member member, double score, int position) {
    }

    private record ScoredGroup(GroupWork.Group group, int[] members, double score, int position) {
    }
}
