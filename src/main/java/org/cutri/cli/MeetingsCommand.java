package org.cutri.cli;

import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.text.DateText;
import org.cutri.meeting.Meeting;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code meetings --round ID}: one line per meeting by date and time: {@code ID<TAB>hamlets<TAB>dd/MM/yyyy HH:mm}. */
@Command(name = "meetings", description = "Liệt kê các hội nghị của một đợt: ID<TAB>thôn, xóm<TAB>ngày giờ.")
class MeetingsCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Option(names = "--round", required = true, paramLabel = "ID", description = "Số (ID) của đợt, xem lệnh “rounds”.")
    private int roundId;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            context.rounds().get(roundId);
            for (Meeting meeting : context.meetings().list(roundId)) {
                String time = meeting.row().startTime() == null ? "" : " " + DateText.format(meeting.row().startTime());
                parent.out().println(meeting.id() + "\t" + meeting.hamletNames() + "\t"
                        + DateText.format(meeting.row().meetingDate()) + time);
            }
            return 0;
        }
    }
}
