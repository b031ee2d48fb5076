package org.cutri.opinionimport;

import java.util.List;

import org.cutri.opinion.Authority;

/**
 * One opinion row of the file as read, with what it was matched to and its problems (none when it
 * can be imported).
 *
 * @param row the row number as the spreadsheet shows it
 * @param code the code typed in the file, or null (the program gives one)
 * @param hamlet the hamlet as typed
 * @param speaker the name typed in "Người nêu", or null; kept only with the voters' consent
 * @param meetingId the meeting of the round the row joins (null when not found)
 * @param hamletId the hamlet matched (null when not found)
 * @param fieldId the field matched (null when none was typed or it is unknown)
 * @param authorityValue the authority read (null when none was typed or it is unknown)
 */
public record OpinionImportRow(int row, String code, String hamlet, String content, String field, String authority,
        String speaker, Integer meetingId, Integer hamletId, Integer fieldId, Authority authorityValue,
        List<OpinionImportProblem> problems) {

    public OpinionImportRow {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public boolean hasSpeaker() {
        return speaker != null;
    }
}
