package org.cutri.common.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.cutri.common.UserException;
import org.cutri.common.io.FilePermissions;

/**
 * Where the program keeps its data: {@code --data-dir}, else {@code CUTRI_DATA}, else the usual
 * per-user folder of the system (Windows {@code %APPDATA%\cutri}, Linux {@code ~/.local/share/cutri},
 * macOS {@code ~/Library/Application Support/cutri}).
 */
public final class DataFolder {

    public static final String ENVIRONMENT_VARIABLE = "CUTRI_DATA";

    private DataFolder() {
    }

    /**
     * The folder named on the command line ({@code --data-dir}): refused when empty (it would silently mean
     * the current folder) or when the system cannot name it (a Vietnamese name under {@code LANG=C}).
     */
    public static Path parse(String argument) {
        if (argument == null || argument.isBlank()) {
            throw new UserException("db.folder.empty");
        }
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new UserException(e, "db.folder.unnamable", argument, System.getProperty("sun.jnu.encoding", "?"));
        }
    }

    /**
     * Makes the folder ready for the database, or says in a user message why it cannot be: a ';' in its path
     * (H2 would read what follows as settings of its URL), a file in its place, no right to write in it, or a
     * folder that cannot be created. A folder the program creates is readable by the user only.
     */
    public static void prepare(Path folder) {
        if (folder.toString().indexOf(';') >= 0) {
            throw new UserException("db.folder.semicolon", folder);
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserException("db.folder.notFolder", folder);
        }
        try {
            FilePermissions.createFolders(folder);
        } catch (IOException | SecurityException e) {
            throw new UserException(e, "db.folder", folder);
        }
        if (!Files.isWritable(folder)) {
            throw new UserException("db.folder.readOnly", folder);
        }
    }

    public static Path resolve(Path fromCommandLine) {
        return resolve(fromCommandLine, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    static Path resolve(Path fromCommandLine, Map<String, String> environment, String osName, String userHome) {
        if (fromCommandLine != null) {
            return fromCommandLine.toAbsolutePath().normalize();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return parse(fromEnvironment.strip()).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("cutri");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("cutri");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("cutri");
    }
}
