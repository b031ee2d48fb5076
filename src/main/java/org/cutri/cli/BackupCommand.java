package org.cutri.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.db.BackupInfo;
import org.cutri.backup.BackupText;
import org.cutri.common.task.TaskMonitor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backup --out FILE.zip}: backs the data up into a file and checks the copy by reading it back. */
@Command(name = "backup", description = "Sao lưu dữ liệu vào một tệp .zip (kiểm tra lại bằng cách đọc bản sao).")
class BackupCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "Tệp sao lưu cần ghi.")
    private Path out;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            BackupInfo written = context.backups().backUpTo(out, TaskMonitor.NONE);
            parent.out().println(parent.messages().get("cli.backup.done", written.file(),
                    BackupText.counts(parent.messages(), written.counts())));
            return 0;
        }
    }
}
