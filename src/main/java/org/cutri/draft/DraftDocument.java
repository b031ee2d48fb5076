package org.cutri.draft;

import java.time.LocalDate;

/**
 * A draft document received for comments (dự thảo văn kiện), with the counts the lists show.
 *
 * @param issuer who sent it for comments (e.g. "Ban Thường vụ Đảng ủy xã"); may be null
 * @param dueDate when the compiled comments are due to the level above; may be null
 * @param sourceFile the name of the .docx it was imported from
 * @param preamble the text before its first heading (title lines, opening words); may be null
 * @param planId the office's plan of kind DRAFT_COMMENTS this work implements; may be null
 * @param reportNumber the number of the compiled report once issued (sent), else null
 */
public record DraftDocument(int id, String title, String issuer, LocalDate receivedDate, LocalDate dueDate,
        String sourceFile, String preamble, Integer planId, Integer reportNumber, LocalDate reportDate, int sections,
        int comments) {

    /** True once the compiled report was issued and sent to the level above. */
    public boolean sent() {
        return reportNumber != null;
    }
}
