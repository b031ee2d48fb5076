package org.cutri.audit;

/** Text as the trail stores it: no control characters, cut to the column's length. */
final class AuditText {

    private AuditText() {
    }

    static String shorten(String text, int max) {
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }
}
