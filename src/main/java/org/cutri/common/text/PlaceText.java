package org.cutri.common.text;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How printed documents write place names: the unit word lower-case in the middle of a sentence ("tại xóm
 * Bến", "cử tri thôn Đông Hải") and the words of one name held together with no-break spaces, so Word,
 * LibreOffice and the PDF never end a line inside "xóm Bến" or "xã Tân Phúc".
 */
public final class PlaceText {

    /** A space that does not break a line (U+00A0). */
    public static final char NO_BREAK = '\u00A0';

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** The unit words a name may start with, longest first so "Tổ dân phố" wins over shorter words. */
    private static final List<String> UNITS = List.of("tổ dân phố", "khu phố", "thành phố", "đặc khu", "phường",
            "thôn", "xóm", "ấp", "bản", "khu", "xã", "tỉnh");

    /** A hamlet's unit word after another word, then its name: capitalised words or a number ("Tổ dân phố 3"). */
    private static final Pattern NAMED_HAMLET = Pattern.compile("(?<=\\S )(?iu:tổ dân phố|khu phố|thôn|xóm|ấp|bản)"
            + " (?:\\d+|\\p{Lu}[\\p{L}\\p{M}]*(?: \\p{Lu}[\\p{L}\\p{M}]*)*)(?![\\p{L}\\p{M}])");

    private PlaceText() {
    }

    /** "Xóm Bến" as written mid-sentence: "xóm Bến", its words held together. */
    public static String inSentence(String name) {
        return glued(lowerUnit(name));
    }

    /** "Xóm Bến, Thôn Đông Hải" as written mid-sentence: "xóm Bến, thôn Đông Hải", each name held together. */
    public static String inSentence(Collection<String> names) {
        return String.join(", ", names.stream().map(PlaceText::inSentence).toList());
    }

    /**
     * Free text typed by hand (a venue, a connection point) with the hamlets named in it written as mid-sentence
     * ({@link #inSentence(String)}): "Nhà văn hóa Thôn Tây Sơn" gives "Nhà văn hóa thôn Tây Sơn", held together.
     * Only a hamlet-level unit word after the first word and before a capitalised name or a number is changed.
     */
    public static String namesInSentence(String text) {
        if (text == null) {
            return "";
        }
        Matcher named = NAMED_HAMLET.matcher(VietText.nfc(text.strip()));
        StringBuilder out = new StringBuilder();
        while (named.find()) {
            named.appendReplacement(out, Matcher.quoteReplacement(inSentence(named.group())));
        }
        return named.appendTail(out).toString();
    }

    /** The name with its unit word lower-case ("Tổ dân phố 3" gives "tổ dân phố 3"); other names as they are. */
    public static String lowerUnit(String name) {
        String text = name == null ? "" : VietText.nfc(name.strip());
        String lower = text.toLowerCase(VIETNAMESE);
        for (String unit : UNITS) {
            if (lower.startsWith(unit + " ")) {
                return unit + text.substring(unit.length());
            }
        }
        return text;
    }

    /** The words of one name held together: every space becomes a no-break space. */
    public static String glued(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", String.valueOf(NO_BREAK));
    }

    /**
     * Free text (a venue, a subject) with each of the given names held together wherever it appears, whatever its
     * case: "Nhà văn hóa xóm Bến" with "Xóm Bến" gives "Nhà văn hóa xóm Bến" that cannot break inside "xóm Bến".
     */
    public static String glueIn(String text, Collection<String> names) {
        if (text == null) {
            return "";
        }
        String result = VietText.nfc(text);
        for (String name : names) {
            String wanted = VietText.nfc(name == null ? "" : name.strip()).toLowerCase(VIETNAMESE);
            if (wanted.indexOf(' ') < 0) {
                continue;
            }
            String lower = result.toLowerCase(VIETNAMESE);
            StringBuilder out = new StringBuilder(result.length());
            int from = 0;
            for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + wanted.length())) {
                out.append(result, from, at).append(glued(result.substring(at, at + wanted.length())));
                from = at + wanted.length();
            }
            result = out.append(result.substring(from)).toString();
        }
        return result;
    }
}
