package org.cutri.grouping;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cutri.common.text.VietText;

/**
 * The kind of thing an opinion is about, read from its key nouns (decision 0039): a road ("đường", "hẻm", "quốc
 * lộ"), a bridge ("cầu"), a canal, river or dyke ("kênh", "mương", "rạch", "sông", "đê", "cống"), power ("điện",
 * "trạm biến áp"), piped water ("nước sạch", "nước máy", "đường ống"), a school ("trường", "lớp học", "giáo viên"),
 * the hamlet hall ("nhà văn hóa", "hội trường"), health ("trạm y tế", "thuốc"), a market ("chợ"), land ("đất",
 * "sổ đỏ") or waste ("rác"). Two opinions that both name things and share no kind raise different issues however
 * alike their other words ("đường liên xã xuống cấp" and "nhà văn hóa xuống cấp"): the grouping keeps them apart.
 *
 * <p>Read on the written words, with their diacritics, because folding merges the key nouns with common words
 * ("đê" and "để", "đường" and "bồi dưỡng", "trường" and "trưởng thôn", "cầu" and "câu"). A word capitalised in
 * the middle of a sentence is part of a name ("thôn Cầu Mây", "rạch Cầu Dừa"), not a thing. A text typed without
 * diacritics is read by the phrases that stay unambiguous once folded ("nuoc sach", "tram bien ap", "kenh").
 * Compounds that hold a key noun but mean something else are matched first, longest first, and name no thing
 * ("yêu cầu", "môi trường", "hồ sơ", "bưu điện") or another one ("đường ống" is piped water, "đường dây" power).
 */
public final class IssueThings {

    /** The kinds of thing, one bit each. */
    enum Kind {
        ROAD, BRIDGE, WATERWAY, POWER, WATER, SCHOOL, HALL, HEALTH, MARKET, LAND, WASTE, OFFICE,
        /** A dyke or embankment ("đê", "đê bao", "bờ bao", "kè"): raising it is not laying a culvert through it. */
        DYKE
    }

    /** Words after which a thing is what another work crosses ("qua", "ngang"), written or folded. */
    private static final Set<String> CROSSING = Set.of("qua", "ngang");
    /** Words between "qua" and the thing crossed: "qua tuyến đê", "qua con kênh", "qua các tuyến đường". */
    private static final Set<String> CLASSIFIERS = Set.of("tuyến", "tuyen", "con", "các", "cac", "cây", "cay", "dòng",
            "dong");

    /** Marks a compound that names no thing. */
    private static final int NONE = -1;

    /** Written phrases (lower case, NFC, with diacritics) and their kind ({@link #NONE}: no thing). */
    private static final Map<String, Integer> WRITTEN = new HashMap<>();
    /** Folded phrases read in a text typed without diacritics: only those no other word folds to. */
    private static final Map<String, Integer> FOLDED = new HashMap<>();
    private static final Set<String> WRITTEN_PREFIXES;
    private static final Set<String> FOLDED_PREFIXES;
    private static final int LONGEST = 5;

    static {
        kind(Kind.ROAD, "đường", "tuyến đường", "con đường", "mặt đường", "lòng đường", "lề đường", "vỉa hè", "hẻm",
                "ngõ", "ngách", "quốc lộ", "tỉnh lộ", "hương lộ", "đường liên xã", "đường liên thôn", "đường giao thông",
                "giao thông nông thôn", "đường đất", "đường làng", "đường nội đồng", "đèn đường");
        kind(Kind.BRIDGE, "cầu", "cây cầu", "cầu tràn", "cầu treo", "cầu khỉ", "cầu dân sinh");
        kind(Kind.WATERWAY, "kênh", "mương", "kênh mương", "rạch", "sông", "suối", "cống", "ống cống", "nắp cống",
                "cống thoát nước", "thoát nước", "đập", "hồ chứa", "ao",
                "trạm bơm", "thủy lợi", "thuỷ lợi", "bờ sông", "lòng sông");
        kind(Kind.DYKE, "đê", "đê bao", "bờ bao", "kè", "bờ kè", "đê điều", "mặt đê", "chân đê");
        kind(Kind.POWER, "điện", "lưới điện", "trạm biến áp", "biến áp", "cột điện", "đường dây", "đường dây điện",
                "đường điện", "công tơ", "điện lực", "tiền điện", "giá điện");
        kind(Kind.WATER, "nước sạch", "nước máy", "cấp nước", "ống nước", "đường ống", "đường ống nước", "đường nước",
                "nước sinh hoạt", "giếng", "giếng khoan", "đồng hồ nước", "tiền nước", "giá nước", "trạm cấp nước",
                "nhà máy nước");
        kind(Kind.SCHOOL, "trường", "trường học", "nhà trường", "lớp học", "phòng học", "điểm trường", "mầm non",
                "mẫu giáo", "tiểu học", "trung học", "giáo viên", "sĩ số");
        kind(Kind.HALL, "nhà văn hóa", "nhà văn hoá", "hội trường", "nhà sinh hoạt cộng đồng");
        kind(Kind.HEALTH, "trạm y tế", "bệnh viện", "y tế", "thuốc", "bảo hiểm y tế", "khám chữa bệnh", "khám bệnh");
        kind(Kind.MARKET, "chợ", "chợ tạm", "chợ cóc", "chợ tự phát");
        kind(Kind.LAND, "đất", "đất đai", "đất ở", "thửa đất", "quyền sử dụng đất", "sổ đỏ", "khu công nghiệp",
                "cụm công nghiệp", "khu tái định cư");
        kind(Kind.OFFICE, "bộ phận một cửa", "một cửa", "tiếp nhận hồ sơ", "trả kết quả", "phòng đăng ký đất đai",
                "văn phòng đăng ký đất đai");
        kind(Kind.WASTE, "rác", "rác thải", "bãi rác", "thùng rác", "thu gom rác", "nước thải");
        none("yêu cầu", "nhu cầu", "toàn cầu", "cầu thủ", "cầu lông", "cầu nguyện", "môi trường", "thị trường",
                "hiện trường", "chiến trường", "quảng trường", "trường hợp", "lập trường", "nông trường", "công trường",
                "đường lối", "đường truyền", "tiểu đường", "hồ sơ", "bưu điện", "điện thoại", "điện tử", "đập phá",
                "thuốc lá", "thuốc trừ sâu", "thuốc bảo vệ thực vật", "thuốc diệt chuột", "lở đất", "sạt lở đất",
                "động đất", "mặt đất", "đất nước", "ao ước");
        for (Map.Entry<String, Integer> e : WRITTEN.entrySet()) {
            String folded = VietText.fold(e.getKey());
            if (folded.indexOf(' ') > 0 && e.getValue() != NONE) {
                FOLDED.put(folded, e.getValue());
            }
        }
        for (String one : List.of("kenh", "muong", "rach", "hem", "dien", "rac")) {
            FOLDED.put(one, WRITTEN.get(switch (one) {
                case "kenh" -> "kênh";
                case "muong" -> "mương";
                case "rach" -> "rạch";
                case "hem" -> "hẻm";
                case "dien" -> "điện";
                default -> "rác";
            }));
        }
        // folded compounds that are no thing, or another word: "bao hiem" is no "bảo hiểm y tế" alone
        for (String none : List.of("dien bien", "dien tich", "dai dien", "toan dien", "dien dan", "dien thoai",
                "buu dien", "dien tu", "hem hep")) {
            FOLDED.putIfAbsent(none, NONE);
        }
        WRITTEN_PREFIXES = IssueText.prefixes(WRITTEN.keySet());
        FOLDED_PREFIXES = IssueText.prefixes(FOLDED.keySet());
    }

    private static void kind(Kind kind, String... phrases) {
        for (String phrase : phrases) {
            WRITTEN.put(phrase, kind.ordinal());
        }
    }

    private static void none(String... phrases) {
        for (String phrase : phrases) {
            WRITTEN.put(phrase, NONE);
        }
    }

    private IssueThings() {
    }

    /** The kinds of thing a text names, as a bit mask of {@link Kind} ordinals (0: none named). */
    public static int of(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        // most texts are NFC already (every service stores them so): clean only when needed, as IssueAnchors does
        String nfc = java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC) && text.indexOf('\u00D0') < 0
                && text.indexOf('\u00F0') < 0 ? text : VietText.nfc(text);
        String lower = nfc.toLowerCase(Locale.ROOT);
        boolean plain = !hasDiacritics(lower);
        List<String> words = new java.util.ArrayList<>();
        List<Boolean> names = new java.util.ArrayList<>();
        int i = 0;
        boolean sentenceStart = true;
        while (i < nfc.length()) {
            char c = nfc.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (".!?;:\n".indexOf(c) >= 0) {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < nfc.length() && Character.isLetterOrDigit(nfc.charAt(i))) {
                i++;
            }
            String word = lower.substring(start, i);
            // a text without diacritics holds ASCII letters only: its words are folded already
            words.add(word);
            names.add(Character.isUpperCase(c) && !sentenceStart);
            sentenceStart = false;
        }
        Map<String, Integer> phrases = plain ? FOLDED : WRITTEN;
        Set<String> prefixes = plain ? FOLDED_PREFIXES : WRITTEN_PREFIXES;
        int mask = 0;
        int crossedEnd = -2;
        int k = 0;
        StringBuilder phrase = new StringBuilder();
        while (k < words.size()) {
            int matched = 0;
            int kind = NONE;
            phrase.setLength(0);
            for (int length = 1; length <= Math.min(LONGEST, words.size() - k); length++) {
                if (length > 1) {
                    phrase.append(' ');
                }
                phrase.append(words.get(k + length - 1));
                String candidate = phrase.toString();
                if (!prefixes.contains(candidate)) {
                    break;
                }
                Integer found = phrases.get(candidate);
                if (found != null) {
                    matched = length;
                    kind = found;
                }
            }
            if (matched == 0) {
                k++;
                continue;
            }
            // a word capitalised mid-sentence begins a name ("thôn Cầu Mây", "Cầu Treo"): no thing, unless it opens a
            // phrase of several words whose next word is not capitalised: the kind in front of a name ("Khu công
            // nghiệp Phước Đông", "Trạm y tế xã")
            // what a work crosses is where it lies: "cống qua đê", "cầu bắc qua kênh" (decision 0053)
            int before = k - 1;
            while (before > 0 && CLASSIFIERS.contains(words.get(before))) {
                before--;
            }
            // and the whole of what is crossed: "qua tuyến đê bao sông Cái" (the next word after a crossed thing)
            boolean crossed = (mask != 0 && before >= 0 && CROSSING.contains(words.get(before)))
                    || (k > 0 && k <= crossedEnd + 1);
            if (kind != NONE && !crossed && (!names.get(k) || (matched > 1 && !names.get(k + 1)))) {
                mask |= 1 << kind;
            }
            if (crossed) {
                crossedEnd = k + matched - 1;
            }
            k += matched;
        }
        return mask;
    }

    private static boolean hasDiacritics(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c > 0x7f && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when both masks name things and share no kind. */
    static boolean conflict(int a, int b) {
        return a != 0 && b != 0 && (a & b) == 0;
    }
}
