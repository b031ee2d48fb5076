package org.cutri.common.text;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * Vietnamese text rules used everywhere: NFC storage, folding for search, alphabetical order.
 *
 * <p>Folding lowercases, strips every diacritic and maps {@code đ} to {@code d}, so "xom ben" finds
 * "Xóm Bến". Sorting follows the Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ … u ư …) with tones as
 * a secondary difference (ngang, huyền, hỏi, ngã, sắc, nặng), not Unicode code points.
 */
public final class VietText {

    /** Vietnamese alphabetical order of letters, after folding tones but keeping the letter marks. */
    private static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    private static final String TONE_MARKS = "\u0300\u0309\u0303\u0301\u0323";

    /** Compares strings in Vietnamese dictionary order, case-insensitively first. */
    public static final Comparator<String> ORDER = Comparator.nullsFirst(
            Comparator.comparing(VietText::sortKey).thenComparing(Comparator.naturalOrder()));

    /** Vietnamese full names sort by the given name (the last word), then by the whole name. */
    public static final Comparator<String> PERSON_ORDER = Comparator.nullsFirst(Comparator
            .comparing(VietText::givenName, ORDER)
            .thenComparing(ORDER));

    private VietText() {
    }

    /** The given name of a Vietnamese full name: its last word ("An" of "Nguyễn Văn An"). */
    static String givenName(String fullName) {
        String cleaned = clean(fullName);
        int space = cleaned.lastIndexOf(' ');
        return space < 0 ? cleaned : cleaned.substring(space + 1);
    }

    /**
     * Unicode NFC of the text, without control characters ({@link TextIn#clean}): every service stores text
     * through here or {@link #clean}. {@code null} stays {@code null}.
     */
    public static String nfc(String text) {
        return TextIn.clean(text);
    }

    /** NFC, trimmed, inner runs of white space collapsed to one space; blank becomes empty. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return nfc(text).strip().replaceAll("\\s+", " ");
    }

    /**
     * The text with its first letter upper case ("ngày 05 tháng 9" gives "Ngày 05 tháng 9"; a clause a hamlet cut from
     * its minutes begins a sentence in a report); empty and {@code null} as they are.
     */
    public static String capitalize(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code null} when the cleaned text is empty, else the cleaned text: for optional fields. */
    public static String cleanOrNull(String text) {
        String cleaned = clean(text);
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Lowercase, without diacritics, {@code đ} as {@code d}, white space collapsed. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean lastSpace = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isWhitespace(c)) {
                if (!lastSpace) {
                    out.append(' ');
                    lastSpace = true;
                }
                continue;
            }
            out.append(Character.toLowerCase(c));
            lastSpace = false;
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    /**
     * True when every word of the query occurs in the text, both folded. An empty query matches all.
     * "xom ben" matches "Xóm Bến Đò"; "ben xom" does too.
     */
    public static boolean matches(String text, String query) {
        String foldedQuery = fold(query);
        if (foldedQuery.isEmpty()) {
            return true;
        }
        String foldedText = fold(text);
        for (String word : foldedQuery.split(" ")) {
            if (!foldedText.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Case- and NFC-insensitive identity key: "Xóm  Bến" and "xóm bến" are the same name. */
    public static String identityKey(String text) {
        return clean(text).toLowerCase(Locale.ROOT);
    }

    /**
     * A key whose plain string order is the Vietnamese alphabetical order: letters first (by the
     * alphabet above), then the tones, then nothing else (case is left to the tie-break).
     */
    public static String sortKey(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder(decomposed.length());
        StringBuilder tones = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char letter = c;
            char tone = '0';
            int j = i + 1;
            while (j < decomposed.length() && Character.getType(decomposed.charAt(j)) == Character.NON_SPACING_MARK) {
                char mark = decomposed.charAt(j);
                switch (mark) {
                    case '\u0306' -> letter = letter == 'a' ? 'ă' : letter;
                    case '\u0302' -> letter = switch (letter) {
                        case 'a' -> 'â';
                        case 'e' -> 'ê';
                        case 'o' -> 'ô';
                        default -> letter;
                    };
                    case '\u031B' -> letter = switch (letter) {
                        case 'o' -> 'ơ';
                        case 'u' -> 'ư';
                        default -> letter;
                    };
                    default -> {
                        int t = TONE_MARKS.indexOf(mark);
                        if (t >= 0) {
                            tone = (char) ('1' + t);
                        }
                    }
                }
                j++;
            }
            int rank = ALPHABET.indexOf(letter);
            if (rank >= 0) {
                letters.append((char) ('\u0100' + rank));
            } else {
                letters.append(letter);
            }
            tones.append(tone);
        }
        return letters.append('\u0000').append(tones).toString();
    }
}
