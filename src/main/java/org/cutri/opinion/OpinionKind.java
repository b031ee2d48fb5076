package org.cutri.opinion;

/** Ý kiến / kiến nghị / phản ánh. */
public enum OpinionKind {
    OPINION("Ý kiến"),
    PETITION("Kiến nghị"),
    REFLECTION("Phản ánh");

    private final String label;

    OpinionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
