package org.cutri.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cutri.common.task.TaskMonitor;
import org.cutri.grouping.GroupCandidate;
import org.cutri.grouping.SimilarityGrouper;

/**
 * The opinions standing alone that may raise the same issue as a chosen group or opinion, most alike first: what the
 * suggestion missed, for the secretary to add by hand (decision 0056). The suggestion joins only pairs above a high
 * threshold, and so misses most same-issue opinions worded apart; ranked by the same similarity, one of them is among
 * the first five for about 19 opinions in 20 of text the grouping never saw (docs/benchmarks.md).
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

    private LikelyOpinions() {
    }

    /**
     * The {@code among} opinions most like {@code chosen} (their mean similarity to the chosen ones, as the grouping
     * scores a pair), at most {@link #LIMIT}, the most alike first; the chosen ones themselves are never listed.
     */
    static List<Likely> rank(List<GroupWork.Member> chosen, List<GroupWork.Member> among, TaskMonitor monitor) {
        List<GroupWork.Member> everyone = new ArrayList<>(chosen);
        among.stream().filter(m -> !chosen.contains(m)).forEach(everyone::add);
        return Index.of(0, everyone, monitor).rank(chosen, among, monitor);
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

        /** As {@link LikelyOpinions#rank}; every opinion given must be {@link #covers covered}. */
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
            for (Scored candidate : scored.subList(0, Math.min(LIMIT, scored.size()))) {
                int position = positions.get(candidate.member().key());
                java.util.LinkedHashSet<String> shared = new java.util.LinkedHashSet<>();
                for (int query : queries) {
                    shared.addAll(scorer.shared(query, position));
                }
                listed.add(new Likely(candidate.member(), shared.stream().limit(SHARED_SHOWN).toList()));
            }
            return List.copyOf(listed);
        }
    }

    /**
     * The groups an opinion standing alone may belong to: those whose opinions are, on average, most like it, at most
     * {@link #GROUP_LIMIT}, the most alike first, each with what it shares with the opinion.
     */
    static List<LikelyGroup> groups(Index index, GroupWork.Member chosen, List<GroupWork.Group> groups,
            TaskMonitor monitor) {
        int query = index.positions().get(chosen.key());
        List<LikelyGroup> scored = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (GroupWork.Group group : groups) {
            monitor.checkCancelled();
            if (group.members().isEmpty() || group.members().contains(chosen) || !index.covers(group.members())) {
                continue;
            }
            double sum = 0;
            java.util.LinkedHashSet<String> shared = new java.util.LinkedHashSet<>();
            for (GroupWork.Member member : group.members()) {
                int position = index.positions().get(member.key());
                sum += index.scorer().similarity(query, position);
            }
            double mean = sum / group.members().size();
            if (mean >= FLOOR) {
                for (GroupWork.Member member : group.members()) {
                    shared.addAll(index.scorer().shared(index.positions().get(member.key()), query));
                }
                int at = 0;
                while (at < scores.size() && scores.get(at) >= mean) {
                    at++;
                }
                scores.add(at, mean);
                scored.add(at, new LikelyGroup(group, shared.stream().limit(SHARED_SHOWN).toList()));
            }
        }
        return List.copyOf(scored.subList(0, Math.min(GROUP_LIMIT, scored.size())));
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
}
