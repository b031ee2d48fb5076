package org.cutri.common.text;

import java.text.Normalizer;

/**
 * The one rule for text coming into the program, whatever the way (typing and pasting in the window, Excel
 * and CSV files, the register workbook, hand-over packages): invisible control characters are removed and the
 * text is put in Unicode NFC (docs/decisions/0022-hostile-workbooks-and-text.md).
 *
 * <p>Removed: the C0 controls except tab and line feed (NUL, bell, escape, …), DEL, the C1 controls
 * (U+0080–U+009F), the bidirectional controls that can make a text read backwards in a report (U+202A–U+202E
 * embeddings and overrides such as the right-to-left override U+202E, U+2066–U+2069 isolates, U+200E/U+200F
 * and U+061C marks), the byte order mark U+FEFF, the non-characters U+FFFE/U+FFFF and lone surrogates. A
 * carriage return becomes a line feed (a CR LF pair one line feed).
 *
 * <p>One look-alike letter is put right: published Vietnamese text often writes Đ/đ as the Icelandic eth Ð/ð
 * (U+00D0/U+00F0: "vùng ÐBSCL", "Thủ Ðức"), which looks the same but is another letter to a search, a sort
 * and the legacy-encoding check. Other letters, marks and spaces are untouched.
 */
public final class TextIn {

    private TextIn() {
    }

    /** The text without control characters, in NFC; {@code null} stays {@code null}. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(typed(text), Normalizer.Form.NFC);
    }

    /**
     * The text without control characters and with Ð/ð as Đ/đ, not normalised: for text being typed or pasted
     * (the same length apart from removed controls, so the caret stays where it was).
     */
    public static String typed(String text) {
        String stripped = stripControls(text);
        return stripped == null ? null : stripped.replace('\u00D0', '\u0110').replace('\u00F0', '\u0111');
    }

    /** The text without control characters (CR as LF), not normalised: for text being typed. */
    public static String stripControls(String text) {
        if (text == null || (!hasControls(text) && text.indexOf('\r') < 0)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append('\n');
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!removed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when {@link #clean} would remove a character (a carriage return only becomes a line feed). */
    public static boolean hasControls(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (removed(c)) {
                return true;
            }
        }
        return false;
    }

    /** True for a character that is removed (a lone surrogate included; CR is handled by the callers). */
    static boolean removed(char c) {
        if (c == '\t' || c == '\n') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C'
                || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF'
                || Character.isSurrogate(c);
    }
}
