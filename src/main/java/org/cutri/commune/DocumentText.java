package org.cutri.commune;

import java.time.LocalDate;

/**
 * How the office's documents write their number and date line (Nghị định 30/2020/NĐ-CP):
 * "01/KH-MTTQ-BTT" and "Xuân Thành, ngày 05 tháng 6 năm 2026".
 */
public final class DocumentText {

    private DocumentText() {
    }

    /**
     * The document number: the yearly sequence with at least two digits, the type code and the
     * office's symbol ("01/KH-MTTQ-BTT").
     */
    public static String number(int sequence, String typeCode, String symbolCode) {
        return String.format("%02d/%s-%s", sequence, typeCode, symbolCode);
    }

    /** "ngày 05 tháng 6 năm 2026": days below 10 and the months January and February take a leading zero. */
    public static String date(LocalDate date) {
        int month = date.getMonthValue();
        return "ngày " + String.format("%02d", date.getDayOfMonth())
                + " tháng " + (month <= 2 ? String.format("%02d", month) : String.valueOf(month))
                + " năm " + date.getYear();
    }

    /** The place and date line under the national motto ("Xuân Thành, ngày 05 tháng 6 năm 2026"). */
    public static String dateLine(String placeName, LocalDate date) {
        return placeName + ", " + date(date);
    }
}
