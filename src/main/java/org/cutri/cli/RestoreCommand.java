package org.cutri.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.backup.BackupService;
import org.cutri.common.UserException;
import org.cutri.common.db.DataPassword;
import org.cutri.backup.BackupText;
import org.cutri.common.task.TaskMonitor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code restore FILE.zip [--replace]}: puts a backup in place of the data. Data that holds anything is replaced
 * only with {@code --replace}, and is backed up first ({@code backups/}).
 */
@Command(name = "restore", description = "Khôi phục dữ liệu từ một bản sao lưu. Dữ liệu đang có chỉ bị thay khi có "
        + "--replace (và được sao lưu trước).")
class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "Bản sao lưu cần khôi phục.")
    private Path file;

    @Option(names = "--replace", description = "Thay dữ liệu đang có (sau khi sao lưu nó).")
    private boolean replace;

    @Override
    public Integer call() {
        try (DataPassword password = parent.backupPassword()) {
            if (replace) {
                setAsideWhenUnusable(password);
            }
            return restore(password);
        }
    }

    private Integer restore(DataPassword password) {
        try (AppContext context = parent.openContext()) {
            BackupService backups = context.backups();
            if (!replace && backups.hasContent()) {
                // Say first whether the file could be restored at all: the user fixes one thing at a time.
                backups.check(file, password, TaskMonitor.NONE);
                throw new UserException("cli.restore.notEmpty", context.dataFolder(), file);
            }
            BackupService.Restored restored = backups.restore(file, password, TaskMonitor.NONE);
            parent.out().println(parent.messages().get("cli.restore.done", file,
                    BackupText.date(restored.restored().created()),
                    BackupText.counts(parent.messages(), restored.counts()), restored.before().file()));
            return 0;
        }
    }

    /**
     * Data whose file the program cannot open is what a restore is most needed for: with {@code --replace} that file
     * is moved aside into {@code backups/} (once the backup was found usable) and the backup restored in its place.
     */
    private void setAsideWhenUnusable(DataPassword backupPassword) {
        java.nio.file.Path folder = parent.dataFolder();
        if (!java.nio.file.Files.exists(folder.resolve(org.cutri.common.db.Database.FILE_NAME
                + org.cutri.common.db.Database.FILE_SUFFIX))) {
            return;
        }
        try (DataPassword password = parent.password()) {
            org.cutri.common.db.Database.open(folder, password).close();
        } catch (UserException e) {
            if (java.util.Set.of("db.damaged", "db.truncated", "db.emptyFile").contains(e.key())) {
                java.nio.file.Path aside = BackupService.setAsideUnusable(folder, file, backupPassword,
                        java.time.Clock.systemDefaultZone());
                parent.out().println(parent.messages().get("cli.restore.setAside", aside));
                return;
            }
            throw e;
        }
    }
}
