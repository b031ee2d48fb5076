package org.cutri.cli;

import java.util.concurrent.Callable;

import org.cutri.app.AppContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code unprotect}: removes the password; the data file is plain again (the current password is needed). */
@Command(name = "unprotect", description = {
        "Bỏ mật khẩu bảo vệ dữ liệu (cần mật khẩu hiện tại: biến CUTRI_PASSWORD hoặc --password-stdin).",
        "Sau đó ai mở được thư mục dữ liệu cũng đọc được nội dung."})
class UnprotectCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            boolean wasProtected = context.database().isProtected();
            context.database().unprotect();
            parent.out().println(parent.messages().get(wasProtected ? "cli.unprotect.done" : "cli.unprotect.notProtected",
                    context.dataFolder()));
            return 0;
        }
    }
}
