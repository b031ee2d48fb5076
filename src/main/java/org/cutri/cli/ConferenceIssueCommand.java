package org.cutri.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.conference.ConferenceService;
import org.cutri.conference.Participant;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code conference issue-invitations --id ID}: issues the conference's invitations (ban hành giấy mời): every
 * invited participant without a number takes the next number of the register, dated today. Prints one line per
 * invitation: {@code number<TAB>participant}.
 */
@Command(name = "issue-invitations", description = "Ban hành giấy mời của hội nghị: mỗi đại biểu được mời chưa có số"
        + " nhận số tiếp theo của sổ văn bản đi. In: số<TAB>đại biểu.")
class ConferenceIssueCommand implements Callable<Integer> {

    @ParentCommand
    private ConferenceCommand parent;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "Số (ID) của hội nghị.")
    private int conferenceId;

    @Override
    public Integer call() {
        CutriCommand root = parent.root();
        try (AppContext context = root.openContext()) {
            String symbol = context.commune().profile().map(p -> p.symbolCode()).filter(s -> s != null && !s.isBlank())
                    .orElse(org.cutri.commune.CommuneProfile.USUAL_SYMBOL_CODE);
            for (Participant p : context.conferences().issueInvitations(conferenceId, LocalDate.now())) {
                if (p.invitationNumber() != null) {
                    root.out().println(org.cutri.commune.DocumentText.number(p.invitationNumber(),
                            ConferenceService.INVITATION_CODE, symbol) + "\t" + p.label());
                }
            }
            return 0;
        }
    }
}
