package org.cutri.sentiment;

/** How widespread a thought or a question is among the people (mức độ): the words the reports use. */
public enum Spread {
    FEW("một vài người"),
    PART("một bộ phận Nhân dân"),
    MANY("nhiều người"),
    WIDESPREAD("phổ biến");

    private final String phrase;

    Spread(String phrase) {
        this.phrase = phrase;
    }

    /** The words in the report ("một bộ phận Nhân dân"), Vietnamese as the documents are. */
    public String phrase() {
        return phrase;
    }
}
