package org.cutri.common;

import java.util.Arrays;

import org.cutri.common.io.DiskFull;

/**
 * A failure the user can act on: wrong input, data in use, something still referenced. It carries a
 * message key and arguments so the window and the command line show it in the user's language.
 */
public class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public UserException(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public UserException(Throwable cause, String key, Object... args) {
        super(key + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    /**
     * The user-facing failure inside an error (itself or one of its causes), or null. A full disk anywhere in
     * the causes is the failure the user can act on ({@code common.diskFull}), wherever it happened (a database
     * write, an import, a file), unless the failure found already says so in its own words.
     */
    public static UserException find(Throwable error) {
        UserException found = null;
        for (Throwable t = error; t != null && found == null; t = t.getCause()) {
            if (t instanceof UserException user) {
                found = user;
            }
        }
        if (found != null && found.tellsDiskFull()) {
            return found;
        }
        if (error != null && DiskFull.causedIt(error)) {
            return new UserException(error, DISK_FULL);
        }
        return found;
    }

    /**
     * The text as it is, or {@code common.tooLong} ("Nội dung quá dài: tối đa … ký tự") when it holds more than
     * {@code max} characters: a column's size refused in words, not as a database error.
     */
    public static String withinLength(String text, int max) {
        if (text != null && text.length() > max) {
            throw new UserException("common.tooLong", max);
        }
        return text;
    }

    /** The message of a write that failed because the disk is full; nothing saved before is lost. */
    public static final String DISK_FULL = "common.diskFull";

    private boolean tellsDiskFull() {
        return key.equals(DISK_FULL) || key.endsWith(".diskFull") || key.endsWith(".full");
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
