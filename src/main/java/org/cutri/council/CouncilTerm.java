package org.cutri.council;

/** A council term (nhiệm kỳ), e.g. 2026–2031. */
public record CouncilTerm(int id, int startYear, int endYear) {

    /** "2026–2031". */
    public String label() {
        return startYear + "–" + endYear;
    }
}
