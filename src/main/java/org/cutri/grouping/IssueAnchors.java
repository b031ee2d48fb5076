package org.cutri.grouping;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cutri.common.text.VietText;

/**
 * The proper anchors of an opinion: the names and codes that say which road, canal, school or project it is
 * about ("đường ĐX.05", "kênh N3", "cầu tràn Khe Cát", "hẻm 112", "Tỉnh lộ 10A"). Two opinions about the
 * same thing worded differently nearly always share its name; two different roads of one field do not.
 *
 * <p>A word belongs to a name when it is capitalised and does not open a sentence (a sentence's first word is
 * capitalised anyway; it belongs to a name only when the next word does too: "Kênh Bà Tiêu"), when it mixes
 * letters and digits ("N3", "10A", "ĐX"+"05"), or when it is a number right after a word that numbers things
 * ("hẻm 112", "tổ 7", "đường số 9"). The kind words in front of a name ("xóm", "trường", "kênh", "cầu") and
 * words capitalised by office habit ("Nhà nước", "Chính phủ", "UBND", "THCS") are left out, so "Trường THCS
 * Bến Đình" and "trường Bến Đình" both give "ben dinh". Anchors are folded syllables joined by a space.
 */
public final class IssueAnchors {

    /**
     * Words that name a kind of thing, a level of government or an office, written capitalised by habit: never
     * a name on their own, and dropped in front of one.
     */
    static final Set<String> NOT_NAMES = Set.copyOf(List.of(
            "thon", "xom", "ap", "ban", "to", "khu", "pho", "lang", "khom", "phum", "soc", "dan", "cu", "tri",
            "xa", "phuong", "huyen", "tinh", "thi", "tran", "quan", "thanh", "tp", "tx", "tt",
            "nha", "nuoc", "chinh", "phu", "quoc", "hoi", "bo", "so", "nganh", "dang", "uy", "ubnd", "hdnd",
            "mttq", "ubmttq", "htx", "hop", "tac", "dien", "luc", "evn", "cong", "an", "y", "te",
            "truong", "thcs", "thpt", "tieu", "hoc", "mam", "non", "mau", "giao", "trung", "tam",
            "duong", "lo", "ql", "tl", "dt", "dh", "kenh", "muong", "rach", "song", "suoi", "cau", "cong", "de", "ke",
            "cho", "tram", "bom", "hem", "ngo", "ngach", "kiet", "doi", "nui", "ho", "dap", "du", "khu",
            "cu", "de", "nghi", "kien", "phan", "anh", "ba", "con", "nhan", "tinh", "lo", "quoc", "viec",
            "bhyt", "bhxh", "gcn", "qsdd", "atgt", "antt", "thc", "tthc", "nvh", "tba", "vsmt", "dbscl", "qd",
            "ttg", "nd", "cp", "tw", "ubnd", "k", "va", "cac", "nam", "thang", "ngay"));

    /**
     * Words that name an administrative area above the hamlet: a name after one ("tỉnh An Giang", "huyện Cần
     * Đước", "xã Tân Hòa", "thành phố Đà Nẵng"), and the names listed after it ("các tỉnh Ninh Bình, Thái Bình"),
     * say who speaks or where, not which thing the opinion is about; they are no anchors (decision 0031). "phố"
     * counts only after "thành" ("khu phố" is a hamlet).
     */
    static final Set<String> AREA_KINDS = Set.of("tinh", "huyen", "xa", "phuong", "quan", "tp", "tx", "tt", "ban");

    /** First words of the holidays deadlines are named after ("Tết Nguyên Đán", "Tết Trung thu"): never a name. */
    static final Set<String> HOLIDAYS = Set.of("tet");

    /** Words that number things: a number right after one is part of a name ("hẻm 112", "tổ 7"). */
    static final Set<String> NUMBERING = Set.copyOf(List.of("hem", "so", "to", "ap", "khu", "pho", "kenh", "duong", "lo", "doi",
            "xom", "thon", "ngo", "ngach", "kiet", "tuyen", "cong", "cau", "ql", "tl", "dt"));

    private IssueAnchors() {
    }

    /** The anchors a text spells as names (see the class comment), folded, in order, repeats kept. */
    public static List<String> of(String text) {
        return of(text, null);
    }

    /**
     * As {@link #of(String)}, given the text's folded words when known ({@link IssueText#foldedWords}: the
     * grouping has them already, and folding is the slow part).
     */
    static List<String> of(String text, List<String> foldedWords) {
        return of(text, foldedWords, null);
    }

    /**
     * The administrative areas a text names ("huyện Cần Đước", "các tỉnh Ninh Bình, Thái Bình"), folded, without
     * their kind word: they are no anchors (they say where, not which thing), but two opinions about local works in
     * two different areas are about two works (decision 0039).
     */
    static List<String> areas(String text) {
        List<String> areas = new ArrayList<>();
        of(text, null, areas);
        return areas;
    }

    /** As {@link #of(String, List)}, adding the areas it names to {@code areas} when that is not null. */
    static List<String> of(String text, List<String> foldedWords, List<String> areas) {
        List<String> anchors = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return anchors;
        }
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) && text.indexOf('\u00D0') < 0
                && text.indexOf('\u00F0') < 0 ? text : VietText.nfc(text);
        List<String> known = foldedWords != null && foldedWords.size() == wordCount(nfc) ? foldedWords : null;
        int word = -1;
        List<String> run = new ArrayList<>();
        boolean runOpensSentence = false;
        boolean sentenceStart = true;
        String previous = "";
        int previousStart = 0;
        int previousEnd = 0;
        // the fold of the word before the previous one ("thành" of "thành phố"), and whether the names being
        // listed follow an area word ("các tỉnh Ninh Bình, Thái Bình")
        int beforePreviousStart = 0;
        int beforePreviousEnd = 0;
        Listing listing = new Listing();
        int i = 0;
        while (i < nfc.length()) {
            char c = nfc.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                // "ĐX.05": a dot between a letter or digit and a digit ends no sentence
                boolean inCode = c == '.' && i > 0 && i + 1 < nfc.length()
                        && Character.isLetterOrDigit(nfc.charAt(i - 1)) && Character.isDigit(nfc.charAt(i + 1));
                if (!inCode && SENTENCE_ENDS.indexOf(c) >= 0) {
                    sentenceStart = true;
                    close(anchors, run, runOpensSentence, listing, areas);
                    listing.area = false;
                } else if (!inCode && c != ' ') {
                    close(anchors, run, runOpensSentence, listing, areas);
                }
                i++;
                continue;
            }
            int start = i;
            while (i < nfc.length() && Character.isLetterOrDigit(nfc.charAt(i))) {
                i++;
            }
            word++;
            boolean digits = false;
            boolean letters = false;
            for (int k = start; k < i; k++) {
                digits |= Character.isDigit(nfc.charAt(k));
                letters |= Character.isLetter(nfc.charAt(k));
            }
            boolean capital = Character.isUpperCase(nfc.charAt(start));
            if (!digits && !capital) {
                // most words: small letters, no name; folded only when a name or a number comes next
                close(anchors, run, runOpensSentence, listing, areas);
                if (listing.area && !"va".equals(fold(nfc, start, i))) {
                    listing.area = false;
                }
                sentenceStart = false;
                beforePreviousStart = previousStart;
                beforePreviousEnd = previousEnd;
                previousStart = start;
                previousEnd = i;
                previous = null;
                continue;
            }
            if (previous == null) {
                previous = known != null ? known.get(word - 1) : fold(nfc, previousStart, previousEnd);
            }
            String fold = known != null ? known.get(word) : fold(nfc, start, i);
            if (digits && !letters) {
                // a number is a name right after a name ("ĐX" 05) or a word that numbers things ("hẻm" 112)
                if (!run.isEmpty() && run.get(run.size() - 1).equals(previous) && previous.equals(lastName(run))) {
                    run.add(fold);
                } else if (NUMBERING.contains(previous)) {
                    close(anchors, run, runOpensSentence, listing, areas);
                    run.add(previous);
                    run.add(fold);
                    runOpensSentence = false;
                } else {
                    close(anchors, run, runOpensSentence, listing, areas);
                }
                close(anchors, run, runOpensSentence, listing, areas);
            } else {
                if (run.isEmpty()) {
                    runOpensSentence = sentenceStart;
                    // "xóm Đình" is the "Xóm Đình" of another opinion
                    if (!sentenceStart && !digits && NOT_NAMES.contains(previous) && !NOT_NAMES.contains(fold)) {
                        run.add(previous);
                    }
                    listing.kindIsArea = AREA_KINDS.contains(previous)
                            || ("pho".equals(previous) && "thanh".equals(beforePrevious(known, word, nfc,
                                    beforePreviousStart, beforePreviousEnd)));
                }
                run.add(fold);
            }
            sentenceStart = false;
            beforePreviousStart = previousStart;
            beforePreviousEnd = previousEnd;
            previousStart = start;
            previousEnd = i;
            previous = fold;
        }
        close(anchors, run, runOpensSentence, listing, areas);
        return anchors;
    }

    /** The fold of the word two before the current one (numbered {@code word}). */
    private static String beforePrevious(List<String> known, int word, String text, int start, int end) {
        return known != null ? (word >= 2 ? known.get(word - 2) : "") : fold(text, start, end);
    }

    private static int wordCount(String text) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                count++;
            }
            in = letter;
        }
        return count;
    }

    private static String fold(String text, int start, int end) {
        return start == end ? "" : VietText.fold(text.substring(start, end)).toLowerCase(Locale.ROOT);
    }

    /** Whether the name being read, and the names listed after it, name an administrative area. */
    private static final class Listing {
        /** The name being read follows an area word. */
        boolean kindIsArea;
        /** The last name closed was an area, and only commas, spaces or "và" came since. */
        boolean area;
    }

    private static final String SENTENCE_ENDS = ".!?;:\n(\"";

    private static String lastName(List<String> run) {
        for (int k = run.size() - 1; k >= 0; k--) {
            if (!NOT_NAMES.contains(run.get(k))) {
                return run.get(k);
            }
        }
        return null;
    }

    /**
     * Ends the name being read. Kind words in front are dropped while two words or more stay ("Trường THCS
     * Bến Đình" is "ben dinh", "Kênh Bà Tiêu" is "ba tieu", "rạch Cầu Dừa" stays "cau dua"); a run of kind
     * words only ("Nhà nước", "UBND"), or one capitalised word opening a sentence, is no name.
     */
    private static void close(List<String> anchors, List<String> run, boolean opensSentence, Listing listing,
            List<String> areas) {
        if (run.isEmpty()) {
            return;
        }
        boolean area = listing.kindIsArea || listing.area;
        listing.kindIsArea = false;
        listing.area = area;
        if (area) {
            if (areas != null) {
                int from = 0;
                while (from < run.size() - 1 && NOT_NAMES.contains(run.get(from))) {
                    from++;
                }
                areas.add(String.join(" ", run.subList(from, run.size())));
            }
            run.clear();
            return;
        }
        if (HOLIDAYS.contains(run.get(0))) {
            // "trước Tết Nguyên đán": a deadline, no place or work
            run.clear();
            return;
        }
        int from = 0;
        while (from < run.size() - 2 && NOT_NAMES.contains(run.get(from))) {
            from++;
        }
        if (run.size() - from == 2 && NOT_NAMES.contains(run.get(from)) && NOT_NAMES.contains(run.get(from + 1))) {
            from = run.size();
        }
        int size = run.size() - from;
        boolean name = size >= 2 || (size == 1 && !opensSentence && (!NOT_NAMES.contains(run.get(from))
                || run.get(from).chars().anyMatch(Character::isDigit)));
        if (name) {
            anchors.add(String.join(" ", run.subList(from, run.size())));
        }
        run.clear();
    }
}
