package org.cutri.common.db;

/**
 * The account the program signs in to a PostgreSQL server with: each staff member has their own, so that the
 * audit shows who did what. The password is kept as characters and wiped once the connections are made
 * ({@link #close}).
 */
public record ServerLogin(String user, DataPassword password) implements AutoCloseable {

    public ServerLogin {
        if (user == null || user.isBlank()) {
            throw new org.cutri.common.UserException("db.server.noUser");
        }
        user = user.trim();
        password = password == null ? DataPassword.of("") : password;
    }

    char[] passwordChars() {
        return password.chars();
    }

    @Override
    public void close() {
        password.close();
    }

    @Override
    public String toString() {
        return "ServerLogin[" + user + ", password hidden]";
    }
}
