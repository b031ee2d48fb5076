package org.cutri.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code package}: the package a commune hands to the province, and importing packages at the province. */
@Command(name = "package", description = {"Gói dữ liệu xã gửi tỉnh: tạo gói (export) ở xã, nhập gói (import) ở tỉnh.",
        "Gói trả lời tỉnh gửi xã: tạo gói (answers) ở tỉnh, nhập gói (import) ở xã."},
        subcommands = {PackageExportCommand.class, PackageImportCommand.class, PackageAnswersCommand.class})
class PackageCommand {

    @ParentCommand
    private CutriCommand parent;

    CutriCommand root() {
        return parent;
    }
}
