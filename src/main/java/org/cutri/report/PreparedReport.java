package org.cutri.report;

import org.cutri.document.OfficialDocument;

/** A compiled report and its official document, made from one reading of the round (for saving and preview). */
public record PreparedReport(CompiledReport report, OfficialDocument document) {
}
