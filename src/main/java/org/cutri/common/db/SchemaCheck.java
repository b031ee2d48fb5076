package org.cutri.common.db;

import java.io.IOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A quick look, without Flyway, at whether a database already has exactly the program's migrations
 * applied. Starting Flyway costs one to two seconds of class loading and validation on an office PC;
 * on almost every start there is nothing to migrate. When anything is unusual (no history table, a
 * failed or unknown row, a repeatable migration, migrations that cannot be listed) the answer is "no",
 * and Flyway runs and validates as before. See docs/decisions/0016-start-up.md.
 */
final class SchemaCheck {

    /** Where the migrations live on the class path (Flyway's {@code classpath:db/migration}). */
    static final String LOCATION = "db/migration";

    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.*\\.sql");

    private SchemaCheck() {
    }

    /** True when the history table lists exactly these versions, each applied successfully. */
    static boolean upToDate(Connection connection, Set<String> shipped) throws SQLException {
        if (shipped.isEmpty() || !historyTableExists(connection)) {
            return false;
        }
        Set<String> applied = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (!rows.getBoolean(2)) {
                    return false;
                }
                if (version != null && !applied.add(normalizeOrBlank(version))) {
                    return false;
                }
            }
        }
        return applied.equals(shipped);
    }

    private static String normalizeOrBlank(String version) {
        try {
            return normalize(version);
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private static boolean historyTableExists(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            return tables.next();
        }
    }

    /**
     * The versions of the migration files on the class path, normalized; empty when they cannot be
     * listed or a file is not a plain versioned migration (then Flyway decides).
     */
    static Set<String> shippedVersions(ClassLoader loader) {
        return shippedVersions(loader, LOCATION);
    }

    /** The same over several locations (PostgreSQL's migrations are the common ones and its own). */
    static Set<String> shippedVersions(ClassLoader loader, String... locations) {
        try {
            List<String> names = new ArrayList<>();
            for (String location : locations) {
                Enumeration<URL> roots = loader.getResources(location);
                while (roots.hasMoreElements()) {
                    names.addAll(fileNames(roots.nextElement()));
                }
            }
            Set<String> versions = new HashSet<>();
            for (String name : names) {
                Optional<String> version = version(name);
                if (version.isEmpty() || !versions.add(version.get())) {
                    return Set.of();
                }
            }
            return versions;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Set.of();
        }
    }

    /** {@code V4_1__groups.sql} → {@code 4.1}; empty for any other file (repeatable, undo, not SQL). */
    static Optional<String> version(String fileName) {
        Matcher matcher = VERSIONED.matcher(fileName);
        return matcher.matches() ? Optional.of(normalize(matcher.group(1).replace('_', '.'))) : Optional.empty();
    }

    /** Flyway's version order: numbers part by part, trailing zero parts ignored ("4.1.0" is "4.1"). */
    static String normalize(String version) {
        List<String> parts = new ArrayList<>();
        for (String part : version.split("\\.")) {
            parts.add(new BigInteger(part).toString());
        }
        while (parts.size() > 1 && "0".equals(parts.get(parts.size() - 1))) {
            parts.remove(parts.size() - 1);
        }
        return String.join(".", parts);
    }

    static List<String> fileNames(URL root) throws IOException, URISyntaxException {
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
                return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
            }
        }
        URLConnection connection = root.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new IOException("Cannot list " + root);
        }
        jarConnection.setUseCaches(false);
        List<String> names = new ArrayList<>();
        try (JarFile jar = jarConnection.getJarFile()) {
            // The application class loader names the folder with its slash (".../db/migration/"), others without.
            String folder = jarConnection.getEntryName();
            String prefix = folder.endsWith("/") ? folder : folder + "/";
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    names.add(entry.getName().substring(entry.getName().lastIndexOf('/') + 1));
                }
            }
        }
        return names;
    }
}
