package org.cutri.common.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the program keeps its data: {@code --data-dir}, else {@code CUTRI_DATA}, else the usual
 * per-user folder of the system (Windows {@code %APPDATA%\cutri}, Linux {@code ~/.local/share/cutri},
 * macOS {@code ~/Library/Application Support/cutri}).
 */
public final class DataFolder {

    public static final String ENVIRONMENT_VARIABLE = "CUTRI_DATA";

    private DataFolder() {
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
            return Path.of(fromEnvironment.strip()).toAbsolutePath().normalize();
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
