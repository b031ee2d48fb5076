package org.cutri.cli;

import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.text.DateText;
import org.cutri.conference.Conference;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code conferences}: one line per conference, the latest first: {@code ID<TAB>dd/MM/yyyy<TAB>title<TAB>venue}. */
@Command(name = "conferences", description = "Liệt kê các hội nghị tổng kết: ID<TAB>ngày<TAB>tên hội nghị<TAB>địa điểm.")
class ConferencesCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            for (Conference c : context.conferences().conferences()) {
                parent.out().println(c.id() + "\t" + DateText.format(c.heldOn()) + "\t" + c.title() + "\t"
                        + c.venueLine());
            }
            return 0;
        }
    }
}
