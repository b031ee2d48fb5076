package org.cutri.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.exchange.ExportedReturn;
import org.cutri.exchange.PackageWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code package answers --commune CODE --out FILE.zip|FOLDER}: at the province, writes the commune's next return
 * package (its answers, signed) safely: temporary name, flushed, renamed, read back and checked (docs/decisions/0037).
 * A commune with no answer to send, or a commune office, gets one line and {@link CutriCommand#EXIT_USER_ERROR}.
 */
@Command(name = "answers", description = {
        "Ở văn phòng tỉnh: tạo gói trả lời (các ý kiến đã chuyển, đã trả lời) gửi về một xã.",
        "Mỗi lần tạo, số thứ tự gói trả lời của xã tăng thêm 1."})
class PackageAnswersCommand implements Callable<Integer> {

    @ParentCommand
    private PackageCommand parent;

    @Option(names = "--commune", paramLabel = "CODE", required = true, description = "Mã xã (xem lệnh communes, keys).")
    private String commune;

    @Option(names = "--out", paramLabel = "FILE.zip", required = true,
            description = "Tệp gói sẽ ghi; là một thư mục thì ghi vào đó với tên cutri-tra-loi-<mã xã>-<số>.zip.")
    private Path out;

    @Override
    public Integer call() {
        CutriCommand root = parent.root();
        boolean folder = Files.isDirectory(out);
        if (!folder) {
            PackageWriter.requireZipName(out);
        }
        try (AppContext context = root.openContext()) {
            ExportedReturn pkg = context.returnPackages().build(commune);
            Path written = context.packageWriter().write(pkg, folder ? out.resolve(pkg.fileName()) : out,
                    PackageWriter.Progress.NONE);
            root.out().println(root.messages().get("returns.cli.written", written, pkg.manifest().commune().name(),
                    String.valueOf(pkg.manifest().counts().answers()), String.valueOf(pkg.manifest().sequence())));
            return 0;
        }
    }
}
