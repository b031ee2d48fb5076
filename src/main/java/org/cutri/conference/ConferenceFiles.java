package org.cutri.conference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.cutri.common.UserException;
import org.cutri.common.task.TaskMonitor;
import org.cutri.commune.CommuneProfile;
import org.cutri.commune.CommuneService;
import org.cutri.document.DocumentFiles;
import org.cutri.document.OfficialDocument;

/**
 * Writes a conference's documents to files: Word or PDF by the extension, the commendation list also as Excel. The
 * invitations are drafts (their numbers blank) until they were issued; once issued each carries its number and date.
 */
public class ConferenceFiles {

    private final ConferenceService conferences;
    private final CommuneService commune;

    public ConferenceFiles(ConferenceService conferences, CommuneService commune) {
        this.conferences = conferences;
        this.commune = commune;
    }

    private CommuneProfile profile() {
        return commune.profile().orElse(CommuneProfile.usual());
    }

    /** The document (or, for the invitations, the documents) as they would be written on {@code date}. */
    public List<OfficialDocument> documents(int conferenceId, ConferenceDocumentKind kind, LocalDate date) {
        Conference c = conferences.conference(conferenceId);
        CommuneProfile p = profile();
        return switch (kind) {
            case PROGRAMME -> List.of(ConferenceDocuments.programme(c, conferences.items(conferenceId), p, date));
            case INVITATIONS -> {
                List<Participant> participants = conferences.participants(conferenceId);
                boolean draft = participants.stream().filter(Participant::invited)
                        .anyMatch(x -> x.invitationNumber() == null);
                List<OfficialDocument> all = ConferenceDocuments.invitations(c, participants, p, date, draft);
                if (all.isEmpty()) {
                    throw new UserException("conference.invitations.nobody");
                }
                yield all;
            }
            case COMMENDATIONS -> List.of(ConferenceDocuments.commendations(c, conferences.commendations(conferenceId),
                    p, date));
            case ATTENDANCE -> List.of(ConferenceDocuments.attendance(c, conferences.participants(conferenceId), p,
                    date));
        };
    }

    /**
     * Writes the document to {@code target}: .docx or .pdf, and for the commendation list .xlsx too. Another
     * extension is one user error and nothing is written.
     */
    public void save(int conferenceId, ConferenceDocumentKind kind, Path target, LocalDate date, TaskMonitor monitor) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") && name.length() > 5) {
            if (kind != ConferenceDocumentKind.COMMENDATIONS) {
                throw new UserException("conference.file.xlsxOnlyCommendations");
            }
            Conference c = conferences.conference(conferenceId);
            List<Commendation> list = conferences.commendations(conferenceId);
            // headed as the Word list is: the issuing body, the place and date
            OfficialDocument.DocumentHeader header = ConferenceDocuments.commendations(c, list, profile(), date)
                    .header();
            DocumentFiles.writeSafely(target, out -> CommendationWorkbook.write(c, list, header, out),
                    Files::newOutputStream);
            return;
        }
        DocumentFiles.formatOf(target);
        List<OfficialDocument> documents = documents(conferenceId, kind, date);
        if (documents.size() == 1) {
            DocumentFiles.save(documents.get(0), target, monitor);
        } else {
            DocumentFiles.saveAll(documents, target, monitor);
        }
    }
}
