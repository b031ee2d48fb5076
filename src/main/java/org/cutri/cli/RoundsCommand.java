package org.cutri.cli;

import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.text.DateText;
import org.cutri.round.ContactRound;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code rounds}: one line per contact round, newest first: {@code ID<TAB>name<TAB>dd/MM/yyyy–dd/MM/yyyy}. */
@Command(name = "rounds", description = "Liệt kê các đợt tiếp xúc cử tri: ID<TAB>tên<TAB>ngày đầu–ngày cuối.")
class RoundsCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            for (ContactRound round : context.rounds().list()) {
                parent.out().println(round.id() + "\t" + round.name() + "\t" + DateText.format(round.startDate()) + "–"
                        + DateText.format(round.endDate()));
            }
            return 0;
        }
    }
}
