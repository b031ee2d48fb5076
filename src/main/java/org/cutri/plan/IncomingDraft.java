package org.cutri.plan;

import java.time.LocalDate;

/** An incoming plan as typed, before it is stored (see {@link IncomingDocument}). */
public record IncomingDraft(String docNumber, LocalDate docDate, String issuer, String subject, String deadlines) {
}
