package org.cutri.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cutri.grouping.LabelledOpinions;
import org.cutri.grouping.OpinionSets;
import org.cutri.grouping.SimilarityGrouper;

/**
 * The held-out check of the grouping's knobs: a small grid of settings is tried; the best on two sets (the
 * invented set and one paraphrase set: highest mean F1 with precision at least {@value #PRECISION_FLOOR} on
 * each) is then measured on the sets it was not chosen on (the other paraphrase set and the real published
 * opinions, when ../shared/opinions is there). Done both ways round, then with one paraphrase set alone (leave one
 * set out: tuned on set 1, measured on set 2, the invented and the real set, and the other way round). Run by hand
 * (docs/benchmarks.md); prints the settings chosen and the held-out scores, which are the figures to believe. Last,
 * each paraphrase set is left out in turn (the invented set and the other paraphrase sets choose) and the mean of the
 * held-out F1 is printed (decision 0054).
 * {@code -Dgrid.dump=FILE} writes every setting's scores instead; {@code -Dgrid.thresholds=…}, {@code
 * -Dgrid.margins=…}, {@code -Dgrid.concepts=…} give a finer or coarser grid.
 */
public final class GroupingCrossCheck {

    static final double PRECISION_FLOOR = 0.85;
    /** The bonus of a pair naming the same matter (decision 0031); none first, so a tie keeps the plainer one. */
    static final double[] CONCEPT_BONUSES = {0.0, 0.1, 0.2};
    /** Opinions naming different kinds of thing kept apart (decision 0039) or not; on first, so a tie keeps it. */
    static final double[] THING_RULES = {0.3, 0.0};
    /** Local works in different areas kept apart (decision 0039) or not; on first. */
    static final double[] AREA_RULES = {0.3, 0.0};
    /** A shared name alone kept apart (decision 0047) or not; on first. */
    static final double[] NAME_ONLY_RULES = doubles("grid.nameOnly", "0.3,0.0");
    static final double[] THRESHOLDS = doubles("grid.thresholds", "0.26,0.32,0.38,0.44");
    static final double[] MARGINS = doubles("grid.margins", "0.3,0.2,0.1,0.0");
    static final double[] CONCEPT_WEIGHTS = doubles("grid.concepts", "1.5,2.0,3.0");

    /** A list of numbers from a system property (a finer or coarser grid by hand), or the default list. */
    private static double[] doubles(String property, String otherwise) {
        return java.util.Arrays.stream(System.getProperty(property, otherwise).split(","))
                .mapToDouble(Double::parseDouble).toArray();
    }

    private GroupingCrossCheck() {
    }

    public static void main(String[] args) {
        Map<String, List<LabelledOpinions.Row>> sets = GroupingQualityBenchmark.sets();
        List<SimilarityGrouper.Settings> grid = grid();
        // the invented set with one paraphrase set (its precision guards the choice), then one paraphrase set alone
        // (tuned on set 1, measured on set 2 and the real set, and the other way round), then leave one paraphrase set
        // out: the invented set and the other paraphrase sets choose, the set left out measures (decision 0054)
        List<String[]> folds = new ArrayList<>(List.of(new String[] {"invented (tsv)", "paraphrase-set-1.csv"},
                new String[] {"invented (tsv)", "paraphrase-set-2.csv"}, new String[] {"paraphrase-set-1.csv"},
                new String[] {"paraphrase-set-2.csv"}));
        int firstLeaveOneOut = folds.size();
        for (String left : OpinionSets.PARAPHRASE_SETS) {
            List<String> tuning = new ArrayList<>(List.of("invented (tsv)"));
            OpinionSets.PARAPHRASE_SETS.stream().filter(set -> !set.equals(left)).forEach(tuning::add);
            folds.add(tuning.toArray(String[]::new));
        }
        String dump = System.getProperty("grid.dump");
        if (dump != null) {
            dump(sets, grid, java.nio.file.Path.of(dump));
            return;
        }
        // every setting scored once on every set, then each fold chooses from the table
        List<Map<String, LabelledOpinions.Scores>> table = new ArrayList<>(grid.size());
        for (SimilarityGrouper.Settings settings : grid) {
            Map<String, LabelledOpinions.Scores> row = new java.util.HashMap<>();
            sets.forEach((name, rows) -> row.put(name, score(rows, settings)));
            table.add(row);
        }
        // each paraphrase set's score when it was left out (the last folds), for the mean held-out F1
        Map<String, LabelledOpinions.Scores> leftOut = new java.util.LinkedHashMap<>();
        Map<String, LabelledOpinions.Scores> leftOutDefaults = new java.util.LinkedHashMap<>();
        for (int f = 0; f < folds.size(); f++) {
            String[] tuning = folds.get(f);
            int best = -1;
            double bestScore = -1;
            for (int k = 0; k < grid.size(); k++) {
                double sum = 0;
                boolean precise = true;
                for (String name : tuning) {
                    LabelledOpinions.Scores scores = table.get(k).get(name);
                    sum += scores.f1();
                    precise &= scores.precision() >= PRECISION_FLOOR;
                }
                double score = sum / tuning.length;
                if (precise && score > bestScore) {
                    bestScore = score;
                    best = k;
                }
            }
            System.out.printf("chosen on %s (mean F1 %.3f): %s%n", String.join(" + ", tuning), bestScore, grid.get(best));
            for (String name : sets.keySet()) {
                boolean heldOut = !List.of(tuning).contains(name);
                System.out.printf("  %-8s %-22s %s%n", heldOut ? "held-out" : "tuned on", name, table.get(best).get(name));
            }
            if (f >= firstLeaveOneOut) {
                for (String set : OpinionSets.PARAPHRASE_SETS) {
                    if (!List.of(tuning).contains(set)) {
                        leftOut.put(set, table.get(best).get(set));
                        leftOutDefaults.put(set, score(sets.get(set), SimilarityGrouper.Settings.DEFAULT));
                    }
                }
            }
            System.out.printf("  default settings on the held-out sets:%n");
            for (Map.Entry<String, List<LabelledOpinions.Row>> set : sets.entrySet()) {
                if (!List.of(tuning).contains(set.getKey())) {
                    System.out.printf("  %-8s %-22s %s%n", "held-out", set.getKey(),
                            score(set.getValue(), SimilarityGrouper.Settings.DEFAULT));
                }
            }
        }
        printLeftOut(leftOut, leftOutDefaults);
    }

    /**
     * The mean F1 of the paraphrase sets, each scored with the settings chosen without it (leave one set out), and with
     * the defaults for comparison.
     */
    private static void printLeftOut(Map<String, LabelledOpinions.Scores> leftOut,
            Map<String, LabelledOpinions.Scores> defaults) {
        if (leftOut.isEmpty()) {
            return;
        }
        System.out.printf("leave one paraphrase set out (%d sets): mean held-out F1 %.3f (defaults on the same sets %.3f)%n",
                leftOut.size(), leftOut.values().stream().mapToDouble(LabelledOpinions.Scores::f1).average().orElse(0),
                defaults.values().stream().mapToDouble(LabelledOpinions.Scores::f1).average().orElse(0));
        leftOut.forEach((set, scores) -> System.out.printf("  %-22s %s%n", set, scores));
    }

    /** Every setting's scores on every set, one line each (for a look at the trade-offs, -Dgrid.dump=FILE). */
    private static void dump(Map<String, List<LabelledOpinions.Row>> sets, List<SimilarityGrouper.Settings> grid,
            java.nio.file.Path file) {
        List<String> lines = new ArrayList<>();
        for (SimilarityGrouper.Settings settings : grid) {
            StringBuilder line = new StringBuilder(settings.toString());
            for (Map.Entry<String, List<LabelledOpinions.Row>> set : sets.entrySet()) {
                LabelledOpinions.Scores s = score(set.getValue(), settings);
                line.append('\t').append(set.getKey()).append('\t').append(s.correctPairs()).append('\t')
                        .append(s.predictedPairs()).append('\t').append(s.truePairs());
            }
            lines.add(line.toString());
        }
        try {
            java.nio.file.Files.write(file, lines);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static LabelledOpinions.Scores score(List<LabelledOpinions.Row> rows, SimilarityGrouper.Settings settings) {
        return LabelledOpinions.score(rows, new SimilarityGrouper(settings).group(LabelledOpinions.candidates(rows)));
    }

    /**
     * Threshold, the rule on areas, margin of a pair with no shared anchor, anchor and concept weights, the rule on
     * kinds of thing, concept bonus (the aspect penalty stays at its default, 0.35: 0.5 was never chosen; the
     * same-hamlet penalty and the anchor conflict penalty at 0: never chosen since decision 0031). Margins are tried
     * largest first and the rules on before off, so on a tie the stricter setting wins (precision first).
     */
    static List<SimilarityGrouper.Settings> grid() {
        SimilarityGrouper.Settings d = SimilarityGrouper.Settings.DEFAULT;
        List<SimilarityGrouper.Settings> grid = new ArrayList<>();
        for (double threshold : THRESHOLDS) {
            for (double area : AREA_RULES) {
                for (double margin : MARGINS) {
                    for (double anchor : new double[] {2.0, 3.0}) {
                        for (double concept : CONCEPT_WEIGHTS) {
                            for (double thing : THING_RULES) {
                                for (double bonus : CONCEPT_BONUSES) {
                                    for (double nameOnly : NAME_ONLY_RULES) {
                                        grid.add(new SimilarityGrouper.Settings(threshold, d.centroidMin(), d.fieldBonus(),
                                                d.bonusFloor(), d.samePlacePenalty(), d.aspectPenalty(), d.bigramWeight(),
                                                d.probeTerms(), d.edgeMin(), anchor, concept, d.anchorConflictPenalty(), margin,
                                                bonus, thing, area, nameOnly, d.namedMatterBonus()));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return grid;
    }
}
