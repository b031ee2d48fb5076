package org.cutri.grouping;

import java.util.ArrayList;
import java.util.List;

import org.cutri.common.text.VietText;

/** A text's words: where each lies, folded, capitalised or not, and what separates it from the next. */
final class Words {
    private final String text;
    private final List<int[]> spans = new ArrayList<>();
    private final List<String> folded = new ArrayList<>();

    private Words(String text) {
        this.text = text;
    }

    static Words of(String raw) {
        String nfc = VietText.nfc(raw);
        Words words = new Words(nfc);
        int i = 0;
        while (i < nfc.length()) {
            if (!Character.isLetterOrDigit(nfc.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < nfc.length() && Character.isLetterOrDigit(nfc.charAt(i))) {
                i++;
            }
            words.spans.add(new int[] {start, i});
            words.folded.add(VietText.fold(nfc.substring(start, i)));
        }
        return words;
    }

    int size() {
        return spans.size();
    }

    String folded(int k) {
        return folded.get(k);
    }

    String folded(int from, int to) {
        return String.join(" ", folded.subList(from, to + 1));
    }

    String text(int from, int to) {
        return text.substring(spans.get(from)[0], spans.get(to)[1]);
    }

    boolean capital(int k) {
        return Character.isUpperCase(text.charAt(spans.get(k)[0]));
    }

    /** What lies between word k and the next. */
    String gap(int k) {
        return text.substring(spans.get(k)[1], spans.get(k + 1)[0]);
    }

    /** True when only spaces lie between word k and the next. */
    boolean joined(int k) {
        return text.substring(spans.get(k)[1], spans.get(k + 1)[0]).isBlank();
    }

    /** The first word of the sentence word k is in. */
    int sentenceStart(int k) {
        int j = k;
        while (j > 0 && !endsSentence(text.substring(spans.get(j - 1)[1], spans.get(j)[0]))) {
            j--;
        }
        return j;
    }

    private static boolean endsSentence(String gap) {
        return gap.chars().anyMatch(c -> ".!?;:\n".indexOf(c) >= 0);
    }

    /** The first word where the folded phrase starts, or -1. */
    int find(String phrase) {
        List<String> want = List.of(phrase.split(" "));
        for (int k = 0; k + want.size() <= folded.size(); k++) {
            if (folded.subList(k, k + want.size()).equals(want)) {
                return k;
            }
        }
        return -1;
    }
}
