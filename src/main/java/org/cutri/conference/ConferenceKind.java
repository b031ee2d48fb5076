package org.cutri.conference;

/** What a conference is held for: a summary conference (hội nghị tổng kết) or another meeting of the office. */
public enum ConferenceKind {
    SUMMARY,
    OTHER
}
