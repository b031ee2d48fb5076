package org.cutri.sentiment;

/** A note as it is stored: checked, cleaned, its place's name taken from the register when a hamlet was chosen. */
public record CleanNote(int periodId, int topicId, Integer hamletId, String placeName, int sourceId, String content,
        Spread spread, boolean hotSpot, String hotSpotNote, String candidateOpinion, boolean resolved) {
}
