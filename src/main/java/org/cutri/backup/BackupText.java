package org.cutri.backup;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cutri.common.db.Backups;
import org.cutri.common.i18n.Messages;

/** A backup's date and content counts in words, for the list, the command line and the messages. */
public final class BackupText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private BackupText() {
    }

    /** "01/12/2026 03:42". */
    public static String date(LocalDateTime time) {
        return DATE.format(time);
    }

    /** "12 thôn, 30 đại biểu, 2 đợt, 24 hội nghị, 310 ý kiến" (a count the backup does not give is left out). */
    public static String counts(Messages messages, Map<String, Long> counts) {
        List<String> parts = new ArrayList<>();
        for (String key : Backups.COUNTED.keySet()) {
            Long count = counts.get(key);
            if (count != null && (count > 0 || !"packages".equals(key))) {
                parts.add(messages.get("backup.count." + key, count));
            }
        }
        return parts.isEmpty() ? messages.get("backup.count.unknown") : String.join(", ", parts);
    }
}
