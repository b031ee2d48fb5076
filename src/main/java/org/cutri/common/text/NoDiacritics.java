package org.cutri.common.text;

/**
 * Finds text typed without Vietnamese diacritics ("Duong lien thon bi xuong cap nghiem trong"): an opinion
 * written so goes into the report and the minutes unreadable for the upper level, so the screens mark it and
 * ask before printing. Short text is never suspected (a name, "Ong Ba", an acronym): only text of at least
 * {@link #MIN_WORDS} words in which not one letter carries a mark, đ included.
 */
public final class NoDiacritics {

    /** Fewer words than this can be Vietnamese without a single mark ("Cho xin ban in"). */
    public static final int MIN_WORDS = 6;

    private NoDiacritics() {
    }

    /** True when the text has at least {@link #MIN_WORDS} words and none of its letters has a diacritic. */
    public static boolean suspected(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String nfc = VietText.nfc(text);
        int words = 0;
        boolean inWord = false;
        boolean lowercase = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isLetter(c)) {
                if (c > 0x7F) {
                    return false; // a marked letter (ă â đ ê ô ơ ư or a tone): typed with diacritics
                }
                inWord = true;
                lowercase |= Character.isLowerCase(c);
            } else if (inWord) {
                words += lowercase ? 1 : 0; // an acronym in capitals (UBND) says nothing either way
                inWord = false;
                lowercase = false;
            }
        }
        if (inWord && lowercase) {
            words++;
        }
        return words >= MIN_WORDS;
    }
}
