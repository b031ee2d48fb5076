package org.cutri.cli;

import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.backup.BackupText;
import org.cutri.common.db.BackupInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code backups}: the automatic backups, newest first, one line each: {@code file<TAB>date<TAB>size}. */
@Command(name = "backups", description = "Liệt kê các bản sao lưu tự động: tệp<TAB>ngày giờ<TAB>dung lượng (byte).")
class BackupsCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            for (BackupInfo backup : context.backups().list()) {
                parent.out().println(backup.file() + "\t" + BackupText.date(backup.created()) + "\t" + backup.size());
            }
            return 0;
        }
    }
}
