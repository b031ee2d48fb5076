package org.cutri.sentiment;

/**
 * What a public-sentiment period reports on: the three reports around an election (seed 000: before, during and
 * after the voting day, each with its deadline), the monthly report around Party congresses (seed 001), or a period
 * the office sets itself.
 */
public enum SentimentPeriodKind {
    BEFORE_ELECTION("trước cuộc bầu cử"),
    DURING_ELECTION("trong cuộc bầu cử"),
    AFTER_ELECTION("sau cuộc bầu cử"),
    MONTHLY("hằng tháng"),
    FREE("");

    private final String phrase;

    SentimentPeriodKind(String phrase) {
        this.phrase = phrase;
    }

    /** Whether notes of this period may hold the people's opinions about the candidates. */
    public boolean election() {
        return this == BEFORE_ELECTION || this == DURING_ELECTION || this == AFTER_ELECTION;
    }

    /** The words of the report's subject ("trước cuộc bầu cử"), Vietnamese as the documents are. */
    public String phrase() {
        return phrase;
    }
}
