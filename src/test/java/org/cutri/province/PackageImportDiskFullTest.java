package org.cutri.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.common.db.Database;
import org.cutri.testing.FullDisk;
import org.cutri.testing.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The province imports packages onto a disk that fills up: each package not stored says the disk is full. */
class PackageImportDiskFullTest {

    @TempDir
    Path temp;

    @Test
    void packagesThatFindTheDiskFullAreRefusedAsDiskFullNotAsUnstorable() throws Exception {
        Path usb = Files.createDirectories(temp.resolve("usb"));
        List<Path> files = CommunePackages.write(temp.resolve("xa"), usb, null).files();
        Path folder = temp.resolve("tinh");
        try (Database database = Database.open(folder)) {
            // No free blocks left inside the file: every write must make it grow.
            database.jdbi().useHandle(h -> h.execute("SHUTDOWN COMPACT"));
        } catch (RuntimeException e) {
            // SHUTDOWN closes the database under the pool.
        }
        Database.Disk disk = FullDisk.withRoom(folder, 64 * 1024);

        List<PackageImportSummary> summaries;
        try (AppContext province = AppContext.over(Database.open(folder, disk), TestContexts.VI)) {
            summaries = province.packageImporter().importAll(files, Approvals.of(true, false));
        }

        List<PackageImportSummary> refused = summaries.stream().filter(PackageImportSummary::refused).toList();
        assertThat(refused).as("the disk had no room for every package").isNotEmpty();
        assertThat(refused).allSatisfy(s -> assertThat(s.reason(TestContexts.VI))
                .startsWith("Ổ đĩa đã đầy nên việc vừa làm chưa được lưu."));
        try (Database reopened = Database.open(folder)) {
            assertThat(reopened.verify().problems()).isEmpty();
            assertThat(reopened.tableCounts().get("imported_package")).isEqualTo(summaries.size() - refused.size());
        }
    }
}
