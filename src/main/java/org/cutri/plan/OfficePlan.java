package org.cutri.plan;

import java.time.LocalDate;

/**
 * The office's own plan (kế hoạch): its kind, the incoming plan it implements, its sections as edited, and its number
 * once issued (ban hành).
 *
 * @param planNumber the number in the office's register, null while the plan is a draft
 * @param numberText the full number as printed ("05/KH-MTTQ-BTT"), null while a draft
 * @param planDate the date of the plan (the issue date once issued); the templates' duty dates count from it
 * @param bases further bases (căn cứ), one per line, printed before the incoming plan's "Thực hiện …" line
 * @param purpose section I, Mục đích, yêu cầu
 * @param content section II's opening text, before the duties
 * @param organisation section III, Tổ chức thực hiện
 * @param recipients Nơi nhận, one recipient per line
 */
public record OfficePlan(int id, PlanKind kind, Integer incomingId, Integer planNumber, String numberText,
        LocalDate planDate, String subject, String bases, String purpose, String content, String organisation,
        String recipients, String signerTitle, String signerName, LocalDate issuedOn) {

    public boolean issued() {
        return planNumber != null;
    }

    /** How lists name the plan: its number once issued, else its subject. */
    public String label() {
        return issued() ? numberText : subject;
    }

    /** The sections as they are now, to edit. */
    public PlanSections sections() {
        return new PlanSections(subject, bases, purpose, content, organisation, recipients, signerTitle, signerName);
    }
}
