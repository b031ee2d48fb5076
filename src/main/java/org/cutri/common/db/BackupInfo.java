package org.cutri.common.db;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * What a backup file says of itself, read from its small description entry without opening the database (so
 * the list shows it without a password): when it was made, by which program and schema version, how much it
 * holds ({@link Backups#COUNTED}), whether the data was protected, why it was made, and the file's size.
 */
public record BackupInfo(Path file, LocalDateTime created, String programVersion, String schemaVersion,
        Map<String, Long> counts, boolean protectedData, Backups.Kind kind, long size) {

    public BackupInfo {
        counts = Map.copyOf(counts);
    }

    /** The count of one kind of content (a key of {@link Backups#COUNTED}); 0 when the backup does not say. */
    public long count(String key) {
        return counts.getOrDefault(key, 0L);
    }

    /** True when the backup holds none of the counted content (no hamlet, deputy, round, meeting, opinion, package). */
    public boolean empty() {
        return counts.values().stream().allMatch(count -> count == 0);
    }
}
