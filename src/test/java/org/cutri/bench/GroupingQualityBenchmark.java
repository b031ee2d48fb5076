package org.cutri.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cutri.common.task.TaskMonitor;
import org.cutri.grouping.GroupCandidate;
import org.cutri.grouping.LabelledOpinions;
import org.cutri.grouping.OpinionSets;
import org.cutri.grouping.SimilarityGrouper;
import org.cutri.grouping.SuggestedGroup;
import org.cutri.report.GroupWork;
import org.cutri.report.LikelyOpinionsProbe;

/**
 * Pairwise precision, recall and F1 of the same-issue suggestions on every labelled set: the invented set
 * and the two paraphrase sets of the test resources, and the real published opinions read from
 * {@code ../shared/opinions/real-published.csv} (or the folder given by {@code -Dcutri.opinions.dir}),
 * which are never copied into the project. When that folder is absent the real set is said to be skipped.
 * For the real set the scores are also given without the pairs of identical texts (one text quoted for
 * several provinces). {@code -Dverbose=true} lists the wrong and the missed pairs. No assertion: run by hand
 * (docs/benchmarks.md); the paraphrase sets' floors are held by GroupingQualityTest. The held-out sets
 * ({@link OpinionSets#HELD_OUT_SETS}, written blind and never read to write a rule) are scored last, and files given as
 * arguments (CSV in the same format) after them.
 */
public final class GroupingQualityBenchmark {

    /** Where the real published opinions lie, relative to the working folder (the worktree) by default. */
    static final String OPINIONS_DIR = "cutri.opinions.dir";

    private GroupingQualityBenchmark() {
    }

    public static void main(String[] args) {
        boolean verbose = Boolean.getBoolean("verbose");
        String given = System.getProperty("grouping.settings");
        SimilarityGrouper grouper = given == null ? new SimilarityGrouper()
                : new SimilarityGrouper(SimilarityGrouper.Settings.parse(given));
        Map<String, List<LabelledOpinions.Row>> sets = sets();
        for (String name : OpinionSets.HELD_OUT_SETS) {
            sets.put(name.replace("held-out/", "held out: "), OpinionSets.resource(name));
        }
        // More labelled sets in the same CSV format (e.g. sets written apart, never seen by whoever tuned the rules).
        for (String file : args) {
            sets.put(Path.of(file).getFileName().toString(), OpinionSets.file(Path.of(file)));
        }
        for (Map.Entry<String, List<LabelledOpinions.Row>> set : sets.entrySet()) {
            List<LabelledOpinions.Row> rows = set.getValue();
            List<SuggestedGroup> groups = grouper.group(LabelledOpinions.candidates(rows));
            System.out.printf("%-22s %3d rows: %s%n", set.getKey(), rows.size(), LabelledOpinions.score(rows, groups));
            Set<Long> identical = OpinionSets.identicalTextPairs(rows);
            if (!identical.isEmpty()) {
                System.out.printf("%-22s without %d identical-text pairs: %s%n", "", identical.size(),
                        LabelledOpinions.score(rows, groups, identical));
            }
            System.out.printf("%-22s     ranked: %s%n", "", ranked(grouper, rows));
            System.out.printf("%-22s     groups: %s%n", "", groupsFirst(grouper, rows));
            System.out.printf("%-22s     list: %s%n", "", listed(rows));
            System.out.printf("%-22s     ceiling: %s%n", "", ceiling(grouper, rows));
            if (verbose) {
                groups.forEach(g -> System.out.println("  group " + g.memberIds() + " shared " + String.join(" | ", g.shared())));
                explainErrors(rows, groups);
            }
        }
    }

    /** The sets by name: the three of the test resources, then the real one when its folder is there. */
    public static Map<String, List<LabelledOpinions.Row>> sets() {
        Map<String, List<LabelledOpinions.Row>> sets = new LinkedHashMap<>();
        sets.put("invented (tsv)", LabelledOpinions.load());
        for (String name : OpinionSets.PARAPHRASE_SETS) {
            sets.put(name, OpinionSets.resource(name));
        }
        Path real = Path.of(System.getProperty(OPINIONS_DIR, "../shared/opinions"), "real-published.csv");
        if (Files.isReadable(real)) {
            sets.put("real-published.csv", OpinionSets.file(real));
        } else {
            System.out.println("real-published.csv: skipped, " + real.toAbsolutePath().normalize()
                    + " is absent (give the folder with -D" + OPINIONS_DIR + "=…)");
        }
        return sets;
    }

    /**
     * What the similarity itself allows on a set (decision 0057), whatever the threshold: the pairwise AUC (the chance
     * that a same-issue pair scores above a pair of different issues, ties counting half) and the best F1 of the
     * suggestion at any threshold from 0.10 to 0.60, chosen on the set itself (an oracle, so above what any setting
     * reaches on text it never saw), every other knob as given.
     */
    static String ceiling(SimilarityGrouper grouper, List<LabelledOpinions.Row> rows) {
        List<GroupCandidate> all = LabelledOpinions.candidates(rows);
        double[][] scores = grouper.similarities(all, all, TaskMonitor.NONE);
        List<Double> same = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                double sim = (scores[i][j] + scores[j][i]) / 2;
                (rows.get(i).issue().equals(rows.get(j).issue()) ? same : other).add(sim);
            }
        }
        double[] sorted = other.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double wins = 0;
        for (double sim : same) {
            int below = lowerBound(sorted, sim);
            int notAbove = lowerBound(sorted, Math.nextUp(sim));
            wins += below + (notAbove - below) / 2.0;
        }
        double auc = same.isEmpty() || sorted.length == 0 ? 1.0 : wins / ((double) same.size() * sorted.length);
        double bestF1 = -1;
        double bestThreshold = 0;
        SimilarityGrouper.Settings settings = grouper.settings();
        for (int step = 10; step <= 60; step += 2) {
            double threshold = step / 100.0;
            LabelledOpinions.Scores scored = LabelledOpinions.score(rows,
                    new SimilarityGrouper(settings.withThreshold(threshold)).group(all));
            if (scored.f1() > bestF1) {
                bestF1 = scored.f1();
                bestThreshold = threshold;
            }
        }
        return String.format(java.util.Locale.ROOT,
                "pairwise AUC %.3f; the best F1 of one threshold chosen on this set %.3f (at %.2f)", auc, bestF1,
                bestThreshold);
    }

    /** The first index of {@code sorted} holding a value not below {@code value}. */
    private static int lowerBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * How well the report screen's list of opinions that may raise the same issue (beside a chosen opinion, ranked by
     * {@link SimilarityGrouper#similarities}) finds what the groups missed: for each opinion whose issue was raised more
     * than once, the other opinions ranked by similarity; "top 5" is the share of such opinions with at least one
     * other opinion of their issue among the first five, "recall@5" the share of those others found there (at most
     * five counted per opinion).
     */
    static String ranked(SimilarityGrouper grouper, List<LabelledOpinions.Row> rows) {
        List<GroupCandidate> all = LabelledOpinions.candidates(rows);
        double[][] scores = grouper.similarities(all, all, TaskMonitor.NONE);
        int asked = 0;
        int hit = 0;
        int partners = 0;
        int found = 0;
        for (int q = 0; q < rows.size(); q++) {
            String issue = rows.get(q).issue();
            int others = (int) rows.stream().filter(r -> r.issue().equals(issue)).count() - 1;
            if (others == 0) {
                continue;
            }
            double[] row = scores[q];
            List<Integer> order = new ArrayList<>();
            for (int t = 0; t < rows.size(); t++) {
                if (t != q) {
                    order.add(t);
                }
            }
            order.sort((a, b) -> Double.compare(row[b], row[a]));
            long inTop = order.subList(0, Math.min(5, order.size())).stream()
                    .filter(t -> rows.get(t).issue().equals(issue)).count();
            asked++;
            hit += inTop > 0 ? 1 : 0;
            partners += Math.min(others, 5);
            found += (int) inTop;
        }
        return String.format(java.util.Locale.ROOT,
                "a same-issue opinion in the top 5 for %.3f (%d/%d), recall@5 %.3f (%d/%d)",
                asked == 0 ? 1.0 : hit / (double) asked, hit, asked, partners == 0 ? 1.0 : found / (double) partners,
                found, partners);
    }

    /**
     * The report screen's list beside each opinion standing alone, as the screen makes it ({@code LikelyOpinions}: at
     * most 8, a floor, nothing listed that shares no name, matter or word unless worded close): how often a same-issue
     * opinion is among its first five (for opinions whose issue was raised more than once), the share of what it lists
     * that is another issue, and how many it lists on average beside an opinion that has no twin (all of them noise).
     */
    static String listed(List<LabelledOpinions.Row> rows) {
        List<GroupWork.Member> all = new ArrayList<>();
        for (LabelledOpinions.Row row : rows) {
            all.add(new GroupWork.Member(String.valueOf(row.id()), String.valueOf(row.id()), row.hamlet(), row.text()));
        }
        LikelyOpinionsProbe index = LikelyOpinionsProbe.index(all);
        int asked = 0;
        int hit = 0;
        int listed = 0;
        int wrong = 0;
        int lonely = 0;
        int lonelyListed = 0;
        for (int q = 0; q < rows.size(); q++) {
            String issue = rows.get(q).issue();
            List<GroupWork.Member> shown = index.rank(List.of(all.get(q)), all);
            List<String> issues = shown.stream().map(m -> rows.get(all.indexOf(m)).issue()).toList();
            listed += issues.size();
            wrong += (int) issues.stream().filter(i -> !i.equals(issue)).count();
            if (rows.stream().filter(r -> r.issue().equals(issue)).count() == 1) {
                lonely++;
                lonelyListed += issues.size();
                continue;
            }
            asked++;
            hit += issues.subList(0, Math.min(5, issues.size())).contains(issue) ? 1 : 0;
        }
        return String.format(java.util.Locale.ROOT, "a same-issue opinion in the first five for %.3f (%d/%d), another"
                + " issue %.2f of what is listed, %.1f listed beside an opinion without a twin",
                asked == 0 ? 1.0 : hit / (double) asked, hit, asked, listed == 0 ? 0.0 : wrong / (double) listed,
                lonely == 0 ? 0.0 : lonelyListed / (double) lonely);
    }

    /**
     * How well the list of groups an opinion standing alone may belong to (decision 0056) finds its group: each issue
     * raised three times or more is taken as a group without one of its opinions, every other issue raised twice or
     * more as a group too; the share of such opinions whose own issue's group comes first (by the mean similarity to
     * the group's opinions, as the list ranks them).
     */
    static String groupsFirst(SimilarityGrouper grouper, List<LabelledOpinions.Row> rows) {
        SimilarityGrouper.Scorer scorer = grouper.scorer(LabelledOpinions.candidates(rows), TaskMonitor.NONE);
        Map<String, List<Integer>> byIssue = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            byIssue.computeIfAbsent(rows.get(r).issue(), k -> new ArrayList<>()).add(r);
        }
        int asked = 0;
        int first = 0;
        for (List<Integer> members : byIssue.values()) {
            if (members.size() < 3) {
                continue;
            }
            for (int left : members) {
                String best = null;
                double bestScore = -1;
                for (Map.Entry<String, List<Integer>> issue : byIssue.entrySet()) {
                    List<Integer> in = issue.getValue().stream().filter(m -> m != left).toList();
                    if (in.size() < 2) {
                        continue;
                    }
                    double mean = in.stream().mapToDouble(m -> scorer.similarity(left, m)).average().orElse(0);
                    if (mean > bestScore) {
                        bestScore = mean;
                        best = issue.getKey();
                    }
                }
                asked++;
                first += rows.get(left).issue().equals(best) ? 1 : 0;
            }
        }
        return String.format(java.util.Locale.ROOT, "an opinion left out of its issue's group finds that group first"
                + " for %.3f (%d/%d)", asked == 0 ? 1.0 : first / (double) asked, first, asked);
    }

    private static void explainErrors(List<LabelledOpinions.Row> rows, List<SuggestedGroup> groups) {
        Map<Integer, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (int id : groups.get(g).memberIds()) {
                groupOf.put(id, g);
            }
        }
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                LabelledOpinions.Row a = rows.get(i);
                LabelledOpinions.Row b = rows.get(j);
                Integer ga = groupOf.get(a.id());
                boolean together = ga != null && ga.equals(groupOf.get(b.id()));
                boolean same = a.issue().equals(b.issue());
                String line = "    " + a.id() + " | " + a.text() + "\n    " + b.id() + " | " + b.text();
                if (together && !same) {
                    wrong.add(line);
                } else if (same && !together) {
                    missed.add(line);
                }
            }
        }
        System.out.println("  wrong pairs:");
        wrong.forEach(System.out::println);
        System.out.println("  missed pairs:");
        missed.forEach(System.out::println);
    }
}
