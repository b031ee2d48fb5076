package org.cutri.sentiment;

/** Whether a period's report is still to be sent (notes are being collected) or was issued with its number. */
public enum SentimentPeriodStatus {
    OPEN,
    REPORTED
}
