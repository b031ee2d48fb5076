package org.cutri.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code import}: brings data in from the office's files; what is imported is the subcommand. */
@Command(name = "import", description = "Nhập dữ liệu từ tệp của văn phòng.",
        subcommands = {ImportRegisterCommand.class, ImportOpinionsCommand.class})
class ImportCommand {

    @ParentCommand
    private CutriCommand parent;

    CutriCommand root() {
        return parent;
    }
}
