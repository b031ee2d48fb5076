package org.cutri.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.exchange.ExportedPackage;
import org.cutri.exchange.PackageWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code package export --round ID --out FILE.zip|FOLDER [--with-names --confirm-names] [--report FILE]...}: builds
 * the round's next package and writes it safely (temporary name, flushed, renamed, read back and checked).
 * Speakers' names only with both flags, as for {@code report}; a file not named .zip is refused before anything
 * (the package's sequence number included) changes.
 */
@Command(name = "export", description = {
        "Tạo gói dữ liệu của một đợt tiếp xúc để gửi tỉnh (số thứ tự gói tăng mỗi lần tạo).",
        "Tên người nêu ý kiến không có trong gói, trừ khi có --with-names cùng --confirm-names."})
class PackageExportCommand implements Callable<Integer> {

    @ParentCommand
    private PackageCommand parent;

    @Option(names = "--round", paramLabel = "ID", required = true, description = "Số của đợt tiếp xúc.")
    private int roundId;

    @Option(names = "--out", paramLabel = "FILE.zip",
            description = "Tệp gói sẽ ghi; là một thư mục thì ghi vào đó với tên cutri-<mã xã>-<đợt>-<số>.zip.",
            required = true)
    private Path out;

    @Option(names = "--with-names", description = "Ghi cả tên người nêu ý kiến đã đồng ý ghi tên.")
    private boolean withNames;

    @Option(names = "--confirm-names", description = "Xác nhận ghi tên cử tri (dữ liệu cá nhân) vào gói.")
    private boolean confirmNames;

    @Option(names = "--report", paramLabel = "FILE", description = "Tệp báo cáo (.docx, .xlsx, .pdf) đưa vào gói; lặp lại được.")
    private List<Path> reports = List.of();

    @Override
    public Integer call() {
        CutriCommand root = parent.root();
        if (withNames && !confirmNames) {
            throw new UserException("exchange.cli.namesNotConfirmed");
        }
        if (!Files.isDirectory(out)) {
            PackageWriter.requireZipName(out);
        }
        try (AppContext context = root.openContext()) {
            ExportedPackage pkg = context.packageExporter().export(roundId, withNames, reports);
            Path written = Files.isDirectory(out)
                    ? context.packageWriter().writeToFolder(pkg, out, PackageWriter.Progress.NONE)
                    : context.packageWriter().write(pkg, out, PackageWriter.Progress.NONE);
            root.out().println(root.messages().get("exchange.cli.exported", written,
                    String.valueOf(pkg.manifest().counts().meetings()), String.valueOf(pkg.manifest().counts().opinions()),
                    String.valueOf((pkg.size() + 1023) / 1024)));
            return 0;
        }
    }
}
