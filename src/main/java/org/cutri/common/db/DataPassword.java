package org.cutri.common.db;

import java.util.Arrays;

/**
 * The password that protects the data (mật khẩu bảo vệ dữ liệu), as the user typed it. Kept as characters so
 * it can be wiped once used ({@link #close}); it never appears in text: {@link #toString} hides it, so a log
 * line or an exception message that names one shows nothing of it.
 */
public final class DataPassword implements AutoCloseable {

    /** The shortest password the data can be protected with. */
    public static final int MIN_LENGTH = 8;

    private final char[] chars;

    private DataPassword(char[] chars) {
        this.chars = chars;
    }

    /** A copy of these characters (the caller wipes its own). */
    public static DataPassword of(char[] chars) {
        return new DataPassword(chars.clone());
    }

    /** The characters of a password read as text (the command line's environment variable, a line of input). */
    public static DataPassword of(CharSequence text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = text.charAt(i);
        }
        return new DataPassword(chars);
    }

    /** True when nothing was typed. */
    public boolean isEmpty() {
        return chars.length == 0;
    }

    /** True when it is too short to protect the data with. */
    public boolean isTooShort() {
        return chars.length < MIN_LENGTH;
    }

    /** The characters themselves, for the key derivation only. */
    char[] chars() {
        return chars;
    }

    /** Same characters. */
    public boolean matches(DataPassword other) {
        return Arrays.equals(chars, other.chars);
    }

    /** Overwrites the characters: the password is no longer in memory through this object. */
    @Override
    public void close() {
        Arrays.fill(chars, '\0');
    }

    @Override
    public String toString() {
        return "DataPassword[hidden]";
    }
}
