package org.cutri.cli;

import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.text.DateText;
import org.cutri.sentiment.SentimentPeriod;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sentiment periods}: one line per period, the latest first:
 * {@code ID<TAB>label<TAB>dd/MM/yyyy deadline<TAB>notes<TAB>status} (status: OPEN or REPORTED).
 */
@Command(name = "periods", description = "Liệt kê các kỳ báo cáo tình hình Nhân dân: ID<TAB>tên kỳ<TAB>hạn báo cáo"
        + "<TAB>số nội dung<TAB>trạng thái (OPEN: đang nắm tình hình, REPORTED: đã báo cáo).")
class SentimentPeriodsCommand implements Callable<Integer> {

    @ParentCommand
    private SentimentCommand parent;

    @Override
    public Integer call() {
        CutriCommand root = parent.root();
        try (AppContext context = root.openContext()) {
            for (SentimentPeriod period : context.sentiment().periods()) {
                root.out().println(period.id() + "\t" + period.label() + "\t" + DateText.format(period.deadline())
                        + "\t" + period.notes() + "\t" + period.status().name());
            }
            return 0;
        }
    }
}
