package org.cutri.grouping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled test set src/test/resources/grouping/labelled-opinions.tsv: invented opinions of 15 hamlets,
 * each with the issue it raises (an issue label used once is a singleton), and the pairwise scores of a
 * grouping against it.
 */
public final class LabelledOpinions {

    /** One row: id, hamlet, field, text, issue. */
    public record Row(int id, String hamlet, String field, String text, String issue) {

        public GroupCandidate candidate() {
            return new GroupCandidate(id, text, field, hamlet, null);
        }
    }

    /** Pairwise precision, recall and F1 over same-issue pairs. */
    public record Scores(int truePairs, int predictedPairs, int correctPairs) {

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double precision() {
            return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
        }

        public double recall() {
            return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "precision %.3f (%d/%d), recall %.3f (%d/%d), F1 %.3f",
                    precision(), correctPairs, predictedPairs, recall(), correctPairs, truePairs, f1());
        }
    }

    private LabelledOpinions() {
    }

    public static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = LabelledOpinions.class.getResourceAsStream("/grouping/labelled-opinions.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                rows.add(new Row(Integer.parseInt(cells[0]), cells[1], cells[2], cells[3], cells[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    public static List<GroupCandidate> candidates(List<Row> rows) {
        return rows.stream().map(Row::candidate).toList();
    }

    /** Scores the groups against the labels: a pair is predicted when both opinions are in one group. */
    public static Scores score(List<Row> rows, List<SuggestedGroup> groups) {
        return score(rows, groups, java.util.Set.of());
    }

    /** An unordered pair of ids as one number (see {@link #score(List, List, java.util.Set)}). */
    public static long pairKey(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /** As {@link #score(List, List)}, leaving out the given pairs ({@link #pairKey}) from both sides. */
    public static Scores score(List<Row> rows, List<SuggestedGroup> groups, java.util.Set<Long> excluded) {
        Map<Integer, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (int id : groups.get(g).memberIds()) {
                groupOf.put(id, g);
            }
        }
        int truePairs = 0;
        int predicted = 0;
        int correct = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                if (excluded.contains(pairKey(rows.get(i).id(), rows.get(j).id()))) {
                    continue;
                }
                boolean same = rows.get(i).issue().equals(rows.get(j).issue());
                Integer gi = groupOf.get(rows.get(i).id());
                boolean together = gi != null && gi.equals(groupOf.get(rows.get(j).id()));
                truePairs += same ? 1 : 0;
                predicted += together ? 1 : 0;
                correct += same && together ? 1 : 0;
            }
        }
        return new Scores(truePairs, predicted, correct);
    }
}
