package org.cutri.grouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.cutri.common.task.TaskMonitor;
import org.cutri.common.text.VietText;

/**
 * Suggests groups of opinions that raise the same issue (the report writes them once, "(Cử tri thôn A, B,
 * C)"). Precision first: a wrong merge hides an opinion from the report, a missed one only costs the
 * secretary a drag. See docs/decisions/0008-same-issue-groups.md.
 *
 * <p>Method: each opinion becomes a sparse TF-IDF vector of its folded syllables and syllable bigrams
 * ({@link IssueText}; stop words and petition formulas weigh near zero, IDF over the opinions given, so a
 * word every opinion uses weighs little). Rare misspelt syllables are mapped to a frequent neighbour.
 * Pairs are compared (cosine) only when they share a term that is among the heaviest of one of them and
 * not too common (an inverted index, never all pairs). Groups form by average-linkage clustering above a
 * high threshold (a missing pair counts as 0, so a chain A~B~C with A≁C does not hold), then every member
 * must be close to the group's centre or it leaves. Equal fields add a small bonus to a pair already
 * similar; opinions of the same hamlet need a closer wording. Two clusters never merge when a member of each
 * names a different problem ({@link IssueText#aspects}) or both name places and share none (decision 0026,
 * second pass). The output does not depend on the order of
 * the input: members ascending by id, groups by their first member.
 */
public final class SimilarityGrouper {

    /**
     * The knobs, measured on src/test/resources/grouping/labelled-opinions.tsv (GroupingQualityTest).
     *
     * @param threshold the least average similarity for two clusters to merge
     * @param centroidMin the least similarity of a member to its group's centre
     * @param fieldBonus added to a pair of the same field whose similarity is already above {@code bonusFloor}
     * @param bonusFloor see {@code fieldBonus}
     * @param samePlacePenalty subtracted from a pair of the same hamlet (they must be worded closer)
     * @param aspectPenalty subtracted from a pair whose aspects conflict ("vỡ" against "lắp đặt", see
     *        {@link IssueText#aspects}), or whose matters are two of one family and none in common ({@link
     *        IssueText#SIBLINGS}: the pay of hamlet workers against the guards', decision 0051)
     * @param bigramWeight weight of a bigram relative to a single syllable
     * @param probeTerms how many of an opinion's heaviest terms look for candidates
     * @param edgeMin pairs below this similarity are not kept (they count as 0 in the averages)
     * @param anchorWeight weight of a proper anchor ({@link IssueAnchors}: "ĐX.05", "Khe Cát", "hẻm 112")
     *        relative to a single syllable
     * @param conceptWeight weight of a concept ({@link IssueText#CONCEPTS}: "mất điện" and "cúp điện" are both
     *        the supply of power) relative to a single syllable
     * @param anchorConflictPenalty subtracted from a pair whose opinions both name places or works and share
     *        none of them (two different roads of one field)
     * @param unanchoredMargin subtracted from a pair that shares no anchor unless it shares both a concept and a
     *        named aspect (the same matter and the same problem: "giá thu gom rác quá cao" and "thu gom rác chậm"
     *        share the matter, not the problem); such a pair must be worded that much closer
     * @param conceptBonus added to a pair that names the same matter ({@link IssueText#CONCEPTS}) without
     *        naming different problems or different places: "cúp điện" and "trạm biến áp quá tải" share little
     *        wording but the matter (decision 0031); in proportion to the share of their matters they have in
     *        common (decision 0047)
     * @param nameOnlyRule subtracted from a pair that shares a name ({@link IssueAnchors}) and nothing else that says
     *        what the matter is: no concept and no word outside the name and the kind of thing ("quán cà phê trên
     *        đường Cây Gáo" and "đường Cây Gáo hư hỏng" are two matters of one road; decision 0047)
     * @param namedMatterBonus added to a pair that shares a name ({@link IssueAnchors}) and, beside it, a word that says
     *        what the matter is ({@link Vectors#matterBesideNames}): "kè chống xâm thực ở Cồn Dứa" and "biển ăn sâu vào
     *        bờ Cồn Dứa, làm kè" — the same place and the same thing said of it, worded apart (decision 0054)
     */
    public record Settings(double threshold, double centroidMin, double fieldBonus, double bonusFloor,
            double samePlacePenalty, double aspectPenalty, double bigramWeight, int probeTerms, double edgeMin,
            double anchorWeight, double conceptWeight, double anchorConflictPenalty, double unanchoredMargin,
            double conceptBonus, double thingRule, double areaRule, double nameOnlyRule, double namedMatterBonus) {

        /**
         * A matter weighs 3 and adds a bonus of 0.1 (decision 0051), as the cross-check's folds chose since decision
         * 0047: a hamlet's own road is now told from another hamlet's road, and a hall where a market is held from the
         * hall's repairs, which kept the earlier defaults (a weight of 2, no bonus).
         */
        public static final Settings DEFAULT = new Settings(0.38, 0.55, 0.04, 0.30, 0.0, 0.35, 0.8, 8, 0.15, 3.0, 3.0, 0.0,
                0.0, 0.1, 0.3, 0.3, 0.0, 0.15);

        /** As the 17 knobs before decision 0054, without the bonus of a shared name and matter. */
        public Settings(double threshold, double centroidMin, double fieldBonus, double bonusFloor,
                double samePlacePenalty, double aspectPenalty, double bigramWeight, int probeTerms, double edgeMin,
                double anchorWeight, double conceptWeight, double anchorConflictPenalty, double unanchoredMargin,
                double conceptBonus, double thingRule, double areaRule, double nameOnlyRule) {
            this(threshold, centroidMin, fieldBonus, bonusFloor, samePlacePenalty, aspectPenalty, bigramWeight, probeTerms,
                    edgeMin, anchorWeight, conceptWeight, anchorConflictPenalty, unanchoredMargin, conceptBonus, thingRule,
                    areaRule, nameOnlyRule, 0.0);
        }

        /** As the 16 knobs before decision 0047, without the rule on a shared name alone. */
        public Settings(double threshold, double centroidMin, double fieldBonus, double bonusFloor,
                double samePlacePenalty, double aspectPenalty, double bigramWeight, int probeTerms, double edgeMin,
                double anchorWeight, double conceptWeight, double anchorConflictPenalty, double unanchoredMargin,
                double conceptBonus, double thingRule, double areaRule) {
            this(threshold, centroidMin, fieldBonus, bonusFloor, samePlacePenalty, aspectPenalty, bigramWeight, probeTerms,
                    edgeMin, anchorWeight, conceptWeight, anchorConflictPenalty, unanchoredMargin, conceptBonus, thingRule,
                    areaRule, 0.0, 0.0);
        }

        /** These settings with another threshold, every other knob kept. */
        public Settings withThreshold(double value) {
            return new Settings(value, centroidMin, fieldBonus, bonusFloor, samePlacePenalty, aspectPenalty, bigramWeight,
                    probeTerms, edgeMin, anchorWeight, conceptWeight, anchorConflictPenalty, unanchoredMargin, conceptBonus,
                    thingRule, areaRule, nameOnlyRule, namedMatterBonus);
        }

        /** These settings with the values of a comma-separated list in the order of the components. */
        public static Settings parse(String values) {
            String[] v = values.split(",");
            return new Settings(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                    Double.parseDouble(v[3]), Double.parseDouble(v[4]), Double.parseDouble(v[5]),
                    Double.parseDouble(v[6]), Integer.parseInt(v[7]), Double.parseDouble(v[8]),
                    Double.parseDouble(v[9]), Double.parseDouble(v[10]), Double.parseDouble(v[11]),
                    v.length > 12 ? Double.parseDouble(v[12]) : 0.0, v.length > 13 ? Double.parseDouble(v[13]) : 0.0,
                    v.length > 14 ? Double.parseDouble(v[14]) : 0.0, v.length > 15 ? Double.parseDouble(v[15]) : 0.0,
                    v.length > 16 ? Double.parseDouble(v[16]) : 0.0, v.length > 17 ? Double.parseDouble(v[17]) : 0.0);
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SimilarityGrouper.class);
    /** How many steps of a loop run between two looks at the monitor (cancelled? progress). */
    private static final int CHECK_EVERY = 256;

    private final Settings settings;

    public SimilarityGrouper() {
        this(Settings.DEFAULT);
    }

    public SimilarityGrouper(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    /** The suggested groups: each of two opinions or more, members ascending, groups by first member. */
    public List<SuggestedGroup> group(List<GroupCandidate> input) {
        return group(input, TaskMonitor.NONE);
    }

    /**
     * As {@link #group(List)}, reporting progress to the monitor and stopping (with
     * {@link java.util.concurrent.CancellationException}) soon after it is cancelled: every loop over the
     * opinions, the pairs and the clusters checks it.
     */
    public List<SuggestedGroup> group(List<GroupCandidate> input, TaskMonitor monitor) {
        return group(input, GroupingEvidence.NONE, monitor);
    }

    /**
     * As {@link #group(List, TaskMonitor)}, with what the office decided before (decision 0031): a pair split
     * apart never ends in one group; a pair accepted together is joined first (whatever its words), and its
     * group is marked {@link SuggestedGroup#remembered()}.
     */
    public List<SuggestedGroup> group(List<GroupCandidate> input, GroupingEvidence evidence, TaskMonitor monitor) {
        List<GroupCandidate> docs = new ArrayList<>(input);
        docs.sort(Comparator.comparingInt(GroupCandidate::id));
        int n = docs.size();
        if (n < 2) {
            return List.of();
        }
        long start = System.nanoTime();
        Vectors vectors = Vectors.build(docs, settings, monitor.part(0, 0.3));
        long built = System.nanoTime();
        Edges edges = similarPairs(docs, vectors, monitor.part(0.3, 0.6));
        Decisions decisions = Decisions.of(docs, evidence);
        decisions.addRemembered(edges);
        long paired = System.nanoTime();
        List<int[]> clusters = averageLinkage(n, edges, vectors, decisions, monitor.part(0.6, 0.85));
        LOG.debug("Grouping {} opinions: vectors {} ms, {} similar pairs {} ms, clustering {} ms", n,
                (built - start) / 1_000_000, edges.size(), (paired - built) / 1_000_000,
                (System.nanoTime() - paired) / 1_000_000);
        TaskMonitor checking = monitor.part(0.85, 1.0);
        List<SuggestedGroup> groups = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            checking.checkCancelled();
            SuggestedGroup group = checkedGroup(clusters.get(c), docs, vectors, decisions);
            if (group != null) {
                groups.add(group);
            }
            checking.progress(c + 1, clusters.size());
        }
        groups.sort(Comparator.comparingInt(g -> g.memberIds().get(0)));
        return List.copyOf(groups);
    }

    /** The knobs this grouper scores and clusters with. */
    public Settings settings() {
        return settings;
    }

    /** The least similarity at which two opinions are taken for the same issue (clusters merge above it). */
    public double threshold() {
        return settings.threshold();
    }

    /**
     * How close each of {@code queries} is to each of {@code targets}, scored exactly as the grouping scores a pair
     * of opinions (the same vectors, built over both lists together, and the same adjustments): {@code
     * result[query][target]}, about 0 to 1. The ids of the candidates are not used. Finding which issue an agency's
     * answer row speaks of uses it, with {@link #threshold()}.
     */
    public double[][] similarities(List<GroupCandidate> queries, List<GroupCandidate> targets, TaskMonitor monitor) {
        List<GroupCandidate> docs = new ArrayList<>(targets.size() + queries.size());
        for (GroupCandidate target : targets) {
            docs.add(new GroupCandidate(docs.size(), target.text(), target.field(), target.place(), target.commune()));
        }
        for (GroupCandidate query : queries) {
            docs.add(new GroupCandidate(docs.size(), query.text(), query.field(), query.place(), query.commune()));
        }
        double[][] scores = new double[queries.size()][targets.size()];
        if (queries.isEmpty() || targets.isEmpty()) {
            return scores;
        }
        Vectors vectors = Vectors.build(docs, settings, monitor.part(0, 0.5));
        TaskMonitor comparing = monitor.part(0.5, 1.0);
        for (int q = 0; q < queries.size(); q++) {
            comparing.checkCancelled();
            for (int t = 0; t < targets.size(); t++) {
                scores[q][t] = pairSimilarity(docs, vectors, targets.size() + q, t);
            }
            comparing.progress(q + 1, queries.size());
        }
        return scores;
    }

    /**
     * Scores pairs of these opinions as the grouping scores them, from vectors built once over all of them: the
     * report screen ranks the opinions that may raise the same issue as a chosen one (decision 0056) many times
     * over the same round. Opinions are named by their position in {@code opinions}; their ids are not used.
     */
    public Scorer scorer(List<GroupCandidate> opinions, TaskMonitor monitor) {
        List<GroupCandidate> docs = new ArrayList<>(opinions.size());
        for (GroupCandidate opinion : opinions) {
            docs.add(new GroupCandidate(docs.size(), opinion.text(), opinion.field(), opinion.place(), opinion.commune()));
        }
        return new Scorer(this, docs, Vectors.build(docs, settings, monitor));
    }

    /** Pairs of opinions by position, scored as the grouping scores them (see {@link #scorer}); safe from any thread. */
    public static final class Scorer {
        private final SimilarityGrouper grouper;
        private final List<GroupCandidate> docs;
        private final Vectors vectors;

        private Scorer(SimilarityGrouper grouper, List<GroupCandidate> docs, Vectors vectors) {
            this.grouper = grouper;
            this.docs = docs;
            this.vectors = vectors;
        }

        /** The similarity of two opinions, about 0 to 1. */
        public double similarity(int i, int j) {
            return grouper.pairSimilarity(docs, vectors, i, j);
        }

        /** What the two opinions share, as a suggestion shows why it was made: names, matters, then words. */
        public List<String> shared(int i, int j) {
            return Shared.words(List.of(i, j), j, docs, vectors);
        }
    }

    double pairSimilarity(List<GroupCandidate> docs, Vectors vectors, int i, int j) {
        double sim = vectors.dot(i, j);
        if (sim >= settings.bonusFloor() && vectors.field[i] >= 0 && vectors.field[i] == vectors.field[j]) {
            sim += settings.fieldBonus();
        }
        if (vectors.place[i] == vectors.place[j]) {
            sim -= settings.samePlacePenalty();
        }
        if (vectors.anchorConflict(i, j)) {
            sim -= settings.anchorConflictPenalty();
        }
        int aspectsA = vectors.aspects[i];
        int aspectsB = vectors.aspects[j];
        if ((aspectsA != 0 && aspectsB != 0 && (aspectsA & aspectsB) == 0)
                || IssueText.siblingsConflict(vectors.siblings[i], vectors.siblings[j])) {
            sim -= settings.aspectPenalty();
        }
        boolean sameMatter = Vectors.shareAny(vectors.conceptIds[i], vectors.conceptIds[j]);
        if (!Vectors.shareAny(vectors.anchorIds[i], vectors.anchorIds[j]) && !(aspectsA == aspectsB && sameMatter)) {
            sim -= settings.unanchoredMargin();
        }
        if (settings.thingRule() > 0 && IssueThings.conflict(vectors.things[i], vectors.things[j])) {
            sim -= settings.thingRule();
        }
        if (settings.areaRule() > 0 && vectors.areaConflict(i, j)) {
            sim -= settings.areaRule();
        }
        if (vectors.domains[i] != 0 && vectors.domains[j] != 0 && (vectors.domains[i] & vectors.domains[j]) == 0) {
            // public order against the state of works: cafés on a road and its potholes (decision 0053)
            sim -= settings.aspectPenalty();
        }
        if (vectors.sectionConflict(i, j)) {
            // two sections of one road are two works (decision 0053)
            sim -= settings.aspectPenalty();
        }
        if (vectors.cohortConflict(i, j)) {
            // those retired before 1990 and those retired after 2016: two requests however alike (decision 0053)
            sim -= settings.aspectPenalty();
        }
        if (settings.nameOnlyRule() > 0 && !sameMatter && vectors.nameOnly(i, j)) {
            sim -= settings.nameOnlyRule();
        }
        // (the words beside the names are read only when the bonus can make the pair count at all)
        if (settings.namedMatterBonus() > 0 && sim + settings.namedMatterBonus() >= settings.edgeMin()
                && (Vectors.shareAny(vectors.otherAnchorIds[i], vectors.anchorIds[j])
                        || Vectors.shareAny(vectors.otherAnchorIds[j], vectors.anchorIds[i]))
                && vectors.matterBesideNames(i, j) >= Vectors.NAMED_MATTER_REST) {
            // the same place and something said of it in the same words: "kè … Cồn Dứa" (decision 0054)
            sim += settings.namedMatterBonus();
        }
        if (sameMatter && !vectors.anchorConflict(i, j)
                && !IssueText.siblingsConflict(vectors.siblings[i], vectors.siblings[j]) && (aspectsA == 0 || aspectsB == 0 || (aspectsA & aspectsB) != 0)) {
            // in proportion to the matters the two share of all they name (decision 0047): "sổ đỏ chậm, nộp hồ sơ
            // lâu" and "thủ tục ở bộ phận một cửa" share the paperwork, not the land title
            sim += settings.conceptBonus() * Vectors.overlap(vectors.conceptIds[i], vectors.conceptIds[j]);
        }
        return sim;
    }

    /**
     * The similar pairs of a round, in primitive arrays: on a big round they are millions, and as one small
     * array each they made the garbage collector copy hundreds of megabytes while they were being collected.
     */
    static final class Edges {
        private int[] from;
        private int[] to;
        private double[] similarity;
        private int size;

        Edges(int capacity) {
            from = new int[capacity];
            to = new int[capacity];
            similarity = new double[capacity];
        }

        void add(int i, int j, double sim) {
            if (size == from.length) {
                int capacity = Math.max(4, size * 2);
                from = Arrays.copyOf(from, capacity);
                to = Arrays.copyOf(to, capacity);
                similarity = Arrays.copyOf(similarity, capacity);
            }
            from[size] = i;
            to[size] = j;
            similarity[size] = sim;
            size++;
        }

        void addAll(Edges more) {
            for (int k = 0; k < more.size; k++) {
                add(more.from[k], more.to[k], more.similarity[k]);
            }
        }

        int size() {
            return size;
        }
    }

    /** Candidate pairs through the inverted index, kept when similar enough. */
    private Edges similarPairs(List<GroupCandidate> docs, Vectors vectors, TaskMonitor monitor) {
        int n = docs.size();
        int terms = vectors.termCount();
        // a term in more than 1 opinion in 40 (at least 25) finds no candidates: it is too common to tell
        int maxDf = Math.max(25, n / 40);
        // full postings of the terms usable for probing, and postings of the terms among a doc's heaviest
        // (as int arrays, opinions in order: no boxed numbers for the garbage collector to copy)
        int[][] probes = new int[n][];
        int[] allCount = new int[terms];
        int[] heavyCount = new int[terms];
        for (int d = 0; d < n; d++) {
            if (d % CHECK_EVERY == 0) {
                monitor.checkCancelled();
            }
            probes[d] = vectors.heaviest(d, settings.probeTerms(), maxDf);
            for (int t : vectors.termIds[d]) {
                if (vectors.probeable(t, maxDf)) {
                    allCount[t]++;
                }
            }
            for (int t : probes[d]) {
                heavyCount[t]++;
            }
        }
        int[][] all = new int[terms][];
        int[][] heavy = new int[terms][];
        for (int t = 0; t < terms; t++) {
            all[t] = allCount[t] == 0 ? null : new int[allCount[t]];
            heavy[t] = heavyCount[t] == 0 ? null : new int[heavyCount[t]];
        }
        Arrays.fill(allCount, 0);
        Arrays.fill(heavyCount, 0);
        for (int d = 0; d < n; d++) {
            for (int t : vectors.termIds[d]) {
                if (vectors.probeable(t, maxDf)) {
                    all[t][allCount[t]++] = d;
                }
            }
            for (int t : probes[d]) {
                heavy[t][heavyCount[t]++] = d;
            }
        }
        // each opinion's pairs with the later ones, on all cores; joined in order, so the result never varies
        ThreadLocal<int[][]> buffers = ThreadLocal.withInitial(() -> {
            int[] seen = new int[n];
            Arrays.fill(seen, -1);
            return new int[][] {seen, new int[n]};
        });
        Edges edges = new Edges(1024);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.stream.IntStream.range(0, n).parallel().mapToObj(i -> {
            int finished = done.incrementAndGet();
            if (finished % CHECK_EVERY == 0) {
                monitor.checkCancelled();
                monitor.progress(finished, n);
            }
            int[][] buffer = buffers.get();
            int[] seen = buffer[0];
            int[] found = buffer[1];
            int count = 0;
            for (int t : probes[i]) {
                count = collect(all[t], i, seen, found, count);
            }
            for (int t : vectors.termIds[i]) {
                count = collect(heavy[t], i, seen, found, count);
            }
            Arrays.sort(found, 0, count);
            Edges own = new Edges(0);
            for (int k = 0; k < count; k++) {
                int j = found[k];
                double sim = pairSimilarity(docs, vectors, i, j);
                if (sim >= settings.edgeMin()) {
                    own.add(i, j, sim);
                }
            }
            return own;
        }).forEachOrdered(edges::addAll);
        return edges;
    }

    private static int collect(int[] postings, int i, int[] seen, int[] found, int count) {
        if (postings == null) {
            return count;
        }
        for (int j : postings) {
            if (j > i && seen[j] != i) {
                seen[j] = i;
                found[count++] = j;
            }
        }
        return count;
    }

    /**
     * Average-linkage clustering on the sparse similarity graph; returns clusters of two or more. Two clusters
     * that both name places or works and share none of them never merge (two places, however alike the words),
     * nor two clusters with a member each whose aspects conflict (a price and a delay are two problems).
     */
    private List<int[]> averageLinkage(int n, Edges edges, Vectors vectors, Decisions decisions, TaskMonitor monitor) {
        int[][] anchors = vectors.otherAnchorIds.clone();
        boolean areaRule = settings.areaRule() > 0;
        int[][] localAreas = new int[n][];
        int[][] allAnchors = vectors.anchorIds.clone();
        for (int i = 0; i < n; i++) {
            localAreas[i] = areaRule && vectors.local[i] ? vectors.areaIds[i] : null;
        }
        int[][] cohorts = vectors.cutoffs.clone();
        int[][] aspectMasks = new int[n][];
        int[][] thingMasks = new int[n][];
        int[][] domainMasks = new int[n][];
        boolean things = settings.thingRule() > 0;
        for (int i = 0; i < n; i++) {
            aspectMasks[i] = vectors.aspects[i] == 0 ? null : new int[] {vectors.aspects[i]};
            thingMasks[i] = !things || vectors.things[i] == 0 ? null : new int[] {vectors.things[i]};
            domainMasks[i] = vectors.domains[i] == 0 ? null : new int[] {vectors.domains[i]};
        }
        List<IntDoubleMap> sums = new ArrayList<>(n);
        int[] size = new int[n];
        int[] version = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sums.add(new IntDoubleMap());
            size[i] = 1;
            List<Integer> own = new ArrayList<>();
            own.add(i);
            members.add(own);
        }
        // best first; ties by the smaller cluster numbers so the result never depends on hashing
        MergeQueue queue = new MergeQueue();
        for (int k = 0; k < edges.size; k++) {
            int a = edges.from[k];
            int b = edges.to[k];
            double sim = edges.similarity[k];
            sums.get(a).put(b, sim);
            sums.get(b).put(a, sim);
            if (sim >= settings.threshold()) {
                // a pair accepted before is joined first, though the bonuses lift a pair of words above its similarity
                boolean remembered = sim == Decisions.REMEMBERED && decisions.together.contains(GroupingEvidence.pair(a, b));
                queue.add(remembered ? Decisions.FIRST : sim, a, b, 0, 0);
            }
        }
        // each merge leaves one cluster fewer: the merges so far against at most n - 1 tell how far it got
        int merges = 0;
        long polls = 0;
        while (!queue.isEmpty()) {
            if (++polls % CHECK_EVERY == 0) {
                monitor.checkCancelled();
                monitor.progress(merges, n - 1);
            }
            int a = queue.topLow();
            int b = queue.topHigh();
            boolean current = version[a] == queue.topLowVersion() && version[b] == queue.topHighVersion();
            queue.removeTop();
            if (size[a] == 0 || size[b] == 0 || !current
                    || decisions.spans(decisions.apart, members.get(a), members.get(b))) {
                continue;
            }
            // the secretary's earlier "together" outweighs what the words say
            if (!decisions.spans(decisions.together, members.get(a), members.get(b))
                    && ((anchors[a] != null && anchors[b] != null && !Vectors.shareAny(anchors[a], allAnchors[b])
                            && !Vectors.shareAny(anchors[b], allAnchors[a]))
                    || aspectsConflict(aspectMasks[a], aspectMasks[b]) || aspectsConflict(thingMasks[a], thingMasks[b])
                    || (cohorts[a] != null && cohorts[b] != null && !Vectors.shareAny(cohorts[a], cohorts[b]))
                    || aspectsConflict(domainMasks[a], domainMasks[b])
                    || (localAreas[a] != null && localAreas[b] != null && !Vectors.shareAny(localAreas[a], localAreas[b])
                            && !Vectors.shareAny(allAnchors[a], allAnchors[b])))) {
                continue;
            }
            localAreas[a] = union(localAreas[a], localAreas[b]);
            cohorts[a] = union(cohorts[a], cohorts[b]);
            allAnchors[a] = union(allAnchors[a], allAnchors[b]);
            anchors[a] = union(anchors[a], anchors[b]);
            aspectMasks[a] = union(aspectMasks[a], aspectMasks[b]);
            thingMasks[a] = union(thingMasks[a], thingMasks[b]);
            domainMasks[a] = union(domainMasks[a], domainMasks[b]);
            // merge b into a
            IntDoubleMap sa = sums.get(a);
            IntDoubleMap sb = sums.get(b);
            sa.remove(b);
            sb.remove(a);
            sb.forEach((x, sum) -> {
                sa.add(x, sum);
                sums.get(x).remove(b);
            });
            size[a] += size[b];
            size[b] = 0;
            merges++;
            members.get(a).addAll(members.get(b));
            members.set(b, null);
            sums.set(b, null);
            version[a]++;
            // the queue orders equal averages by cluster number, so this loop's order does not matter
            sa.forEach((x, sum) -> {
                sums.get(x).put(a, sum);
                double average = sum / ((double) size[a] * size[x]);
                if (average >= settings.threshold()) {
                    int lo = Math.min(a, x);
                    int hi = Math.max(a, x);
                    queue.add(average, lo, hi, version[lo], version[hi]);
                }
            });
        }
        List<int[]> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (size[i] >= 2) {
                clusters.add(members.get(i).stream().mapToInt(Integer::intValue).sorted().toArray());
            }
        }
        return clusters;
    }

    /** True when a mask of one list and a mask of the other are disjoint (null: no aspect named). */
    private static boolean aspectsConflict(int[] x, int[] y) {
        if (x == null || y == null) {
            return false;
        }
        for (int a : x) {
            for (int b : y) {
                if ((a & b) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The ids of two ascending lists (null: none), ascending, each once; null when both are null. */
    private static int[] union(int[] x, int[] y) {
        if (x == null || y == null) {
            return x == null ? y : x;
        }
        return java.util.stream.IntStream.concat(Arrays.stream(x), Arrays.stream(y)).distinct().sorted().toArray();
    }

    /** Drops members far from the centre (one at a time, the farthest first); null when fewer than two stay. */
    private SuggestedGroup checkedGroup(int[] cluster, List<GroupCandidate> docs, Vectors vectors, Decisions decisions) {
        List<Integer> kept = new ArrayList<>();
        for (int d : cluster) {
            kept.add(d);
        }
        while (kept.size() >= 2) {
            Map<Integer, Double> centre = vectors.centroid(kept);
            int worst = -1;
            double worstSim = Double.MAX_VALUE;
            int central = -1;
            double centralSim = -1;
            double lowest = Double.MAX_VALUE;
            for (int d : kept) {
                double sim = vectors.dotWith(d, centre);
                lowest = Math.min(lowest, sim);
                // an opinion accepted with another member before stays, however far its words
                if (sim < worstSim && !decisions.spans(decisions.together, List.of(d), kept)) {
                    worstSim = sim;
                    worst = d;
                }
                if (sim > centralSim) {
                    centralSim = sim;
                    central = d;
                }
            }
            if (worst < 0 || worstSim >= settings.centroidMin()) {
                List<Integer> ids = kept.stream().map(d -> docs.get(d).id()).sorted().toList();
                return new SuggestedGroup(ids, docs.get(central).id(), VietText.clean(docs.get(central).text()),
                        Math.min(1.0, lowest), Shared.words(kept, central, docs, vectors),
                        decisions.spans(decisions.together, kept, kept));
            }
            kept.remove(Integer.valueOf(worst));
        }
        return null;
    }

    /** The office's earlier decisions ({@link GroupingEvidence}) as pairs of opinions' positions. */
    static final class Decisions {

        /** The similarity given to a pair accepted together before, as its clusters' averages count it. */
        static final double REMEMBERED = 1.0;
        /**
         * Where such a pair stands in the order of merges: above any pair of words, whose similarity the field and
         * concept bonuses can lift above 1 (decision 0051).
         */
        static final double FIRST = 10.0;

        final Set<Long> together = new HashSet<>();
        final Set<Long> apart = new HashSet<>();

        static Decisions of(List<GroupCandidate> docs, GroupingEvidence evidence) {
            Decisions decisions = new Decisions();
            if (evidence.isEmpty()) {
                return decisions;
            }
            Map<Integer, Integer> position = new HashMap<>();
            for (int d = 0; d < docs.size(); d++) {
                position.put(docs.get(d).id(), d);
            }
            translate(evidence.apart(), position, decisions.apart);
            translate(evidence.together(), position, decisions.together);
            decisions.together.removeAll(decisions.apart);
            return decisions;
        }

        private static void translate(Set<Long> pairs, Map<Integer, Integer> position, Set<Long> out) {
            for (long pair : pairs) {
                Integer a = position.get((int) (pair >>> 32));
                Integer b = position.get((int) pair);
                if (a != null && b != null && !a.equals(b)) {
                    out.add(GroupingEvidence.pair(a, b));
                }
            }
        }

        /** Adds the pairs accepted together as edges of the highest similarity (in order, so nothing varies). */
        void addRemembered(Edges edges) {
            together.stream().sorted().forEach(pair -> edges.add((int) (pair >>> 32), (int) (long) pair, REMEMBERED));
        }

        /** True when the set holds a pair of a member of one list and a (different) member of the other. */
        boolean spans(Set<Long> pairs, List<Integer> x, List<Integer> y) {
            if (pairs.isEmpty()) {
                return false;
            }
            for (int a : x) {
                for (int b : y) {
                    if (a != b && pairs.contains(GroupingEvidence.pair(a, b))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The opinions' sparse, length-normalised TF-IDF vectors. */
    static final class Vectors {
        final int[][] termIds;
        final double[][] weights;
        final int[] df;
        final boolean[] stopTerm;
        /** Terms that are weak or stop words in every opinion ({@link IssueText#WEAK_FACTOR}: "sửa chữa", "hỗ trợ"). */
        boolean[] weakTerm;
        final int[] aspects;
        /** Each opinion's {@link IssueThings} mask (0: it names no thing). */
        int[] things;
        /**
         * The administrative areas each opinion names or comes from (ids, ascending), or null when none: "huyện Cần
         * Đước" in its text, "Xã Lợi Thuận" as its place, its commune (decision 0039).
         */
        int[][] areaIds;

        /**
         * Each opinion's matter is tied to one place ({@link IssueText#local}): it names a work ({@link IssueThings})
         * and no matter of national policy, or a matter such as drugs or burning (decision 0052).
         */
        boolean[] local;

        /**
         * True when both opinions raise local matters ({@link #local}), both name areas and share none, and share no
         * anchor: water works in one district and in another are two issues, drugs in two communes too; a pension
         * request from two provinces is one.
         */
        /**
         * The years each opinion writes as the boundary of a cohort ({@link IssueText#cutoffYears}), or null when none:
         * "nghỉ hưu từ năm 1990 trở về trước" (decision 0053).
         */
        int[][] cutoffs;

        /**
         * The names each opinion writes in the section of a work it speaks of (ids of anchor terms, ascending), or null
         * when none: "Cầy Xiêng" and "ngã ba Vịnh" of "quốc lộ 22B (đoạn từ Cầy Xiêng đến ngã ba Vịnh)" (decision 0053).
         */
        int[][] sectionIds;

        /**
         * True when two opinions share a name (the road) and each names a section of it that the other does not name at
         * all: "đoạn từ Cầy Xiêng đến ngã ba Vịnh" and "đoạn gần trại giam B4" are two works of one road.
         */
        boolean sectionConflict(int a, int b) {
            return sectionIds[a] != null && sectionIds[b] != null && !shareAny(sectionIds[a], anchorIds[b])
                    && !shareAny(sectionIds[b], anchorIds[a]) && shareAny(anchorIds[a], anchorIds[b]);
        }

        /** True when both opinions bound a cohort by years and share none: two cohorts, two requests. */
        boolean cohortConflict(int a, int b) {
            return cutoffs[a] != null && cutoffs[b] != null && !shareAny(cutoffs[a], cutoffs[b]);
        }

        boolean areaConflict(int a, int b) {
            return local[a] && local[b] && areaIds[a] != null && areaIds[b] != null
                    && !shareAny(areaIds[a], areaIds[b]) && !shareAny(anchorIds[a], anchorIds[b]);
        }
        /** Each opinion's field and place as small numbers (-1: no field), so a pair compares two ints. */
        final int[] field;
        final int[] place;
        /** Each term's text (a syllable, two syllables, an anchor or a concept with its mark), by id. */
        String[] termNames;
        /** Each opinion's folded syllables. */
        List<List<String>> words;
        /** Each opinion's anchor terms (ids, ascending), or null when it names none. */
        int[][] anchorIds;

        /**
         * Each opinion's anchor terms without the name of its own hamlet (ids, ascending), or null when none is
         * left: "Ấp 3" writing "con em ấp 3 phải học xa" says who speaks, not which school, so it sets the
         * opinion against no other place (it still counts as a shared word).
         */
        int[][] otherAnchorIds;

        /** Each opinion's {@link IssueText#siblingMask} (0: none of those concepts). */
        int[] siblings;

        /** Each opinion's {@link IssueText#domainMask}: public order, the state of works (0: neither). */
        int[] domains;

        /** Each opinion's concept terms (ids, ascending), or null when it names none. */
        int[][] conceptIds;

        /**
         * True when both opinions name anchors besides their own hamlet and neither names one that the other writes at
         * all: a road "từ Đồng Muối lên Bàu Sen" written from Đồng Muối and "đường Bàu Sen – Đồng Muối" written from Bàu
         * Sen name the same two places, though each leaves out its own hamlet (decision 0054).
         */
        boolean anchorConflict(int a, int b) {
            return otherAnchorIds[a] != null && otherAnchorIds[b] != null
                    && !shareAny(otherAnchorIds[a], anchorIds[b]) && !shareAny(otherAnchorIds[b], anchorIds[a]);
        }

        /**
         * Syllables of the kind of thing in front of a name: sharing them says no more than sharing the name. Since decision
         * 0054 also the kinds of settlement, "khu tái định cư", "khu dân cư", "cụm dân cư" (a name's own words when a
         * shared name and matter add a bonus).
         */
        private static final Set<String> KIND_SYLLABLES = Set.of("duong", "tuyen", "kenh", "song", "rach", "cau", "hem",
                "ngo", "cho", "truong", "tram", "quoc", "tinh", "lo", "de", "cong", "muong", "suoi", "ap", "thon", "xom",
                "khu", "pho", "to", "xa", "phuong", "huyen", "tai", "dinh", "cu", "cum");

        /**
         * True when two opinions share a name and nothing else that says what the matter is: no concept, and no term
         * besides stop and weak words, the syllables of the names they share and the words for the kind of thing.
         */
        boolean nameOnly(int a, int b) {
            // the same problem named by both says what the matter is too: an upgrade asked for and a lane broken
            // (decision 0053)
            return shareAny(anchorIds[a], anchorIds[b]) && (aspects[a] & aspects[b]) == 0
                    && matterBesideNames(a, b) < NAME_ONLY_REST;
        }

        /** Below this, the words two opinions share beside their names say nothing of the matter (see {@link #nameOnly}). */
        static final double NAME_ONLY_REST = 0.001;

        /**
         * From this on, the words two opinions share beside their names say something of the matter (a content word of
         * some weight, not a trace), for {@link Settings#namedMatterBonus}.
         */
        static final double NAMED_MATTER_REST = 0.01;

        /**
         * The part of two opinions' similarity that is not their shared names: the products of the weights of the
         * terms they share besides stop and weak words, names, the syllables of names and the words for the kind of
         * thing; 1 when they share a concept.
         */
        double matterBesideNames(int a, int b) {
            int[] ta = termIds[a];
            int[] tb = termIds[b];
            Set<String> names = new HashSet<>();
            List<Integer> shared = new ArrayList<>();
            Map<Integer, Double> products = new HashMap<>();
            int i = 0;
            int j = 0;
            while (i < ta.length && j < tb.length) {
                if (ta[i] == tb[j]) {
                    String name = termNames[ta[i]];
                    if (name.startsWith(ANCHOR_MARK)) {
                        names.addAll(List.of(name.substring(1).split(" ")));
                    } else if (name.startsWith(CONCEPT_MARK)) {
                        return 1;
                    } else if (!stopTerm[ta[i]] && !weakTerm[ta[i]]) {
                        shared.add(ta[i]);
                        products.put(ta[i], weights[a][i] * weights[b][j]);
                    }
                    i++;
                    j++;
                } else if (ta[i] < tb[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            double rest = 0;
            for (int t : shared) {
                for (String syllable : termNames[t].split(" ")) {
                    if (!names.contains(syllable) && !KIND_SYLLABLES.contains(syllable)) {
                        rest += products.get(t);
                        break;
                    }
                }
            }
            return rest;
        }

        /** How many ids two ascending id lists (null: none) share, of all the ids they hold (0 when both are empty). */
        static double overlap(int[] x, int[] y) {
            if (x == null || y == null) {
                return 0;
            }
            int common = 0;
            int i = 0;
            int j = 0;
            while (i < x.length && j < y.length) {
                if (x[i] == y[j]) {
                    common++;
                    i++;
                    j++;
                } else if (x[i] < y[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return (double) common / (x.length + y.length - common);
        }

        /** True when two ascending id lists (null: none) hold a common id. */
        static boolean shareAny(int[] x, int[] y) {
            if (x == null || y == null) {
                return false;
            }
            int i = 0;
            int j = 0;
            while (i < x.length && j < y.length) {
                if (x[i] == y[j]) {
                    return true;
                } else if (x[i] < y[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return false;
        }

        private Vectors(int[][] termIds, double[][] weights, int[] df, boolean[] stopTerm, int[] aspects, int[] field,
                int[] place) {
            this.aspects = aspects;
            this.field = field;
            this.place = place;
            this.termIds = termIds;
            this.weights = weights;
            this.df = df;
            this.stopTerm = stopTerm;
        }

        int termCount() {
            return df.length;
        }

        boolean probeable(int term, int maxDf) {
            return !stopTerm[term] && df[term] >= 2 && df[term] <= maxDf;
        }

        static Vectors build(List<GroupCandidate> docs, Settings settings, TaskMonitor monitor) {
            double bigramWeight = settings.bigramWeight();
            int n = docs.size();
            Set<String> names = new HashSet<>();
            for (GroupCandidate doc : docs) {
                if (doc.place() != null) {
                    names.add(doc.place());
                }
                if (doc.commune() != null) {
                    names.add(doc.commune());
                }
            }
            Set<String> places = IssueText.placePhrases(names);
            List<List<String>> words = new ArrayList<>(n);
            List<List<String>> foldedWords = new ArrayList<>(n);
            Map<String, Integer> syllableDf = new HashMap<>();
            for (GroupCandidate doc : docs) {
                if (words.size() % CHECK_EVERY == 0) {
                    monitor.checkCancelled();
                    monitor.progress(words.size(), 2.0 * n);
                }
                List<String> folded = IssueText.foldedWords(doc.text());
                foldedWords.add(folded);
                List<String> syllables = IssueText.syllablesOfWords(folded);
                words.add(syllables);
                for (String s : new HashSet<>(syllables)) {
                    syllableDf.merge(s, 1, Integer::sum);
                }
            }
            Map<String, String> corrections = Typos.corrections(syllableDf, monitor);
            List<List<String>> areas = new ArrayList<>(n);
            List<List<String>> anchors = Anchors.of(docs, foldedWords, words, areas);
            foldedWords.clear();
            Map<String, Integer> ids = new HashMap<>();
            List<Map<Integer, Double>> raw = new ArrayList<>(n);
            List<Boolean> stops = new ArrayList<>();
            List<Boolean> weaks = new ArrayList<>();
            List<Integer> dfs = new ArrayList<>();
            Set<Integer> anchorTerms = new HashSet<>();
            List<Set<Integer>> ownPlaceTerms = new ArrayList<>(n);
            Set<Integer> conceptTerms = new HashSet<>();
            int[] aspects = new int[n];
            int[] siblings = new int[n];
            int[] domains = new int[n];
            List<Set<String>> conceptSets = new ArrayList<>(n);
            for (int d = 0; d < n; d++) {
                if (d % CHECK_EVERY == 0) {
                    monitor.checkCancelled();
                    monitor.progress(n + d, 2.0 * n);
                }
                List<String> syllables = words.get(d);
                List<String> fixed = corrections.isEmpty() ? syllables
                        : syllables.stream().map(s -> corrections.getOrDefault(s, s)).toList();
                aspects[d] = IssueText.aspects(fixed, docs.get(d).text());
                Map<Integer, Double> vector = new TreeMap<>();
                Map<String, Double> docTerms = IssueText.terms(fixed, places);
                Set<String> concepts = IssueText.concepts(fixed, docs.get(d).text());
                siblings[d] = IssueText.siblingMask(concepts);
                domains[d] = IssueText.domainMask(concepts);
                conceptSets.add(concepts);
                for (String concept : concepts) {
                    docTerms.put(CONCEPT_MARK + concept, settings.conceptWeight());
                }
                String ownPlace = docs.get(d).place() == null ? ""
                        : " " + String.join(" ", IssueText.foldedWords(docs.get(d).place()));
                Set<String> own = new HashSet<>();
                for (String anchor : anchors.get(d)) {
                    docTerms.merge(ANCHOR_MARK + anchor, settings.anchorWeight(), Math::max);
                    if (ownPlace.endsWith(" " + anchor) && !namesAThing(syllables, anchor)) {
                        own.add(ANCHOR_MARK + anchor);
                    }
                }
                Set<Integer> ownIds = new HashSet<>();
                for (Map.Entry<String, Double> term : docTerms.entrySet()) {
                    Integer id = ids.get(term.getKey());
                    if (id == null) {
                        id = ids.size();
                        ids.put(term.getKey(), id);
                        stops.add(Boolean.TRUE);
                        weaks.add(Boolean.TRUE);
                        dfs.add(0);
                    }
                    boolean marked = term.getKey().startsWith(ANCHOR_MARK) || term.getKey().startsWith(CONCEPT_MARK);
                    double factor = marked ? term.getValue()
                            : Math.min(2.0, term.getValue());
                    if (factor > IssueText.STOP_FACTOR * 1.5) {
                        stops.set(id, Boolean.FALSE);
                    }
                    if (factor > IssueText.WEAK_FACTOR * 1.5) {
                        weaks.set(id, Boolean.FALSE);
                    }
                    if (term.getKey().startsWith(ANCHOR_MARK)) {
                        anchorTerms.add(id);
                    } else if (term.getKey().startsWith(CONCEPT_MARK)) {
                        conceptTerms.add(id);
                    }
                    if (term.getKey().indexOf(' ') >= 0 && !marked) {
                        factor *= bigramWeight;
                    }
                    vector.put(id, factor);
                    dfs.set(id, dfs.get(id) + 1);
                    if (own.contains(term.getKey())) {
                        ownIds.add(id);
                    }
                }
                raw.add(vector);
                ownPlaceTerms.add(ownIds);
            }
            int[] df = dfs.stream().mapToInt(Integer::intValue).toArray();
            boolean[] stopTerm = new boolean[df.length];
            for (int t = 0; t < df.length; t++) {
                stopTerm[t] = stops.get(t);
            }
            int[][] termIds = new int[n][];
            double[][] weights = new double[n][];
            for (int d = 0; d < n; d++) {
                Map<Integer, Double> vector = raw.get(d);
                termIds[d] = new int[vector.size()];
                weights[d] = new double[vector.size()];
                double norm = 0;
                int k = 0;
                for (Map.Entry<Integer, Double> e : vector.entrySet()) {
                    double w = e.getValue() * Math.log(1.0 + (double) n / df[e.getKey()]);
                    termIds[d][k] = e.getKey();
                    weights[d][k] = w;
                    norm += w * w;
                    k++;
                }
                norm = Math.sqrt(norm);
                if (norm > 0) {
                    for (int i = 0; i < k; i++) {
                        weights[d][i] /= norm;
                    }
                }
            }
            Map<String, Integer> fieldIds = new HashMap<>();
            Map<String, Integer> placeIds = new HashMap<>();
            int[] field = new int[n];
            int[] place = new int[n];
            for (int d = 0; d < n; d++) {
                GroupCandidate doc = docs.get(d);
                field[d] = doc.field() == null ? -1 : fieldIds.computeIfAbsent(doc.field(), k -> fieldIds.size());
                place[d] = placeIds.computeIfAbsent(doc.placeKey(), k -> placeIds.size());
            }
            Vectors vectors = new Vectors(termIds, weights, df, stopTerm, aspects, field, place);
            vectors.weakTerm = new boolean[df.length];
            for (int t = 0; t < df.length; t++) {
                vectors.weakTerm[t] = weaks.get(t);
            }
            vectors.things = new int[n];
            vectors.local = new boolean[n];
            vectors.cutoffs = new int[n][];
            vectors.areaIds = new int[n][];
            Map<String, Integer> areaNumbers = new HashMap<>();
            for (int d = 0; d < n; d++) {
                vectors.things[d] = IssueThings.of(docs.get(d).text());
                List<Integer> years = IssueText.cutoffYears(docs.get(d).text());
                vectors.cutoffs[d] = years.isEmpty() ? null : years.stream().mapToInt(Integer::intValue).toArray();
                vectors.local[d] = IssueText.local(conceptSets.get(d), vectors.things[d]);
                Set<String> own = new HashSet<>(areas.get(d));
                own.addAll(Areas.of(docs.get(d).place()));
                own.addAll(Areas.commune(docs.get(d).commune()));
                vectors.areaIds[d] = own.isEmpty() ? null
                        : own.stream().mapToInt(a -> areaNumbers.computeIfAbsent(a, k -> areaNumbers.size())).sorted().toArray();
            }
            vectors.termNames = new String[ids.size()];
            ids.forEach((name, id) -> vectors.termNames[id] = name);
            vectors.words = words;
            vectors.anchorIds = markedIds(raw, anchorTerms);
            vectors.sectionIds = new int[n][];
            for (int d = 0; d < n; d++) {
                List<String> section = anchors.get(d).size() < 2 ? List.of() : sectionNames(docs.get(d).text(), anchors.get(d));
                vectors.sectionIds[d] = section.isEmpty() ? null
                        : section.stream().map(a -> ids.get(ANCHOR_MARK + a)).filter(Objects::nonNull).mapToInt(Integer::intValue)
                                .distinct().sorted().toArray();
            }
            vectors.conceptIds = markedIds(raw, conceptTerms);
            vectors.siblings = siblings;
            vectors.domains = domains;
            vectors.otherAnchorIds = new int[n][];
            for (int d = 0; d < n; d++) {
                Set<Integer> own = ownPlaceTerms.get(d);
                int[] other = vectors.anchorIds[d] == null ? null
                        : Arrays.stream(vectors.anchorIds[d]).filter(t -> !own.contains(t)).toArray();
                vectors.otherAnchorIds[d] = other == null || other.length == 0 ? null : other;
            }
            return vectors;
        }

        /** Words before the end of a section: "đến", "tới", "sang", "về", "ra". */
        private static final Set<String> SECTION_ENDS = Set.of("den", "toi", "sang", "ve", "ra");
        /** Kinds of hamlet and area: past the end of a section they say where the road is, not which part. */
        private static final Set<String> SECTION_BEYOND = Set.of("thon", "xom", "ap", "to", "khu", "xa", "phuong",
                "huyen", "tinh", "quan", "khom", "ban", "lang");

        /** How many words after "đoạn" or "từ" a section's names are looked for. */
        private static final int SECTION_WORDS = 10;

        /**
         * The anchors a text names in a section: in the words after "đoạn" (or "từ", written with diacritics) up to a
         * comma, a bracket or the end of the sentence, at most {@link #SECTION_WORDS}: "quốc lộ 22B (đoạn từ Cầy Xiêng
         * đến ngã ba Vịnh)" gives "cay xieng" and "ba vinh"; "đường liên xã đoạn qua thôn Cầu Mây" gives "cau may".
         */
        static List<String> sectionNames(String text, List<String> anchors) {
            Words words = Words.of(text);
            boolean plain = !IssueText.hasDiacritics(text);
            List<String> found = new ArrayList<>();
            for (int k = 0; k + 1 < words.size(); k++) {
                String written = words.text(k, k).toLowerCase(java.util.Locale.ROOT);
                if (!(written.equals("đoạn") || written.equals("từ") || (plain && written.equals("doan")))
                        || !words.joined(k)) {
                    continue;
                }
                StringBuilder window = new StringBuilder(" ");
                int end = -1;
                for (int j = k + 1; j < words.size() && j - k <= SECTION_WORDS; j++) {
                    String word = words.folded(j).toLowerCase(java.util.Locale.ROOT);
                    // "từ nhà ông A đến nhà ông B, ấp C": past the end of the section, a hamlet or an area says where
                    if (end >= 0 && j > end + 1 && SECTION_BEYOND.contains(word)) {
                        break;
                    }
                    if (end < 0 && SECTION_ENDS.contains(word)) {
                        end = j;
                    }
                    window.append(word).append(' ');
                    if (j + 1 < words.size() && !words.joined(j) && !dash(words, j)) {
                        break;
                    }
                }
                for (String anchor : anchors) {
                    if (window.indexOf(" " + anchor + " ") >= 0 && !found.contains(anchor)) {
                        found.add(anchor);
                    }
                }
            }
            return found;
        }

        /** True when only spaces and a dash lie between word k and the next ("Cây Gáo - Thanh Bình"). */
        private static boolean dash(Words words, int k) {
            String gap = words.gap(k);
            return gap.strip().equals("-") || gap.strip().equals("–");
        }

        /**
         * Last syllables of the works a hamlet's name can name: "đường (trục)", "nhà văn hóa", "kênh", "mương", "cầu",
         * "ngõ", "hẻm", "cống", "trạm (bơm)", "đập", and since decision 0054 "bến", "cảng". Not "trưởng" (the head of a
         * hamlet is who speaks), "hộ", "cho".
         */
        private static final Set<String> WORKS = Set.of("duong", "truc", "hoa", "kenh", "muong", "cau", "ngo", "hem",
                "cong", "tram", "bom", "dap", "ben", "cang");

        /** Works before "cá" (fish): "bến cá", "cảng cá", "chợ cá" (decision 0054). */
        private static final Set<String> FISH_WORKS = Set.of("ben", "cang", "cho");

        /**
         * True when the syllables write the name right after a work, with or without the kind of hamlet between:
         * "đường trục thôn Gốc Gạo", "nhà văn hóa Gốc Gạo". Written so by the hamlet itself, its name says which road,
         * not who speaks, so it sets the opinion against another hamlet's road (decision 0051).
         */
        static boolean namesAThing(List<String> syllables, String anchor) {
            List<String> name = List.of(anchor.split(" "));
            for (int k = Collections.indexOfSubList(syllables, name); k > 0;
                    k = nextIndexOf(syllables, name, k + 1)) {
                int before = k - 1;
                if (IssueText.HAMLET_KINDS.contains(syllables.get(before)) && before > 0) {
                    before--;
                }
                if (WORKS.contains(syllables.get(before))) {
                    return true;
                }
                // "bến cá Lạch Cát", "cảng cá", "chợ cá": the wharf, port or fish market named after the hamlet
                if (syllables.get(before).equals("ca") && before > 0 && FISH_WORKS.contains(syllables.get(before - 1))) {
                    return true;
                }
            }
            return false;
        }

        private static int nextIndexOf(List<String> syllables, List<String> name, int from) {
            if (from >= syllables.size()) {
                return -1;
            }
            int at = Collections.indexOfSubList(syllables.subList(from, syllables.size()), name);
            return at < 0 ? -1 : from + at;
        }

        /** Each opinion's terms among the marked ones (ids, ascending: the vectors are sorted), null when none. */
        private static int[][] markedIds(List<Map<Integer, Double>> raw, Set<Integer> marked) {
            int[][] out = new int[raw.size()][];
            for (int d = 0; d < raw.size(); d++) {
                int[] own = raw.get(d).keySet().stream().filter(marked::contains).mapToInt(Integer::intValue).toArray();
                out[d] = own.length == 0 ? null : own;
            }
            return out;
        }

        /** The ids of a doc's heaviest probeable terms. */
        int[] heaviest(int d, int limit, int maxDf) {
            Integer[] order = new Integer[termIds[d].length];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (x, y) -> {
                int c = Double.compare(weights[d][y], weights[d][x]);
                return c != 0 ? c : Integer.compare(termIds[d][x], termIds[d][y]);
            });
            int[] out = new int[Math.min(limit, order.length)];
            int count = 0;
            for (Integer k : order) {
                if (count == out.length) {
                    break;
                }
                if (probeable(termIds[d][k], maxDf)) {
                    out[count++] = termIds[d][k];
                }
            }
            return Arrays.copyOf(out, count);
        }

        double dot(int a, int b) {
            int[] ta = termIds[a];
            int[] tb = termIds[b];
            double[] wa = weights[a];
            double[] wb = weights[b];
            double sum = 0;
            int i = 0;
            int j = 0;
            while (i < ta.length && j < tb.length) {
                if (ta[i] == tb[j]) {
                    sum += wa[i++] * wb[j++];
                } else if (ta[i] < tb[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return sum;
        }

        /** The normalised mean of the members' vectors. */
        Map<Integer, Double> centroid(List<Integer> members) {
            Map<Integer, Double> centre = new TreeMap<>();
            for (int d : members) {
                for (int k = 0; k < termIds[d].length; k++) {
                    centre.merge(termIds[d][k], weights[d][k], Double::sum);
                }
            }
            double norm = Math.sqrt(centre.values().stream().mapToDouble(w -> w * w).sum());
            if (norm > 0) {
                centre.replaceAll((t, w) -> w / norm);
            }
            return centre;
        }

        double dotWith(int d, Map<Integer, Double> centre) {
            double sum = 0;
            for (int k = 0; k < termIds[d].length; k++) {
                sum += weights[d][k] * centre.getOrDefault(termIds[d][k], 0.0);
            }
            return sum;
        }
    }

    /**
     * Why a group was suggested: the heaviest terms most of its members share, as the members write them
     * ("đường ĐX.05", "xuống cấp", "mất điện"), at most {@value #MOST} of them.
     */
    static final class Shared {

        static final int MOST = 4;

        /** Between the two wordings of one matter, inside {@link #words} only. */
        private static final String WORDINGS = " \u0000 ";

        private Shared() {
        }

        static List<String> words(List<Integer> members, int central, List<GroupCandidate> docs, Vectors vectors) {
            Map<Integer, double[]> counts = new HashMap<>();
            for (int d : members) {
                for (int k = 0; k < vectors.termIds[d].length; k++) {
                    int t = vectors.termIds[d][k];
                    if (!vectors.stopTerm[t]) {
                        double[] c = counts.computeIfAbsent(t, x -> new double[2]);
                        c[0]++;
                        c[1] += vectors.weights[d][k];
                    }
                }
            }
            int need = Math.max(2, (members.size() + 1) / 2);
            List<Integer> terms = new ArrayList<>();
            counts.forEach((t, c) -> {
                if (c[0] >= need) {
                    terms.add(t);
                }
            });
            // names first, then concepts, then pairs of syllables; heaviest first in each. A single syllable is
            // never shown: it is nearly always half of a word ("Nguyên" of "Tết Nguyên Đán", "nhân" of "nhân dân")
            terms.sort(Comparator.comparingInt((Integer t) -> rank(vectors.termNames[t]))
                    .thenComparingDouble(t -> -counts.get(t)[1]).thenComparing(t -> t));
            List<Integer> order = new ArrayList<>(members);
            order.remove(Integer.valueOf(central));
            order.add(0, central);
            Set<String> used = new HashSet<>();
            List<String> shown = new ArrayList<>();
            // the members' words, central first, read once when a pair of syllables is to be shown
            List<Words> texts = new ArrayList<>();
            for (int t : terms) {
                String name = vectors.termNames[t];
                if (shown.size() == MOST || rank(name) == 3) {
                    break;
                }
                if (rank(name) == 2 && texts.isEmpty()) {
                    order.forEach(d -> texts.add(Words.of(docs.get(d).text())));
                }
                String surface = rank(name) == 2 ? whole(name, texts, need)
                        : rank(name) == 1 ? wordings(name, order, docs, vectors, need) : surface(name, order, docs, vectors);
                if (surface == null) {
                    continue;
                }
                // nothing twice: "xuống cấp" as a concept and as two syllables is shown once
                List<String> syllables = List.of(VietText.fold(surface.replace(WORDINGS, " ")).split(" "));
                if (syllables.stream().anyMatch(used::contains)) {
                    continue;
                }
                used.addAll(syllables);
                // a matter worded two ways is shown as both words, each as a member writes it ("phụ cấp", "bồi dưỡng")
                for (String word : surface.split(java.util.regex.Pattern.quote(WORDINGS))) {
                    if (shown.size() < MOST) {
                        shown.add(word);
                    }
                }
            }
            return shown;
        }

        /** Longest word or name shown, in syllables. */
        static final int LONGEST = 4;

        /**
         * The whole word or name a pair of syllables is part of, as a member writes it, or null when that is too long
         * or too few members write it (decision 0031): "Tết Nguyên" is shown as "Tết Nguyên Đán", "đường liên" as
         * "đường liên xã". A pair grows over a neighbour while as many members write the longer phrase (at least
         * {@code need}), and over capitalised neighbours while it holds a capitalised word; never over a comma.
         */
        static String whole(String folded, List<Words> texts, int need) {
            int length = folded.split(" ").length;
            for (Words words : texts) {
                int at = words.find(folded);
                if (at < 0) {
                    continue;
                }
                int from = at;
                int to = at + length - 1;
                // "Bình, Quảng": two words of a list, not one
                if (java.util.stream.IntStream.range(from, to).anyMatch(k -> !words.joined(k))) {
                    return null;
                }
                boolean grown = true;
                while (grown && to - from < LONGEST) {
                    grown = false;
                    if (from > 0 && words.joined(from - 1) && (writers(texts, words.folded(from - 1, to)) >= need
                            || (words.capital(from) && words.capital(from - 1) && from - 1 > words.sentenceStart(from)))) {
                        from--;
                        grown = true;
                    }
                    if (to + 1 < words.size() && words.joined(to) && (writers(texts, words.folded(from, to + 1)) >= need
                            || (words.capital(to) && words.capital(to + 1)))) {
                        to++;
                        grown = true;
                    }
                }
                if (to - from + 1 > LONGEST || writers(texts, words.folded(from, to)) < need) {
                    return null;
                }
                String text = words.text(from, to);
                int first = from;
                boolean name = java.util.stream.IntStream.rangeClosed(from, to)
                        .anyMatch(k -> words.capital(k) && k != words.sentenceStart(first));
                return name ? text : text.toLowerCase(java.util.Locale.ROOT);
            }
            return null;
        }

        private static long writers(List<Words> texts, String phrase) {
            return texts.stream().filter(w -> w.find(phrase) >= 0).count();
        }

        private static int rank(String name) {
            return name.startsWith(ANCHOR_MARK) ? 0 : name.startsWith(CONCEPT_MARK) ? 1 : name.indexOf(' ') > 0 ? 2 : 3;
        }

        /**
         * A matter as the members word it: the words of the central member and, when another member names the same
         * matter in other words and no wording is written by most members, those too ("phụ cấp" and "bồi dưỡng"), so
         * the reason shows why two opinions worded apart were put together (decision 0047); the two are joined by
         * {@link #WORDINGS}. Null when no member writes it word for word.
         */
        private static String wordings(String name, List<Integer> order, List<GroupCandidate> docs, Vectors vectors,
                int need) {
            // each member's words for the matter, by their fold, in the members' order (central first)
            Map<String, String> shown = new java.util.LinkedHashMap<>();
            Map<String, Integer> writers = new HashMap<>();
            for (int d : order) {
                String own = surface(name, List.of(d), docs, vectors);
                if (own == null) {
                    continue;
                }
                String folded = VietText.fold(own).toLowerCase(java.util.Locale.ROOT);
                writers.merge(folded, 1, Integer::sum);
                // with diacritics when one member writes them so
                if (!shown.containsKey(folded) || VietText.fold(shown.get(folded)).equals(shown.get(folded))) {
                    shown.put(folded, own);
                }
            }
            if (shown.isEmpty()) {
                return null;
            }
            List<String> byWriters = new ArrayList<>(shown.keySet());
            byWriters.sort(Comparator.comparingInt((String w) -> -writers.get(w)));
            String first = shown.get(byWriters.get(0));
            // most members word it alike: that wording says it; otherwise two wordings show why they were put together
            if (writers.get(byWriters.get(0)) >= need || byWriters.size() == 1) {
                return first;
            }
            return first + WORDINGS + shown.get(byWriters.get(1));
        }

        /**
         * The term as the first member that writes it does (a concept: the words that named it), with its
         * diacritics when one member writes them.
         */
        private static String surface(String name, List<Integer> order, List<GroupCandidate> docs, Vectors vectors) {
            String plain = null;
            for (int d : order) {
                String folded = name.startsWith(ANCHOR_MARK) ? name.substring(1)
                        : name.startsWith(CONCEPT_MARK) ? IssueText.conceptPhrase(vectors.words.get(d), name.substring(1))
                        : name;
                if (folded == null) {
                    continue;
                }
                String found = IssueText.surface(docs.get(d).text(), folded);
                if (found != null) {
                    String shown = name.startsWith(ANCHOR_MARK) ? found : found.toLowerCase(java.util.Locale.ROOT);
                    if (!VietText.fold(shown).equals(shown.toLowerCase(java.util.Locale.ROOT))) {
                        return shown;
                    }
                    plain = plain == null ? shown : plain;
                }
            }
            return plain;
        }
    }

    /** Marks a term that is a proper anchor (never a syllable: syllables hold letters and digits only). */
    static final String ANCHOR_MARK = "@";
    /** Marks a term that is a concept ({@link IssueText#CONCEPTS}). */
    static final String CONCEPT_MARK = "~";

    /**
     * The proper anchors of each opinion: those it spells as names ({@link IssueAnchors}), and the names of
     * two syllables or more, or with a digit, that other opinions spell and it writes in small letters or
     * without diacritics ("duong Ben Dinh", "hem 112 cay keo").
     */
    static final class Anchors {

        /** Longest name looked for in the syllables of other opinions. */
        private static final int LONGEST = 4;

        private Anchors() {
        }

        static List<List<String>> of(List<GroupCandidate> docs, List<List<String>> foldedWords,
                List<List<String>> words, List<List<String>> areas) {
            List<List<String>> spelt = new ArrayList<>(docs.size());
            Set<String> names = new HashSet<>();
            for (int d = 0; d < docs.size(); d++) {
                List<String> area = new ArrayList<>();
                List<String> own = IssueAnchors.of(docs.get(d).text(), foldedWords.get(d), area);
                areas.add(area);
                spelt.add(own);
                for (String anchor : own) {
                    if (anchor.indexOf(' ') >= 0 || anchor.chars().anyMatch(Character::isDigit)) {
                        names.add(anchor);
                    }
                }
            }
            Set<String> starts = IssueText.prefixes(names);
            List<List<String>> out = new ArrayList<>(docs.size());
            for (int d = 0; d < docs.size(); d++) {
                List<String> found = new ArrayList<>(spelt.get(d));
                if (!names.isEmpty()) {
                    IssueText.eachPhrase(words.get(d), LONGEST, starts, (start, phrase) -> {
                        if (names.contains(phrase) && !found.contains(phrase)) {
                            found.add(phrase);
                        }
                    });
                }
                out.add(found);
            }
            return out;
        }
    }

    /**
     * The area a place or commune names when it is one above the hamlet ("Xã Lợi Thuận" gives "loi thuan", "Các xã
     * vùng hạ huyện Cần Đước" gives "can duoc"); a hamlet ("Thôn Cầu Mây", "Ấp 3") gives none.
     */
    static final class Areas {

        private static final List<String> KINDS = List.of("xa", "phuong", "huyen", "tinh", "quan", "thanh pho", "thi xa",
                "thi tran", "tp", "tx", "tt");

        private Areas() {
        }

        static List<String> of(String place) {
            if (place == null || place.isBlank()) {
                return List.of();
            }
            String folded = String.join(" ", IssueText.foldedWords(place));
            for (String kind : KINDS) {
                if (folded.startsWith(kind + " ") && folded.length() > kind.length() + 1) {
                    return List.of(folded.substring(kind.length() + 1));
                }
            }
            return IssueAnchors.areas(place);
        }

        /** A commune's name, folded, without its kind word: a commune is an area whatever it is called. */
        static List<String> commune(String commune) {
            if (commune == null || commune.isBlank()) {
                return List.of();
            }
            List<String> kind = of(commune);
            return kind.isEmpty() ? List.of(String.join(" ", IssueText.foldedWords(commune))) : kind;
        }
    }

    /** Misspelt syllables: a word seen once, not shaped like a Vietnamese syllable, near a frequent word. */
    static final class Typos {

        private Typos() {
        }

        static Map<String, String> corrections(Map<String, Integer> df, TaskMonitor monitor) {
            Map<String, List<String>> byDeletion = new HashMap<>();
            for (Map.Entry<String, Integer> e : df.entrySet()) {
                if (e.getValue() >= 2 && IssueText.plausibleSyllable(e.getKey())) {
                    for (String variant : deletions(e.getKey())) {
                        byDeletion.computeIfAbsent(variant, k -> new ArrayList<>()).add(e.getKey());
                    }
                }
            }
            Map<String, String> corrections = new HashMap<>();
            int seen = 0;
            for (Map.Entry<String, Integer> e : df.entrySet()) {
                if (++seen % CHECK_EVERY == 0) {
                    monitor.checkCancelled();
                }
                String word = e.getKey();
                if (e.getValue() != 1 || word.length() < 3 || IssueText.plausibleSyllable(word)
                        || !word.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                String best = null;
                for (String variant : deletions(word)) {
                    for (String known : byDeletion.getOrDefault(variant, List.of())) {
                        if (best == null || df.get(known) > df.get(best)
                                || (df.get(known).equals(df.get(best)) && known.compareTo(best) < 0)) {
                            best = known;
                        }
                    }
                }
                if (best != null) {
                    corrections.put(word, best);
                }
            }
            return corrections;
        }

        /** The word itself and the word without each one of its letters. */
        private static Set<String> deletions(String word) {
            Set<String> out = new HashSet<>();
            out.add(word);
            for (int i = 0; i < word.length(); i++) {
                out.add(word.substring(0, i) + word.substring(i + 1));
            }
            return out;
        }
    }
}
