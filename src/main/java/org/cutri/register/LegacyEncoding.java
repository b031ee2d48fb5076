package org.cutri.register;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises Vietnamese typed in the old 8-bit encodings (TCVN3/ABC with the {@code .VnTime} fonts,
 * VNI with the {@code VNI-Times} fonts) and read as if it were Unicode: "Th«n §ång T©m" (TCVN3) or
 * "Thoân Ñoàng" (VNI) instead of "Thôn Đồng Tâm". Such text must never be stored silently.
 *
 * <p>The rule: Unicode Vietnamese uses, from the Latin-1 block, only the letters à á â ã è é ê ì í ò ó
 * ô õ ù ú ý (and capitals). TCVN3 puts its letters on the symbols U+00A1–U+00BF (« § © ¸ µ …) and on
 * Latin-1 letters Vietnamese never uses (å æ ç ë î ï ñ …); VNI writes marks as separate letters after
 * the vowel (ø û ï ö ñ Ñ, or "oâ" for ô), which never occur in Unicode Vietnamese either.
 */
public final class LegacyEncoding {

    /** Which old encoding the text most likely is. */
    public enum Kind { TCVN3, VNI }

    /** With Ð/ð: published Unicode text writes Đ/đ so ("vùng ÐBSCL"); no old encoding puts a letter there alone. */
    private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝÐð";
    private static final String VNI_MARKS = "øûïöñÑØÛÏÖëäåÄÅË";
    private static final Pattern VNI_CIRCUMFLEX = Pattern.compile("[aeoAEO][âÂêÊ]");

    private LegacyEncoding() {
    }

    /** The old encoding the text looks like, if any. */
    public static Optional<Kind> detect(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        boolean tcvn3 = false;
        boolean vni = VNI_CIRCUMFLEX.matcher(text).find();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0080' && c <= '\u009F') {
                tcvn3 = true;
            } else if (c >= '\u00A1' && c <= '\u00BF') {
                tcvn3 = true;
            } else if (c >= '\u00C0' && c <= '\u00FF' && VIETNAMESE_LATIN1.indexOf(c) < 0) {
                if (VNI_MARKS.indexOf(c) >= 0) {
                    vni = true;
                } else {
                    tcvn3 = true;
                }
            }
        }
        if (tcvn3) {
            return Optional.of(Kind.TCVN3);
        }
        return vni ? Optional.of(Kind.VNI) : Optional.empty();
    }
}
