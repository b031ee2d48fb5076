package org.cutri.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.audit.AuditAction;
import org.cutri.common.task.TaskMonitor;
import org.cutri.document.DocumentFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code answers report --round ID --out FILE.docx|FILE.pdf}: writes the round's read-back report (báo cáo kết quả
 * giải quyết, trả lời ý kiến, kiến nghị của cử tri). Another extension, an unknown round, a folder one cannot write
 * in or a full disk: one Vietnamese line, exit 2, and no file left behind.
 */
@Command(name = "report", description = "Ghi báo cáo kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri của một"
        + " đợt ra tệp Word (.docx) hoặc PDF (.pdf).")
class AnswersReportCommand implements Callable<Integer> {

    @ParentCommand
    private AnswersCommand parent;

    @Option(names = "--round", required = true, paramLabel = "ID", description = "Số (ID) của đợt tiếp xúc cử tri.")
    private int roundId;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Tệp .docx hoặc .pdf cần ghi.")
    private Path out;

    @Override
    public Integer call() {
        DocumentFiles.formatOf(out);
        CutriCommand root = parent.root();
        try (AppContext context = root.openContext()) {
            context.answerReports().save(roundId, out, LocalDate.now(), TaskMonitor.NONE);
            context.audit().record(AuditAction.EXPORT, "file", out.getFileName(),
                    "ghi báo cáo kết quả trả lời cử tri đợt " + roundId + " ra tệp " + out.toAbsolutePath());
            root.out().println(root.messages().get("report.answers.cli.written", out.toAbsolutePath()));
            return 0;
        }
    }
}
