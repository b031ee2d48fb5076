package org.cutri.person;

import java.util.ArrayList;
import java.util.List;

import org.cutri.common.text.VietText;

/**
 * Finds a name inside stored text ignoring case and diacritics ("nguyen van an" finds "Nguyễn Văn An" and
 * "NGUYỄN VĂN AN"), as whole words, and replaces it there while leaving the rest of the text as it was.
 */
final class NameMatch {

    private final String folded;

    NameMatch(String name) {
        this.folded = VietText.fold(name);
    }

    boolean isEmpty() {
        return folded.isEmpty();
    }

    /** The start of each occurrence of the name in the text, as whole words. */
    List<Integer> startsIn(String text) {
        List<Integer> starts = new ArrayList<>();
        if (text == null || folded.isEmpty()) {
            return starts;
        }
        String same = foldKeepingLength(text);
        int from = 0;
        while (true) {
            int at = same.indexOf(folded, from);
            if (at < 0) {
                return starts;
            }
            int end = at + folded.length();
            if ((at == 0 || !Character.isLetterOrDigit(same.charAt(at - 1)))
                    && (end == same.length() || !Character.isLetterOrDigit(same.charAt(end)))) {
                starts.add(at);
                from = end;
            } else {
                from = at + 1;
            }
        }
    }

    boolean foundIn(String text) {
        return !startsIn(text).isEmpty();
    }

    /** The text with every occurrence of the name replaced by {@code replacement}. */
    String replaceIn(String text, String replacement) {
        List<Integer> starts = startsIn(text);
        if (starts.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (int start : starts) {
            out.append(text, last, start).append(replacement);
            last = start + folded.length();
        }
        return out.append(text.substring(last)).toString();
    }

    /** A short piece of the text around the first occurrence, for the list of places. */
    String around(String text) {
        List<Integer> starts = startsIn(text);
        if (starts.isEmpty() || text.length() <= 80) {
            return text;
        }
        int start = Math.max(0, starts.get(0) - 30);
        int end = Math.min(text.length(), starts.get(0) + folded.length() + 30);
        return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
    }

    /** Folds each character on its own (one character for one), so positions in the folding are those of the text. */
    private static String foldKeepingLength(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                out.append(' ');
                continue;
            }
            String one = VietText.fold(String.valueOf(c));
            out.append(one.length() == 1 ? one.charAt(0) : Character.toLowerCase(c));
        }
        return out.toString();
    }
}
