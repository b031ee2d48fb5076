package org.cutri.cli;

import java.util.concurrent.Callable;

import org.cutri.app.AppContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code key}: prints this office's own key fingerprint, which the province compares by phone. */
@Command(name = "key", description = {"In mã khóa của văn phòng này (tỉnh đối chiếu qua điện thoại khi nhận gói đầu tiên).",
        "Chưa có khóa thì tạo khóa mới."})
class KeyCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            parent.out().println(context.officeKeys().fingerprint());
            return 0;
        }
    }
}
