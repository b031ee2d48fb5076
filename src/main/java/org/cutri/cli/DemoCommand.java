package org.cutri.cli;

import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.demo.DemoService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code demo [--replace]}: loads the invented demo commune; refuses data that is not empty unless told to replace it. */
@Command(name = "demo", description = "Tải xã mẫu (dữ liệu bịa đặt để dùng thử). Từ chối nếu đã có dữ liệu, trừ khi có --replace.")
class DemoCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Option(names = "--replace", description = "Thay toàn bộ sổ đăng ký hiện có bằng xã mẫu.")
    private boolean replace;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            DemoService.Summary summary = context.demo().load(replace);
            parent.out().println(parent.messages().get("demo.loaded", summary.hamlets(), summary.constituencies(),
                    summary.deputies(), summary.sessions(), summary.assignments()));
            return 0;
        }
    }
}
