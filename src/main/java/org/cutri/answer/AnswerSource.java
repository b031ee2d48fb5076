package org.cutri.answer;

/** How a follow-up's answer came in: typed or pasted at this office, imported from an agency's list, or from the province. */
public enum AnswerSource {
    TYPED,
    IMPORTED,
    PROVINCE
}
