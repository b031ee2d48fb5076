package org.cutri.common;

import java.util.Arrays;

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

    /** The user-facing failure inside an error (itself or one of its causes), or null. */
    public static UserException find(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UserException user) {
                return user;
            }
        }
        return null;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
