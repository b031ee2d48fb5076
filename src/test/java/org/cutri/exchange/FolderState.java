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
 * What a data folder holds, to compare before and after a refusal or a dry run: the names of its files and a
 * plain-SQL dump of its database (none when there is no database file). The dump is read with the database
 * opened read-only, so taking it changes nothing.
 */
record FolderState(List<String> files, List<String> dump) {

    static FolderState of(Path folder) {
        return new FolderState(files(folder), dump(folder));
    }

    private static List<String> files(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString()).sorted().toList();
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
