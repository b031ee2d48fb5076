package org.cutri.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which backups the rotation keeps: 7 daily, 4 weekly, 12 monthly, the newest 5 safety backups, all manual ones. */
class BackupRotationTest {

    @Test
    void aYearAndMoreOfDailyBackupsKeepsSevenDaysFourWeeksTwelveMonths() {
        List<BackupInfo> backups = new ArrayList<>();
        LocalDate first = LocalDate.of(2027, 1, 4);
        for (int day = 0; day < 400; day++) {
            backups.add(backup(first.plusDays(day).atTime(12, 0), Backups.Kind.DAILY));
        }
        // Newest: Monday 7 February 2028. Days 1–7 Feb; ISO weeks: 7 Feb, 6 Feb, 30 Jan, 23 Jan; months: the last
        // day of each month from March 2027 to January 2028, and 7 Feb.
        assertThat(dates(Backups.kept(backups))).containsExactly("2028-02-07", "2028-02-06", "2028-02-05",
                "2028-02-04", "2028-02-03", "2028-02-02", "2028-02-01", "2028-01-31", "2028-01-30", "2028-01-23",
                "2027-12-31", "2027-11-30", "2027-10-31", "2027-09-30", "2027-08-31", "2027-07-31", "2027-06-30",
                "2027-05-31", "2027-04-30", "2027-03-31");
    }

    @Test
    void severalBackupsADayKeepTheNewestOfEachDay() {
        List<BackupInfo> backups = new ArrayList<>();
        for (int hour = 8; hour < 18; hour++) {
            backups.add(backup(LocalDateTime.of(2027, 3, 2, hour, 0), Backups.Kind.EXIT));
        }
        assertThat(Backups.kept(backups)).extracting(BackupInfo::created)
                .containsExactly(LocalDateTime.of(2027, 3, 2, 17, 0));
    }

    @Test
    void safetyBackupsKeepTheNewestFiveAndManualOnesStay() {
        List<BackupInfo> backups = new ArrayList<>();
        for (int day = 1; day <= 8; day++) {
            backups.add(backup(LocalDateTime.of(2027, 3, day, 9, 0), Backups.Kind.BEFORE_RESTORE));
            backups.add(backup(LocalDateTime.of(2027, 3, day, 10, 0), Backups.Kind.MANUAL));
        }
        List<BackupInfo> kept = Backups.kept(backups);
        assertThat(kept.stream().filter(b -> b.kind() == Backups.Kind.BEFORE_RESTORE).map(b -> b.created().getDayOfMonth()))
                .containsExactly(8, 7, 6, 5, 4);
        assertThat(kept.stream().filter(b -> b.kind() == Backups.Kind.MANUAL)).hasSize(8);
    }

    private static BackupInfo backup(LocalDateTime created, Backups.Kind kind) {
        return new BackupInfo(Path.of("cutri-" + created + "-" + kind.word() + ".zip"), created, "test", "6.1",
                Map.of(), false, kind, 1);
    }

    private static List<String> dates(List<BackupInfo> backups) {
        return backups.stream().sorted(java.util.Comparator.comparing(BackupInfo::created).reversed())
                .map(b -> b.created().toLocalDate().toString()).toList();
    }
}
