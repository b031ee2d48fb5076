package org.cutri.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a data folder holds, to compare before and after a refusal or a dry run: its files (name, size and
 * SHA-256 of the bytes) and a plain-SQL dump of its database (none when there is no database file). The dump is
 * read with the database opened read-only, so taking it changes nothing.
 */
record FolderState(List<String> files, List<String> dump) {

    static FolderState of(Path folder) {
        return new FolderState(files(folder), dump(folder));
    }

    /**
     * The folder's files, byte for byte: when they are the same, so is the database's dump (quicker to take for
     * many comparisons).
     */
    static List<String> files(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> !p.equals(folder)).sorted().map(p -> folder.relativize(p) + " " + fingerprint(p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fingerprint(Path file) {
        if (Files.isDirectory(file)) {
            return "folder";
        }
        try {
            return Files.size(file) + " " + PackageFormat.sha256Hex(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> dump(Path folder) {
        if (!Files.exists(folder.resolve("cutri.mv.db"))) {
            return List.of();
        }
        String url = "jdbc:h2:file:" + folder.resolve("cutri").toAbsolutePath() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        List<String> lines = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "cutri", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot dump the database in " + folder, e);
        }
        return lines;
    }
}
