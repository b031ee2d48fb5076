package org.cutri.common.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.cutri.common.i18n.Localizable;

/**
 * Where to turn when the database file cannot be used: the newest file in the data folder's {@code backups}
 * folder (the automatic backups), else a copy the office kept itself.
 */
final class Backups {

    static final String FOLDER = "backups";

    private Backups() {
    }

    /** The newest backup file, if the folder holds any. */
    static Optional<Path> latest(Path dataFolder) {
        Path folder = dataFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .max(Comparator.comparing(Backups::modified).thenComparing(Path::getFileName));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** What to do, as a sentence: restore the newest automatic backup, or a copy of the folder. */
    static Localizable advice(Path dataFolder) {
        Optional<Path> latest = latest(dataFolder);
        return messages -> latest.map(file -> messages.get("db.restore.backup", file))
                .orElseGet(() -> messages.get("db.restore.copy"));
    }
}
