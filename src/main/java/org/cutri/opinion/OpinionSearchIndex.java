package org.cutri.opinion;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.cutri.common.text.VietText;

/**
 * Search-as-you-type over every opinion held in memory, built for 100,000 opinions and more.
 *
 * <p>Each opinion's text (content, hamlet, field, body, code) is folded (no case, no diacritics, đ → d) and cut
 * into words. The words of all opinions form one sorted dictionary; each word has a posting list (the sorted
 * opinions holding it). A query word matches every dictionary word it starts ("nuo" matches "nuoc"): one
 * binary search gives that range of words; the union of their postings is a bit set, and the query words'
 * sets are intersected. Filters are read from plain arrays. Results come best first: opinions where the
 * query words follow one another as typed, then those holding more query words whole, then the newest.
 *
 * <p>Opinions added or edited after the build go to a small overlay scanned directly (their old entry is
 * hidden); the overlay is folded into the dictionary again when it grows. Not thread-safe: use it from one
 * thread (the window's), build it anywhere.
 */
public final class OpinionSearchIndex {

    /** Above this many added or edited opinions the index is rebuilt from scratch. */
    private static final int OVERLAY_LIMIT = 2_000;
    /** Marks the border between two parts of an opinion's text, so words of different parts are never adjacent. */
    private static final int BREAK = -1;

    // Built part: documents 0 .. baseCount-1.
    private final String[] dictionary;
    private final int[][] postings;
    private final int baseCount;

    // All documents (built part, then overlay), by document number.
    private final List<OpinionListItem> items;
    private final List<int[]> tokenIds;
    private final List<String[]> overlayTokens;
    private long[] hidden;
    private final Map<Integer, Integer> documentOfOpinion;
    private final Map<String, Integer> hamletCodes;
    private int[] hamletCode;
    private final long[] recencyOrderBase;
    private int liveCount;

    private OpinionSearchIndex(String[] dictionary, int[][] postings, List<OpinionListItem> items, List<int[]> tokenIds,
            Map<String, Integer> hamletCodes, int[] hamletCode) {
        this.dictionary = dictionary;
        this.postings = postings;
        this.baseCount = items.size();
        this.items = new ArrayList<>(items);
        this.tokenIds = tokenIds;
        this.overlayTokens = new ArrayList<>();
        this.hidden = new long[words(baseCount + 64)];
        this.documentOfOpinion = new HashMap<>(baseCount * 2);
        for (int d = 0; d < baseCount; d++) {
            Integer previous = documentOfOpinion.put(items.get(d).id(), d);
            if (previous != null) {
                set(hidden, previous);
            }
        }
        this.hamletCodes = hamletCodes;
        this.hamletCode = hamletCode;
        this.recencyOrderBase = new long[baseCount];
        for (int d = 0; d < baseCount; d++) {
            recencyOrderBase[d] = recencyKey(items.get(d), d);
        }
        Arrays.sort(recencyOrderBase);
        this.liveCount = documentOfOpinion.size();
    }

    /** Builds the index of these opinions (any order). */
    public static OpinionSearchIndex build(List<OpinionListItem> opinions) {
        return build(opinions, null);
    }

    /** Builds the index of the loaded opinions, reusing their stored folded contents. */
    public static OpinionSearchIndex build(LoadedOpinions loaded) {
        return build(loaded.items(), loaded.foldedContents());
    }

    /**
     * Builds the index of these opinions (any order). {@code foldedContents}, when given, holds
     * {@code VietText.fold(content)} of each opinion in the same order (as stored in the database), so the
     * contents are not folded again. The words are cut in parallel, one slice of the opinions per core.
     */
    public static OpinionSearchIndex build(List<OpinionListItem> opinions, List<String> foldedContents) {
        List<OpinionListItem> items = List.copyOf(opinions);
        int n = items.size();
        if (foldedContents != null && foldedContents.size() != n) {
            throw new IllegalArgumentException("one folded content per opinion");
        }
        int slices = n < 20_000 ? 1 : Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        Slice[] parts = new Slice[slices];
        IntStream.range(0, slices).parallel().forEach(p -> parts[p] = Slice.cut(items, foldedContents,
                (int) ((long) n * p / slices), (int) ((long) n * (p + 1) / slices)));
        // Sort the dictionary so that the words starting with a prefix form one range of numbers.
        int allWords = 0;
        for (Slice part : parts) {
            allWords += part.words.size();
        }
        String[] merged = new String[allWords];
        int at = 0;
        for (Slice part : parts) {
            for (String word : part.words) {
                merged[at++] = word;
            }
        }
        Arrays.sort(merged);
        int unique = 0;
        for (int i = 0; i < merged.length; i++) {
            if (unique == 0 || !merged[i].equals(merged[unique - 1])) {
                merged[unique++] = merged[i];
            }
        }
        String[] sorted = Arrays.copyOf(merged, unique);
        int[][] provisionalTokens = new int[n][];
        IntStream.range(0, slices).parallel().forEach(p -> parts[p].renumber(sorted, provisionalTokens));
        Map<String, Integer> hamletCodes = new HashMap<>();
        int[] hamletCode = new int[n];
        for (int d = 0; d < n; d++) {
            hamletCode[d] = hamletCodes.computeIfAbsent(String.valueOf(items.get(d).hamletName()),
                    k -> hamletCodes.size());
        }
        int[] counts = new int[sorted.length];
        int[] lastDoc = new int[sorted.length];
        Arrays.fill(lastDoc, -1);
        List<int[]> tokenIds = new ArrayList<>(n);
        for (int d = 0; d < n; d++) {
            int[] ids = provisionalTokens[d];
            for (int i = 0; i < ids.length; i++) {
                int id = ids[i];
                if (id == BREAK) {
                    continue;
                }
                if (lastDoc[id] != d) {
                    lastDoc[id] = d;
                    counts[id]++;
                }
            }
            tokenIds.add(ids);
        }
        int[][] postings = new int[sorted.length][];
        for (int t = 0; t < sorted.length; t++) {
            postings[t] = new int[counts[t]];
        }
        Arrays.fill(counts, 0);
        for (int d = 0; d < n; d++) {
            for (int id : tokenIds.get(d)) {
                if (id == BREAK) {
                    continue;
                }
                int[] list = postings[id];
                if (counts[id] == 0 || list[counts[id] - 1] != d) {
                    list[counts[id]++] = d;
                }
            }
        }
        return new OpinionSearchIndex(sorted, postings, items, tokenIds, hamletCodes, hamletCode);
    }

    /** How many opinions the index holds. */
    public int size() {
        return liveCount;
    }

    /** How many different words the built dictionary holds (for the benchmark). */
    public int dictionarySize() {
        return dictionary.length;
    }

    /** Every opinion, newest first. */
    public List<OpinionListItem> all() {
        return search("", OpinionFilter.ALL);
    }

    /**
     * The opinions matching every word of the query (each as the start of a word, ignoring case and
     * diacritics) and the filter, best matches first. An empty query gives all filtered opinions, newest first.
     */
    public List<OpinionListItem> search(String query, OpinionFilter filter) {
        String[] queryWords = queryWords(query);
        int total = items.size();
        long[] candidates;
        int[] lo = new int[queryWords.length];
        int[] hi = new int[queryWords.length];
        int[] exact = new int[queryWords.length];
        if (queryWords.length == 0) {
            candidates = null;
        } else {
            candidates = null;
            for (int k = 0; k < queryWords.length; k++) {
                String word = queryWords[k];
                lo[k] = lowerBound(dictionary, word);
                hi[k] = lowerBound(dictionary, word + Character.MAX_VALUE);
                exact[k] = lo[k] < hi[k] && dictionary[lo[k]].equals(word) ? lo[k] : -1;
            }
            // Start with the rarest word: the later intersections then touch fewer bits.
            Integer[] byCost = new Integer[queryWords.length];
            long[] cost = new long[queryWords.length];
            for (int k = 0; k < queryWords.length; k++) {
                byCost[k] = k;
                for (int t = lo[k]; t < hi[k]; t++) {
                    cost[k] += postings[t].length;
                }
            }
            Arrays.sort(byCost, (a, b) -> Long.compare(cost[a], cost[b]));
            for (int k : byCost) {
                long[] matching = new long[words(total)];
                for (int t = lo[k]; t < hi[k]; t++) {
                    for (int d : postings[t]) {
                        set(matching, d);
                    }
                }
                for (int d = baseCount; d < total; d++) {
                    if (overlayHasPrefix(d, queryWords[k])) {
                        set(matching, d);
                    }
                }
                if (candidates == null) {
                    candidates = matching;
                } else {
                    boolean any = false;
                    for (int w = 0; w < candidates.length; w++) {
                        candidates[w] &= matching[w];
                        any |= candidates[w] != 0;
                    }
                    if (!any) {
                        return List.of();
                    }
                }
            }
        }
        boolean filtered = !filter.isEmpty();
        if (queryWords.length == 0 || (queryWords.length == 1 && exact[0] < 0 && noOverlayExact(queryWords[0]))) {
            // Nothing to rank by but the date: walk the opinions newest first.
            return inRecencyOrder(candidates, filter, filtered);
        }
        // Ranked without sorting: a score is small (2 per whole word, 3 per word following the one before), so each
        // opinion's score is noted and counted, then one walk over the opinions newest first puts each in its
        // score's part of the result, highest score first.
        int k = queryWords.length;
        long[] exactOnly = k == 1 ? exactDocuments(exact[0]) : null;
        int[] masks = k > 1 && k <= 16 ? wordMasks(lo, hi, exact) : null;
        int best = masks == null ? 0 : bestMask(exact);
        short[] scores = new short[total];
        int[] perScore = new int[5 * k + 1];
        int found = 0;
        for (int w = 0; w < candidates.length; w++) {
            long bits = candidates[w] & (w < hidden.length ? ~hidden[w] : -1L);
            long kept = 0;
            while (bits != 0) {
                int d = (w << 6) + Long.numberOfTrailingZeros(bits);
                long bit = bits & -bits;
                bits &= bits - 1;
                if (filtered && !accepts(filter, d, items.get(d))) {
                    continue;
                }
                int score;
                if (d >= baseCount) {
                    score = scoreOverlay(overlayTokens.get(d - baseCount), queryWords);
                } else if (exactOnly != null) {
                    score = get(exactOnly, d) ? 2 : 0;
                } else if (masks != null) {
                    score = scoreBuilt(tokenIds.get(d), masks, best);
                } else {
                    score = scoreBuilt(tokenIds.get(d), lo, hi, exact);
                }
                kept |= bit;
                scores[d] = (short) score;
                perScore[score]++;
                found++;
            }
            candidates[w] = kept;
        }
        int[] next = new int[perScore.length];
        for (int score = perScore.length - 1, at = 0; score >= 0; score--) {
            next[score] = at;
            at += perScore[score];
        }
        int[] result = new int[found];
        long[] chosen = candidates;
        newestFirst(d -> {
            if (get(chosen, d)) {
                result[next[scores[d]]++] = d;
            }
        });
        return view(result);
    }

    /**
     * For each dictionary word, which of the (at most 16) query words it matches: bit q when it starts with query word
     * q, bit 16 + q when it is query word q whole. Only the words of the query's ranges are set (the rest stay 0).
     */
    private int[] wordMasks(int[] lo, int[] hi, int[] exact) {
        int[] masks = new int[dictionary.length];
        for (int q = 0; q < lo.length; q++) {
            for (int t = lo[q]; t < hi[q]; t++) {
                masks[t] |= 1 << q;
            }
            if (exact[q] >= 0) {
                masks[exact[q]] |= 1 << (16 + q);
            }
        }
        return masks;
    }

    /** The highest score as masks: every query word that is a dictionary word whole, every word after its previous. */
    private static int bestMask(int[] exact) {
        int whole = 0;
        for (int q = 0; q < exact.length; q++) {
            if (exact[q] >= 0) {
                whole |= 1 << q;
            }
        }
        return whole << 16 | ((1 << exact.length) - 1) & ~1;
    }

    /**
     * {@link #scoreBuilt(int[], int[], int[], int[])} with the query's words as bit masks per dictionary word; stops
     * reading the opinion once it has the highest score there is ({@code best}).
     */
    private static int scoreBuilt(int[] tokens, int[] masks, int best) {
        int found = 0;
        int previous = 0;
        for (int token : tokens) {
            if (token == BREAK) {
                previous = 0;
                continue;
            }
            int mask = masks[token];
            int starts = mask & 0xFFFF;
            found |= (mask & 0xFFFF_0000) | ((previous << 1) & starts);
            if (found == best) {
                break;
            }
            previous = starts;
        }
        return 2 * Integer.bitCount(found >>> 16) + 3 * Integer.bitCount(found & 0xFFFF);
    }

    /** The built documents holding this word whole, as bits (none for -1). */
    private long[] exactDocuments(int word) {
        long[] bits = new long[words(baseCount)];
        if (word >= 0) {
            for (int d : postings[word]) {
                set(bits, d);
            }
        }
        return bits;
    }

    /** Adds an opinion, or replaces the one with the same id (after an edit). */
    public OpinionSearchIndex put(OpinionListItem item) {
        Integer previous = documentOfOpinion.get(item.id());
        if (previous != null) {
            hideDocument(previous);
        }
        if (overlayTokens.size() >= OVERLAY_LIMIT) {
            List<OpinionListItem> all = new ArrayList<>(all());
            all.add(item);
            return build(all);
        }
        int d = items.size();
        items.add(item);
        overlayTokens.add(tokenize(item));
        if (words(d + 1) > hidden.length) {
            hidden = Arrays.copyOf(hidden, hidden.length * 2);
        }
        if (d >= hamletCode.length) {
            hamletCode = Arrays.copyOf(hamletCode, Math.max(16, hamletCode.length * 2));
        }
        hamletCode[d] = hamletCodes.computeIfAbsent(String.valueOf(item.hamletName()), k -> hamletCodes.size());
        documentOfOpinion.put(item.id(), d);
        liveCount++;
        return this;
    }

    /** Forgets a deleted opinion. */
    public OpinionSearchIndex remove(int opinionId) {
        Integer previous = documentOfOpinion.remove(opinionId);
        if (previous != null) {
            set(hidden, previous);
            liveCount--;
        }
        return this;
    }

    private void hideDocument(int d) {
        set(hidden, d);
        documentOfOpinion.remove(items.get(d).id());
        liveCount--;
    }

    private List<OpinionListItem> inRecencyOrder(long[] candidates, OpinionFilter filter, boolean filtered) {
        int[] result = new int[items.size()];
        int[] found = {0};
        newestFirst(d -> {
            if (get(hidden, d) || (candidates != null && !get(candidates, d))) {
                return;
            }
            if (filtered && !accepts(filter, d, items.get(d))) {
                return;
            }
            result[found[0]++] = d;
        });
        return view(Arrays.copyOf(result, found[0]));
    }

    /** Gives every document, hidden ones too, newest meeting first, then the later typed opinion first. */
    private void newestFirst(java.util.function.IntConsumer visit) {
        int total = items.size();
        long[] overlayKeys = new long[total - baseCount];
        for (int d = baseCount; d < total; d++) {
            overlayKeys[d - baseCount] = recencyKey(items.get(d), d);
        }
        Arrays.sort(overlayKeys);
        int b = recencyOrderBase.length - 1;
        int o = overlayKeys.length - 1;
        while (b >= 0 || o >= 0) {
            long key;
            if (o < 0 || (b >= 0 && recencyOrderBase[b] > overlayKeys[o])) {
                key = recencyOrderBase[b--];
            } else {
                key = overlayKeys[o--];
            }
            visit.accept(documentOf(key));
        }
    }

    private boolean accepts(OpinionFilter filter, int d, OpinionListItem item) {
        if (filter.hamletName() != null) {
            Integer code = hamletCodes.get(filter.hamletName());
            if (code == null || code != hamletCode[d]) {
                return false;
            }
        }
        return (filter.roundId() == null || filter.roundId() == item.roundId())
                && (filter.fieldId() == null || filter.fieldId().equals(item.fieldId()))
                && (filter.authority() == null || filter.authority() == item.authority())
                && (filter.kind() == null || filter.kind() == item.kind())
                && (filter.status() == null || filter.status() == item.status())
                && (filter.approved() == null || filter.approved() == item.approved());
    }

    /**
     * The score of a built document: 3 for each query word that directly follows the previous one as typed
     * (a phrase), 2 for each query word found as a whole word.
     */
    private static int scoreBuilt(int[] tokens, int[] lo, int[] hi, int[] exact) {
        int k = lo.length;
        boolean[] whole = new boolean[k];
        boolean[] adjacent = new boolean[k];
        int previous = BREAK;
        for (int token : tokens) {
            if (token != BREAK) {
                for (int q = 0; q < k; q++) {
                    if (token == exact[q]) {
                        whole[q] = true;
                    }
                    if (q > 0 && !adjacent[q] && previous != BREAK && token >= lo[q] && token < hi[q]
                            && previous >= lo[q - 1] && previous < hi[q - 1]) {
                        adjacent[q] = true;
                    }
                }
            }
            previous = token;
        }
        return score(whole, adjacent);
    }

    private static int scoreOverlay(String[] tokens, String[] queryWords) {
        int k = queryWords.length;
        boolean[] whole = new boolean[k];
        boolean[] adjacent = new boolean[k];
        String previous = null;
        for (String token : tokens) {
            if (token != null) {
                for (int q = 0; q < k; q++) {
                    if (token.equals(queryWords[q])) {
                        whole[q] = true;
                    }
                    if (q > 0 && previous != null && token.startsWith(queryWords[q])
                            && previous.startsWith(queryWords[q - 1])) {
                        adjacent[q] = true;
                    }
                }
            }
            previous = token;
        }
        return score(whole, adjacent);
    }

    private static int score(boolean[] whole, boolean[] adjacent) {
        int score = 0;
        for (int q = 0; q < whole.length; q++) {
            score += (whole[q] ? 2 : 0) + (adjacent[q] ? 3 : 0);
        }
        return score;
    }

    private boolean overlayHasPrefix(int d, String word) {
        for (String token : overlayTokens.get(d - baseCount)) {
            if (token != null && token.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean noOverlayExact(String word) {
        for (String[] tokens : overlayTokens) {
            for (String token : tokens) {
                if (word.equals(token)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Newer meetings first, then the later typed opinion: the day in 16 bits, the document in 31. */
    private static long recencyKey(OpinionListItem item, int document) {
        LocalDate date = item.meetingDate();
        long day = date == null ? 0 : Math.max(0, Math.min(0xFFFF, date.toEpochDay()));
        return (day << 31) | document;
    }

    private static int documentOf(long key) {
        return (int) (key & 0x7FFF_FFFFL);
    }

    private List<OpinionListItem> view(int[] documents) {
        List<OpinionListItem> source = items;
        return new AbstractList<>() {
            @Override
            public OpinionListItem get(int index) {
                return source.get(documents[index]);
            }

            @Override
            public int size() {
                return documents.length;
            }
        };
    }

    /** The words of one slice of the opinions, numbered within the slice, then in the whole dictionary. */
    private static final class Slice {
        private final int from;
        private final List<String> words = new ArrayList<>();
        private final int[][] tokens;

        private Slice(int from, int to) {
            this.from = from;
            this.tokens = new int[to - from][];
        }

        static Slice cut(List<OpinionListItem> items, List<String> foldedContents, int from, int to) {
            Slice slice = new Slice(from, to);
            Map<String, Integer> ids = new HashMap<>();
            Map<String, String[]> parts = new HashMap<>();
            List<String> tokens = new ArrayList<>();
            for (int d = from; d < to; d++) {
                OpinionListItem item = items.get(d);
                tokens.clear();
                String folded = foldedContents == null ? null : foldedContents.get(d);
                tokenize(item, folded, parts, tokens);
                int[] numbers = new int[tokens.size()];
                for (int i = 0; i < numbers.length; i++) {
                    String token = tokens.get(i);
                    if (token == null) {
                        numbers[i] = BREAK;
                        continue;
                    }
                    Integer id = ids.get(token);
                    if (id == null) {
                        id = slice.words.size();
                        ids.put(token, id);
                        slice.words.add(token);
                    }
                    numbers[i] = id;
                }
                slice.tokens[d - from] = numbers;
            }
            return slice;
        }

        /** Replaces the slice's word numbers by their ranks in the sorted dictionary. */
        void renumber(String[] dictionary, int[][] into) {
            int[] rank = new int[words.size()];
            for (int i = 0; i < rank.length; i++) {
                rank[i] = Arrays.binarySearch(dictionary, words.get(i));
            }
            for (int d = 0; d < tokens.length; d++) {
                int[] numbers = tokens[d];
                for (int i = 0; i < numbers.length; i++) {
                    if (numbers[i] != BREAK) {
                        numbers[i] = rank[numbers[i]];
                    }
                }
                into[from + d] = numbers;
            }
        }
    }

    /**
     * Adds the folded words of an opinion to {@code tokens}, {@code null} separating its parts. The content
     * is folded unless given folded; the short parts (hamlet, field, body) are folded once per distinct text
     * through {@code partCache}.
     */
    private static void tokenize(OpinionListItem item, String foldedContent, Map<String, String[]> partCache,
            List<String> tokens) {
        String content = foldedContent != null ? foldedContent : VietText.fold(item.content());
        addWords(content, tokens);
        for (String part : new String[] {item.hamletName(), item.fieldName(), item.authorityBody()}) {
            if (part != null && !part.isBlank()) {
                String[] words = partCache.computeIfAbsent(part, text -> splitWords(VietText.fold(text)));
                if (!tokens.isEmpty()) {
                    tokens.add(null);
                }
                tokens.addAll(Arrays.asList(words));
            }
        }
        String code = item.code();
        if (code != null && !code.isBlank()) {
            if (!tokens.isEmpty()) {
                tokens.add(null);
            }
            addWords(foldCode(code), tokens);
        }
    }

    /** Codes are nearly always plain ASCII ("YK2-041"): lower-cased directly, else folded. */
    private static String foldCode(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= 128 || Character.isWhitespace(c)) {
                return VietText.fold(code);
            }
        }
        return code.toLowerCase(java.util.Locale.ROOT);
    }

    private static void addWords(String folded, List<String> words) {
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
    }

    /** The folded words of an opinion; {@code null} separates its parts. */
    static String[] tokenize(OpinionListItem item) {
        List<String> tokens = new ArrayList<>();
        tokenize(item, null, new HashMap<>(), tokens);
        return tokens.toArray(String[]::new);
    }

    /** The folded words of a query, in order. */
    static String[] queryWords(String query) {
        return splitWords(VietText.fold(query));
    }

    private static String[] splitWords(String folded) {
        List<String> words = new ArrayList<>();
        addWords(folded, words);
        return words.toArray(String[]::new);
    }

    private static int lowerBound(String[] sorted, String key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid].compareTo(key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static int words(int bits) {
        return (bits + 63) >>> 6;
    }

    private static void set(long[] bits, int index) {
        bits[index >>> 6] |= 1L << index;
    }

    private static boolean get(long[] bits, int index) {
        return (index >>> 6) < bits.length && (bits[index >>> 6] & (1L << index)) != 0;
    }
}
