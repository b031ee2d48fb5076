package org.cutri.common.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

import org.cutri.common.UserException;
import org.cutri.common.io.FilePermissions;

/**
 * The database server this PC works on, as set in the window's "Máy chủ dữ liệu" screen (decision 0048): its address
 * and the account, kept in {@value #FILE_NAME} in the PC's own data folder. Never the password, which is asked at
 * each start. Without this file the data is the H2 file of the folder.
 */
public record ServerSettings(ServerAddress address, String user) {

    public static final String FILE_NAME = "server.properties";

    /** The settings of this folder, if it has any (a damaged file counts as none: the window asks again). */
    public static Optional<ServerSettings> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            String address = properties.getProperty("database", "");
            String user = properties.getProperty("user", "").strip();
            return user.isEmpty() ? Optional.empty() : Optional.of(new ServerSettings(ServerAddress.parse(address), user));
        } catch (IOException | UserException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Keeps these settings for the next start (written whole, then put in place). */
    public void write(Path folder) {
        Properties properties = new Properties();
        properties.setProperty("database", address.toString());
        properties.setProperty("user", user);
        try {
            FilePermissions.createFolders(folder);
            Path part = folder.resolve(FILE_NAME + ".part");
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                properties.store(out, "cutri: the database server of this PC (no password is kept)");
            }
            Files.move(part, folder.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserException(e, "connection.notSaved", folder);
        }
    }

    /** Forgets the server: the next start opens the data file of the folder. */
    public static void remove(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UserException(e, "connection.notSaved", folder);
        }
    }
}
