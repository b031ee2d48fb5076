package org.cutri.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code package}: the package a commune hands to the province, and importing packages at the province. */
@Command(name = "package", description = "Gói dữ liệu xã gửi tỉnh: tạo gói (export) ở xã, nhập gói (import) ở tỉnh.",
        subcommands = {PackageExportCommand.class, PackageImportCommand.class})
class PackageCommand {

    @ParentCommand
    private CutriCommand parent;

    CutriCommand root() {
        return parent;
    }
}
