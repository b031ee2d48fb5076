package org.cutri.sentiment;

/**
 * What the user typed for a note. The place is the hamlet when {@code hamletId} is set, else {@code placeName}.
 */
public record NoteDraft(int periodId, Integer topicId, Integer hamletId, String placeName, Integer sourceId,
        String content, Spread spread, boolean hotSpot, String hotSpotNote, String candidateOpinion,
        boolean resolved) {
}
