package org.cutri.plan;

import java.time.LocalDate;

/**
 * A plan or directive received from the level above (văn bản đến), which the office's own plan implements.
 *
 * @param docNumber its number and symbol as written ("217/KH-MTTQ-BTT")
 * @param docDate its date; may be null when not known
 * @param issuer who issued it ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")
 * @param subject what it is about, as it follows "về" in "Thực hiện Kế hoạch số … về …"
 * @param deadlines its deadlines as the secretary noted them ("Báo cáo trước bầu cử: 14/5/2026; …"); the dates in it
 *     give the templates' report deadlines, in their order
 */
public record IncomingDocument(int id, String docNumber, LocalDate docDate, String issuer, String subject,
        String deadlines) {

    /** "Kế hoạch số 217/KH-MTTQ-BTT ngày 15/3/2026 của …": the document as the office's plan cites it. */
    public String citation() {
        String kind = docNumber != null && docNumber.toUpperCase(java.util.Locale.ROOT).contains("/TT") ? "Thông tri"
                : docNumber != null && docNumber.toUpperCase(java.util.Locale.ROOT).contains("/HD") ? "Hướng dẫn"
                : "Kế hoạch";
        return kind + " số " + docNumber + (docDate == null ? "" : " ngày " + org.cutri.common.text.DateText.format(docDate))
                + " của " + issuer;
    }
}
