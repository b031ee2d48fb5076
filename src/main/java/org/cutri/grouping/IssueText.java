package org.cutri.grouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cutri.common.text.VietText;

/**
 * The words of an opinion as the same-issue grouping compares them (see docs/decisions/0008).
 *
 * <p>The text is folded (no case, no diacritics, đ → d: "Đường" and "duong" are the same word), cut into
 * syllables, and each syllable is marked as a content word, a weak word (generic verbs such as "sửa chữa",
 * "hỗ trợ": they say what is asked, not what about) or a stop word (function words and the petition
 * formulas every opinion carries: "đề nghị", "cử tri", "kiến nghị", "xem xét", "địa bàn"…). Multi-syllable
 * phrases are matched first, longest first. The terms are the syllables (unigrams) and the pairs of
 * adjacent syllables that are not stop words (bigrams: most Vietnamese words have two syllables, so
 * "nuoc sach", "xuong cap", "den duong" carry the meaning a single syllable does not).
 */
public final class IssueText {

    /** Weight factor of a stop word: near zero, so a text of formulas alone still has a (tiny) vector. */
    public static final double STOP_FACTOR = 0.02;
    /** Weight factor of a weak word. */
    public static final double WEAK_FACTOR = 0.35;

    /** Kinds of hamlet (they precede a hamlet's name in the text: "xóm Bến", "thôn Đông"). */
    static final Set<String> HAMLET_KINDS = Set.of("thon", "xom", "ap", "ban", "to", "khu", "lang", "buon", "khom",
            "doi", "phum", "soc", "to dan pho", "khu pho");

    /**
     * Petition formulas and function words, folded. Phrases of several syllables are matched as a whole
     * before the single syllables. Chosen from how minutes are written: the formulas ("đề nghị các cấp
     * quan tâm xem xét giải quyết") open nearly every opinion and say nothing about the issue.
     */
    static final List<String> STOP_PHRASES = List.of(
            // petition formulas
            "de nghi", "kien nghi", "phan anh", "de xuat", "xem xet", "quan tam", "giai quyet", "cu tri",
            "nhan dan", "ba con", "nguoi dan", "dan cu", "toan dan", "hien nay", "hien tai", "tinh trang",
            "thuc trang", "van de", "noi dung", "y kien", "thac mac", "bao gio", "khi nao", "nhu the nao",
            "tai sao", "vi sao", "de nghi cap tren", "cap tren", "cac cap", "cac nganh", "cap co tham quyen",
            "co tham quyen", "tham quyen", "co quan chuc nang", "nganh chuc nang", "chuc nang", "co quan",
            "chinh quyen", "dia phuong", "dia ban", "uy ban", "ubnd", "hdnd", "ubmttq", "mttq", "mat tran",
            "dai bieu", "lanh dao", "thuong truc", "kip thoi", "nhanh chong", "triet de", "dut diem", "som",
            "can thiet", "cu the", "tiep tuc", "tao dieu kien", "dieu kien", "co bien phap", "bien phap",
            "co ke hoach", "ke hoach", "thoi gian", "thoi gian toi", "trong thoi gian", "lau nay", "nhieu nam",
            "nhieu nam nay", "tu lau", "den nay", "den nay van", "cho den nay", "ma van", "van chua", "nhung van",
            "rat", "qua", "lam", "nhieu", "cac", "mot so", "nhung", "mot", "hai", "ba", "moi",
            "tinh hinh", "anh huong", "nghiem trong", "kho khan", "bat cap", "lo lang", "buc xuc", "gay",
            "dan den", "lam cho", "viec", "su", "cong tac", "trien khai", "thuc hien", "xu ly", "kiem tra",
            "ra soat", "chi dao", "huong dan", "phoi hop", "giup", "giup do", "dam bao", "dap ung", "nhu cau",
            "doi voi", "lien quan", "theo", "theo quy dinh", "quy dinh",
            // function words
            // (folding merges words: "den" is also "đèn", "thuoc" also "thuốc", "van" also "văn", "ap" also
            // "áp", "the" also "thẻ", "ma" also "ma túy", so those stay content or weak words)
            "cua", "va", "voi", "tai", "tren", "duoi", "trong", "ngoai", "la", "thi", "nen", "de", "ve", "nay",
            "kia", "ay", "da", "dang", "se", "duoc", "bi", "co", "khong", "chua", "con", "cung", "deu", "lai",
            "nua", "them", "hon", "nhat", "ra", "vao", "len", "khi", "neu", "hay", "hoac", "nhu", "phai", "gi",
            "ai", "sao", "vay", "roi", "ngay", "hang", "tung", "toi", "chung toi", "chung ta", "minh",
            "gia dinh", "nha nuoc", "nguoi", "thuong xuyen", "luon", "da lau", "dang bi", "xa", "phuong",
            "thi tran", "huyen", "tinh", "thon", "xom", "ban", "to dan pho", "khu pho", "khu dan cu", "lang",
            "khu vuc", "tuyen", "doan", "nhieu ho", "cac ho", "ho dan");

    /**
     * Generic verbs and nouns of petitions: they say what is asked, not what about, so two different
     * issues both "repaired" or "supported" must not look alike.
     */
    static final List<String> WEAK_PHRASES = List.of(
            "sua chua", "sua", "khac phuc", "xay dung", "dau tu", "ho tro", "nang cap", "cai tao", "bo tri",
            "kinh phi", "nguon von", "von", "lap dat", "lap", "lam", "lam moi", "xay moi", "cap", "tang cuong",
            "quan ly", "xu phat", "chu y", "nhac nho", "tuyen truyen", "van dong", "dieu chinh", "bo sung",
            "mo rong", "chinh sach", "che do", "ho", "gia", "dan", "cong trinh", "du an", "hang muc",
            "chat luong", "dam bao an toan", "an toan", "di lai", "sinh hoat", "doi song", "san xuat", "nam",
            "cho", "ma", "vi", "can", "bang", "chi", "o", "tu", "do", "dau", "van", "nao",
            "thang", "tuan", "ngay", "dem", "mua", "hu hong", "hong", "hu");

    /**
     * Compound words that hold a syllable of the stop list but mean a thing ("quá tải", "xe tải", "sổ đỏ",
     * "ma túy", "nhà văn hóa", "trạm biến áp"): matched as a whole first, so they stay content words.
     */
    static final List<String> CONTENT_PHRASES = List.of(
            "qua tai", "xe tai", "trong tai", "van tai", "tai nan", "so do", "ma tuy", "dien ap", "bien ap",
            "van hoa", "nha van hoa", "cho tam", "cho coc", "cho tu phat", "tu phat", "nguoi cao tuoi",
            "nguoi co cong", "nguoi khuyet tat", "nguoi gia", "den duong", "den tin hieu", "duong ong", "ong nuoc",
            "nuoc sach", "xuong cap", "o nhiem", "lan chiem", "tren song", "bo song", "thu gom", "ho ngheo",
            "can ngheo", "tro cap", "thuoc tru sau", "thuoc bao ve thuc vat", "trung tam", "tram y te",
            "bao hiem", "nong san", "phan bon", "mot cua", "ban dem", "dat o", "thanh nien", "tre em",
            "hoc sinh", "mam non", "tieu hoc", "co so", "chan nuoi", "the bao hiem");

    /** Abbreviations written out, so "thẻ BHYT" and "thẻ bảo hiểm y tế" are the same words. */
    static final Map<String, List<String>> ABBREVIATIONS = Map.ofEntries(
            Map.entry("bhyt", List.of("bao", "hiem", "y", "te")),
            Map.entry("bhxh", List.of("bao", "hiem", "xa", "hoi")),
            Map.entry("gcn", List.of("giay", "chung", "nhan")),
            Map.entry("qsdd", List.of("quyen", "su", "dung", "dat")),
            Map.entry("gcnqsdd", List.of("giay", "chung", "nhan", "quyen", "su", "dung", "dat")),
            Map.entry("atgt", List.of("an", "toan", "giao", "thong")),
            Map.entry("antt", List.of("an", "ninh", "trat", "tu")),
            Map.entry("tthc", List.of("thu", "tuc", "hanh", "chinh")),
            Map.entry("nvh", List.of("nha", "van", "hoa")),
            Map.entry("tba", List.of("tram", "bien", "ap")),
            Map.entry("ql", List.of("quoc", "lo")),
            Map.entry("tl", List.of("tinh", "lo")),
            Map.entry("gtnt", List.of("giao", "thong", "nong", "thon")),
            Map.entry("vsmt", List.of("ve", "sinh", "moi", "truong")),
            Map.entry("hssv", List.of("hoc", "sinh", "sinh", "vien")));

    /**
     * Words petitions use for the same thing, written one way: "nước máy" is "nước sạch", "heo" is "lợn",
     * "đền bù" is "bồi thường", "chợ cóc" is "chợ tạm", "gà vịt" and "trâu bò" are "vật nuôi".
     */
    static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("nuoc may", "nuoc sach"),
            Map.entry("heo", "lon"),
            Map.entry("den bu", "boi thuong"),
            Map.entry("so do", "giay chung nhan quyen su dung dat"),
            Map.entry("so hong", "giay chung nhan quyen su dung dat"),
            Map.entry("thuong lai", "tu thuong"),
            Map.entry("phat thanh", "truyen thanh"),
            Map.entry("cho coc", "cho tam"),
            Map.entry("cho tu phat", "cho tam"),
            Map.entry("nguoi gia", "nguoi cao tuoi"),
            Map.entry("gia suc", "vat nuoi"),
            Map.entry("gia cam", "vat nuoi"),
            Map.entry("trau bo", "vat nuoi"),
            Map.entry("ga vit", "vat nuoi"),
            Map.entry("trang trai", "trai"),
            Map.entry("bao tieu", "tieu thu"),
            Map.entry("den chieu sang", "den duong"),
            Map.entry("chieu sang cong cong", "den duong"),
            Map.entry("dien chieu sang", "den duong"),
            Map.entry("mat dien", "dien yeu"),
            Map.entry("cup dien", "dien yeu"),
            Map.entry("rac thai", "rac"),
            Map.entry("nghien hut", "ma tuy"),
            Map.entry("con nghien", "ma tuy"),
            Map.entry("thanh thieu nien", "thanh nien"),
            Map.entry("o ga", "xuong cap"),
            Map.entry("o voi", "xuong cap"),
            Map.entry("truong mau giao", "truong mam non"));

    /** Longest phrase looked for, in syllables (hamlet names included: "tổ dân phố Bắc Sơn"). */
    private static final int LONGEST_PHRASE = 6;
    private static final Map<String, Double> PHRASE_FACTOR = new LinkedHashMap<>();

    static {
        for (String phrase : WEAK_PHRASES) {
            PHRASE_FACTOR.put(phrase, WEAK_FACTOR);
        }
        for (String phrase : STOP_PHRASES) {
            PHRASE_FACTOR.put(phrase, STOP_FACTOR);
        }
        for (String phrase : CONTENT_PHRASES) {
            PHRASE_FACTOR.put(phrase, 1.0);
        }
    }

    private IssueText() {
    }

    /**
     * The folded syllables of a text, abbreviations written out: "Đường liên-xã xuống cấp!" gives
     * [duong, lien, xa, xuong, cap]; "thẻ BHYT" gives [the, bao, hiem, y, te].
     */
    public static List<String> syllables(String text) {
        List<String> raw = rawSyllables(text);
        List<String> out = new ArrayList<>(raw.size());
        int i = 0;
        while (i < raw.size()) {
            boolean replaced = false;
            for (int length = Math.min(4, raw.size() - i); length >= 2 && !replaced; length--) {
                String canonical = SYNONYMS.get(String.join(" ", raw.subList(i, i + length)));
                if (canonical != null) {
                    out.addAll(List.of(canonical.split(" ")));
                    i += length;
                    replaced = true;
                }
            }
            if (!replaced) {
                String canonical = SYNONYMS.get(raw.get(i));
                out.addAll(canonical == null ? List.of(raw.get(i)) : List.of(canonical.split(" ")));
                i++;
            }
        }
        return out;
    }

    private static List<String> rawSyllables(String text) {
        String folded = VietText.fold(text);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = folded.substring(start, i).toLowerCase(Locale.ROOT);
                out.addAll(ABBREVIATIONS.getOrDefault(word, List.of(word)));
                start = -1;
            }
        }
        return out;
    }

    /** True when the folded word or phrase is on the stop list ("đề nghị", "của", "xã"…). */
    public static boolean isStop(String text) {
        Double factor = PHRASE_FACTOR.get(String.join(" ", syllables(text)));
        return factor != null && factor == STOP_FACTOR;
    }

    /**
     * The hamlet names to drop from the texts, folded, as phrases: "xóm Bến" gives "xom ben" and, with each
     * kind of hamlet, "thon ben", so "đường xóm Bến" and "đường thôn Đông" compare as "đường".
     */
    public static Set<String> placePhrases(Collection<String> placeNames) {
        Set<String> phrases = new HashSet<>();
        for (String name : placeNames) {
            List<String> words = syllables(name);
            if (words.isEmpty()) {
                continue;
            }
            phrases.add(String.join(" ", words));
            int skip = 0;
            if (words.size() > 2 && HAMLET_KINDS.contains(words.get(0) + " " + words.get(1))) {
                skip = 2;
            } else if (words.size() > 1 && HAMLET_KINDS.contains(words.get(0))) {
                skip = 1;
            }
            if (skip > 0) {
                String core = String.join(" ", words.subList(skip, words.size()));
                for (String kind : HAMLET_KINDS) {
                    phrases.add(kind + " " + core);
                }
            }
        }
        return phrases;
    }

    /**
     * The weighted terms of a text before IDF: each term with the sum of its factors (1 for a content word,
     * {@link #WEAK_FACTOR}, {@link #STOP_FACTOR}). Bigrams join two adjacent syllables that are not stop
     * words with a space; their factor is the smaller of the two.
     *
     * @param placePhrases folded phrases to treat as stop words (hamlet names, see {@link #placePhrases})
     */
    public static Map<String, Double> terms(String text, Set<String> placePhrases) {
        return terms(syllables(text), placePhrases);
    }

    /** The weighted terms of folded syllables (see {@link #terms(String, Set)}). */
    public static Map<String, Double> terms(List<String> words, Set<String> placePhrases) {
        double[] factor = factors(words, placePhrases);
        Map<String, Double> terms = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            terms.merge(words.get(i), factor[i], Double::sum);
            if (i + 1 < words.size() && factor[i] > STOP_FACTOR && factor[i + 1] > STOP_FACTOR) {
                terms.merge(words.get(i) + " " + words.get(i + 1), Math.min(factor[i], factor[i + 1]), Double::sum);
            }
        }
        return terms;
    }

    /** What an opinion complains of or asks for, beyond its topic (see {@link #aspects}). */
    enum Aspect {
        /** Something broken to repair: "hỏng", "vỡ", "xuống cấp", "dột", "sửa chữa". */
        DAMAGE("hong", "hu", "hu hong", "vo", "xuong cap", "dot", "dot nat", "nut", "sut lun", "o ga", "sua",
                "sua chua", "khac phuc", "thay", "thay moi", "khong sang", "khong hoat dong", "nao vet", "boi lap"),
        /** Something missing to build or install: "lắp đặt", "kéo về", "mở rộng", "xây mới", "chưa có". */
        MISSING("lap dat", "lap them", "keo", "mo rong", "xay moi", "lam moi", "chua co", "xay dung"),
        /** Something unclean: "mùi", "ô nhiễm", "hôi thối", "bụi". */
        QUALITY("mui", "o nhiem", "hoi thoi", "bui", "mui la", "mui hoi"),
        /** Not enough of something: "thiếu", "bổ sung". */
        SHORTAGE("thieu", "bo sung"),
        /** Something too slow: "chậm", "chậm trễ", "kéo dài", "đẩy nhanh". */
        SLOW("cham", "cham tre", "keo dai", "day nhanh", "dung han", "ton dong"),
        /** An amount or price too high or too low: "giá cao", "mức thấp", "nâng mức", "bình ổn giá". */
        LEVEL("thap", "tang cao", "qua cao", "nang muc", "tang muc", "binh on", "giam gia", "muc");

        final Set<String> phrases;

        Aspect(String... phrases) {
            this.phrases = Set.of(phrases);
        }
    }

    /**
     * The aspects an opinion's words name, as a bit mask of {@link Aspect} ordinals. Two opinions on the same
     * thing whose aspects are both named and share none ("ống nước vỡ" and "xin lắp ống nước"; "trợ cấp
     * thấp" and "trợ cấp chậm") raise different issues, however alike their words.
     */
    public static int aspects(List<String> words) {
        int mask = 0;
        for (int i = 0; i < words.size(); i++) {
            String one = words.get(i);
            String two = i + 1 < words.size() ? one + " " + words.get(i + 1) : null;
            for (Aspect aspect : Aspect.values()) {
                if (aspect.phrases.contains(one) || (two != null && aspect.phrases.contains(two))) {
                    mask |= 1 << aspect.ordinal();
                }
            }
        }
        return mask;
    }

    /**
     * True when a folded word is shaped like a Vietnamese syllable (onset, one to three vowels, a final
     * consonant): "nuoc", "nghieng", "xuong" are; "sacg", "xuog", "nuco" are not, so they are typos.
     */
    public static boolean plausibleSyllable(String word) {
        return SYLLABLE.matcher(word).matches();
    }

    private static final java.util.regex.Pattern SYLLABLE = java.util.regex.Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|nh|ng|c|m|n|p|t)?");

    /** The factor of each syllable: phrases matched longest first, place names first of all. */
    static double[] factors(List<String> words, Set<String> placePhrases) {
        double[] factor = new double[words.size()];
        Arrays.fill(factor, 1.0);
        int i = 0;
        StringBuilder phrase = new StringBuilder();
        while (i < words.size()) {
            // the longest phrase starting here, built one syllable at a time
            int matched = 0;
            double value = 1.0;
            phrase.setLength(0);
            for (int length = 1; length <= Math.min(LONGEST_PHRASE, words.size() - i); length++) {
                if (length > 1) {
                    phrase.append(' ');
                }
                phrase.append(words.get(i + length - 1));
                String candidate = phrase.toString();
                if (placePhrases.contains(candidate)) {
                    matched = length;
                    value = STOP_FACTOR;
                } else {
                    Double f = PHRASE_FACTOR.get(candidate);
                    if (f != null) {
                        matched = length;
                        value = f;
                    }
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            for (int k = i; k < i + matched; k++) {
                factor[k] = value;
            }
            i += matched;
        }
        return factor;
    }
}
