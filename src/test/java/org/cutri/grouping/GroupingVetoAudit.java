package org.cutri.grouping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cutri.bench.GroupingQualityBenchmark;
import org.cutri.common.task.TaskMonitor;

/**
 * Why same-issue pairs are missed, set by set (decision 0054): run by hand, prints no verdict. For every labelled set
 * ({@link GroupingQualityBenchmark#sets()}): how many same-issue pairs share a matter of the concept table ({@link
 * IssueText#CONCEPTS}) or a name, their mean similarity and how many reach the threshold; then, for every rule that
 * subtracts from a pair or keeps two clusters apart, how many same-issue pairs it holds below the threshold (a pair
 * that would reach it without the rule) against how many pairs of different issues. {@code -Dgrouping.settings=…}
 * audits other settings (as {@link SimilarityGrouper.Settings#parse}).
 */
public final class GroupingVetoAudit {

    private GroupingVetoAudit() {
    }

    public static void main(String[] args) {
        String given = System.getProperty("grouping.settings");
        SimilarityGrouper.Settings settings = given == null ? SimilarityGrouper.Settings.DEFAULT
                : SimilarityGrouper.Settings.parse(given);
        SimilarityGrouper grouper = new SimilarityGrouper(settings);
        Map<String, int[]> vetoes = new TreeMap<>();
        for (Map.Entry<String, List<LabelledOpinions.Row>> set : GroupingQualityBenchmark.sets().entrySet()) {
            List<LabelledOpinions.Row> rows = new ArrayList<>(set.getValue());
            rows.sort(Comparator.comparingInt(LabelledOpinions.Row::id));
            List<GroupCandidate> docs = LabelledOpinions.candidates(rows);
            SimilarityGrouper.Vectors v = SimilarityGrouper.Vectors.build(docs, settings, TaskMonitor.NONE);
            int same = 0;
            int concept = 0;
            int name = 0;
            int reach = 0;
            double total = 0;
            for (int i = 0; i < docs.size(); i++) {
                for (int j = i + 1; j < docs.size(); j++) {
                    boolean issue = rows.get(i).issue().equals(rows.get(j).issue());
                    double sim = grouper.pairSimilarity(docs, v, i, j);
                    if (issue) {
                        same++;
                        concept += SimilarityGrouper.Vectors.shareAny(v.conceptIds[i], v.conceptIds[j]) ? 1 : 0;
                        name += SimilarityGrouper.Vectors.shareAny(v.anchorIds[i], v.anchorIds[j]) ? 1 : 0;
                        reach += sim >= settings.threshold() ? 1 : 0;
                        total += sim;
                    }
                    rules(settings, v, i, j).forEach((rule, penalty) -> {
                        if (sim + penalty >= settings.threshold()) {
                            vetoes.computeIfAbsent(rule + " on " + set.getKey(), k -> new int[2])[issue ? 0 : 1]++;
                        }
                    });
                }
            }
            System.out.printf("%-22s %3d same-issue pairs: %.2f share a matter, %.2f a name; mean similarity %.3f, "
                    + "%.2f reach the threshold%n", set.getKey(), same, (double) concept / same, (double) name / same,
                    total / same, (double) reach / same);
        }
        System.out.println("rules that hold a pair below the threshold (it would reach it without them):");
        vetoes.forEach((rule, counts) -> System.out.printf("  %-46s same issue %3d, different issues %3d%n", rule,
                counts[0], counts[1]));
    }

    /** The rules that apply to a pair, each with what it subtracts (0: it only keeps two clusters apart). */
    private static Map<String, Double> rules(SimilarityGrouper.Settings s, SimilarityGrouper.Vectors v, int i, int j) {
        Map<String, Double> out = new LinkedHashMap<>();
        int a = v.aspects[i];
        int b = v.aspects[j];
        if (a != 0 && b != 0 && (a & b) == 0) {
            out.put("problems (aspects)", s.aspectPenalty());
        } else if (IssueText.siblingsConflict(v.siblings[i], v.siblings[j])) {
            out.put("matters of one family", s.aspectPenalty());
        }
        if (v.anchorConflict(i, j)) {
            out.put("names (anchor conflict)", s.anchorConflictPenalty());
        }
        if (s.thingRule() > 0 && IssueThings.conflict(v.things[i], v.things[j])) {
            out.put("kinds of thing", s.thingRule());
        }
        if (s.areaRule() > 0 && v.areaConflict(i, j)) {
            out.put("areas of local matters", s.areaRule());
        }
        if (v.domains[i] != 0 && v.domains[j] != 0 && (v.domains[i] & v.domains[j]) == 0) {
            out.put("order against works", s.aspectPenalty());
        }
        if (v.sectionConflict(i, j)) {
            out.put("sections", s.aspectPenalty());
        }
        if (v.cohortConflict(i, j)) {
            out.put("cohorts", s.aspectPenalty());
        }
        return out;
    }
}
