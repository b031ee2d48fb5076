package org.cutri.cli;

import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.common.db.DataPassword;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code protect}: protects the data with a password, or changes it. The new password is the next line of standard
 * input; on data already protected the current one comes first ({@code CUTRI_PASSWORD}, or the first line with
 * {@code --password-stdin}).
 */
@Command(name = "protect", description = {
        "Đặt hoặc đổi mật khẩu bảo vệ dữ liệu. Mật khẩu mới đọc từ đầu vào chuẩn (một dòng).",
        "Nếu dữ liệu đã có mật khẩu: mật khẩu hiện tại lấy từ biến CUTRI_PASSWORD, hoặc từ dòng đầu với"
                + " --password-stdin (mật khẩu mới ở dòng sau).",
        "Quên mật khẩu thì không mở được dữ liệu; các bản sao lưu cũ vẫn mở bằng mật khẩu của lúc sao lưu."})
class ProtectCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext();
                DataPassword password = parent.nextInputLine().map(DataPassword::of)
                        .orElseThrow(() -> new UserException("cli.protect.noPassword"))) {
            boolean change = context.database().isProtected();
            context.database().protect(password);
            parent.out().println(parent.messages().get(change ? "cli.protect.changed" : "cli.protect.done",
                    context.dataFolder()));
            return 0;
        }
    }
}
