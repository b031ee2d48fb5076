package org.cutri.council;

/** Regular (thường lệ) or thematic (chuyên đề) session. */
public enum SessionKind {
    REGULAR("thường lệ"),
    THEMATIC("chuyên đề");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
