package org.cutri.opinion;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cutri.common.text.VietText;

/**
 * A plain scan of the loaded opinions' folded texts: what the all-opinions list searches with in the few
 * hundred milliseconds between showing its rows and its {@link OpinionSearchIndex} being ready. Matches
 * the same opinions as the index (every query word starting a word of the content, hamlet, field, body or
 * code), newest first like the index's unranked order, but without ranking. Build it anywhere; search from
 * one thread.
 */
public final class OpinionScan {

    private final List<OpinionListItem> items;
    private final List<String> folded;
    private final int[] newestFirst;
    private final Map<String, String> foldedParts = new HashMap<>();

    public OpinionScan(LoadedOpinions loaded) {
        this.items = loaded.items();
        this.folded = loaded.foldedContents();
        int n = items.size();
        long[] keys = new long[n];
        for (int d = 0; d < n; d++) {
            LocalDate date = items.get(d).meetingDate();
            long day = date == null ? 0 : Math.max(0, Math.min(0xFFFF, date.toEpochDay()));
            keys[d] = (day << 31) | d;
        }
        Arrays.sort(keys);
        newestFirst = new int[n];
        for (int i = 0; i < n; i++) {
            newestFirst[i] = (int) (keys[n - 1 - i] & 0x7FFF_FFFFL);
        }
    }

    /** How many opinions are scanned. */
    public int size() {
        return items.size();
    }

    /** The opinions matching every word of the query and the filter, newest first. */
    public List<OpinionListItem> search(String query, OpinionFilter filter) {
        String[] words = OpinionSearchIndex.queryWords(query);
        boolean filtered = !filter.isEmpty();
        int[] found = new int[Math.min(newestFirst.length, 1024)];
        int count = 0;
        for (int d : newestFirst) {
            OpinionListItem item = items.get(d);
            if (filtered && !filter.accepts(item)) {
                continue;
            }
            if (!matches(words, item, folded.get(d))) {
                continue;
            }
            if (count == found.length) {
                found = Arrays.copyOf(found, found.length * 2);
            }
            found[count++] = d;
        }
        int[] result = Arrays.copyOf(found, count);
        return new AbstractList<>() {
            @Override
            public OpinionListItem get(int index) {
                return items.get(result[index]);
            }

            @Override
            public int size() {
                return result.length;
            }
        };
    }

    private boolean matches(String[] words, OpinionListItem item, String content) {
        for (String word : words) {
            if (!startsAWord(content, word) && !startsAWord(part(item.hamletName()), word)
                    && !startsAWord(part(item.fieldName()), word) && !startsAWord(part(item.authorityBody()), word)
                    && !startsAWord(part(item.code()), word)) {
                return false;
            }
        }
        return true;
    }

    private String part(String text) {
        if (text == null) {
            return "";
        }
        return foldedParts.computeIfAbsent(text, t -> t.chars().allMatch(c -> c < 128)
                ? t.toLowerCase(Locale.ROOT) : VietText.fold(t));
    }

    /** True when {@code word} occurs in {@code text} at the start of a word. */
    static boolean startsAWord(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
            from = at + 1;
        }
    }
}
