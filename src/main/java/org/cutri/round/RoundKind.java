package org.cutri.round;

/** Why a round of voter contact is held. */
public enum RoundKind {
    BEFORE_SESSION("trước kỳ họp"),
    AFTER_SESSION("sau kỳ họp"),
    THEMATIC("chuyên đề"),
    ELECTION("vận động bầu cử");

    private final String label;

    RoundKind(String label) {
        this.label = label;
    }

    /** The Vietnamese words used in document titles ("trước kỳ họp"). */
    public String label() {
        return label;
    }
}
