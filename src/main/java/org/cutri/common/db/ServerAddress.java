package org.cutri.common.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.cutri.common.UserException;

/**
 * A database on a PostgreSQL server, as the user writes it: {@code postgresql://HOST[:PORT]/DATABASE} (also
 * {@code postgres://…} or a JDBC address {@code jdbc:postgresql://…}); settings after {@code ?} (such as
 * {@code sslmode=require}) go to the driver. A province office keeps its data there (decision 0048); a commune's
 * data stays in the H2 file of its data folder.
 */
public record ServerAddress(String host, int port, String database, String settings) {

    /** PostgreSQL's port when the address names none. */
    public static final int DEFAULT_PORT = 5432;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_$-]{0,62}");
    private static final Pattern SETTINGS = Pattern.compile("[A-Za-z0-9_.=&%-]*");

    public ServerAddress {
        if (host == null || host.isBlank() || port <= 0 || port > 65535 || database == null
                || !NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a server address: " + host + ":" + port + "/" + database);
        }
        settings = settings == null ? "" : settings;
    }

    /** True when this text names a database server rather than a data folder. */
    public static boolean isServer(String text) {
        String lower = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://")
                || lower.startsWith("jdbc:postgresql://");
    }

    /**
     * Reads an address the user typed.
     *
     * @throws UserException {@code db.server.address} saying the form it must have
     */
    public static ServerAddress parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!isServer(trimmed)) {
            throw new UserException("db.server.address", trimmed);
        }
        String rest = trimmed.substring(trimmed.indexOf("://") + 3);
        try {
            URI uri = new URI("postgresql://" + rest);
            String path = uri.getPath() == null ? "" : uri.getPath();
            String database = path.startsWith("/") ? path.substring(1) : path;
            String query = uri.getRawQuery();
            if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null
                    || (query != null && !SETTINGS.matcher(query).matches()) || !NAME.matcher(database).matches()) {
                throw new UserException("db.server.address", trimmed);
            }
            return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database,
                    query);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new UserException(e, "db.server.address", trimmed);
        }
    }

    /** The address the PostgreSQL JDBC driver takes. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + hostForUrl() + ":" + port + "/" + database + (settings.isEmpty() ? "" : "?" + settings);
    }

    private String hostForUrl() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** As the user writes it: {@code postgresql://HOST:PORT/DATABASE}. */
    @Override
    public String toString() {
        return "postgresql://" + hostForUrl() + ":" + port + "/" + database + (settings.isEmpty() ? "" : "?" + settings);
    }
}
