package org.cutri.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code sentiment}: the public-sentiment reports (báo cáo tình hình Nhân dân): the periods and a period's report. */
@Command(name = "sentiment", description = "Báo cáo tình hình Nhân dân: danh sách kỳ báo cáo (periods), ghi báo cáo"
        + " của một kỳ (report).", subcommands = {SentimentPeriodsCommand.class, SentimentReportCommand.class})
class SentimentCommand {

    @ParentCommand
    private CutriCommand parent;

    CutriCommand root() {
        return parent;
    }
}
