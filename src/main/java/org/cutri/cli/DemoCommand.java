package org.cutri.cli;

import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.i18n.Messages;
import org.cutri.demo.DemoService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code demo [--replace] [--opinions N] [--commune NAME]}: loads the invented demo commune (register, two contact rounds
 * with their meetings, minutes and opinions); refuses data that is not empty unless told to replace it.
 * With {@code --opinions N} it adds N generated opinions for scale tests: on empty data (or with
 * {@code --replace}) after loading the demo, otherwise to the meetings already there.
 */
@Command(name = "demo", description = {
        "Tải xã mẫu (dữ liệu bịa đặt để dùng thử): sổ đăng ký, hai đợt tiếp xúc cử tri, hội nghị, biên bản, ý kiến.",
        "Từ chối nếu đã có dữ liệu, trừ khi có --replace.",
        "--opinions N: thêm N ý kiến sinh tự động (thử với dữ liệu lớn) vào các hội nghị đã có;"
                + " dữ liệu trống thì tải xã mẫu trước."})
class DemoCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Option(names = "--replace", description = "Thay toàn bộ dữ liệu hiện có bằng xã mẫu.")
    private boolean replace;

    @Option(names = "--opinions", paramLabel = "N",
            description = "Thêm N ý kiến sinh tự động, rải đều trên các đợt, hội nghị và thôn (giữ nguyên dữ liệu đã có).")
    private Integer opinions;

    @Option(names = "--commune", paramLabel = "TÊN",
            description = "Tên xã mẫu thay cho Tân Phúc (ví dụ \"Xã Bình An\"), để thử ở tỉnh với gói của nhiều xã.")
    private String commune;

    @Override
    public Integer call() {
        Messages messages = parent.messages();
        try (AppContext context = parent.openContext()) {
            if (opinions == null || replace) {
                print(messages, context.demo().load(replace, true, commune));
            }
            if (opinions != null) {
                DemoService.Generated generated = context.demo().addGeneratedOpinions(opinions);
                if (generated.demoLoaded() != null) {
                    print(messages, generated.demoLoaded());
                }
                parent.out().println(messages.get("demo.opinions.added", generated.opinions(), generated.meetings(),
                        String.format(messages.locale(), "%.1f", generated.millis() / 1000.0)));
            }
            return 0;
        }
    }

    private void print(Messages messages, DemoService.Summary summary) {
        parent.out().println(messages.get("demo.loaded", summary.hamlets(), summary.constituencies(),
                summary.deputies(), summary.sessions(), summary.assignments(), summary.commune()));
        parent.out().println(messages.get("demo.loadedWork", summary.rounds(), summary.meetings(), summary.opinions()));
    }
}
