package org.cutri.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * Quality of the suggestions on the labelled set (src/test/resources/grouping/labelled-opinions.tsv: 129
 * invented opinions of 15 hamlets, 27 issues raised by two to four hamlets in different words, 45
 * singletons, deliberately confusable pairs of the same field).
 *
 * <p>Measured with the default settings: pairwise precision 0.988 (85 of 86 suggested pairs right), recall 0.934
 * (85 of 91 same-issue pairs found); before decision 0051 (a concept weight of 2, no bonus for a shared matter) 0.988
 * (82/83) and 0.901; before decision 0047 (farm inputs and sales one matter, concepts read on folded words only)
 * 0.987 (77/78) and 0.846. The floors sit a little below, so a small change of
 * the word lists does not break the build, but a real loss does. Precision has the higher floor on
 * purpose: a wrong merge hides an opinion from the report (it is printed only as part of another
 * issue), while a missed merge only costs the secretary one drag. See docs/decisions/0008.
 */
class GroupingQualityTest {

    static final double PRECISION_FLOOR = 0.95;
    static final double RECALL_FLOOR = 0.85;
    static final double PARAPHRASE_PRECISION_FLOOR = 0.85;
    static final double PARAPHRASE_F1_FLOOR = 0.83;

    @Test
    void suggestionsOnTheLabelledSetAreRightAndFindMostSameIssuePairs() {
        List<LabelledOpinions.Row> rows = LabelledOpinions.load();
        List<SuggestedGroup> groups = new SimilarityGrouper().group(LabelledOpinions.candidates(rows));

        LabelledOpinions.Scores scores = LabelledOpinions.score(rows, groups);
        LoggerFactory.getLogger(GroupingQualityTest.class).info("Labelled set: {}", scores);

        assertThat(scores.truePairs()).isEqualTo(91);
        assertThat(scores.precision()).as(scores.toString()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(scores.recall()).as(scores.toString()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    /**
     * The two invented paraphrase sets of ../shared/opinions (copied into the test resources): 54 opinions each,
     * 15 issues raised two to four times in very different words (formal petition against colloquial note, one
     * typed without diacritics, some in decomposed Unicode, with typos), 16–17 singletons and traps of the same
     * field and place. Before the anchors and concepts of decision 0026 the suggestions found 1 of 30 and 2 of
     * 32 same-issue pairs (F1 0.07 and 0.12). Measured now with the default settings (decision 0051: a matter weighs
     * 3 and adds a bonus, now that a hamlet's own road is told from another's): set 1 precision 1.000 (21/21), recall
     * 0.700, F1 0.824; set 2 precision 0.857 (24/28), recall 0.750, F1 0.800, and since decision 0052 (a bill is no
     * tariff) 0.923 (24/26), F1 0.828. Before, with a concept weight of 2 and
     * no bonus: 1.000 (14/14), 0.467, 0.636 and 0.933 (14/15), 0.438, 0.596. Since decision 0053 (aspect words read as
     * written, an upgrade answers damage and what is missing, "đường nối hai xã" is "liên xã"): set 1 1.000 (27/27),
     * 0.900, F1 0.947; set 2 0.929 (26/28), 0.813, F1 0.867. The floors sit a little below.
     */
    @ParameterizedTest
    @ValueSource(strings = {"paraphrase-set-1.csv", "paraphrase-set-2.csv"})
    void suggestionsOnParaphrasedOpinionsAreRightAndFindSameIssuePairsWordedApart(String set) {
        List<LabelledOpinions.Row> rows = OpinionSets.resource(set);
        List<SuggestedGroup> groups = new SimilarityGrouper().group(LabelledOpinions.candidates(rows));

        LabelledOpinions.Scores scores = LabelledOpinions.score(rows, groups);
        LoggerFactory.getLogger(GroupingQualityTest.class).info("{}: {}", set, scores);

        assertThat(rows).hasSize(54);
        assertThat(scores.precision()).as(scores.toString()).isGreaterThanOrEqualTo(PARAPHRASE_PRECISION_FLOOR);
        assertThat(scores.f1()).as(scores.toString()).isGreaterThanOrEqualTo(PARAPHRASE_F1_FLOOR);
    }

    /**
     * The two paraphrase sets written blind (decision 0054): 56 and 57 opinions of a mountain commune and a coastal ward,
     * 15 issues each raised two to four times, with traps of the same place and field. Before decision 0054 the defaults
     * found 7 of 34 and 5 of 37 same-issue pairs: set 3 precision 1.000 (7/7), F1 0.341; set 4 precision 0.556 (5/9), F1
     * 0.217. After it (the road between two hamlets, a shared name and matter, a resettlement site, a hamlet's wharf):
     * set 3 1.000 (8/8), R 0.235, F1 0.381; set 4 0.778 (14/18), R 0.378, F1 0.509. The floors sit a little below.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"paraphrase-set-3.csv, 56, 0.95, 0.37", "paraphrase-set-4.csv, 57, 0.75, 0.49"})
    void suggestionsOnParaphraseSetsWrittenBlindAreRightAndFindSameIssuePairs(String set, int size, double precision,
            double f1) {
        List<LabelledOpinions.Row> rows = OpinionSets.resource(set);
        List<SuggestedGroup> groups = new SimilarityGrouper().group(LabelledOpinions.candidates(rows));

        LabelledOpinions.Scores scores = LabelledOpinions.score(rows, groups);
        LoggerFactory.getLogger(GroupingQualityTest.class).info("{}: {}", set, scores);

        assertThat(rows).hasSize(size);
        assertThat(scores.precision()).as(scores.toString()).isGreaterThanOrEqualTo(precision);
        assertThat(scores.f1()).as(scores.toString()).isGreaterThanOrEqualTo(f1);
    }

    /**
     * The held-out figures of GroupingCrossCheck (decision 0047), each fold's choice pinned here: chosen on the invented
     * set and paraphrase set 1, measured on set 2; chosen on the invented set and set 2 (the defaults), measured on set
     * 1. Measured when the choice was made: set 2 F1 0.742 (precision 0.767, 23/30), set 1 F1 0.824 (precision 1.000,
     * 21/21); before decision 0047 the same folds gave 0.721 and 0.667, before 0039 0.667 and 0.667. After decision
     * 0052 (more matters, local against national ones) the second fold chooses a concept weight of 2 and a bonus of 0.2:
     * set 2 F1 0.780 (precision 0.852, 23/27), set 1 F1 0.868 (precision 1.000, 23/23). After decision 0053 both folds
     * choose threshold 0.26 and the name-only rule, the first with anchor 3 / concept 3 / no bonus, the second with
     * anchor 2 / concept 3 / margin 0.1 / no bonus: set 2 F1 0.871 (precision 0.900, 27/30), set 1 F1 0.947 (precision
     * 1.000, 27/27). The floors sit a little below, so a change that loses held-out quality fails here (run GroupingCrossCheck again when a change
     * moves the folds' choices).
     *
     * <p>Decision 0054: with the bonus of a shared name and matter (0.15, which the grid keeps at its default) both folds
     * choose anchor weight 2: set 2 F1 0.871 (precision 0.900, 27/30), set 1 F1 0.966 (1.000, 28/28). Then each paraphrase
     * set left out in turn, the invented set and the other three choosing: set 1 F1 0.696 (1.000, 16/16), set 2 0.786
     * (0.917, 22/24), set 3 0.419 (1.000, 9/9), set 4 0.400 (0.769, 10/13): the folds holding set 4 choose a higher
     * threshold to keep its precision at 0.85, and the sets held out lose recall.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "paraphrase-set-2.csv | 0.26,0.55,0.04,0.30,0.0,0.35,0.8,8,0.15,2.0,3.0,0.0,0.0,0.0,0.3,0.3,0.3,0.15 | 0.83 | 0.85",
        "paraphrase-set-1.csv | 0.26,0.55,0.04,0.30,0.0,0.35,0.8,8,0.15,2.0,3.0,0.0,0.1,0.0,0.3,0.3,0.3,0.15 | 0.90 | 0.95",
        "paraphrase-set-1.csv | 0.38,0.55,0.04,0.30,0.0,0.35,0.8,8,0.15,3.0,3.0,0.0,0.1,0.0,0.3,0.3,0.3,0.15 | 0.68 | 0.95",
        "paraphrase-set-2.csv | 0.38,0.55,0.04,0.30,0.0,0.35,0.8,8,0.15,2.0,2.0,0.0,0.0,0.2,0.3,0.3,0.3,0.15 | 0.77 | 0.90",
        "paraphrase-set-3.csv | 0.38,0.55,0.04,0.30,0.0,0.35,0.8,8,0.15,2.0,2.0,0.0,0.0,0.2,0.3,0.3,0.3,0.15 | 0.40 | 0.95",
        "paraphrase-set-4.csv | 0.32,0.55,0.04,0.30,0.0,0.35,0.8,8,0.15,2.0,3.0,0.0,0.0,0.0,0.3,0.3,0.3,0.15 | 0.38 | 0.75"})
    void theSettingsChosenOnTheOtherSetsFindSameIssuePairsInAParaphraseSetTheyNeverSaw(String heldOut, String settings,
            double f1, double precision) {
        SimilarityGrouper.Settings chosen = SimilarityGrouper.Settings.parse(settings);
        List<LabelledOpinions.Row> rows = OpinionSets.resource(heldOut);
        LabelledOpinions.Scores scores = LabelledOpinions.score(rows,
                new SimilarityGrouper(chosen).group(LabelledOpinions.candidates(rows)));
        LoggerFactory.getLogger(GroupingQualityTest.class).info("{} held out: {}", heldOut, scores);

        assertThat(scores.f1()).as(scores.toString()).isGreaterThanOrEqualTo(f1);
        assertThat(scores.precision()).as(scores.toString()).isGreaterThanOrEqualTo(precision);
    }

    /**
     * Rows typed without diacritics ("Kenh tuoi N3 doan qua Trai Vai", "duong Ben Dinh ngap nuoc", "hem 112 Cay
     * Keo") and rows in decomposed Unicode (NFD) join the group of their issue: the anchors are found in folded
     * text too.
     */
    @Test
    void opinionsWithoutDiacriticsOrInDecomposedUnicodeJoinTheirIssue() {
        List<LabelledOpinions.Row> one = OpinionSets.resource("paraphrase-set-1.csv");
        List<LabelledOpinions.Row> two = OpinionSets.resource("paraphrase-set-2.csv");
        List<SuggestedGroup> groupsOne = new SimilarityGrouper().group(LabelledOpinions.candidates(one));
        List<SuggestedGroup> groupsTwo = new SimilarityGrouper().group(LabelledOpinions.candidates(two));

        assertThat(text(one, 51)).startsWith("Kenh tuoi N3");
        assertThat(text(one, 38)).isNotEqualTo(java.text.Normalizer.normalize(text(one, 38),
                java.text.Normalizer.Form.NFC));
        assertThat(together(groupsOne, 37, 51)).as("kênh N3, without diacritics").isTrue();
        assertThat(together(groupsOne, 2, 38)).as("khu Đồng Chùa, NFD").isTrue();
        assertThat(together(groupsTwo, 2, 47)).as("đường Bến Đình, without diacritics").isTrue();
        assertThat(together(groupsTwo, 16, 30)).as("hẻm 112 Cây Keo, without diacritics").isTrue();
        assertThat(together(groupsTwo, 31, 32)).as("quy hoạch Bà Ké, NFD").isTrue();
    }

    private static String text(List<LabelledOpinions.Row> rows, int id) {
        return rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow().text();
    }

    private static boolean together(List<SuggestedGroup> groups, int a, int b) {
        return groups.stream().anyMatch(g -> g.memberIds().contains(a) && g.memberIds().contains(b));
    }

    @Test
    void theLabelledSetIsAsDescribed() {
        List<LabelledOpinions.Row> rows = LabelledOpinions.load();
        var counts = rows.stream().collect(java.util.stream.Collectors.groupingBy(LabelledOpinions.Row::issue,
                java.util.stream.Collectors.counting()));

        assertThat(rows).hasSizeGreaterThanOrEqualTo(120);
        assertThat(rows.stream().map(LabelledOpinions.Row::hamlet).distinct()).hasSize(15);
        assertThat(counts.values().stream().filter(c -> c >= 2)).hasSizeGreaterThanOrEqualTo(25);
        assertThat(counts.values().stream().filter(c -> c == 1)).hasSizeGreaterThanOrEqualTo(40);
    }
}
